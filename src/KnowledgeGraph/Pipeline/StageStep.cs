namespace KnowledgeGraph.Pipeline;

/// <summary>
/// When a stage runs. The steps come in this order for every article; a pipeline lists its
/// stages step by step.
/// </summary>
public enum StageStep
{
    /// <summary>Reads only its article, so articles run in parallel (cleaning to merged mentions).</summary>
    Article,

    /// <summary>Learns from the articles before (resolution, event names): one article at a time, in input order.</summary>
    Corpus,

    /// <summary>Reads only its resolved article, so articles run in parallel (relation extraction).</summary>
    Relate,

    /// <summary>Adds the article to the graph: one article at a time, in input order.</summary>
    Graph,
}
