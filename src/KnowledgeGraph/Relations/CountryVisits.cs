using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Schema;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A visit to a country ("kunjungan kenegaraan X ke Borduria") spans days and holds the meetings told
/// in it; the visitor and those met take part in those meetings, at their towns and buildings, not in the
/// visit as a whole. A MET_AT candidate to a visit whose only places are countries is dropped; the visit
/// stays an event, held in the country.
/// </summary>
public sealed class CountryVisits : ICandidateStage
{
    private readonly HashSet<string> _states;
    private readonly RelationLexicon _lex;

    public CountryVisits(IEnumerable<GazetteerEntry> gazetteer, RelationLexicon lexicon)
    {
        _lex = lexicon;
        _states = StateActors.CountryIds(gazetteer);
    }

    public void Apply(Document document)
    {
        var visits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
            if (m.Type == NodeType.Event && m.EntityId is { } id && IsVisit(m.Canonical ?? m.Surface)) visits.Add(id);
        if (visits.Count == 0) return;
        var held = new Dictionary<string, bool>(StringComparer.Ordinal); // visit → held only in countries so far
        foreach (var r in document.Relations)
            if (r.Type == RelationType.HELD_IN && visits.Contains(r.SourceId))
                held[r.SourceId] = held.GetValueOrDefault(r.SourceId, true) && _states.Contains(r.TargetId);
        var abroad = held.Where(h => h.Value).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        if (abroad.Count > 0) document.Relations.RemoveAll(r => r.Type == RelationType.MET_AT && abroad.Contains(r.TargetId));
    }

    private bool IsVisit(string name)
    {
        int space = name.IndexOf(' ');
        var head = (space < 0 ? name : name[..space]).ToLowerInvariant();
        return _lex.HeadClasses.TryGetValue(head, out var cls) && _lex.DestinationClasses.Contains(cls);
    }
}
