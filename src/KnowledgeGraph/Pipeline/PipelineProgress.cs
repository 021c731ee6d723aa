namespace KnowledgeGraph.Pipeline;

/// <summary>Progress of a run: articles done so far and the article just finished.</summary>
public readonly record struct PipelineProgress(int ArticlesDone, string ArticleId);
