using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>MET_AT: each participant of a meeting → the meeting's place(s) and → the meeting event.</summary>
public sealed class MeetingExtractor : IRelationExtractor
{
    private readonly MeetingAnalysis _analysis;

    public MeetingExtractor(RelationLexicon lexicon) => _analysis = new MeetingAnalysis(lexicon);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        foreach (var setting in _analysis.Analyse(document))
        {
            if (setting.Participants.Count == 0) continue;
            var evidence = Evidences.For(document, setting.Start, setting.End);
            foreach (var p in setting.Participants)
            {
                if (p.EntityId is not { } who) continue;
                if (setting.Event?.EntityId is { } ev) yield return new RelationCandidate(who, RelationType.MET_AT, ev, evidence);
                foreach (var place in setting.Places)
                    if (place.EntityId is { } where && where != who) yield return new RelationCandidate(who, RelationType.MET_AT, where, evidence);
            }
        }
    }
}
