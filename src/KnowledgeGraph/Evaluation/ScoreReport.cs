namespace KnowledgeGraph.Evaluation;

/// <summary>Per node type, per edge type, and the headline micro-averages.</summary>
public sealed record ScoreReport(
    IReadOnlyDictionary<string, Prf> Nodes,
    IReadOnlyDictionary<string, Prf> Edges,
    ScoreDetail Detail,
    Prf Entities,
    Prf Events,
    Prf MissionEdges,
    Prf AllEdges);
