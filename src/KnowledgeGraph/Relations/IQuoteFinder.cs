namespace KnowledgeGraph.Relations;

/// <summary>Finds direct quotations in an article, also those that run over several sentences or paragraphs.</summary>
public interface IQuoteFinder
{
    IReadOnlyList<QuoteSpan> Find(string text);
}
