namespace KnowledgeGraph.Text;

/// <summary>
/// A set of word sequences matched case-insensitively against a word list, longest match
/// first. Lookup is by first word, so matching a sentence is linear in its length.
/// </summary>
public sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var parts = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0) continue;
            if (!_byFirst.TryGetValue(parts[0], out var list)) _byFirst[parts[0]] = list = [];
            if (!list.Any(p => p.SequenceEqual(parts))) list.Add(parts);
            Count++;
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public static readonly PhraseSet Empty = new([]);

    public int Count { get; }

    /// <summary>Number of words of the longest phrase starting at word <paramref name="i"/>; 0 when none.</summary>
    public int MatchAt(IReadOnlyList<Word> words, int i) => MatchAt(words, i, null, out _);

    /// <summary>
    /// Like <see cref="MatchAt(IReadOnlyList{Word}, int)"/>, but a one-word phrase also matches
    /// with a pronoun clitic of <paramref name="morphology"/> on it ("katanya");
    /// <paramref name="suffixed"/> tells which matched.
    /// </summary>
    public int MatchAt(IReadOnlyList<Word> words, int i, Packs.Morphology? morphology, out bool suffixed)
    {
        suffixed = false;
        if (i < 0 || i >= words.Count) return 0;
        var first = words[i].Lower;
        if (_byFirst.TryGetValue(first, out var list))
        {
            foreach (var p in list)
                if (Matches(words, i, p, null)) return p.Length;
        }
        if (morphology?.WithoutClitic(first) is { } stem && _byFirst.TryGetValue(stem, out var l2))
            foreach (var p in l2)
                if (p.Length == 1) { suffixed = true; return 1; }
        return 0;
    }

    /// <summary>Whether some phrase of the set opens with the word.</summary>
    public bool Opens(string word) => _byFirst.ContainsKey(word.ToLowerInvariant());

    public bool Contains(string word) =>
        _byFirst.TryGetValue(word.ToLowerInvariant(), out var list) && list.Any(p => p.Length == 1);

    private static bool Matches(IReadOnlyList<Word> words, int i, string[] phrase, string? _)
    {
        if (i + phrase.Length > words.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (!string.Equals(words[i + k].Lower, phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
