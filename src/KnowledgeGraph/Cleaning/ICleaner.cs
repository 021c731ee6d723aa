using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>Removes boilerplate from an article, keeping every offset (see <see cref="CleanText"/>).</summary>
public interface ICleaner
{
    CleanText Clean(Article article);
}
