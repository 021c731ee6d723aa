using KnowledgeGraph.Graph;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Articles in, knowledge graph out. Articles are consumed one at a time, so memory grows
/// with the graph, not with the corpus text.
/// </summary>
public interface IExtractionPipeline
{
    EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null);
}
