using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>HELD_IN: event → the place the text puts it in (see <see cref="MeetingAnalysis"/>).</summary>
public sealed class HeldInExtractor : IRelationExtractor
{
    private readonly MeetingAnalysis _analysis;

    public HeldInExtractor(RelationLexicon lexicon) => _analysis = new MeetingAnalysis(lexicon);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        foreach (var setting in _analysis.Analyse(document))
        {
            if (setting.Event?.EntityId is not { } ev) continue;
            var evidence = Evidences.For(document, setting.Start, setting.End);
            foreach (var place in setting.Places)
                if (place.EntityId is { } where) yield return new RelationCandidate(ev, RelationType.HELD_IN, where, evidence);
        }
    }
}
