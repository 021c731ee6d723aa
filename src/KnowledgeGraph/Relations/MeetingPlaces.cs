using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A participant of a meeting met at every place the meeting was held in: MET_AT to the event
/// and HELD_IN from it give MET_AT to the place. Reads the edges the extractors before it left
/// in the document, so it runs after them.
/// </summary>
public sealed class MeetingPlaces : IRelationExtractor
{
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
        var have = document.Relations.Where(r => r.Type == RelationType.MET_AT).Select(r => (r.SourceId, r.TargetId)).ToHashSet();
        var read = new HashSet<(string, string)>();
        foreach (var r in document.Relations.Where(r => r.Type == RelationType.MET_AT))
            if (placesOf.TryGetValue(r.TargetId, out var places) && read.Add((r.SourceId, r.TargetId)))
                foreach (var place in places)
                    if (place != r.SourceId && have.Add((r.SourceId, place)))
                        result.Add(new RelationCandidate(r.SourceId, RelationType.MET_AT, place, r.Evidence));
        return result;
    }
}
