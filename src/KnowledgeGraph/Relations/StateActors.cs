using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Language;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A place acts only as a state: it attacks ("Rusia menyerang Ukraina") or takes part in a meeting
/// ("Indonesia dan Australia bertemu") as a country does. An ATTACKED or MET_AT candidate from a town, a
/// region or a building read a place named beside the attack or the meeting ("Washington", "Nduga",
/// "pertemuan ... di Biak, Wamena dan Timika") as one who acted, and is dropped; a party's edges to the
/// meeting's place and event go with it. The states are the countries of the gazetteer.
/// </summary>
public sealed class StateActors : ICandidateStage
{
    private readonly HashSet<string> _states;

    public StateActors(IEnumerable<GazetteerEntry> gazetteer) => _states = CountryIds(gazetteer);

    /// <summary>The node ids of the gazetteer's countries.</summary>
    public static HashSet<string> CountryIds(IEnumerable<GazetteerEntry> gazetteer) =>
        gazetteer.Where(e => e.Type == NodeType.Place && e.Kind == "country")
            .Select(e => NodeId.For(NodeType.Place, e.Canonical)).ToHashSet(StringComparer.Ordinal);

    public void Apply(Document document) =>
        document.Relations.RemoveAll(r => r.Type is RelationType.ATTACKED or RelationType.MET_AT
            && r.SourceId.StartsWith(PlacePrefix, StringComparison.Ordinal) && !_states.Contains(r.SourceId));

    private static readonly string PlacePrefix = NodeId.Prefix(NodeType.Place) + ":";
}
