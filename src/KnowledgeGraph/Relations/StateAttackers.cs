using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Language;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A place attacks only as a state ("Rusia menyerang Ukraina"): an ATTACKED candidate whose attacker is
/// a town, a region or a building ("Washington", "Nduga") read a place named beside the attack as the
/// one who carried it out, and is dropped. The states are the countries of the gazetteer.
/// </summary>
public sealed class StateAttackers : ICandidateStage
{
    private readonly HashSet<string> _states;

    public StateAttackers(IEnumerable<GazetteerEntry> gazetteer) => _states = CountryIds(gazetteer);

    /// <summary>The node ids of the gazetteer's countries.</summary>
    public static HashSet<string> CountryIds(IEnumerable<GazetteerEntry> gazetteer) =>
        gazetteer.Where(e => e.Type == NodeType.Place && e.Kind == "country")
            .Select(e => NodeId.For(NodeType.Place, e.Canonical)).ToHashSet(StringComparer.Ordinal);

    public void Apply(Document document) =>
        document.Relations.RemoveAll(r => r.Type == RelationType.ATTACKED
            && r.SourceId.StartsWith(PlacePrefix, StringComparison.Ordinal) && !_states.Contains(r.SourceId));

    private static readonly string PlacePrefix = NodeId.Prefix(NodeType.Place) + ":";
}
