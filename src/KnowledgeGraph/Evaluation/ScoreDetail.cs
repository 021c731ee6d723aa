namespace KnowledgeGraph.Evaluation;

/// <summary>The lists behind the figures, for reading what went wrong.</summary>
public sealed record ScoreDetail(
    IReadOnlyList<string> MissedNodes,
    IReadOnlyList<string> SpuriousNodes,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<string> MissedEdges,
    IReadOnlyList<string> SpuriousEdges);
