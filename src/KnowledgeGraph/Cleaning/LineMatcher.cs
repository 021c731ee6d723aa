using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// The rules of one kind as regexes: those anchored at the line start, grouped under a ^ so
/// the engine tries only the first position, and the others, whose first characters the engine
/// searches for. In one alternation a single unanchored rule would make the engine try every
/// anchored rule at every position of the line. The anchored rules come in a few groups rather
/// than one (<see cref="Chunks"/>).
/// </summary>
internal sealed class LineMatcher(Regex[] anchored, Regex? floating)
{
    // A compiled regex is one method; past some size the JIT compiles a method without
    // optimising it, and an alternation of sixty rules ran six times slower than the same rules
    // in groups of eight. Each group costs compiling at start-up (a few tens of milliseconds), which
    // pays for itself after a few hundred articles. Order is kept, so the first group that matches
    // holds the first rule that does.
    internal const int ChunkSize = 8;

    public bool IsMatch(ReadOnlySpan<char> line)
    {
        foreach (var rx in anchored)
            if (rx.IsMatch(line)) return true;
        return floating is not null && floating.IsMatch(line);
    }

    /// <summary>Alternations of at most <see cref="ChunkSize"/> patterns each under one ^, in the patterns' order.</summary>
    internal static Regex[] Chunks(IEnumerable<string> patterns, RegexOptions options, TimeSpan timeout) =>
        patterns.Chunk(ChunkSize).Select(c => new Regex("^(?:" + string.Join("|", c) + ")", options, timeout)).ToArray();
}
