using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// What the relation extractors read from one resolved document: the mention index, the word
/// view, quotes and statements. The analysis stage makes it once per document and shares it on
/// the document (<see cref="Document.Share{T}"/>) for the extractors after it.
/// </summary>
public sealed class DocumentAnalysis
{
    public DocumentAnalysis(Document document, StatementFinder finder)
    {
        Fingerprint = FingerprintOf(document);
        Finder = finder;
        Index = new MentionIndex(document.Mentions);
        View = new DocView(document, Index);
        Quotes = finder.Quotes(document.Text);
        Statements = finder.Find(View, Quotes);
    }

    private long Fingerprint { get; }

    // Cheap check that the mentions are the ones analysed (a resolver may replace them in place).
    private static long FingerprintOf(Document document)
    {
        long h = document.Mentions.Count;
        foreach (var m in document.Mentions)
            h = unchecked(h * 31 + m.Start * 17 + m.End + (m.EntityId is null ? 0 : StringComparer.Ordinal.GetHashCode(m.EntityId)));
        return h;
    }
    private StatementFinder Finder { get; }
    public MentionIndex Index { get; }
    public DocView View { get; }
    public IReadOnlyList<QuoteSpan> Quotes { get; }
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The statements found by the stretch of text their span holds.</summary>
    public StatementIndex StatementSpans => _statementSpans ??= new StatementIndex(Statements);
    private StatementIndex? _statementSpans;
    internal List<EventSetting>? Settings { get; set; }

    /// <summary>
    /// The analysis shared on the document, or a new one (then shared) when no analysis stage ran
    /// before, it read with other rules, or the mentions changed since (a resolver may replace them in place).
    /// </summary>
    public static DocumentAnalysis For(Document document, StatementFinder finder)
    {
        if (document.Shared<DocumentAnalysis>() is { } shared && shared.Fingerprint == FingerprintOf(document) && shared.Finder.SameRules(finder))
            return shared;
        var fresh = new DocumentAnalysis(document, finder);
        document.Share(fresh);
        return fresh;
    }
}
