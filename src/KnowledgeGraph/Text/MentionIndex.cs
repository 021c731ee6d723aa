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
    private readonly Dictionary<int, List<Mention>> _bySentence = new();

    public MentionIndex(IEnumerable<Mention> mentions, bool resolvedOnly = true)
    {
        _all = mentions.Where(m => m.Type != NodeType.Article && (!resolvedOnly || m.EntityId is not null))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        foreach (var m in _all)
        {
            if (!_bySentence.TryGetValue(m.SentenceIndex, out var list)) _bySentence[m.SentenceIndex] = list = [];
            list.Add(m);
        }
    }

    public IReadOnlyList<Mention> All => _all;

    public IReadOnlyList<Mention> InSentence(int sentence) =>
        _bySentence.TryGetValue(sentence, out var list) ? list : [];

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
