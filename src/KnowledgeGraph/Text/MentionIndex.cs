using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Text;

/// <summary>
/// A document's mentions sorted by position, grouped by sentence, for range lookups by
/// binary search, so every rule stays linear in the mentions it looks at.
/// </summary>
public sealed class MentionIndex
{
    private readonly List<Mention> _all;

    // The same mentions ordered by sentence (in position order within one), so a sentence's
    // mentions are one run found by binary search: a list per sentence would cost a long
    // article more than the mentions themselves.
    private readonly Mention[] _bySentence;

    public MentionIndex(IEnumerable<Mention> mentions, bool resolvedOnly = true)
    {
        _all = mentions.Where(m => m.Type != NodeType.Article && (!resolvedOnly || m.EntityId is not null))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        _bySentence = _all.OrderBy(m => m.SentenceIndex).ToArray();
    }

    public IReadOnlyList<Mention> All => _all;

    public IReadOnlyList<Mention> InSentence(int sentence)
    {
        int first = FirstOfSentence(sentence), end = FirstOfSentence(sentence + 1);
        if (end == first) return [];
        return new ArraySegment<Mention>(_bySentence, first, end - first);
    }

    // Index of the first mention of a sentence at or after <paramref name="sentence"/> in <see cref="_bySentence"/>.
    private int FirstOfSentence(int sentence)
    {
        int lo = 0, hi = _bySentence.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_bySentence[mid].SentenceIndex < sentence) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Mentions lying wholly inside [start, end).</summary>
    public IEnumerable<Mention> Within(int start, int end)
    {
        for (int i = LowerBound(start); i < _all.Count && _all[i].Start < end; i++)
            if (_all[i].End <= end) yield return _all[i];
    }

    /// <summary>The last mention of a type that ends at or before <paramref name="offset"/>, looking back at most <paramref name="maxBack"/> mentions.</summary>
    public Mention? LastBefore(int offset, Func<Mention, bool> accept, int maxBack = 200)
    {
        int i = LowerBound(offset) - 1;
        for (int k = 0; i >= 0 && k < maxBack; i--, k++)
            if (_all[i].End <= offset && accept(_all[i])) return _all[i];
        return null;
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _all.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_all[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
