using KnowledgeGraph.Packs;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Writes a verb prefix that the writer set apart from its verb back onto it ("di serang" →
/// "diserang"): spelled apart, the prefix reads as a preposition and a passive's subject becomes its
/// attacker. The two are joined only where together they make an ordinary word and the word after
/// the prefix is no noun the prefix may stand before as a preposition (the exceptions of the data
/// file, and nouns in "-an": "di bagian", "di jaringan"). The length is kept: the space moves to the
/// end of the joined word, so offsets stay article offsets.
/// </summary>
public sealed class DetachedPrefixRepair : ICleaner
{
    public const string RulesFile = "morphology/detached-prefixes.tsv";

    private readonly Dictionary<string, HashSet<string>> _prefixes;
    private readonly IReadOnlySet<string> _words;

    public DetachedPrefixRepair(Dictionary<string, HashSet<string>> prefixes, IReadOnlySet<string> words)
    {
        _prefixes = prefixes;
        _words = words;
    }

    /// <summary>The prefixes of the pack's rules file with their exceptions; <paramref name="words"/> are the ordinary lower-case words.</summary>
    public static DetachedPrefixRepair FromPack(LanguagePack pack, IReadOnlySet<string> words)
    {
        var prefixes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in pack.Rows(RulesFile))
        {
            var prefix = row[0].ToLowerInvariant();
            if (prefix.Length == 0 || !prefix.All(char.IsLetter)) throw row.Error($"'{row[0]}' is no prefix (letters only)");
            var except = row.Count > 1 ? row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            prefixes[prefix] = new HashSet<string>(except.Select(e => e.ToLowerInvariant()), StringComparer.Ordinal);
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
                var except = _prefixes[prefix];
                int next = end + 1, stop = next;
                while (stop < text.Length && char.IsLetter(text[stop])) stop++;
                bool wordEnds = stop == text.Length || !(char.IsLetterOrDigit(text[stop]) || text[stop] == '-');
                var word = text[next..stop];
                if (wordEnds && Joins(prefix, word, except))
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

    private bool Joins(string prefix, string word, HashSet<string> except) =>
        word.Length >= 3
        && !except.Contains(word)
        // A verb takes "-kan" but not "-an" alone: "bagian", "urutan" are nouns.
        && !(word.EndsWith("an", StringComparison.Ordinal) && !word.EndsWith("kan", StringComparison.Ordinal))
        && _words.Contains(prefix + word.ToLowerInvariant());
}
