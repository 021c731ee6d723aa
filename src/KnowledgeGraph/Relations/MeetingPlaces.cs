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
        var placesOf = new Dictionary<string, List<RelationCandidate>>(StringComparer.Ordinal);
        foreach (var r in document.Relations)
            if (r.Type == RelationType.HELD_IN)
            {
                if (!placesOf.TryGetValue(r.SourceId, out var list)) placesOf[r.SourceId] = list = [];
                list.Add(r);
            }
        if (placesOf.Count == 0) return result;
        var have = document.Relations.Where(r => r.Type == RelationType.MET_AT).Select(r => (r.SourceId, r.TargetId)).ToHashSet();
        foreach (var r in document.Relations.Where(r => r.Type == RelationType.MET_AT))
            if (placesOf.TryGetValue(r.TargetId, out var held))
                foreach (var h in held)
                    if (h.TargetId != r.SourceId && have.Add((r.SourceId, h.TargetId)))
                        result.Add(new RelationCandidate(r.SourceId, RelationType.MET_AT, h.TargetId, r.Evidence));
        return result;
    }
}
