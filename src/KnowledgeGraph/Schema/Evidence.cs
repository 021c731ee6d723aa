namespace KnowledgeGraph.Schema;

/// <summary>
/// Where an edge was read: the article, the sentence as it stands in the article, its
/// character offsets in the article text (UTF-16 code units, end exclusive), the quoted
/// words when the edge comes from a quotation, and the article's date when known.
/// </summary>
public sealed record Evidence(
    string ArticleId,
    string Sentence,
    int Start,
    int End,
    string? Quote = null,
    string? Date = null)
{
    /// <summary>Two evidences are the same fact when they point at the same span of the same article.</summary>
    public (string ArticleId, int Start, int End) Key => (ArticleId, Start, End);
}
