using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// One named step of the pipeline: what it does to a document, and in which
/// <see cref="StageStep"/> it runs. Stages of the parallel steps (<see cref="StageStep.Article"/>,
/// <see cref="StageStep.Relate"/>) must read and write only their document; the graph they
/// are handed is for <see cref="StageStep.Graph"/> stages.
/// </summary>
public sealed record PipelineStage(string Name, StageStep Step, Action<Document, EntityGraph> Run)
{
    /// <summary>A stage that reads and writes its document alone.</summary>
    public PipelineStage(string name, StageStep step, Action<Document> run)
        : this(name, step, (doc, _) => run(doc))
    {
    }

    /// <summary>
    /// A stage that reads the article whole (cleaning, sentence bounds, the publication date): a
    /// huge article built in windows runs it once on all its text, and the windows take its result.
    /// </summary>
    public bool WholeArticle { get; init; }

    /// <summary>Corpus-level work of this stage, run once on the finished graph (skipped with the stage).</summary>
    public Action<EntityGraph>? Finish { get; init; }
}
