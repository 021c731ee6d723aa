using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// Candidates the rule extractors did not propose, for a learned scorer to judge: pairs of
/// mentions in one sentence whose types fit an edge type and whose sentence holds a cue for it
/// (a speech verb for STATED, an attack word for ATTACKED, a meeting word or an event for
/// MET_AT; any event and place for HELD_IN; a person near an organisation or place for
/// AFFILIATED_WITH). Far too many to keep without a scorer; they only raise recall when one
/// cuts them down.
/// </summary>
public static class PermissiveCandidates
{
    /// <summary>Mentions of a sentence looked at: past this the sentence is a list, not a statement of relations.</summary>
    public const int MaxMentionsPerSentence = 24;
    private const int AffiliationReach = 60;

    public static IEnumerable<RelationCandidate> For(CandidateContext ctx)
    {
        var doc = ctx.Document;
        var bySentence = new SortedDictionary<int, List<Mention>>();
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId is null || m.Type == NodeType.Article) continue;
            if (!bySentence.TryGetValue(m.SentenceIndex, out var list)) bySentence[m.SentenceIndex] = list = [];
            list.Add(m);
        }
        foreach (var (index, all) in bySentence)
        {
            if (all.Count < 2 || index >= doc.Sentences.Count) continue;
            var mentions = all.OrderBy(m => m.Start).ThenByDescending(m => m.End).Take(MaxMentionsPerSentence).ToList();
            var cues = ctx.CuesOf(index);
            bool speech = cues.Contains("speech"), attack = cues.Contains("attack");
            bool meeting = cues.Contains("meeting") || mentions.Any(m => m.Type == NodeType.Event);
            var sentence = doc.Sentences[index];
            Evidence? evidence = null;
            Evidence Ev() => evidence ??= Evidences.For(doc, sentence.Start, sentence.End);
            var seen = new HashSet<(string, RelationType, string)>();
            foreach (var s in mentions)
                foreach (var t in mentions)
                {
                    if (s.EntityId == t.EntityId) continue;
                    bool nested = s.Start < t.End && t.Start < s.End;
                    foreach (var type in TypesFor(s, t, speech, attack, meeting, nested))
                        if (seen.Add((s.EntityId!, type, t.EntityId!)))
                            yield return new RelationCandidate(s.EntityId!, type, t.EntityId!, Ev());
                }
            // A quote or a meeting often runs on into the next sentence: its targets, places and
            // participants may stand there ("..., kata X." after a two-sentence quote; "KTT itu digelar di Y.").
            if (!speech && !meeting) continue;
            foreach (var next in new[] { index - 1, index + 1 })
            {
                if (!bySentence.TryGetValue(next, out var near) || next < 0 || next >= doc.Sentences.Count) continue;
                var lo = Math.Min(sentence.Start, doc.Sentences[next].Start);
                var hi = Math.Max(sentence.End, doc.Sentences[next].End);
                Evidence? pairEvidence = null;
                foreach (var s in mentions)
                    foreach (var t in near.Take(MaxMentionsPerSentence))
                    {
                        if (s.EntityId == t.EntityId) continue;
                        RelationType? type = null;
                        if (speech && s.Type is NodeType.Person or NodeType.Organization && ctx.InQuote(t.Start)) type = RelationType.STATED;
                        else if (meeting && s.Type is NodeType.Person or NodeType.Organization && t.Type is NodeType.Place or NodeType.Event) type = RelationType.MET_AT;
                        else if (s.Type == NodeType.Event && t.Type == NodeType.Place) type = RelationType.HELD_IN;
                        if (type is { } ty && seen.Add((s.EntityId!, ty, t.EntityId!)))
                            yield return new RelationCandidate(s.EntityId!, ty, t.EntityId!, pairEvidence ??= Evidences.For(doc, lo, hi));
                    }
            }
        }
    }

    private static IEnumerable<RelationType> TypesFor(Mention s, Mention t, bool speech, bool attack, bool meeting, bool nested)
    {
        bool actor = s.Type is NodeType.Person or NodeType.Organization or NodeType.Place;
        bool party = t.Type is NodeType.Person or NodeType.Organization or NodeType.Place;
        if (speech && !nested && s.Type is NodeType.Person or NodeType.Organization && (party || t.Type == NodeType.Event))
            yield return RelationType.STATED;
        if (attack && !nested && actor && party)
            yield return RelationType.ATTACKED;
        if (meeting && !nested && actor && t.Type is NodeType.Place or NodeType.Event)
            yield return RelationType.MET_AT;
        if (s.Type == NodeType.Event && t.Type == NodeType.Place)
            yield return RelationType.HELD_IN;
        if (!nested && s.Type == NodeType.Person && t.Type is NodeType.Organization or NodeType.Place
            && Math.Min(Math.Abs(t.Start - s.End), Math.Abs(s.Start - t.End)) <= AffiliationReach)
            yield return RelationType.AFFILIATED_WITH;
    }
}
