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
        var byEvent = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < settings.Count; i++)
            if (settings[i].Event?.EntityId is { } id)
            {
                if (!byEvent.TryGetValue(id, out var list)) byEvent[id] = list = [];
                list.Add(i);
            }
        var evidence = new Evidence?[settings.Count];
        Evidence EvidenceOf(int i) => evidence[i] ??= Evidences.For(document, settings[i].Start, settings[i].End);
        // A participant's places of one event are all given the first time it is seen in it: a
        // later sentence of the same meeting would repeat them (same place, same evidence), and
        // going through every sentence of a meeting again for each of its participants grows
        // with the square of a long article that tells one meeting many times.
        var placed = new HashSet<(string Event, string Who)>();
        for (int i = 0; i < settings.Count; i++)
        {
            var setting = settings[i];
            if (setting.Participants.Count == 0) continue;
            string? eid = setting.Event?.EntityId;
            foreach (var p in setting.Participants)
            {
                if (p.EntityId is not { } who) continue;
                if (eid is not null) yield return new RelationCandidate(who, RelationType.MET_AT, eid, EvidenceOf(i));
                if (eid is not null && !placed.Add((eid, who))) continue;
                foreach (var place in setting.Places)
                    if (place.EntityId is { } where && where != who) yield return new RelationCandidate(who, RelationType.MET_AT, where, EvidenceOf(i));
                if (eid is null) continue;
                foreach (int other in byEvent[eid])
                    if (other != i)
                        foreach (var place in settings[other].Places)
                            if (place.EntityId is { } where && where != who) yield return new RelationCandidate(who, RelationType.MET_AT, where, EvidenceOf(other));
            }
        }
    }
}
