namespace KnowledgeGraph.Recognition.Statistical;

public sealed record NerEvaluationResult(double TokenAccuracy, IReadOnlyList<EntityScore> PerType, EntityScore Overall);
