using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>Keeps the text as it is.</summary>
public sealed class IdentityCleaner : ICleaner
{
    public CleanText Clean(Article article) => new(article, article.Text, []);
}
