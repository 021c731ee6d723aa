using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A place takes part in a meeting only as a state does ("Indonesia dan Australia bertemu"): a
/// town, region or site read as a party ("pertemuan di Biak, Wamena dan Timika") is where
/// something happened, not who met. A MET_AT candidate from a place the gazetteer does not list
/// as a country is dropped; its edges to the meeting's place and event go with it.
/// </summary>
public sealed class PlaceParticipants : ICandidateStage
{
    private readonly HashSet<string> _states;

    public PlaceParticipants(IEnumerable<GazetteerEntry> gazetteer) =>
        _states = gazetteer.Where(e => e.Type == NodeType.Place && e.Kind == "country")
            .Select(e => NodeId.For(NodeType.Place, e.Canonical)).ToHashSet(StringComparer.Ordinal);

    private static readonly string PlacePrefix = NodeId.Prefix(NodeType.Place) + ":";

    public void Apply(Document document) =>
        document.Relations.RemoveAll(r => r.Type == RelationType.MET_AT && r.SourceId.StartsWith(PlacePrefix, StringComparison.Ordinal) && !_states.Contains(r.SourceId));
}
