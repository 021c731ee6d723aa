using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>MET_AT: each participant of a meeting → the meeting's place(s) and → the meeting event.</summary>
public sealed class MeetingExtractor : IRelationExtractor
{
    private readonly MeetingAnalysis _analysis;
    private readonly RelationLexicon _lex;

    public MeetingExtractor(RelationLexicon lexicon)
    {
        _lex = lexicon;
        _analysis = new MeetingAnalysis(lexicon);
    }

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
        var placesByEvent = new Dictionary<string, List<(string Where, List<EventSetting> From)>>(StringComparer.Ordinal);
        var result = new List<RelationCandidate>();
        Dictionary<string, string>? bodies = null;
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
                // "konferensi negara-negara pesisir Samudera Hindia": an ocean takes part in nothing.
                if (p.EntityId is not { } id || p.Type == NodeType.Place && _lex.IsWaterName(p.Canonical ?? p.Surface)) continue;
                Attend(id, setting, evidence, eventId);
                if ((bodies ??= SittingBodies(document)).GetValueOrDefault(id) is { } body && !setting.Participants.Any(q => q.EntityId == body))
                    Attend(body, setting, evidence, eventId);
            }
        }
        return result;

        void Attend(string who, EventSetting setting, Evidence evidence, string? eventId)
        {
            if (eventId is not null) Give(who, eventId, evidence);
            foreach (var place in setting.Places)
                if (place.EntityId is { } where && where != who) Give(who, where, evidence);
            // The other sentences of the meeting give the same edges to every participant the
            // first time it is met; later they would all be repeats.
            if (eventId is null || !walked.Add((who, eventId))) return;
            if (!placesByEvent.TryGetValue(eventId, out var places)) placesByEvent[eventId] = places = PlacesOf(byEvent[eventId]);
            foreach (var (where, from) in places)
            {
                if (where == who) continue;
                int n = 0;
                foreach (var other in from)
                {
                    if (ReferenceEquals(other, setting)) continue;
                    if (n++ == MaxSentencesPerPlace) break;
                    Give(who, where, EvidenceOf(other));
                }
            }
        }
    }

    // "Komisi I DPR" sits in a hearing for the DPR: a unit whose name opens with a sitting unit's head and
    // ends in the name of another body the article names on its own → that body. Where the article never
    // names the body by itself, the unit alone took part.
    private Dictionary<string, string> SittingBodies(Document document)
    {
        var bodies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.Mentions)
            if (m.Type == NodeType.Organization && m.EntityId is { } id)
            {
                bodies.TryAdd(m.Surface, id);
                if (m.Canonical is { } c) bodies.TryAdd(c, id);
            }
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
        {
            if (m.Type != NodeType.Organization || m.EntityId is not { } unit || parents.ContainsKey(unit)) continue;
            foreach (var name in m.Canonical is { } c ? [m.Surface, c] : new[] { m.Surface })
            {
                int space = name.IndexOf(' ');
                if (space < 0 || !_lex.HasRole(name[..space].ToLowerInvariant(), "sitting-unit")) continue;
                for (; space > 0; space = name.IndexOf(' ', space + 1))
                    if (bodies.GetValueOrDefault(name[(space + 1)..]) is { } body && body != unit) { parents[unit] = body; break; }
                if (parents.ContainsKey(unit)) break;
            }
        }
        return parents;
    }

    /// <summary>
    /// How many other sentences of a meeting stand as evidence that a participant met at one of
    /// its places. A news report tells a meeting in a handful of sentences; a run-on text read as
    /// one meeting throughout would otherwise give every participant every sentence that names
    /// a place, candidates growing with the participants times the text.
    /// </summary>
    public const int MaxSentencesPerPlace = 16;

    // The meeting's places in the order its sentences give them, each with the first sentences
    // that give it (one more than the bound, so a participant's own sentence can be passed over).
    private static List<(string Where, List<EventSetting> From)> PlacesOf(List<EventSetting> settings)
    {
        var places = new List<(string, List<EventSetting>)>();
        var at = new Dictionary<string, List<EventSetting>>(StringComparer.Ordinal);
        foreach (var s in settings)
            foreach (var place in s.Places)
            {
                if (place.EntityId is not { } where) continue;
                if (!at.TryGetValue(where, out var from))
                {
                    at[where] = from = [];
                    places.Add((where, from));
                }
                if (from.Count <= MaxSentencesPerPlace && (from.Count == 0 || !ReferenceEquals(from[^1], s))) from.Add(s);
            }
        return places;
    }
}
