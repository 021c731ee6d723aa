namespace KnowledgeGraph.Parsing;

/// <summary>
/// What the treebanks say about clitics, counted at training time: how often each (lower-case)
/// form occurs as one syntactic word, and how often a surface form was written as a clitic split
/// (a multiword token such as "menyetujuinya" = "menyetujui" + "nya"). <see cref="WordSplitter"/>
/// reads it together with the affix rules in Resources/&lt;lang&gt;/parsing/clitics.tsv.
/// </summary>
public sealed class CliticLexicon
{
    public CliticLexicon(IReadOnlyDictionary<string, int> words, IReadOnlyDictionary<string, int> split)
    {
        Words = words;
        Split = split;
    }

    public static readonly CliticLexicon Empty = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>Lower-case syntactic word → occurrences.</summary>
    public IReadOnlyDictionary<string, int> Words { get; }

    /// <summary>Lower-case surface form → times it was split into a word and a clitic.</summary>
    public IReadOnlyDictionary<string, int> Split { get; }

    public int WordCount(string lower) => Words.TryGetValue(lower, out int c) ? c : 0;
    public int SplitCount(string lower) => Split.TryGetValue(lower, out int c) ? c : 0;

    /// <summary>Counts the words and splits of treebank sentences (multiword tokens, and PUD-style "X" + "nya" written without a space).</summary>
    public static CliticLexicon Count(IEnumerable<ConlluSentence> sentences, IReadOnlySet<string> clitics)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var split = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var w in s.Words)
            {
                var lower = w.Form.ToLowerInvariant();
                words[lower] = words.GetValueOrDefault(lower) + 1;
            }
            foreach (var t in s.MultiwordTokens)
            {
                var lower = t.Form.ToLowerInvariant();
                split[lower] = split.GetValueOrDefault(lower) + 1;
            }
            for (int i = 1; i < s.Words.Count; i++)
            {
                var prev = s.Words[i - 1];
                if (prev.SpaceAfter || !clitics.Contains(s.Words[i].Form.ToLowerInvariant())) continue;
                if (s.MultiwordTokens.Any(t => t.First <= i && i + 1 <= t.Last)) continue;
                if (!prev.Form.All(char.IsLetter)) continue;
                var lower = (prev.Form + s.Words[i].Form).ToLowerInvariant();
                split[lower] = split.GetValueOrDefault(lower) + 1;
            }
        }
        return new CliticLexicon(words, split);
    }

    internal void Write(BinaryWriter w)
    {
        foreach (var dict in new[] { Words, Split })
        {
            var items = dict.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            w.Write(items.Count);
            foreach (var (k, v) in items) { w.Write(k); w.Write7BitEncodedInt(v); }
        }
    }

    internal static CliticLexicon Read(BinaryReader r)
    {
        var dicts = new Dictionary<string, int>[2];
        for (int d = 0; d < 2; d++)
        {
            int n = r.ReadInt32();
            if (n is < 0 or > 1 << 24) throw new InvalidDataException($"bad word list size {n}");
            dicts[d] = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++) dicts[d][r.ReadString()] = r.Read7BitEncodedInt();
        }
        return new CliticLexicon(dicts[0], dicts[1]);
    }
}
