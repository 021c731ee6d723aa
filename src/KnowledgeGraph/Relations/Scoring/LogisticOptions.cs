namespace KnowledgeGraph.Relations.Scoring;

/// <summary>How the scorer is trained.</summary>
public sealed record LogisticOptions(int Epochs = 10, double LearningRate = 0.2, double L2 = 0.01, int MinFeatureCount = 2, ulong Seed = 1);
