using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A participant of a meeting met at every place the meeting was held in: MET_AT to the event
/// and HELD_IN from it give MET_AT to the place. Reads the edges the extractors before it left
/// in the document, so it runs after them. With the relation lexicon it passes over a place the
/// text names only to describe where the meeting was ("di ibu kota Nigeria, Abuja": the meeting
/// was held in Nigeria, its participants met in Abuja), unless the text also sets it there.
/// </summary>
public sealed class MeetingPlaces : IRelationExtractor
{
    private readonly MeetingAnalysis? _analysis;

    public MeetingPlaces(RelationLexicon? lexicon = null) => _analysis = lexicon is null ? null : new MeetingAnalysis(lexicon);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var result = new List<RelationCandidate>();
        // The distinct places of each event, in the order first given: a long article holds the
        // same HELD_IN edge once per sentence, and a pair met at one event many times is read once,
        // so the work is the new edges, not the product of the candidates.
        var placesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var held = new HashSet<(string, string)>();
        foreach (var r in document.Relations)
            if (r.Type == RelationType.HELD_IN && held.Add((r.SourceId, r.TargetId)))
            {
                if (!placesOf.TryGetValue(r.SourceId, out var list)) placesOf[r.SourceId] = list = [];
                list.Add(r.TargetId);
            }
        if (placesOf.Count == 0) return result;
        var surrounding = SurroundingOnly(document);
        var have = document.Relations.Where(r => r.Type == RelationType.MET_AT).Select(r => (r.SourceId, r.TargetId)).ToHashSet();
        var read = new HashSet<(string, string)>();
        foreach (var r in document.Relations.Where(r => r.Type == RelationType.MET_AT))
            if (placesOf.TryGetValue(r.TargetId, out var places) && read.Add((r.SourceId, r.TargetId)))
                foreach (var place in places)
                    if (place != r.SourceId && !surrounding.Contains((r.TargetId, place)) && have.Add((r.SourceId, place)))
                        result.Add(new RelationCandidate(r.SourceId, RelationType.MET_AT, place, r.Evidence));
        return result;
    }

    // (event, place) pairs where every setting of the event names the place only as the larger
    // area around one of its places.
    private HashSet<(string Event, string Place)> SurroundingOnly(Document document)
    {
        var found = new HashSet<(string, string)>();
        if (_analysis is null) return found;
        var settings = _analysis.Analyse(document);
        var placed = new HashSet<(string, string)>();
        foreach (var s in settings)
            if (s.Event?.EntityId is { } ev)
                foreach (var p in s.Places)
                    if (p.EntityId is { } where) placed.Add((ev, where));
        foreach (var s in settings)
            if (s.Event?.EntityId is { } ev)
                foreach (var p in s.Surrounding)
                    if (p.EntityId is { } where && !placed.Contains((ev, where))) found.Add((ev, where));
        return found;
    }
}
