namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>A recognized span with the tagger's confidence (lowest per-token marginal probability in the span, 0..1).</summary>
public sealed record ScoredMention(Mention Mention, double Confidence);
