using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// News written for readers at home places a meeting at home by its town and building: a
/// participant is not said to have met across the whole home country, even when a visit is
/// told as one "ke Indonesia". The event is still held there (HELD_IN stays); a MET_AT candidate
/// to a home country is dropped. The home countries are the pack's relations/home-countries.txt.
/// </summary>
public sealed class HomeCountryMeetings : ICandidateStage
{
    private readonly HashSet<string> _homes;

    public HomeCountryMeetings(IEnumerable<string> homeCountries) =>
        _homes = homeCountries.Select(name => NodeId.For(NodeType.Place, name)).ToHashSet(StringComparer.Ordinal);

    public void Apply(Document document)
    {
        if (_homes.Count > 0) document.Relations.RemoveAll(r => r.Type == RelationType.MET_AT && _homes.Contains(r.TargetId));
    }
}
