using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Adds one analysed article to the graph: its Article node (title, date, source), a node per
/// resolved entity (surface forms as aliases, mention count, articles), a MENTIONED_IN edge
/// from each entity to the article with the first sentence naming it, and the article's
/// relation candidates with their evidence.
/// </summary>
public static class GraphBuilder
{
    public static void Add(EntityGraph graph, Document doc)
    {
        var article = doc.Article;
        var articleId = NodeId.For(NodeType.Article, article.Id);
        var an = graph.GetOrAddNode(articleId, NodeType.Article, article.Title ?? article.Id);
        an.Source = article.Source;
        an.Published = doc.Date;
        an.Title = article.Title;
        an.Url = article.Url;
        an.Outlet = article.Outlet;
        an.Language = article.Language;

        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId is not { } id || m.Type == NodeType.Article) continue;
            var node = graph.FindNode(id);
            if (node is null)
                node = graph.GetOrAddNode(id, m.Type, m.Canonical ?? m.Surface);
            else if (node.Type != m.Type) continue;
            // A description that only points back ("serangan tersebut") is not a name of the event, nor is a
            // title said without a name a name of its holder ("Kapolri" is the next holder's too).
            if (m.Recognizer != Recognition.Events.EventRecognizer.ReferenceRecognizerName && !Recognition.Rules.OfficeHolders.SaidWithoutName(m))
                node.AddAlias(Tidy(m.Surface));
            node.Mentions++;
            node.Articles.Add(article.Id);
            if (!mentioned.Add(id)) continue;
            // Of a huge article built in windows, the first window naming the entity gives the sentence.
            if (!doc.IsWindow) graph.AddRelation(id, RelationType.MENTIONED_IN, articleId, EvidenceFor(doc, m.Start, m.End));
            else if (graph.GetOrAddRelation(id, RelationType.MENTIONED_IN, articleId) is { Evidence.Count: 0 } first)
                first.AddEvidence(InArticle(doc, EvidenceFor(doc, m.Start, m.End)));
        }
        var shifted = doc.Offset == 0 ? null : new Dictionary<Evidence, Evidence>(ReferenceEqualityComparer.Instance);
        foreach (var r in doc.Relations)
        {
            if (r.SourceId == r.TargetId || graph.FindNode(r.SourceId) is null || graph.FindNode(r.TargetId) is null) continue;
            // Evidence is shared, not copied, where it has its date already (the edges of one statement
            // share one); a window's is moved to the article's offsets once for all its edges.
            var evidence = r.Evidence;
            if (shifted is not null && !shifted.TryGetValue(r.Evidence, out evidence))
                shifted[r.Evidence] = evidence = InArticle(doc, r.Evidence);
            if (evidence.Date is null && doc.Date is not null) evidence = evidence with { Date = doc.Date };
            graph.AddRelation(r.SourceId, r.Type, r.TargetId, evidence);
        }
    }

    /// <summary>The evidence with its offsets in the article's text, not its window's.</summary>
    private static Evidence InArticle(Document doc, Evidence evidence) =>
        doc.Offset == 0 ? evidence : evidence with { Start = evidence.Start + doc.Offset, End = evidence.End + doc.Offset };

    private static string Tidy(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The sentence is found by binary search: a scan per mentioned entity would be quadratic.
    private static Evidence EvidenceFor(Document doc, int start, int end) => Relations.Evidences.For(doc, start, end);
}
