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

/// <summary>
/// The composed pipeline. Stages are plain objects handed in here; <see cref="CreateDefault"/>
/// is the one place where the standard composition is chosen.
/// </summary>
public sealed class ExtractionPipeline : IExtractionPipeline
{
    private readonly Func<Article, Document> _analyse;

    private ExtractionPipeline(Func<Article, Document> analyse) => _analyse = analyse;

    public static ExtractionPipeline CreateDefault(string? resourceDirectory = null)
    {
        var cleaner = new Cleaning.IdentityCleaner();
        var segmenter = new Segmentation.SimpleSegmenter();
        return new ExtractionPipeline(article =>
        {
            var clean = cleaner.Clean(article);
            var doc = new Document(clean, segmenter.Segment(clean.Text));
            doc.Date = article.Published;
            return doc;
        });
    }

    public EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null)
    {
        var graph = new EntityGraph();
        int done = 0;
        foreach (var article in articles)
        {
            var doc = _analyse(article);
            var node = graph.GetOrAddNode(NodeId.For(NodeType.Article, article.Id), NodeType.Article, article.Title ?? article.Id);
            node.Source = article.Source;
            node.Published = doc.Date;
            node.Title = article.Title;
            progress?.Report(new PipelineProgress(++done, article.Id));
        }
        return graph;
    }
}
