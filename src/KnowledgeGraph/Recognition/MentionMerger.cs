using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Recognition;

/// <summary>
/// Combines the mentions of several recognizers into one set without overlaps. Recognizers
/// are ranked (units named by their head's title, gazetteer and cue-headed names, then title patterns, then the statistical
/// tagger, then plain capitalisation); within a rank the longer span wins, then the earlier.
/// A span is taken when none of its characters is taken yet, so the result is deterministic
/// and costs a sort plus one pass over the text.
/// </summary>
public sealed class MentionMerger
{
    private readonly Dictionary<string, int> _rank;

    public MentionMerger(IReadOnlyList<string> recognizersByPriority)
    {
        _rank = new(StringComparer.Ordinal);
        for (int i = 0; i < recognizersByPriority.Count; i++)
            foreach (var name in recognizersByPriority[i].Split('|')) _rank[name] = i;
    }

    public static MentionMerger Default { get; } = new(["unit", "gazetteer|cue", "title", "ner", "capitalized"]);

    public List<Mention> Merge(IEnumerable<Mention> mentions, int textLength)
    {
        var candidates = mentions.Where(m => m.End > m.Start && m.Start >= 0 && m.End <= textLength).ToList();
        candidates.Sort((a, b) =>
        {
            int c = Rank(a).CompareTo(Rank(b));
            if (c != 0) return c;
            c = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (c != 0) return c;
            c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : string.CompareOrdinal(a.Recognizer, b.Recognizer);
        });
        var taken = new bool[textLength];
        var result = new List<Mention>();
        foreach (var m in candidates)
        {
            bool free = true;
            for (int i = m.Start; i < m.End && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = m.Start; i < m.End; i++) taken[i] = true;
            result.Add(m);
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private int Rank(Mention m) => m.Type == NodeType.Event ? -1 : _rank.GetValueOrDefault(m.Recognizer, _rank.Count);
}
