using KnowledgeGraph.Graph;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>Progress of a run: articles done so far and the article just finished.</summary>
public readonly record struct PipelineProgress(int ArticlesDone, string ArticleId);

/// <summary>
/// Articles in, knowledge graph out. Articles are consumed one at a time, so memory grows
/// with the graph, not with the corpus text.
/// </summary>
public interface IExtractionPipeline
{
    EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null);
}
