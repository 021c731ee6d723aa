using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// STATED: speaker → every Person, Organization, Place or Event named in what the speaker
/// said (quote or reported speech). The speaker is never its own target; pronouns are not
/// mentions, so a quote naming nobody gives no edge.
/// </summary>
public sealed class StatedExtractor : IRelationExtractor
{
    private readonly StatementFinder _finder;
    private readonly RelationLexicon _lex;

    public StatedExtractor(RelationLexicon lexicon, IQuoteFinder? quotes = null)
    {
        _lex = lexicon;
        _finder = new StatementFinder(lexicon, quotes);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var analysis = DocumentAnalysis.For(document, _finder);
        var index = analysis.Index;
        var doc = analysis.View;
        var statements = analysis.Statements;
        // The dateline ("JAKARTA - ...") says where the story was filed, not what anyone said.
        var dateline = doc.Dateline;
        foreach (var st in statements)
        {
            if (st.Speaker is null) continue;
            foreach (var voice in st.CoSpeakers.Prepend(st.Speaker))
                foreach (var edge in Edges(document, doc, index, dateline, st, voice))
                    yield return edge;
        }
    }

    private IEnumerable<RelationCandidate> Edges(Document document, DocView doc, MentionIndex index, Mention? dateline, Statement st, Mention voice)
    {
        if (voice.EntityId is not { } speakerId) yield break;
        {
            var evidence = Evidences.For(document, st.SpanStart, st.SpanEnd, st.Quote);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var inContent = index.Within(st.ContentStart, st.ContentEnd).ToList();
            var settings = inContent.Where(m => m.Type == NodeType.Event && IsSetting(doc, m)).ToList();
            foreach (var m in inContent)
            {
                if (settings.Any(e => m.Start >= e.Start && m.End <= e.End)) continue;
                if (m.EntityId is not { } target || target == speakerId) continue;
                // A title said without a name is its holder when the holder speaks or acts; in what someone
                // says, it speaks of the office ("kehadiran Panglima TNI") rather than names the person.
                if (Recognition.Rules.OfficeHolders.SaidWithoutName(m)) continue;
                if (dateline is not null && m.Start == dateline.Start) continue;
                if (IsCitedSource(doc, m)) continue;
                if (m.Start < voice.End && voice.Start < m.End) continue;
                if (target == st.Speaker!.EntityId || st.CoSpeakers.Any(c => c.EntityId == target)) continue;
                if (!st.InContent(m.Start, m.End)) continue;
                if (!seen.Add(target)) continue;
                yield return new RelationCandidate(speakerId, RelationType.STATED, target, evidence);
            }
            // "X mengakui pertemuan membahas harga ...": a meeting told before, pointed back to by its head
            // word alone, is spoken of as if it were named.
            var words = doc.Words;
            for (int k = Math.Max(0, SentenceView.WordContaining(words, st.ContentStart)); k < words.Count && words[k].Start < st.ContentEnd; k++)
            {
                if (words[k].Start < st.ContentStart || !st.InContent(words[k].Start, words[k].End)) continue;
                if (AttendanceLists.MeetingReferredAt(doc, _lex, k) is not { EntityId: { } target }) continue;
                if (SetAt(doc, k) || target == speakerId || !seen.Add(target)) continue;
                yield return new RelationCandidate(speakerId, RelationType.STATED, target, evidence);
            }
        }
    }

    // "..., kata Suga, dikutip Reuters": the outlet a report was taken from.
    private bool IsCitedSource(DocView doc, Mention m)
    {
        int i = SentenceView.WordContaining(doc.Words, m.Start);
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            if (_lex.HasRole(doc.Words[k].Lower, "cite")) return true;
        return false;
    }

    // "... selama konferensi pers pada hari Jumat": the meeting where it was said, not what was said.
    private bool IsSetting(DocView doc, Mention ev)
    {
        int i = SentenceView.WordContaining(doc.Words, ev.Start);
        return _lex.MeetingNouns.MatchAt(doc.Words, i) > 0 && SetAt(doc, i);
    }

    private bool SetAt(DocView doc, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
            if (_lex.HasRole(doc.Words[k].Lower, "setting")) return true;
        return false;
    }
}
