using System.Runtime.CompilerServices;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// What the relation extractors read from one resolved document: the mention index, the word
/// view, quotes and statements. Computed once per document and shared by the extractors
/// (held weakly, so it goes with the document); recomputed if the mentions changed since.
/// </summary>
public sealed class DocumentAnalysis
{
    private static readonly ConditionalWeakTable<Document, DocumentAnalysis> Cache = new();

    private DocumentAnalysis(Document document, StatementFinder finder)
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
    internal List<EventSetting>? Settings { get; set; }

    public static DocumentAnalysis For(Document document, StatementFinder finder)
    {
        // The analysis is made outside the lock: documents are analysed on several threads at
        // once, and one document is only ever analysed by one thread at a time.
        if (Cache.TryGetValue(document, out var cached) && cached.Fingerprint == FingerprintOf(document) && cached.Finder.SameRules(finder))
            return cached;
        var fresh = new DocumentAnalysis(document, finder);
        Cache.AddOrUpdate(document, fresh);
        return fresh;
    }
}
