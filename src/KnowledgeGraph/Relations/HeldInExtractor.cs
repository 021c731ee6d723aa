using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>
/// HELD_IN: event → the place the text puts it in (see <see cref="MeetingAnalysis"/>), and the
/// larger places the text sets that place in ("di Kabul, ibu kota Afghanistan": <see cref="PlaceContainers"/>).
/// </summary>
public sealed class HeldInExtractor : IRelationExtractor
{
    private readonly MeetingAnalysis _analysis;
    private readonly PlaceContainers _containers;
    private readonly StatementFinder _statements;

    public HeldInExtractor(RelationLexicon lexicon)
    {
        _analysis = new MeetingAnalysis(lexicon);
        _containers = new PlaceContainers(lexicon);
        _statements = new StatementFinder(lexicon);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var settings = _analysis.Analyse(document);
        if (settings.Count == 0) yield break;
        var doc = DocumentAnalysis.For(document, _statements).View;
        foreach (var setting in settings)
        {
            if (setting.Event?.EntityId is not { } ev) continue;
            var evidence = Evidences.For(document, setting.Start, setting.End);
            var seen = new HashSet<string>();
            foreach (var place in setting.Places)
            {
                if (place.EntityId is { } where && seen.Add(where)) yield return new RelationCandidate(ev, RelationType.HELD_IN, where, evidence);
                foreach (var outer in _containers.Of(doc, place))
                    if (outer.EntityId is { } wider && seen.Add(wider))
                        yield return new RelationCandidate(ev, RelationType.HELD_IN, wider, Evidences.For(document, setting.Start, Math.Max(setting.End, outer.End)));
            }
        }
    }
}
