namespace KnowledgeGraph.Relations;

/// <summary>A quotation: the quoted words lie in [Start, End) of the article text.</summary>
public sealed record QuoteSpan(int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
