using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Every name and alias of the gazetteers in one token trie. Case rules: an acronym in the
/// gazetteer ("AS", "NATO") matches only the same letters in upper case, so the word "as" is
/// not the United States; a capitalised gazetteer word matches only a capitalised word of the
/// text (any case after the first letter, so headlines in capitals still match); a name listed with
/// a lower-case particle first ("al Qaeda", "von der Leyen") matches that particle as written.
/// </summary>
public sealed class Gazetteer
{
    private readonly TokenTrie<GazetteerEntry> _trie = new();

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var e in entries)
        {
            _trie.Add(NameToken.Words(e.Canonical), e);
            foreach (var a in e.Aliases) _trie.Add(NameToken.Words(a), e);
        }
    }

    public int Count => _trie.Count;

    /// <summary>The longest gazetteer name starting at token <paramref name="i"/> whose case agrees with the text.</summary>
    public (int Length, GazetteerEntry Entry)? LongestAt(IReadOnlyList<NameToken> tokens, int i)
    {
        if (!tokens[i].IsWord) return null;
        foreach (var (len, words, entry) in _trie.MatchesAt(tokens, i))
            if (CaseAgrees(words, tokens, i) || StateBodyInLowerCase(words, tokens, i, entry)) return (len, entry);
        return null;
    }

    // "kementerian luar negeri Iran": news writes a state's ministry in lower case before the state's name,
    // which keeps its capitals; the list holds the ministry under its state (kind "ministry", the state its affiliation).
    private static bool StateBodyInLowerCase(IReadOnlyList<string> words, IReadOnlyList<NameToken> tokens, int start, GazetteerEntry entry)
    {
        if (entry.Kind != "ministry" || entry.Affiliations.Count == 0 || words.Count < 3) return false;
        var state = entry.Affiliations[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (state.Length >= words.Count || !words.TakeLast(state.Length).SequenceEqual(state, StringComparer.OrdinalIgnoreCase)) return false;
        return CaseAgrees(words.TakeLast(state.Length).ToList(), tokens, start + words.Count - state.Length);
    }

    public static bool CaseAgrees(IReadOnlyList<string> words, IReadOnlyList<NameToken> tokens, int start)
    {
        for (int k = 0; k < words.Count; k++)
        {
            var w = words[k];
            var t = tokens[start + k].Text;
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            // "Musda ke-XI": a Roman numeral in capitals is a listed word only when written so ("Xi" is a name).
            if (Segmentation.RomanNumerals.Is(t) && !string.Equals(w, t, StringComparison.Ordinal)) return false;
            if (NameToken.IsAcronymText(w) && w.Length <= 5) { if (!string.Equals(w, t, StringComparison.Ordinal)) return false; }
            else if (char.IsUpper(w[0]) && !char.IsUpper(t[0])) return false;
        }
        // A phrase must start like a name, or with the very lower-case particle the listed name starts with
        // when a capitalised word follows in it (an article or a nobiliary particle written small).
        return char.IsUpper(tokens[start].Text[0]) || char.IsDigit(tokens[start].Text[0])
               || (words.Count > 1 && char.IsLower(words[0][0]) && string.Equals(words[0], tokens[start].Text, StringComparison.Ordinal)
                   && words.Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0])));
    }
}
