using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// An attack is held where it fell: a place the sentence says was attacked is where the attack
/// event told in that sentence happened ("serangan rudal Rusia ke Kyiv" → HELD_IN Kyiv; "Israel
/// menyerang Beirut dalam serangan itu"). Reads the ATTACKED edges the extractors before it left
/// in the document, so hedged or claimed attacks, which gave no edge, give no place either; an attack told as
/// having happened whose attacker the article never names gave no edge but shares what it hit (<see cref="UnnamedAttackHits"/>). The
/// event is the attack phrase inside the edge's evidence, or the sentence's only attack phrase;
/// an attack told only by its verb counts as one for the place the verb acts on itself ("Kyiv
/// diserang Rusia", "Rusia menyerang Kyiv"), not for the owner of what it hit ("menyerbu gedung parlemen X").
/// The other way round, the doer opening an attack told by its verb attacked the places its phrase was
/// held in ("X meledakkan bom ... di Distrik Y"), and so did the perpetrator said without a name right
/// before an attack ("pelaku bom bunuh diri di Y") and whoever the sentence says attacked someone in it
/// ("X melakukan serangan di Y terhadap Z").
/// </summary>
public sealed class AttackSites : IRelationExtractor
{
    private readonly RelationLexicon _lex;

    public AttackSites(RelationLexicon lexicon) => _lex = lexicon;

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var result = new List<RelationCandidate>();
        DoersAtSites(document, result);
        // The attack events are found once, for both passes, and only when an edge asks for them.
        (Dictionary<int, List<Mention>> BySentence, Dictionary<Mention, HashSet<string>> HitByVerb)? attacks = null;
        (Dictionary<int, List<Mention>> BySentence, Dictionary<Mention, HashSet<string>> HitByVerb) Attacks() => attacks ??= AttackEvents(document);
        var have = new HashSet<(string, string)>();
        foreach (var r in document.Relations)
            if (r.Type == RelationType.HELD_IN) have.Add((r.SourceId, r.TargetId));
        // The attacks told between start and end are held at the place they hit.
        void HeldAt(int start, int end, string place, Evidence evidence)
        {
            var (bySentence, hitByVerb) = Attacks();
            foreach (var ev in EventsOf(document, start, end, bySentence))
                if (ev.EntityId is { } id && (!hitByVerb.TryGetValue(ev, out var hit) || hit.Contains(place)) && have.Add((id, place)))
                    result.Add(new RelationCandidate(id, RelationType.HELD_IN, place, evidence));
        }
        foreach (var r in document.Relations)
            if (r.Type == RelationType.ATTACKED && IsPlace(r.TargetId)) HeldAt(r.Evidence.Start, r.Evidence.End, r.TargetId, r.Evidence);
        // An attack whose attacker the article never names gave no edge, but the places it hit are where it happened.
        if (document.Shared<UnnamedAttackHits>() is { } unnamed)
            foreach (var m in unnamed.Hits)
                if (m.Type == NodeType.Place && m.EntityId is { } place) HeldAt(m.Start, m.End, place, Evidences.For(document, m.Start, m.End));
        AttackersAtSites(document, result, () => Attacks().BySentence);
        return result;
    }

    private static bool IsPlace(string id) => id.StartsWith(NodeId.Prefix(NodeType.Place) + ":", StringComparison.Ordinal);

    // The attack told between start and end (an edge's evidence): the attack phrase inside it, or its sentence's only one.
    private static List<Mention> EventsOf(Document document, int start, int end, Dictionary<int, List<Mention>> bySentence)
    {
        if (document.SentenceAt(start) is not { } sentence || !bySentence.TryGetValue(sentence.Index, out var events)) return [];
        var inSpan = events.Where(e => e.Start < end && start < e.End).ToList();
        return inSpan.Count > 0 ? inSpan : events.Count == 1 ? events : [];
    }

    // "militer Israel melakukan serangan di Doha terhadap para pemimpin Hamas": who attacked someone in an attack
    // attacked the places that attack was held in too (Israel → Doha), as the doer of an attack told by its verb does.
    private void AttackersAtSites(Document document, List<RelationCandidate> result, Func<Dictionary<int, List<Mention>>> attacksBySentence)
    {
        Dictionary<string, List<RelationCandidate>>? heldIn = null;
        HashSet<(string, string)>? attacked = null;
        // An attack on someone: one on a place already says where it fell.
        foreach (var r in document.Relations.Where(r => r.Type == RelationType.ATTACKED && !IsPlace(r.TargetId)).ToList())
        {
            if (heldIn is null) (heldIn, attacked) = Placed(document.Relations.Concat(result));
            foreach (var ev in EventsOf(document, r.Evidence.Start, r.Evidence.End, attacksBySentence()))
            {
                if (ev.EntityId is not { } id || !heldIn.TryGetValue(id, out var places)) continue;
                foreach (var place in places)
                    if (place.TargetId != r.SourceId && place.TargetId != r.TargetId && attacked!.Add((r.SourceId, place.TargetId)))
                        result.Add(new RelationCandidate(r.SourceId, RelationType.ATTACKED, place.TargetId, place.Evidence));
            }
        }
    }

    // "X meledakkan bom bunuh diri di tengah iring-iringan bus ... di Distrik Y": an attack told by its doer and
    // verb was held where its phrase places it, which its doer attacked.
    private void DoersAtSites(Document document, List<RelationCandidate> result)
    {
        Dictionary<string, List<RelationCandidate>>? heldIn = null;
        HashSet<(string, string)>? attacked = null;
        // The doer attacked every place the attack event was held in.
        void AttackedWhereHeld(Mention doer, Mention attack)
        {
            if (heldIn is null) (heldIn, attacked) = Placed(document.Relations);
            if (!heldIn.TryGetValue(attack.EntityId!, out var places)) return;
            foreach (var place in places)
                if (place.TargetId != doer.EntityId && attacked!.Add((doer.EntityId!, place.TargetId)))
                    result.Add(new RelationCandidate(doer.EntityId!, RelationType.ATTACKED, place.TargetId, place.Evidence));
        }
        var index = new MentionIndex(document.Mentions);
        foreach (var m in document.Mentions)
        {
            if (m.Type != NodeType.Event || m.EntityId is null) continue;
            var doer = index.Within(m.Start, m.End).FirstOrDefault(e => e.Start == m.Start && e.Type is NodeType.Organization or NodeType.Place or NodeType.Person && e.EntityId is not null);
            if (doer is null)
            {
                // "Pelaku bom bunuh diri di Mapolrestabes X": the perpetrator said in place of a name, right before the
                // attack it carried out, attacked where that attack was held.
                if (Perpetrator(document, index, m) is { } perpetrator) AttackedWhereHeld(perpetrator, m);
                continue;
            }
            // Only the clause's own subject: "RSF, faksi paramiliter Sudan, mengebom ..." was done by RSF, not Sudan.
            if (document.SentenceAt(doer.Start) is not { } sentence
                || index.Within(sentence.Start, doer.Start).Any(e => e.Type is NodeType.Organization or NodeType.Person && !Datelines.LooksLike(document.Text, e))) continue;
            var words = Words.Split(document.Text, doer.End, m.End);
            if (words.Count == 0 || _lex.AttackVerbs.MatchAt(words, 0) == 0) continue;
            AttackedWhereHeld(doer, m);
        }
    }

    // The places each event was held in, by the event's id, and who is already said to have attacked what.
    private static (Dictionary<string, List<RelationCandidate>> HeldIn, HashSet<(string, string)> Attacked) Placed(IEnumerable<RelationCandidate> relations)
    {
        var heldIn = new Dictionary<string, List<RelationCandidate>>();
        var attacked = new HashSet<(string, string)>();
        foreach (var r in relations)
            if (r.Type == RelationType.HELD_IN) { if (!heldIn.TryGetValue(r.SourceId, out var l)) heldIn[r.SourceId] = l = []; l.Add(r); }
            else if (r.Type == RelationType.ATTACKED) attacked.Add((r.SourceId, r.TargetId));
        return (heldIn, attacked);
    }

    // The perpetrator said without a name right before the attack event ("pelaku bom ..."), or null.
    private Mention? Perpetrator(Document document, MentionIndex index, Mention attack)
    {
        if (document.SentenceAt(attack.Start) is not { } sentence) return null;
        Mention? last = null;
        foreach (var e in index.Within(sentence.Start, attack.Start))
            if (e.End <= attack.Start) last = e;
        if (last is not { Type: NodeType.Person, Recognizer: Recognition.Rules.CaseRoles.RecognizerName, EntityId: not null }) return null;
        for (int i = last.End; i < attack.Start; i++) if (!char.IsWhiteSpace(document.Text[i])) return null;
        return _lex.HasRole(last.Surface.ToLowerInvariant(), "perpetrator") ? last : null;
    }

    // The event mentions headed by an attack noun or told by an attack verb, by sentence; for the
    // latter, the places the verb acts on directly.
    private (Dictionary<int, List<Mention>>, Dictionary<Mention, HashSet<string>>) AttackEvents(Document document)
    {
        var bySentence = new Dictionary<int, List<Mention>>();
        var hitByVerb = new Dictionary<Mention, HashSet<string>>();
        ILookup<int, string>? placesByStart = null, placesByEnd = null;
        foreach (var m in document.Mentions)
        {
            if (m.Type != NodeType.Event || m.EntityId is null) continue;
            var words = Words.Split(document.Text, m.Start, m.End);
            if (words.Count == 0) continue;
            if (_lex.AttackNouns.MatchAt(words, 0, _lex.Morphology, out _) == 0)
            {
                if (placesByStart is null)
                {
                    var places = document.Mentions.Where(e => e.Type == NodeType.Place && e.EntityId is not null).ToList();
                    placesByStart = places.ToLookup(e => e.Start, e => e.EntityId!);
                    placesByEnd = places.ToLookup(e => e.End, e => e.EntityId!);
                }
                if (HitByVerb(words, placesByStart, placesByEnd!) is not { } hit) continue;
                hitByVerb[m] = hit;
            }
            if (!bySentence.TryGetValue(m.SentenceIndex, out var list)) bySentence[m.SentenceIndex] = list = [];
            if (!list.Any(x => x.EntityId == m.EntityId)) list.Add(m);
        }
        return (bySentence, hitByVerb);
    }

    // For a mention told by an attack verb, the places named right after an active verb or right
    // before a passive one; null when no attack verb tells it.
    private HashSet<string>? HitByVerb(List<Word> words, ILookup<int, string> placesByStart, ILookup<int, string> placesByEnd)
    {
        for (int k = 0; k < words.Count; k++)
        {
            int len = _lex.EventVerbs.MatchAt(words, k);
            if (len == 0 || !_lex.TryEventVerbNoun(words, k, len, out var told) || !told.Attack) continue;
            bool passive = _lex.Morphology.IsClass(words[k].Lower, "passive");
            var hit = passive ? (k > 0 ? placesByEnd[words[k - 1].End] : [])
                : k + len < words.Count ? placesByStart[words[k + len].Start] : [];
            return hit.ToHashSet(StringComparer.Ordinal);
        }
        return null;
    }
}
