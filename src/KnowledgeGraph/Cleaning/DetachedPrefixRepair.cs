using KnowledgeGraph.Packs;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Writes a verb prefix that the writer set apart from its verb back onto it ("di serang" →
/// "diserang"): spelled apart, the prefix reads as a preposition and a passive's subject becomes its
/// attacker. The two are joined only where together they make an ordinary word and the word after
/// the prefix is no noun the prefix may stand before as a preposition (the exceptions and noun
/// endings of the data file: "di lantai", "di bagian"). The length is kept: the space moves to the
/// end of the joined word, so offsets stay article offsets.
/// </summary>
public sealed class DetachedPrefixRepair : ICleaner
{
    public const string RulesFile = "morphology/detached-prefixes.tsv";

    /// <summary>A prefix's exceptions, the endings that mark a noun, and the verb endings that override them.</summary>
    public sealed record Rule(HashSet<string> Except, string[] NounEndings, string[] VerbEndings);

    private readonly Dictionary<string, Rule> _prefixes;
    private readonly IReadOnlySet<string> _words;

    public DetachedPrefixRepair(Dictionary<string, Rule> prefixes, IReadOnlySet<string> words)
    {
        _prefixes = prefixes;
        _words = words;
    }

    /// <summary>The prefixes of the pack's rules file with their exceptions; <paramref name="words"/> are the ordinary lower-case words.</summary>
    public static DetachedPrefixRepair FromPack(LanguagePack pack, IReadOnlySet<string> words)
    {
        var prefixes = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var row in pack.Rows(RulesFile))
        {
            var prefix = row[0].ToLowerInvariant();
            if (prefix.Length == 0 || !prefix.All(char.IsLetter)) throw row.Error($"'{row[0]}' is no prefix (letters only)");
            string[] List(int column) => row.Count > column
                ? [.. row[column].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.ToLowerInvariant())]
                : [];
            prefixes[prefix] = new Rule(new HashSet<string>(List(1), StringComparer.Ordinal), List(2), List(3));
        }
        return new DetachedPrefixRepair(prefixes, words);
    }

    public CleanText Clean(Article article)
    {
        var text = article.Text;
        if (_prefixes.Count == 0) return new CleanText(article, text, []);
        char[]? buffer = null;
        int i = 0;
        while (i < text.Length)
        {
            // A prefix is a whole word followed by one space and a lower-case word.
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            int end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1])
                && PrefixAt(text.AsSpan(i, end - i)) is { } prefix)
            {
                var rule = _prefixes[prefix];
                int next = end + 1, stop = next;
                while (stop < text.Length && char.IsLetter(text[stop])) stop++;
                bool wordEnds = stop == text.Length || !(char.IsLetterOrDigit(text[stop]) || text[stop] == '-');
                var word = text[next..stop];
                if (wordEnds && Joins(prefix, word, rule))
                {
                    buffer ??= text.ToCharArray();
                    for (int k = end; k < stop - 1; k++) buffer[k] = text[k + 1];
                    buffer[stop - 1] = ' ';
                }
                i = stop;
                continue;
            }
            i = end;
        }
        return new CleanText(article, buffer is null ? text : new string(buffer), []);
    }

    // The listed prefix the word is, in any case; most words are none, and no string is made for them.
    private string? PrefixAt(ReadOnlySpan<char> word)
    {
        foreach (var prefix in _prefixes.Keys)
            if (word.Length == prefix.Length && word.Equals(prefix, StringComparison.OrdinalIgnoreCase)) return prefix;
        return null;
    }

    private bool Joins(string prefix, string word, Rule rule)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 3 || rule.Except.Contains(lower)) return false;
        // A verb takes some endings a noun has too ("-kan" against "-an"): the noun's alone keeps it apart.
        if (rule.NounEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && !rule.VerbEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            return false;
        return _words.Contains(prefix + lower);
    }
}
