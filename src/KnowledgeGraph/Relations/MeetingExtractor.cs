using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>MET_AT: each participant of a meeting → the meeting's place(s) and → the meeting event.</summary>
public sealed class MeetingExtractor : IRelationExtractor
{
    private readonly MeetingAnalysis _analysis;

    public MeetingExtractor(RelationLexicon lexicon) => _analysis = new MeetingAnalysis(lexicon);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var settings = _analysis.Analyse(document);
        // One meeting told in several sentences ("X menghadiri pertemuan ..." then "Pertemuan itu
        // digelar di Y"): its participants met at every place any of the sentences gives it.
        var byEvent = new Dictionary<string, List<EventSetting>>(StringComparer.Ordinal);
        foreach (var s in settings)
            if (s.Event?.EntityId is { } id)
            {
                if (!byEvent.TryGetValue(id, out var list)) byEvent[id] = list = [];
                list.Add(s);
            }
        foreach (var setting in settings)
        {
            if (setting.Participants.Count == 0) continue;
            var evidence = Evidences.For(document, setting.Start, setting.End);
            var places = setting.Places.Select(p => (Place: p, Evidence: evidence)).ToList();
            if (setting.Event?.EntityId is { } eid)
                foreach (var other in byEvent[eid])
                    if (!ReferenceEquals(other, setting))
                        places.AddRange(other.Places.Select(p => (Place: p, Evidence: Evidences.For(document, other.Start, other.End))));
            foreach (var p in setting.Participants)
            {
                if (p.EntityId is not { } who) continue;
                if (setting.Event?.EntityId is { } ev) yield return new RelationCandidate(who, RelationType.MET_AT, ev, evidence);
                foreach (var (place, ev2) in places)
                    if (place.EntityId is { } where && where != who) yield return new RelationCandidate(who, RelationType.MET_AT, where, ev2);
            }
        }
    }
}
