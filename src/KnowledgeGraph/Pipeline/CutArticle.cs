using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>An article whose text was cut to the size limit: how big it was and what was kept.</summary>
public readonly record struct CutArticle(Article Article, long OriginalBytes, long KeptBytes);
