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
    // The sentence, or what makes it when first read (see DeferredText).
    private object _sentence = Sentence;

    /// <summary>Evidence whose sentence is cut from the article only when read (<see cref="DeferredText"/>).</summary>
    public Evidence(string articleId, DeferredText sentence, int start, int end, string? quote = null, string? date = null)
        : this(articleId, string.Empty, start, end, quote, date) => _sentence = sentence;

    public string Sentence
    {
        get
        {
            if (_sentence is DeferredText deferred) _sentence = deferred.Value;
            return (string)_sentence;
        }
        init => _sentence = value;
    }

    /// <summary>Two evidences are the same fact when they point at the same span of the same article.</summary>
    public (string ArticleId, int Start, int End) Key => (ArticleId, Start, End);

    // By value, whether or not the sentence has been made yet.
    public bool Equals(Evidence? other) =>
        other is not null && ArticleId == other.ArticleId && Start == other.Start && End == other.End
        && Quote == other.Quote && Date == other.Date && Sentence == other.Sentence;

    public override int GetHashCode() => HashCode.Combine(ArticleId, Sentence, Start, End, Quote, Date);
}
