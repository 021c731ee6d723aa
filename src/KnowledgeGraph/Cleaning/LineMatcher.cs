using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// The rules of one kind as two regexes: those anchored at the line start, grouped under one ^ so
/// the engine tries only the first position, and the others, whose first characters the engine
/// searches for. In one alternation a single unanchored rule would make the engine try every
/// anchored rule at every position of the line.
/// </summary>
internal sealed class LineMatcher(Regex? anchored, Regex? floating)
{
    public bool IsMatch(ReadOnlySpan<char> line) =>
        (anchored is not null && anchored.IsMatch(line)) || (floating is not null && floating.IsMatch(line));
}
