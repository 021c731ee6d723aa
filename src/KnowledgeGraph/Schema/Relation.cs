using QuikGraph;

namespace KnowledgeGraph.Schema;

/// <summary>
/// A directed edge. There is one per (source, type, target); every sentence that supports it
/// adds an <see cref="Evidence"/>, so the weight is the number of supporting mentions.
/// </summary>
public sealed class Relation : IEdge<Node>
{
    // Kept sorted by its key (article, start, end), so the list alone finds a repeated span:
    // a set of keys beside it would cost as much again as the evidence on an edge many sentences support.
    private readonly List<Evidence> _evidence = [];

    public Relation(Node source, RelationType type, Node target)
    {
        Source = source;
        Type = type;
        Target = target;
    }

    public Node Source { get; }
    public Node Target { get; }
    public RelationType Type { get; }

    public string Id => MakeId(Source.Id, Type, Target.Id);

    public static string MakeId(string sourceId, RelationType type, string targetId) =>
        $"{sourceId}|{type}|{targetId}";

    /// <summary>Evidence in a stable order: article, then position.</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>Supporting mentions; at least 1 for an edge read from text.</summary>
    public int Weight => Math.Max(1, _evidence.Count);

    /// <summary>The distinct dates of the supporting articles, sorted.</summary>
    public IEnumerable<string> Dates =>
        _evidence.Select(e => e.Date).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Adds evidence unless the same span is already recorded. Returns whether it was new.</summary>
    public bool AddEvidence(Evidence evidence)
    {
        // Evidence mostly comes in text order: look at the end first, then search.
        int n = _evidence.Count;
        int i = n;
        if (n > 0 && Compare(_evidence[n - 1], evidence) >= 0)
        {
            int lo = 0, hi = n - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (Compare(_evidence[mid], evidence) < 0) lo = mid + 1; else hi = mid;
            }
            if (Compare(_evidence[lo], evidence) == 0) return false;
            i = lo;
        }
        // Kept evidence holds its own sentence, not the article text it would otherwise be cut from.
        _ = evidence.Sentence;
        _evidence.Insert(i, evidence);
        return true;
    }

    private static int Compare(Evidence a, Evidence b)
    {
        int c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        if (c != 0) return c;
        c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : a.End.CompareTo(b.End);
    }

    public override string ToString() => Id;
}
