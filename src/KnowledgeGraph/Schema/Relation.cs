using QuikGraph;

namespace KnowledgeGraph.Schema;

/// <summary>
/// A directed edge. There is one per (source, type, target); every sentence that supports it
/// adds an <see cref="Evidence"/>, so the weight is the number of supporting mentions.
/// </summary>
public sealed class Relation : IEdge<Node>
{
    private readonly List<Evidence> _evidence = [];
    private readonly HashSet<(string, int, int)> _evidenceKeys = [];

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
        if (!_evidenceKeys.Add(evidence.Key)) return false;
        int i = _evidence.Count;
        while (i > 0 && Compare(_evidence[i - 1], evidence) > 0) i--;
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
