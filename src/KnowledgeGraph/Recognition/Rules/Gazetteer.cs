using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Every name and alias of the gazetteers in one token trie. Case rules: an acronym in the
/// gazetteer ("AS", "NATO") matches only the same letters in upper case, so the word "as" is
/// not the United States; a capitalised gazetteer word matches only a capitalised word of the
/// text (any case after the first letter, so headlines in capitals still match).
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
            if (CaseAgrees(words, tokens, i)) return (len, entry);
        return null;
    }

    public static bool CaseAgrees(IReadOnlyList<string> words, IReadOnlyList<NameToken> tokens, int start)
    {
        for (int k = 0; k < words.Count; k++)
        {
            var w = words[k];
            var t = tokens[start + k].Text;
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (NameToken.IsAcronymText(w) && w.Length <= 5) { if (!string.Equals(w, t, StringComparison.Ordinal)) return false; }
            else if (char.IsUpper(w[0]) && !char.IsUpper(t[0])) return false;
        }
        // A phrase must start like a name.
        return char.IsUpper(tokens[start].Text[0]) || char.IsDigit(tokens[start].Text[0]);
    }
}

/// <summary>Mentions of gazetteer names, each with its canonical name as the hint.</summary>
public sealed class GazetteerRecognizer(Gazetteer gazetteer, IReadOnlySet<string>? compassWords = null) : IMentionRecognizer
{
    private readonly IReadOnlySet<string> compassWords = compassWords ?? new HashSet<string>();

    public const string RecognizerName = "gazetteer";

    public IEnumerable<Mention> Recognize(Document document)
    {
        var all = SentenceTokens.Of(document);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (gazetteer.LongestAt(tokens, i) is not { } m) continue;
                int start = tokens[i].Start, end = tokens[i + m.Length - 1].End;
                int next = i + m.Length;
                // "Jakarta Selatan", "Darfur Utara": a known place and a compass word name a part of it.
                if (m.Entry.Type == NodeType.Place && m.Entry.Kind != "country" && next < tokens.Count && tokens[next].IsCapitalised
                    && compassWords.Contains(tokens[next].Text.ToLowerInvariant()) && gazetteer.LongestAt(tokens, next) is null)
                {
                    end = tokens[next].End;
                    yield return new Mention(start, end, document.Text[start..end], NodeType.Place, document.Sentences[s].Index, RecognizerName);
                    i = next;
                    continue;
                }
                yield return new Mention(start, end, document.Text[start..end], m.Entry.Type, document.Sentences[s].Index, RecognizerName, m.Entry.Canonical);
                i += m.Length - 1;
            }
        }
    }
}
