namespace KnowledgeGraph.Recognition.Statistical;

/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffle between passes; same data and seed give the same model.</param>
/// <param name="MinFeatureCount">Features seen fewer times in training are dropped (keeps the model small).</param>
/// <param name="PruneBelow">Averaged weights with a smaller magnitude are stored as zero.</param>
public sealed record NerTrainingOptions(int Epochs = 16, ulong Seed = 20221025, int MinFeatureCount = 2, double PruneBelow = 0.01);
