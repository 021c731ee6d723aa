using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// STATED: speaker → every Person, Organization, Place or Event named in what the speaker
/// said (quote or reported speech). The speaker is never its own target; pronouns are not
/// mentions, so a quote naming nobody gives no edge.
/// </summary>
public sealed class StatedExtractor : IRelationExtractor
{
    private readonly StatementFinder _finder;

    public StatedExtractor(RelationLexicon lexicon, IQuoteFinder? quotes = null) =>
        _finder = new StatementFinder(lexicon, quotes);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var index = new MentionIndex(document.Mentions);
        var doc = new DocView(document, index);
        var statements = _finder.Find(doc, _finder.Quotes(document.Text));
        foreach (var st in statements)
        {
            if (st.Speaker?.EntityId is not { } speakerId) continue;
            var evidence = Evidences.For(document, st.SpanStart, st.SpanEnd, st.Quote);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in index.Within(st.ContentStart, st.ContentEnd))
            {
                if (m.EntityId is not { } target || target == speakerId) continue;
                if (m.Start < st.Speaker.End && st.Speaker.Start < m.End) continue;
                if (!st.InContent(m.Start, m.End)) continue;
                if (!seen.Add(target)) continue;
                yield return new RelationCandidate(speakerId, RelationType.STATED, target, evidence);
            }
        }
    }
}
