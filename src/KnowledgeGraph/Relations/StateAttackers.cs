using KnowledgeGraph.Documents;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Language;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A place attacks only as a state ("Rusia menyerang Ukraina"): an ATTACKED candidate whose attacker is
/// a town, a region or a building ("Washington", "Nduga") read a place named beside the attack as the
/// one who carried it out, and is dropped. So is an attack on a country written right after the place it
/// fell in ("di Paris, Perancis"): the address says where the place lies. The states are the countries
/// of the gazetteer.
/// </summary>
public sealed class StateAttackers : ICandidateStage
{
    private readonly HashSet<string> _states;

    public StateAttackers(IEnumerable<GazetteerEntry> gazetteer) =>
        _states = gazetteer.Where(e => e.Type == NodeType.Place && e.Kind == "country")
            .Select(e => NodeId.For(NodeType.Place, e.Canonical)).ToHashSet(StringComparer.Ordinal);

    public void Apply(Document document)
    {
        document.Relations.RemoveAll(r => r.Type == RelationType.ATTACKED
            && r.SourceId.StartsWith(PlacePrefix, StringComparison.Ordinal) && !_states.Contains(r.SourceId));
        // "di Paris, Perancis": a country written after the place an attack fell in only says where that
        // place lies; the attacker attacked the place, not the country.
        var attacked = document.Relations.Where(r => r.Type == RelationType.ATTACKED).ToList();
        if (!attacked.Any(r => _states.Contains(r.TargetId))) return;
        var byId = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
            if (m.EntityId is { } id)
            {
                if (!byId.TryGetValue(id, out var list)) byId[id] = list = [];
                list.Add(m);
            }
        var addressed = new HashSet<(string, string)>();
        foreach (var r in attacked)
        {
            if (!_states.Contains(r.TargetId) || !byId.TryGetValue(r.TargetId, out var countries)) continue;
            foreach (var other in attacked)
                if (other.SourceId == r.SourceId && other.TargetId != r.TargetId && other.TargetId.StartsWith(PlacePrefix, StringComparison.Ordinal)
                    && byId.TryGetValue(other.TargetId, out var places) && places.Any(p => countries.Any(c => AddressOf(document.Text, p, c))))
                    addressed.Add((r.SourceId, r.TargetId));
        }
        if (addressed.Count > 0)
            document.Relations.RemoveAll(r => r.Type == RelationType.ATTACKED && addressed.Contains((r.SourceId, r.TargetId)));
    }

    // Whether the country's mention follows the place's with only a comma between ("Paris, Perancis").
    private static bool AddressOf(string text, Mention place, Mention country) =>
        country.Start > place.End && country.Start - place.End <= 3 && text.AsSpan(place.End, country.Start - place.End).Trim().SequenceEqual(",");

    private static readonly string PlacePrefix = NodeId.Prefix(NodeType.Place) + ":";
}
