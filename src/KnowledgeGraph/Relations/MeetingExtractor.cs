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
        // A meeting told in many sentences repeats the same edges once per sentence that names the
        // same participant; each (edge, evidence) is given once, and a participant is walked over
        // the places of a meeting's sentences only the first time, so the work and the candidates
        // grow with what the graph gets, not with the square of the sentences.
        var evidences = new Dictionary<EventSetting, Evidence>(ReferenceEqualityComparer.Instance);
        Evidence EvidenceOf(EventSetting s)
        {
            if (!evidences.TryGetValue(s, out var e)) evidences[s] = e = Evidences.For(document, s.Start, s.End);
            return e;
        }
        var given = new HashSet<(string, string, int, int)>();
        var walked = new HashSet<(string Who, string Event)>();
        var result = new List<RelationCandidate>();
        void Give(string who, string where, Evidence evidence)
        {
            if (given.Add((who, where, evidence.Start, evidence.End)))
                result.Add(new RelationCandidate(who, RelationType.MET_AT, where, evidence));
        }
        foreach (var setting in settings)
        {
            if (setting.Participants.Count == 0) continue;
            var evidence = EvidenceOf(setting);
            var eventId = setting.Event?.EntityId;
            foreach (var p in setting.Participants)
            {
                if (p.EntityId is not { } who) continue;
                if (eventId is not null) Give(who, eventId, evidence);
                foreach (var place in setting.Places)
                    if (place.EntityId is { } where && where != who) Give(who, where, evidence);
                // The other sentences of the meeting give the same edges to every participant the
                // first time it is met; later they would all be repeats.
                if (eventId is null || !walked.Add((who, eventId))) continue;
                foreach (var other in byEvent[eventId])
                    if (!ReferenceEquals(other, setting))
                        foreach (var place in other.Places)
                            if (place.EntityId is { } where && where != who) Give(who, where, EvidenceOf(other));
            }
        }
        return result;
    }
}
