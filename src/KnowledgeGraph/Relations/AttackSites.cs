using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// An attack is held where it fell: a place the sentence says was attacked is where the attack
/// event told in that sentence happened ("serangan rudal Rusia ke Kyiv" → HELD_IN Kyiv; "Israel
/// menyerang Beirut dalam serangan itu"). Reads the ATTACKED edges the extractors before it left
/// in the document, so hedged or claimed attacks, which gave no edge, give no place either. The
/// event is the attack phrase inside the edge's evidence, or the sentence's only attack phrase.
/// </summary>
public sealed class AttackSites : IRelationExtractor
{
    private readonly RelationLexicon _lex;

    public AttackSites(RelationLexicon lexicon) => _lex = lexicon;

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var result = new List<RelationCandidate>();
        Dictionary<int, List<Mention>>? attacksBySentence = null;
        var have = new HashSet<(string, string)>();
        foreach (var r in document.Relations)
            if (r.Type == RelationType.HELD_IN) have.Add((r.SourceId, r.TargetId));
        foreach (var r in document.Relations)
        {
            if (r.Type != RelationType.ATTACKED || !r.TargetId.StartsWith(NodeId.Prefix(NodeType.Place) + ":", StringComparison.Ordinal)) continue;
            attacksBySentence ??= AttackEvents(document);
            if (document.SentenceAt(r.Evidence.Start) is not { } sentence || !attacksBySentence.TryGetValue(sentence.Index, out var events)) continue;
            var inSpan = events.Where(e => e.Start < r.Evidence.End && r.Evidence.Start < e.End).ToList();
            var chosen = inSpan.Count > 0 ? inSpan : events.Count == 1 ? events : [];
            foreach (var ev in chosen)
                if (ev.EntityId is { } id && have.Add((id, r.TargetId)))
                    result.Add(new RelationCandidate(id, RelationType.HELD_IN, r.TargetId, r.Evidence));
        }
        return result;
    }

    // The event mentions headed by an attack noun, by sentence.
    private Dictionary<int, List<Mention>> AttackEvents(Document document)
    {
        var bySentence = new Dictionary<int, List<Mention>>();
        foreach (var m in document.Mentions)
        {
            if (m.Type != NodeType.Event || m.EntityId is null) continue;
            var words = Words.Split(document.Text, m.Start, m.End);
            if (words.Count == 0 || _lex.AttackNouns.MatchAt(words, 0, _lex.Morphology, out _) == 0) continue;
            if (!bySentence.TryGetValue(m.SentenceIndex, out var list)) bySentence[m.SentenceIndex] = list = [];
            if (!list.Any(x => x.EntityId == m.EntityId)) list.Add(m);
        }
        return bySentence;
    }
}
