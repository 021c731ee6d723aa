using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// STATED to an attack the speaker points back to: "Serangan itu sangat keji," kata X; "X menyebut
/// peledakan tersebut ..."; "Peristiwa ini ...". An attack noun, or a word of a happening, closed by
/// a demonstrative where no event was recognised stands for the latest attack told before it. Runs
/// after the extractors that make events of attacks told only by their verb ("Rusia menyerang
/// Kyiv"), so those are pointed back to as well.
/// </summary>
public sealed class StatedAttacks : IRelationExtractor
{
    private readonly RelationLexicon _lex;
    private readonly StatementFinder _finder;

    public StatedAttacks(RelationLexicon lexicon, IQuoteFinder? quotes = null)
    {
        _lex = lexicon;
        _finder = new StatementFinder(lexicon, quotes);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var result = new List<RelationCandidate>();
        var analysis = DocumentAnalysis.For(document, _finder);
        if (analysis.Statements.All(s => s.Speaker is null)) return result;
        var attacks = AttackEvents(document);
        if (attacks.Count == 0) return result;
        var doc = analysis.View;
        var words = doc.Words;
        var have = new HashSet<(string, string)>();
        foreach (var r in document.Relations)
            if (r.Type == RelationType.STATED) have.Add((r.SourceId, r.TargetId));
        foreach (var st in analysis.Statements)
        {
            if (st.Speaker is null) continue;
            for (int k = Math.Max(0, SentenceView.WordContaining(words, st.ContentStart)); k < words.Count && words[k].Start < st.ContentEnd; k++)
            {
                if (words[k].Start < st.ContentStart || !st.InContent(words[k].Start, words[k].End)) continue;
                if (ReferredAt(doc, k, attacks) is not { EntityId: { } target }) continue;
                var evidence = Evidences.For(document, st.SpanStart, st.SpanEnd, st.Quote);
                foreach (var voice in st.CoSpeakers.Prepend(st.Speaker))
                    if (voice.EntityId is { } speaker && speaker != target && have.Add((speaker, target)))
                        result.Add(new RelationCandidate(speaker, RelationType.STATED, target, evidence));
            }
        }
        return result;
    }

    // The article's attack events in text order: named by an attack noun, or told by an attack verb.
    private List<Mention> AttackEvents(Document document)
    {
        var found = new List<Mention>();
        foreach (var m in document.Mentions)
        {
            if (m.Type != NodeType.Event || m.EntityId is null) continue;
            var name = m.Canonical ?? m.Surface;
            var nameWords = Words.Split(name, 0, name.Length);
            var words = Words.Split(document.Text, m.Start, m.End);
            bool attack = nameWords.Count > 0 && _lex.AttackNouns.MatchAt(nameWords, 0) > 0
                          || words.Count > 0 && _lex.AttackNouns.MatchAt(words, 0) > 0;
            for (int k = 0; !attack && k < words.Count; k++)
                attack = _lex.AttackVerbs.MatchAt(words, k) > 0 || _lex.AttackPassives.MatchAt(words, k) > 0;
            if (attack) found.Add(m);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private Mention? ReferredAt(DocView doc, int k, List<Mention> attacks)
    {
        var words = doc.Words;
        if (doc.EntityAt[k] is not null || doc.EventAt[k] is not null) return null;
        int len = _lex.AttackNouns.MatchAt(words, k);
        if (len == 0 && _lex.HasRole(words[k].Lower, "incident")) len = 1;
        if (len == 0 || k + len >= words.Count || !_lex.HasRole(words[k + len].Lower, "demonstrative")) return null;
        Mention? latest = null;
        foreach (var a in attacks)
            if (a.End <= words[k].Start) latest = a;
            else break;
        return latest;
    }
}
