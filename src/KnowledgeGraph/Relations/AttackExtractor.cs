using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// ATTACKED: attacker → target for attacks the text asserts. Reads nominal attacks
/// ("serangan rudal Rusia ke Ukraina", "penembakan drone milik AS oleh pasukan Rusia"),
/// active verbs ("RSF mengebom markas ... di Khartoum") and passives ("X diserang oleh Y").
/// Left out: attacks under a hedge (conditional, speculative, threatened, purpose, demanded,
/// denied, negated: modality.txt) and attacks that exist only inside a quote or a named
/// person's reported speech. A place the target lies in is attacked too ("ke berbagai kota
/// Ukraina, termasuk ibu kota Kiev" → Ukraina and Kyiv).
/// </summary>
public sealed class AttackExtractor : IRelationExtractor
{
    private const int HedgeWindow = 4;
    private const int MaxObjectWords = 16;
    // How many sentences after a told attack an attack phrase without its attacker is still taken as its.
    private const int EarlierAttackSentences = 4;
    // How many words the harm may take between the victims and the attack ("yang juga meregang nyawa dalam").
    private const int MaxHarmWords = 6;
    // How many capitalised words a title may take before the name it goes with ("Kapolsek Sukamaju Kompol").
    private const int MaxTitleWords = 6;
    // How many words may describe the doer after a passive verb before its name ("oleh kelompok bersenjata liar").
    private const int MaxDoerWords = 5;
    // How many words may describe a perpetrator before the naming word ("seorang pria berumur 28 tahun asal X bernama").
    private const int MaxDescriptionWords = 14;
    // How many words the weapons deployed may take before the purpose ("jet tempur F-16 buatan AS").
    private const int MaxDeployedWords = 6;
    private readonly RelationLexicon _lex;
    private readonly StatementFinder _statements;

    public AttackExtractor(RelationLexicon lexicon, IQuoteFinder? quotes = null)
    {
        _lex = lexicon;
        _statements = new StatementFinder(lexicon, quotes);
    }

    private enum Slot { Direct, Target, Location, Doer, Owner, Time }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var analysis = DocumentAnalysis.For(document, _statements);
        var doc = analysis.View;
        var quotes = analysis.Quotes;
        // A person's account of an attack is their claim; an organisation reporting one (a monitoring
        // committee, a ministry, the media) is how news tells the attack itself. Quotes are always claims.
        // What a person confirms in reported speech ("X membenarkan bahwa pemboman itu dilakukan oleh Y") is
        // told as fact.
        HashSet<string>? officers = null;
        var claims = analysis.Statements.Where(s => s.Speaker is { Type: NodeType.Person } && !(s.Quote is null && (Confirms(doc, s) || s.Speaker.EntityId is { } who && (officers ??= Officers(doc)).Contains(who)))).ToList();
        var result = new List<RelationCandidate>();
        var words = doc.Words;
        var claimed = Mask(words, quotes.Select(q => (q.Start, q.End, -1, -1))
            .Concat(claims.Select(c => (c.ContentStart, c.ContentEnd, c.ExcludeStart, c.ExcludeEnd))));
        // What a spokesperson says their own side did is a claim of responsibility, told as fact.
        var ownSides = OwnSides(doc, claims);
        // Where attacks told without their attacker happened, and which sentences tell an attack at all.
        var sites = new List<Mention>();
        var attackSentences = new HashSet<int>();
        // The attacker of the last attack told, for "Serangan itu menghantam X" a few sentences on.
        Mention? lastAttacker = null;
        int lastSentence = -1;
        // "Pelaku melepaskan tembakan ke arah X": what an attack done by "the perpetrator" hit, for the
        // perpetrator the article names elsewhere.
        var byPerpetrator = new List<(int Cue, List<Mention> Targets, int Start, int End)>();
        // Whom attacks told without their attacker killed or wounded, for the perpetrator named elsewhere.
        var untoldVictims = new List<Mention>();
        // What attacks whose attacker the article never names hit, for where they happened (AttackSites).
        var unnamedHits = new List<Mention>();
        for (int i = 0; i < words.Count; i++)
        {
            if (claimed[i])
            {
                if (ownSides?[i] is { } own) i = OwnClaim(doc, i, own, result);
                continue;
            }
            int len, before = result.Count;
            bool hedged = false;
            var earlier = lastAttacker is not null && doc.SentenceOf[i] - lastSentence <= EarlierAttackSentences ? lastAttacker : null;
            bool nominal = false;
            Mention? named = null;
            if ((len = _lex.AttackNouns.MatchAt(words, i, _lex.Morphology, out bool possessive)) > 0) { nominal = true; if (!(hedged = Hedged(doc, i))) named = Nominal(doc, i, len, possessive, result, earlier, byPerpetrator); }
            else if ((len = _lex.AttackPassives.MatchAt(words, i)) > 0) { if (!(hedged = Hedged(doc, i))) Passive(doc, i, len, result, untoldVictims); }
            else if ((len = _lex.AttackVerbs.MatchAt(words, i)) > 0 && LaunchesWeapon(doc, i, len)) { if (!(hedged = Hedged(doc, i))) Active(doc, i, len, result, earlier, byPerpetrator, unnamedHits); }
            else if (earlier is not null && i + 1 < words.Count && _lex.HasRole(words[i].Lower, "incident")
                && _lex.HasRole(words[i + 1].Lower, "demonstrative") && !Hedged(doc, i))
            {
                // "Kejadian tersebut menewaskan A, B": the happening pointed back to is the attack just told.
                var victims = new List<Mention>();
                Casualties(doc, i + 2, victims);
                if (victims.Count > 0) Emit(doc, earlier, victims, words[i].Start, victims[^1].End, result);
                // "Peristiwa ini terjadi ... di A, B": where the happening pointed back to took place is where the attack fell.
                else if (i + 2 < words.Count && _lex.HasRole(words[i + 2].Lower, "held")) Nominal(doc, i, 1, false, result, earlier);
            }
            else if (_lex.HasRole(words[i].Lower, "harmed") && AttackToldBefore(doc, i, attackSentences) && !Hedged(doc, i)
                && NamedNext(doc, i) is { } first)
            {
                // "Dua warga lain ikut terluka. Mereka masing-masing A dan B.": those the next
                // sentence names were harmed in the attack just told.
                var victims = PeopleFrom(doc, first);
                if (victims.Count > 0 && earlier is not null) Emit(doc, earlier, victims, words[i].Start, victims[^1].End, result);
                else untoldVictims.AddRange(victims);
            }
            else if (_lex.HasRole(words[i].Lower, "harmed") && AttackToldBefore(doc, i, attackSentences) && !Hedged(doc, i)
                && HarmedSubject(doc, i) is { } hurt)
            {
                // "Kemudian Brigadir A mengalami luka di kepala", "B gugur usai ...": a person the narration of an
                // attack says was hurt or killed was hurt in that attack.
                if (earlier is not null) Emit(doc, earlier, [hurt], hurt.Start, words[i].End, result);
                else untoldVictims.Add(hurt);
            }
            else if (earlier is not null && (_lex.HasRole(words[i].Lower, "victim") || _lex.HasRole(words[i].Lower, "harmed"))
                && VictimNounEnd(doc, i, harmCounts: true) is int listed && NamedAfterListing(doc, listed, 0) is { Type: NodeType.Person } victim && !Hedged(doc, i))
            {
                // "Korban penembakan yakni bernama A", "Satu orang tewas yakni Sertu B": whom the words for the
                // harmed name, a sentence or a few after an attack, were harmed by the attacker just told.
                var victims = PeopleFrom(doc, victim);
                Emit(doc, earlier, victims, words[i].Start, victims[^1].End, result);
                i = Words.IndexAtOrAfter(words, victims[^1].Start);
                continue;
            }
            if (len == 0) continue;
            // "A dan B tewas dalam serangan X": whom the attack killed or wounded, named before it, were its
            // targets; for an attack told without its attacker, the perpetrator the article names did it.
            // "X tewas dalam serangan udara Y": an attack naming its attacker and no target still has a doer.
            var told = result.Count > before ? AttackerOf(doc, result[^1], i) : named;
            var harmed = nominal && !hedged ? VictimsBefore(doc, i) : [];
            if (harmed.Count > 0)
            {
                var doer = told ?? (result.Count > before ? null : earlier);
                if (doer is not null) Emit(doc, doer, harmed, harmed[0].Start, words[i + len - 1].End, result);
                // Only the attack the article is about, pointed back to ("serangan keji tersebut"): another
                // attack told in passing may be someone else's.
                else if (PointsBack(doc, i + len)) untoldVictims.AddRange(harmed);
            }
            // "Selain Kiev, Kharkiv dan Odesa, serangan rudal itu juga mengenai X": the places set before the attack
            // with a word of "besides" were hit by it too.
            if (!hedged && BesidesBefore(doc, i) is { Count: > 0 } besides
                && (told ?? (nominal && PointsBack(doc, i + len) ? earlier : null)) is { } besidesDoer)
                Emit(doc, besidesDoer, besides, besides[0].Start, words[i + len - 1].End, result);
            if (told is not null) { lastAttacker = told; lastSentence = doc.SentenceOf[i]; }
            if (!hedged)
            {
                attackSentences.Add(doc.SentenceOf[i]);
                if (result.Count == before) Sites(doc, i + len, sites);
            }
            i += len - 1;
        }
        if (sites.Count > 0 || byPerpetrator.Count > 0 || untoldVictims.Count > 0)
        {
            var perpetrators = Perpetrators(doc, claimed, attackSentences).ToList();
            // "Pelaku A tewas ditembak petugas": a perpetrator the narration says was hurt is no victim of the attack.
            var doers = perpetrators.Select(p => p.Perpetrator.EntityId).ToHashSet(StringComparer.Ordinal);
            untoldVictims.RemoveAll(v => doers.Contains(v.EntityId));
            foreach (var (perpetrator, at) in perpetrators)
                Emit(doc, perpetrator, sites.Concat(untoldVictims), doc.Words[at].Start, perpetrator.End, result);
            // Each attack done by "the perpetrator" goes to the perpetrator named nearest to it (the
            // earlier on a tie); all of those named at that one cue ("A dan B adalah pelaku") did it.
            if (perpetrators.Count > 0)
                foreach (var (cue, targets, start, end) in byPerpetrator)
                {
                    int nearest = perpetrators.Select(p => p.Cue).OrderBy(c => Math.Abs(c - cue)).ThenBy(c => c).First();
                    foreach (var (perpetrator, at) in perpetrators)
                        if (at == nearest) Emit(doc, perpetrator, targets, start, end, result);
                }
            else foreach (var (_, targets, _, _) in byPerpetrator) unnamedHits.AddRange(targets);
        }
        if (unnamedHits.Count > 0) document.Share(new UnnamedAttackHits(unnamedHits));
        return result;
    }

    // An attack inside a claim whose speaker speaks for a side: only what that side itself did counts
    // ("juru bicara X mengklaim X menembakkan rudal ke Y"), hedged by nothing but the claim itself.
    // Returns the last word read.
    private int OwnClaim(DocView doc, int i, HashSet<string> own, List<RelationCandidate> result)
    {
        var words = doc.Words;
        var found = new List<RelationCandidate>();
        int len;
        if ((len = _lex.AttackNouns.MatchAt(words, i, _lex.Morphology, out bool possessive)) > 0) { if (!Hedged(doc, i, claimsHedge: false)) Nominal(doc, i, len, possessive, found); }
        else if ((len = _lex.AttackPassives.MatchAt(words, i)) > 0) { if (!Hedged(doc, i, claimsHedge: false)) Passive(doc, i, len, found, []); }
        else if ((len = _lex.AttackVerbs.MatchAt(words, i)) > 0 && LaunchesWeapon(doc, i, len) && !Hedged(doc, i, claimsHedge: false))
        {
            Active(doc, i, len, found);
            // "kelompok itu melancarkan serangan di X", "kami menyerang X": the side itself, referred to.
            if (found.Count == 0 && SelfSubject(doc, i) is int from && SideOf(doc, own) is { } side)
            {
                var targets = Objects(doc, i + len, requirePreposition: _lex.HasRole(words[i].Lower, "light"), out _);
                // "melancarkan serangan di X": an attack with no object fell where it took place.
                if (targets.Count == 0) Sites(doc, i + len, targets);
                if (targets.Count > 0) Emit(doc, side, targets, words[from].Start, targets.Max(t => t.End), found, spanFromAttacker: false);
            }
        }
        result.AddRange(found.Where(c => own.Contains(c.SourceId)));
        return i + Math.Max(len, 1) - 1;
    }

    // The first word of a subject that refers to the speaker's own side right before an attack verb
    // ("kelompok itu", "kami"), an auxiliary between; else null.
    private int? SelfSubject(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), k = verb - 1;
        while (k > first && _lex.HasRole(words[k].Lower, "aux")) k--;
        if (k < first || doc.EntityAt[k] is not null) return null;
        if (_lex.HasRole(words[k].Lower, "self")) return k;
        if (k > first && _lex.HasRole(words[k].Lower, "demonstrative") && _lex.HasRole(words[k - 1].Lower, "group") && doc.EntityAt[k - 1] is null) return k - 1;
        return null;
    }

    // A mention of the one organisation among the bodies a speaker speaks for.
    private static Mention? SideOf(DocView doc, HashSet<string> own)
    {
        Mention? side = null;
        foreach (var m in doc.Document.Mentions)
            if (m.Type == NodeType.Organization && m.EntityId is { } id && own.Contains(id))
            {
                if (side is not null && side.EntityId != id) return null;
                side ??= m;
            }
        return side;
    }

    // For each word inside a person's claim, the bodies the speaker speaks for, when any: those named
    // between a spokesperson's title and a mention of the speaker anywhere in the article ("juru bicara
    // militer X, A"). Null when no claim has one.
    private HashSet<string>?[]? OwnSides(DocView doc, List<Statement> claims)
    {
        if (claims.Count == 0) return null;
        var words = doc.Words;
        Dictionary<string, HashSet<string>>? bodies = null;
        for (int k = 0; k < words.Count; k++)
        {
            if (doc.EntityAt[k] is not { Type: NodeType.Person, EntityId: { } person } m || words[k].Start != m.Start) continue;
            int first = doc.SentenceFirstWord(k);
            HashSet<string>? named = null;
            for (int b = k - 1; b >= first && b >= k - MaxTitleWords; b--)
            {
                if (doc.EntityAt[b] is { } body)
                {
                    if (body.Type is not (NodeType.Organization or NodeType.Place) || body.EntityId is null) break;
                    (named ??= new(StringComparer.Ordinal)).Add(body.EntityId);
                    while (b > first && words[b - 1].End > body.Start) b--;
                    continue;
                }
                if (_lex.HasRole(words[b].Lower, "spokesperson"))
                {
                    if (named is not null)
                    {
                        bodies ??= new(StringComparer.Ordinal);
                        if (!bodies.TryGetValue(person, out var set)) bodies[person] = set = new(StringComparer.Ordinal);
                        set.UnionWith(named);
                    }
                    break;
                }
                if (_lex.IsVerbLike(words[b].Lower) && !words[b].IsCapitalised) break;
            }
        }
        if (bodies is null) return null;
        HashSet<string>?[]? sides = null;
        foreach (var c in claims)
        {
            if (c.Speaker?.EntityId is not { } speaker || !bodies.TryGetValue(speaker, out var set)) continue;
            sides ??= new HashSet<string>?[words.Count];
            for (int i = Words.IndexAtOrAfter(words, c.ContentStart); i < words.Count && words[i].End <= c.ContentEnd; i++)
                if (c.InContent(words[i].Start, words[i].End)) sides[i] = set;
        }
        return sides;
    }

    // "Ledakan terjadi di luar sebuah restoran di ibukota Somalia, Mogadishu": the places a few words after
    // a locative word following an attack, with the places listed after them.
    private void Sites(DocView doc, int from, List<Mention> sites, bool acrossPhrases = false)
    {
        var words = doc.Words;
        if (from >= words.Count) return;
        int end = doc.SentenceEndWord(from);
        bool open = false, aimed = false;
        int loose = 0;
        for (int j = from; j < end && j < from + MaxObjectWords; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                // "serangan teroris ke kantor majalah X di Paris": who an attack was aimed at was attacked, as
                // was where it fell.
                if ((open && m.Type == NodeType.Place || aimed && m.Type is NodeType.Organization or NodeType.Place) && m != doc.Dateline && !sites.Contains(m)) sites.Add(m);
                j = doc.After(j, m) - 1;
                loose = 0;
                continue;
            }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "target") && j == from + loose) { aimed = true; loose = 0; }
            else if (_lex.HasRole(w, "location")) { open = true; aimed = false; loose = 0; }
            // "pemboman yang menewaskan lima warga dan melukai belasan lainnya di X": a clause telling the
            // toll goes on to where the attack fell.
            else if (CasualtyClause(doc, j, end) is int verb) { j = verb; loose = 0; }
            // "insiden penusukan yang terjadi di X": a clause telling only that the attack happened goes on to where.
            else if (_lex.HasRole(w, "relative") && j + 1 < end && _lex.HasRole(words[j + 1].Lower, "held")) { j++; loose = 0; }
            // With its attacker known, a relative clause or a list may stand between the attack and its place;
            // a new clause may not. An attack whose attacker is told elsewhere keeps to its own phrase.
            else if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast") || (!acrossPhrases && _lex.HasRole(w, "boundary"))) break;
            else if ((open || aimed) && ++loose > 3) open = aimed = false;
            else if (!open && !aimed) loose++;
        }
    }

    // "Serangan itu menewaskan A dan B", "Kejadian tersebut terjadi pukul 03.00 menewaskan A, B (…), C": whom an
    // attack pointed back to killed or wounded, the verb a few words after the pointing phrase in its clause.
    private void Casualties(DocView doc, int from, List<Mention> victims)
    {
        var words = doc.Words;
        if (from >= words.Count) return;
        int end = doc.SentenceEndWord(from), verb = -1;
        for (int j = from; j < end && j < from + 8; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type != NodeType.Place) return;
                j = doc.After(j, m) - 1;
                continue;
            }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "casualty")) { verb = j; break; }
            if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast") || _lex.HasRole(w, "relative") || _lex.HasRole(w, "boundary")) return;
        }
        if (verb < 0 || Hedged(doc, verb)) return;
        for (int j = verb + 1; j < end && j < verb + 1 + 3 * MaxObjectWords; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type is NodeType.Person or NodeType.Organization && !victims.Contains(m)) victims.Add(m);
                j = doc.After(j, m) - 1;
                continue;
            }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "location") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast") || _lex.HasRole(w, "relative")) break;
        }
    }

    // When a relative clause of killing or wounding opens at j ("yang menewaskan lima warga dan melukai
    // belasan lainnya di X"), the last word before the locative word it goes on to; null otherwise.
    private int? CasualtyClause(DocView doc, int j, int end)
    {
        var words = doc.Words;
        if (!_lex.HasRole(words[j].Lower, "relative")) return null;
        int v = j + 1;
        while (v < end && _lex.HasRole(words[v].Lower, "aux")) v++;
        if (v >= end || !_lex.HasRole(words[v].Lower, "casualty")) return null;
        for (int k = v + 1; k < end && k < v + MaxObjectWords; k++)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return null;
            var w = words[k].Lower;
            if (_lex.HasRole(w, "location")) return k - 1;
            if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast") || _lex.HasRole(w, "relative")) return null;
        }
        return null;
    }

    /// <summary>
    /// Who the text says carried out the attack it tells without an attacker: "Pelaku diidentifikasi
    /// bernama X", "Serangan itu diklaim oleh X", "pemboman itu dilakukan oleh X", "X mengaku
    /// bertanggung jawab atas serangan". Claims by the attacked side, denials and hedges are left out
    /// as for any attack.
    /// </summary>
    private IEnumerable<(Mention Perpetrator, int Cue)> Perpetrators(DocView doc, bool[] claimed, HashSet<int> attackSentences)
    {
        var words = doc.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (claimed[i]) continue;
            var w = words[i].Lower;
            Mention? found = null;
            bool owned = _lex.HasRole(w, "responsible");
            if (_lex.HasRole(w, "perpetrator"))
            {
                // "Penyerang X ditangkap": the party right after an attacker noun is whom it attacked.
                if (_lex.HasRole(w, "agent-of") && i + 1 < words.Count && doc.EntityAt[i + 1] is not null
                    && Words.Gap(doc.Text, words[i], words[i + 1]).IsWhiteSpace()) continue;
                found = PartyAfter(doc, i + 1, 10) ?? NamedAfterAttack(doc, i) ?? NamedFurtherOn(doc, i);
                // "A dan B adalah pelaku bom bunuh diri", "X, yang mengaku sebagai dalang serangan": the
                // subject the copula ties to the perpetrator.
                if (found is null && CopulaBefore(doc, i) is int copula && !Hedged(doc, i) && !Disputed(doc, i))
                {
                    foreach (var party in SubjectsOfCopula(doc, copula)) yield return (party, i);
                    continue;
                }
                // "Polisi mengamankan kedua pelaku. Mereka masing-masing A dan B.": named by the next sentence.
                if (found is null && !Hedged(doc, i) && NamedNext(doc, i) is { } next)
                {
                    yield return (next, i);
                    foreach (var listed in ListedAfter(doc, next)) yield return (listed, i);
                    continue;
                }
            }
            else if (_lex.HasRole(w, "claimed") && i + 1 < words.Count && _lex.HasRole(words[i + 1].Lower, "doer") && attackSentences.Contains(doc.SentenceOf[i]))
                found = PartyAfter(doc, i + 2, 8);
            else if (_lex.HasRole(w, "responsible") && attackSentences.Contains(doc.SentenceOf[i]) && !OtherAttack(doc, i))
                found = FirstInClause(doc, i, speechOpens: false);
            // Claiming responsibility is how an attacker owns the attack: a claim word hedges only other cues.
            if (found is null || found.Type is not (NodeType.Person or NodeType.Organization)
                || Hedged(doc, i, claimsHedge: !owned) || Disputed(doc, i)) continue;
            yield return (found, i);
            // "identitas ketiga penyerang, yaitu A, B dan C": all of a list did it.
            if (_lex.HasRole(w, "perpetrator"))
                foreach (var listed in ListedAfter(doc, found)) yield return (listed, i);
        }
    }

    /// <summary>
    /// The person or body the sentence after a perpetrator noun names, when the noun's own sentence names
    /// no one after it and the next opens with a pronoun for them and a word naming who they are:
    /// "Mereka masing-masing A dan B", "Ia adalah A", "Mereka yakni A, B".
    /// </summary>
    private Mention? NamedNext(DocView doc, int cue, bool victims = false)
    {
        var words = doc.Words;
        int end = doc.SentenceEndWord(cue);
        // The victims' own sentence names none of them (the doer, after a passive, may be named).
        for (int j = cue + 1; j < end; j++)
            if (doc.EntityAt[j] is { Type: NodeType.Person } || !victims && doc.EntityAt[j] is { Type: NodeType.Organization }) return null;
        if (end >= words.Count) return null;
        int open = end;
        // "Salah satunya A", "Di antaranya A dan B": a word for some of them opens the naming sentence.
        int? some = _lex.HasRole(words[end].Lower, "instance") ? end
            : end + 1 < words.Count && doc.SentenceOf[end + 1] == doc.SentenceOf[end] && doc.EntityAt[end] is null
              && _lex.HasRole(words[end + 1].Lower, "instance") ? end + 1 : null;
        if (some is int partitive) open = partitive;
        // Victims may be told by a noun for them instead of a pronoun: "Identitas empat korban tewas itu adalah A, B".
        else if (!(_lex.HasRole(words[end].Lower, "plural") || _lex.HasRole(words[end].Lower, "pronoun")))
            if (!victims || VictimNounEnd(doc, end) is not int last) return null;
            else open = last;
        return NamedAfterListing(doc, open, some is null ? 0 : 1);
    }

    /// <summary>
    /// The person or body named right after word <paramref name="open"/> of a sentence by a few words naming
    /// who is meant ("yakni", "adalah", "bernama", "masing-masing"), a title possibly between:
    /// "... korban yakni Sertu A". <paramref name="naming"/> counts such words already read.
    /// </summary>
    private Mention? NamedAfterListing(DocView doc, int open, int naming)
    {
        var words = doc.Words;
        int sentence = doc.SentenceOf[open];
        int k = open + 1;
        while (k < words.Count && doc.SentenceOf[k] == sentence && k <= open + 3 && doc.EntityAt[k] is null)
        {
            var w = words[k].Lower;
            if (!(_lex.HasRole(w, "naming") || _lex.HasRole(w, "listing") || _lex.HasRole(w, "copula") || _lex.HasRole(w, "each")))
            {
                if (naming > 0 && words[k].IsCapitalised) break;
                return null;
            }
            naming++;
            k++;
        }
        if (naming == 0) return null;
        // "Mereka masing-masing Kapolsek Sukamaju Kompol A, ...": a title may stand before the first name,
        // a body or place inside it.
        for (int title = 0; k < words.Count && doc.SentenceOf[k] == sentence && title < MaxTitleWords; title++)
        {
            if (doc.EntityAt[k] is { } m)
            {
                int next = doc.After(k, m);
                bool inTitle = m.Type is NodeType.Place or NodeType.Organization && next < words.Count && words[next].IsCapitalised
                    && doc.SentenceOf[next] == sentence && Words.Gap(doc.Text, words[next - 1], words[next]).IsWhiteSpace();
                if (!inTitle) return m.Type is NodeType.Person or NodeType.Organization && m != doc.Dateline ? m : null;
                k = next;
                continue;
            }
            if (!words[k].IsCapitalised || k + 1 < words.Count && !Words.Gap(doc.Text, words[k], words[k + 1]).IsWhiteSpace()) return null;
            k++;
        }
        return null;
    }

    // The person named as the subject of a harm word at i, right before it or with a relative pronoun or a
    // word of suffering between: "A gugur", "A mengalami luka", "A yang mengalami luka". Only a sentence's
    // subject: a name after a verb or a preposition may be whoever caused the harm.
    private Mention? HarmedSubject(DocView doc, int i)
    {
        var words = doc.Words;
        int k = i - 1, first = doc.SentenceFirstWord(i);
        while (k >= first && i - k <= 2 && (_lex.HasRole(words[k].Lower, "suffer") || _lex.HasRole(words[k].Lower, "relative"))) k--;
        if (k < first || Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1])) || doc.EntityEndingAt(k, first) is not { Type: NodeType.Person } person) return null;
        int start = SentenceView.WordContaining(words, person.Start);
        for (int j = first; j < start; j++)
            if (doc.EntityAt[j] is not null || !(_lex.HasRole(words[j].Lower, "instance") || _lex.HasRole(words[j].Lower, "demonstrative") || words[j].IsCapitalised))
                return null;
        return person;
    }

    // The last word of a short lower-case phrase opening the sentence at word `first` that holds a noun for
    // victims and goes on to the word naming them ("Identitas empat korban tewas itu | adalah"); null otherwise.
    private int? VictimNounEnd(DocView doc, int first, bool harmCounts = false)
    {
        var words = doc.Words;
        bool victim = false;
        for (int k = first; k < words.Count && k < first + MaxVictimNounWords && doc.SentenceOf[k] == doc.SentenceOf[first]; k++)
        {
            var w = words[k].Lower;
            // The word for the victims may already stand for whom the sentence names ("Korban ... bernama A").
            if (doc.EntityAt[k] is { Type: not NodeType.Event } && !(k == first && _lex.HasRole(w, "victim"))
                || k > first && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return null;
            if (_lex.HasRole(w, "listing") || _lex.HasRole(w, "naming") || _lex.HasRole(w, "each")) return victim && k > first ? k - 1 : null;
            if (k > first && words[k].IsCapitalised && !char.IsDigit(words[k].Text[0])) return null;
            victim |= _lex.HasRole(w, "victim") || harmCounts && _lex.HasRole(w, "harmed");
        }
        return null;
    }

    private const int MaxVictimNounWords = 6;

    // The places and bodies listed after a word of "besides" opening the clause of the attack word at i, up to the
    // comma closing the list right before the attack's phrase ("Selain A, B dan C, serangan itu ..."); empty otherwise.
    private List<Mention> BesidesBefore(DocView doc, int i)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int first = doc.SentenceFirstWord(i);
        if (first >= i || !_lex.HasRole(words[first].Lower, "besides")) return found;
        int k = first + 1;
        while (k < i)
        {
            if (doc.EntityAt[k] is { Type: NodeType.Place or NodeType.Organization } m) { found.Add(m); k = doc.After(k, m); continue; }
            if (_lex.HasRole(words[k].Lower, "and") && found.Count > 0) { k++; continue; }
            return [];
        }
        return found.Count > 0 && ListClosesBefore(doc, found[^1], i) ? found : [];
    }

    // Whether a comma closes the list right after its last mention, before word i.
    private static bool ListClosesBefore(DocView doc, Mention last, int i)
    {
        int after = SentenceView.WordContaining(doc.Words, last.End - 1) + 1;
        return after <= i && after > 0 && Words.Gap(doc.Text, doc.Words[after - 1], doc.Words[after]).Contains(',');
    }

    // Whether an attack was told in the sentence of word i or in the few before it.
    private static bool AttackToldBefore(DocView doc, int i, HashSet<int> attackSentences)
    {
        int s = doc.SentenceOf[i];
        for (int back = 0; back <= EarlierAttackSentences; back++)
            if (attackSentences.Contains(s - back)) return true;
        return false;
    }

    // "KKB membunuh empat pekerja. Mereka adalah A, B dan C", "... Identitas korban itu adalah A dan B": an attack
    // on people its sentence does not name was on those the next sentence names.
    private List<Mention> VictimsNamedNext(DocView doc, int verb) =>
        NamedNext(doc, verb, victims: true) is { Type: NodeType.Person } first ? PeopleFrom(doc, first) : [];

    // The people named in the sentence from the mention `first` on.
    private static List<Mention> PeopleFrom(DocView doc, Mention first)
    {
        var people = new List<Mention>();
        int k = Words.IndexAtOrAfter(doc.Words, first.Start), end = doc.SentenceEndWord(k);
        for (; k < end; k++)
            if (doc.EntityAt[k] is { } m)
            {
                if (m.Type == NodeType.Person && !people.Contains(m)) people.Add(m);
                k = doc.After(k, m) - 1;
            }
        return people;
    }

    /// <summary>
    /// The people or bodies an attack phrase at word <paramref name="noun"/> killed or wounded, named before
    /// its harm: "A dan B tewas dalam serangan", "Prajurit TNI yang gugur akibat penembakan". A few
    /// lower-case words may stand between the names and the preposition; one of them says the harm.
    /// </summary>
    private List<Mention> VictimsBefore(DocView doc, int noun)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int k = noun - 1;
        if (k < 1 || !_lex.HasRole(words[k].Lower, "cause") || Words.Breaks(Words.Gap(doc.Text, words[k], words[noun]))) return found;
        bool harm = false;
        Mention? last = null;
        for (k--; k >= 0 && noun - k <= MaxHarmWords; k--)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1]))) return found;
            if ((last = doc.EntityEndingAt(k, doc.SentenceFirstWord(k))) is not null) { k = SentenceView.WordContaining(words, last.Start); break; }
            if (words[k].IsCapitalised) return found;
            harm |= _lex.HasRole(words[k].Lower, "harmed");
        }
        if (!harm || last is not { Type: NodeType.Person or NodeType.Organization }) return found;
        found.Add(last);
        // "A, B dan C": the names listed before the last one.
        for (int j = k - 1; j >= 1; )
        {
            var gap = Words.Gap(doc.Text, words[j], words[j + 1]);
            bool comma = gap.Trim().SequenceEqual(",");
            if (Words.Breaks(gap) && !comma) break;
            int at = comma ? j : _lex.HasRole(words[j].Lower, "and") ? j - 1 : -1;
            if (at < 0 || doc.EntityEndingAt(at, doc.SentenceFirstWord(at)) is not { } m || m.Type != last.Type || found.Contains(m)) break;
            found.Insert(0, m);
            j = SentenceView.WordContaining(words, m.Start) - 1;
        }
        return found;
    }

    // Whether a demonstrative closes the attack phrase ending before word `from` ("serangan (keji) itu").
    private bool PointsBack(DocView doc, int from)
    {
        for (int j = from; j < doc.Words.Count && j < from + 2; j++)
        {
            if (doc.EntityAt[j] is not null || Words.Breaks(Words.Gap(doc.Text, doc.Words[j - 1], doc.Words[j]))) return false;
            if (_lex.HasRole(doc.Words[j].Lower, "demonstrative")) return true;
        }
        return false;
    }

    // The names of the type of m listed right after it: ", B dan C", "serta D".
    private List<Mention> ListedAfter(DocView doc, Mention m)
    {
        int i = Words.IndexAtOrAfter(doc.Words, m.Start);
        int end = doc.SentenceEndWord(i);
        var listed = ListedRight(doc, m, end, out _, out _);
        listed.RemoveAt(0);
        // "A alias B, 48, warga X; C, 26, warga Y; dan D": items told at length are set apart by semicolons,
        // each opening with its name. The list ends at an item that does not.
        for (int k = doc.After(i, m); k < end; k++)
        {
            if (!Words.Gap(doc.Text, doc.Words[k - 1], doc.Words[k]).Contains(';')) continue;
            int at = _lex.HasRole(doc.Words[k].Lower, "and") ? k + 1 : k;
            if (at >= end || doc.EntityAt[at] is not { } item) break;
            if (item.Type == m.Type && !listed.Contains(item)) listed.Add(item);
            k = doc.After(at, item) - 1;
        }
        return listed;
    }

    /// <summary>
    /// The person or organisation a perpetrator noun opening an attack phrase is said of: named before it
    /// across a comma ("Alpin Andria, pelaku penusukan terhadap X"), or in apposition right after the
    /// phrase's last name, closed by a comma or an age in brackets ("Pelaku penusukan terhadap X, Alpin
    /// Andria (24), ditetapkan …"); <paramref name="stop"/> is the word the phrase stopped at.
    /// </summary>
    private Mention? NamedPerpetrator(DocView doc, int cue, int stop, IEnumerable<Mention> named)
    {
        var words = doc.Words;
        var text = doc.Text;
        int first = doc.SentenceFirstWord(cue);
        if (cue > first && Words.Gap(text, words[cue - 1], words[cue]).Trim().SequenceEqual(",")
            && doc.EntityEndingAt(cue - 1, first) is { Type: NodeType.Person or NodeType.Organization } before && before != doc.Dateline
            && !SaidBy(doc, before))
            return before;
        if (stop >= words.Count || stop <= cue || doc.EntityAt[stop] is not { Type: NodeType.Person } after || after == doc.Dateline) return null;
        if (!Words.Gap(text, words[stop - 1], words[stop]).Trim().SequenceEqual(",") || !named.Any(m => m.End == words[stop - 1].End)) return null;
        int a = after.End;
        while (a < text.Length && text[a] == ' ') a++;
        return a < text.Length && text[a] is ',' or '(' ? after : null;
    }

    // Whether the mention is who says what follows, after a speech verb and any title: "kata Kapolri X, pelaku
    // penyerangan ..." is X speaking.
    private bool SaidBy(DocView doc, Mention m)
    {
        int k = Words.IndexAtOrAfter(doc.Words, m.Start);
        for (int b = k - 1; b >= 0 && b >= k - 1 - MaxTitleWords; b--)
        {
            if (_lex.SpeechAfter.MatchAt(doc.Words, b) > 0) return true;
            if (!doc.Words[b].IsCapitalised || Words.Breaks(Words.Gap(doc.Text, doc.Words[b], doc.Words[b + 1]))) return false;
        }
        return false;
    }

    // The copula right before a perpetrator noun, or one word before it ("adalah para pelaku").
    private int? CopulaBefore(DocView doc, int cue)
    {
        int first = doc.SentenceFirstWord(cue);
        for (int k = cue - 1; k >= first && k >= cue - 2; k--)
        {
            if (Words.Breaks(Words.Gap(doc.Text, doc.Words[k], doc.Words[k + 1]))) return null;
            if (doc.EntityAt[k] is not null) return null;
            if (_lex.HasRole(doc.Words[k].Lower, "copula")) return k;
        }
        return null;
    }

    // The persons or organisations a copula is said of: the name ending before it, passing over a
    // relative clause's verb ("X yang mengaku sebagai"), a group noun and commas, with the names
    // listed before it ("A dan B, adalah").
    private List<Mention> SubjectsOfCopula(DocView doc, int copula)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(copula);
        var parties = new List<Mention>();
        int k = copula - 1;
        for (int skipped = 0; k >= first; k--)
        {
            if (doc.EntityEndingAt(k, first) is { } m)
            {
                if (m.Type is NodeType.Person or NodeType.Organization && m != doc.Dateline) parties.Add(m);
                break;
            }
            var w = words[k].Lower;
            if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast") || ++skipped > 6) return parties;
            if (!(_lex.HasRole(w, "relative") || _lex.HasRole(w, "aux") || _lex.HasRole(w, "copula") || _lex.HasRole(w, "group")
                  || _lex.IsVerbLike(w))) return parties;
        }
        if (parties.Count == 0) return parties;
        // Leftward along a list: "A, B dan C".
        int p = Words.IndexAtOrAfter(words, parties[0].Start) - 1;
        while (p > first)
        {
            bool joined = _lex.HasRole(words[p].Lower, "and") || Words.Gap(doc.Text, words[p], words[p + 1]).Trim().SequenceEqual(",");
            int q = _lex.HasRole(words[p].Lower, "and") ? p - 1 : p;
            if (!joined || q < first) break;
            Mention? before = null;
            for (int b = q; b >= first && b >= q - 4; b--)
                if (doc.EntityAt[b] is { } m && doc.After(b, m) == q + 1) { before = m; p = b - 1; break; }
            if (before is null || before.Type != parties[0].Type) break;
            parties.Insert(0, before);
        }
        return parties;
    }

    // "X bertanggung jawab atas beberapa aksi pengeboman lain": the attacks owned after the cue are other
    // ones than the one told.
    private bool OtherAttack(DocView doc, int cue)
    {
        var words = doc.Words;
        int end = doc.SentenceEndWord(cue);
        for (int j = cue + 1; j < end && j <= cue + 8; j++)
        {
            int len = _lex.AttackNouns.MatchAt(words, j);
            if (len == 0) continue;
            for (int k = j + len; k < end && k < j + len + 2; k++)
                if (_lex.HasRole(words[k].Lower, "other")) return true;
            return false;
        }
        return false;
    }

    // "Pelaku penembakan di pasar malam X, Y, bernama A", "pelaku bom di X adalah A dan B": a perpetrator noun
    // opening an attack's description, whose name follows it after a naming word or a copula, in the same sentence; else null.
    private Mention? NamedAfterAttack(DocView doc, int cue)
    {
        var words = doc.Words;
        if (cue + 1 >= words.Count || _lex.AttackNouns.MatchAt(words, cue + 1, _lex.Morphology, out _) == 0) return null;
        int end = doc.SentenceEndWord(cue);
        for (int j = cue + 2; j + 1 < end && j <= cue + MaxObjectWords; j++)
        {
            if (doc.EntityAt[j] is { } m) { j = doc.After(j, m) - 1; continue; }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "naming") || _lex.HasRole(w, "copula")) return doc.EntityAt[j + 1] is { Type: NodeType.Person or NodeType.Organization } named ? named : null;
            if (_lex.IsVerbLike(w) || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "relative")) return null;
        }
        return null;
    }

    /// <summary>
    /// The one a naming word further on in a perpetrator noun's clause names, when only a description of
    /// the perpetrator comes between: "pelaku yang ditangkap adalah seorang pria berumur 28 tahun bernama X".
    /// An active verb taking an object, a partner, a target or a speech word before the naming word means
    /// the name may be someone else's ("pelaku menembak seorang warga bernama X").
    /// </summary>
    private Mention? NamedFurtherOn(DocView doc, int cue)
    {
        var words = doc.Words;
        int end = doc.SentenceEndWord(cue);
        for (int j = cue + 1; j + 1 < end && j <= cue + MaxDescriptionWords; j++)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) return null;
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type is not NodeType.Place) return null;
                j = doc.After(j, m) - 1;
                continue;
            }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "naming")) return doc.EntityAt[j + 1] is { Type: NodeType.Person or NodeType.Organization } named ? named : null;
            if (_lex.Morphology.IsClass(w, "transitive") || _lex.HasRole(w, "with") || _lex.HasRole(w, "target") || _lex.HasRole(w, "contrast")
                || _lex.SpeechAfter.MatchAt(words, j) > 0 || _lex.SpeechBefore.MatchAt(words, j) > 0
                || _lex.AttackNouns.MatchAt(words, j, _lex.Morphology, out _) > 0) return null;
        }
        return null;
    }

    // The first person or organisation within a few words after a cue, in its clause and before any
    // place, partner or second clause is introduced ("pelaku bom di X, Polri ...", "terafiliasi dengan Y").
    private Mention? PartyAfter(DocView doc, int from, int span)
    {
        var words = doc.Words;
        if (from >= words.Count) return null;
        int end = doc.SentenceEndWord(from);
        for (int j = from; j < end && j < from + span; j++)
        {
            if (j > from && Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) return null;
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type is NodeType.Person or NodeType.Organization) return m;
                j = doc.After(j, m) - 1;
                continue;
            }
            // "Pelaku, kata Kompol X, dijerat …": who tells of the perpetrator is not the perpetrator.
            if (doc.EntityAt[j] is null && (_lex.SpeechAfter.MatchAt(words, j) > 0 || _lex.SpeechBefore.MatchAt(words, j) > 0)) return null;
            var w = words[j].Lower;
            // "pelaku penyerangan terhadap X": who was attacked is no perpetrator; "Penyerang menarget staf X":
            // nor what the perpetrator did something to (the perpetrator is named after a passive or "bernama").
            if (_lex.HasRole(w, "location") || _lex.HasRole(w, "with") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast")
                || _lex.HasRole(w, "target")
                || _lex.IsVerbLike(w) && !_lex.Morphology.IsClass(w, "passive") && !_lex.HasRole(w, "naming") && !_lex.HasRole(w, "copula")) return null;
        }
        return null;
    }

    // "Serangan itu diklaim oleh X, tetapi pemerintah mengatakan Y": a claim the sentence disputes.
    private bool Disputed(DocView doc, int cue)
    {
        for (int k = cue + 1; k < doc.SentenceEndWord(cue); k++)
            if (_lex.HasRole(doc.Words[k].Lower, "contrast")) return true;
        return false;
    }

    // Whether the words attributing a statement, outside what it says, hold a verb of confirming.
    private bool Confirms(DocView doc, Statement s)
    {
        var words = doc.Words;
        for (int i = Words.IndexAtOrAfter(words, s.SpanStart); i < words.Count && words[i].End <= s.SpanEnd; i++)
            if (!s.InContent(words[i].Start, words[i].End) && _lex.HasRole(words[i].Lower, "confirm")) return true;
        return false;
    }

    // "Kasat Reskrim Polres X AKP Y mengatakan, ...": officers of the police or the prosecution, titled with
    // that body anywhere in the article, report a crime the way the news tells it, not as a claim of a side.
    private HashSet<string> Officers(DocView doc)
    {
        var words = doc.Words;
        var officers = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < words.Count; k++)
        {
            if (doc.EntityAt[k] is not { Type: NodeType.Person, EntityId: { } person } p || words[k].Start != p.Start) continue;
            for (int b = k - 1; b >= doc.SentenceFirstWord(k) && b >= k - MaxTitleWords; b--)
            {
                if (Words.Breaks(Words.Gap(doc.Text, words[b], words[b + 1]))) break;
                // "Kanit Reskrim Polres X Ipda Y", or a title heading such a body: "Kapolda X Irjen Y".
                if (doc.EntityAt[b] is { Type: NodeType.Organization } m
                    && (m.Canonical ?? m.Surface).Split(' ').Any(w => _lex.HasRole(w.ToLowerInvariant(), "authority"))
                    || doc.EntityAt[b] is null && words[b].IsCapitalised && _lex.HasRole(words[b].Lower, "authority"))
                {
                    officers.Add(person);
                    break;
                }
            }
        }
        return officers;
    }

    // Words lying in any of the spans (minus each span's excluded part), marked in one pass per span.
    private static bool[] Mask(List<Word> words, IEnumerable<(int Start, int End, int ExStart, int ExEnd)> spans)
    {
        var mask = new bool[words.Count];
        foreach (var (s, e, xs, xe) in spans)
            for (int i = Words.IndexAtOrAfter(words, s); i < words.Count && words[i].End <= e; i++)
                if (!(words[i].Start < xe && xs < words[i].End)) mask[i] = true;
        return mask;
    }

    /// <summary>Whether a hedge stands in the few words before the trigger, within its clause.</summary>
    private bool Hedged(DocView doc, int i, bool claimsHedge = true)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(i);
        int limit = i - HedgeWindow;
        for (int k = i - 1; k >= first && k >= limit; k--)
        {
            // "menggunakan drone untuk menyerang X": the purpose is the weapons' use, told as done; what hedges the use hedges the attack.
            if (_lex.ModalityKind(words[k].Lower) == "purpose" && DeployedBefore(doc, k) is int use) return Hedged(doc, use, claimsHedge);
            // "seorang tak dikenal menembak ...": a negation of being known describes the doer, not the deed.
            if (_lex.ModalityKind(words[k].Lower) is { } kind && (claimsHedge || kind != "claim") && !_lex.HedgesName(words, k)
                && !(k + 1 < i && _lex.HasRole(words[k + 1].Lower, "known"))) return true;
            if (Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1])) && k < i - 1) break;
            // "membantah bahwa pasukannya telah menyerang X": the verb opening a reported clause hedges all of it.
            if (_lex.HasRole(words[k].Lower, "complementizer")) limit = k - 2;
        }
        // A conditional anywhere earlier in the clause: "jika Moskow terus melanjutkan serangan ...".
        for (int k = i - 1; k >= first; k--)
        {
            if (_lex.ModalityKind(words[k].Lower) == "conditional") return true;
            if (k > first && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) break;
        }
        return false;
    }

    // The word of deploying weapons whose object a purpose word at k follows ("mengerahkan jet tempur F-16 untuk"), within the clause.
    private int? DeployedBefore(DocView doc, int k)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(k);
        for (int d = k - 1; d >= first && d >= k - MaxDeployedWords; d--)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[d], words[d + 1]))) return null;
            if (_lex.HasRole(words[d].Lower, "deploy")) return d < k - 1 ? d : null;
            if (doc.EntityAt[d] is null && _lex.IsVerbLike(words[d].Lower)) return null;
        }
        return null;
    }

    // Returns the attacker the phrase names (or its carrying verb's subject), whether or not it named whom it hit.
    private Mention? Nominal(DocView doc, int head, int len, bool possessive, List<RelationCandidate> result, Mention? earlier = null,
        List<(int Cue, List<Mention> Targets, int Start, int End)>? byPerpetrator = null)
    {
        var words = doc.Words;
        int end = doc.SentenceEndWord(head);
        Mention? attacker = null;
        int j = head + len;
        // "serangannya", "serangan mereka": the attack belongs to the party the clause is about.
        if (possessive || (j < end && _lex.HasRole(words[j].Lower, "plural")))
        {
            attacker = FirstInClause(doc, head) ?? FirstInSentence(doc, head);
            if (!possessive) j++;
        }
        var targets = new List<Mention>();
        var places = new List<Mention>();
        // "pembunuhan X": for some attack nouns the bare name after them is whom the attack was done to.
        bool patient = _lex.PatientAttackNouns.Count > 0
            && _lex.PatientAttackNouns.Contains(string.Join(' ', words.Skip(head).Take(len).Select(w => w.Lower)));
        var slot = attacker is null && !patient ? Slot.Direct : Slot.Target;
        int modifiers = 0, carrier = -1, afterAge = -1;
        bool pronounTarget = false;
        for (; j < end && j < head + len + MaxObjectWords; j++)
        {
            var gap = Words.Gap(doc.Text, words[j - 1], words[j]);
            if (Words.Breaks(gap) && j != afterAge && !_lex.HasRole(words[j].Lower, "include")) break;
            if (doc.EntityAt[j] is { } m)
            {
                switch (slot)
                {
                    case Slot.Direct: if (attacker is null) attacker = m; else targets.Add(m); break;
                    case Slot.Target: case Slot.Owner: targets.Add(m); break;
                    case Slot.Location: places.Add(m); break;
                    case Slot.Doer: attacker ??= m; break;
                }
                j = doc.After(j, m) - 1;
                // "terhadap X (40) di Y": a person's age set off after the name does not end the phrase.
                if (m.Type == NodeType.Person && _lex.AgeAsideAfter(doc.Text, words, j + 1) is var aged && aged > j + 1)
                {
                    j = aged - 1;
                    afterAge = aged;
                }
                modifiers = 0;
                continue;
            }
            var w = words[j].Lower;
            if (_lex.HasRole(w, "target")) slot = Slot.Target;
            else if (_lex.HasRole(w, "location")) { if (slot != Slot.Target) slot = Slot.Location; } // "terhadap kota besar di Ukraina": still the target
            else if (_lex.HasRole(w, "doer")) slot = Slot.Doer;
            else if (_lex.HasRole(w, "owner")) slot = Slot.Owner;
            else if (_lex.HasRole(w, "time")) slot = Slot.Time;
            else if (_lex.HasRole(w, "include") || _lex.HasRole(w, "group")) { }
            else if (_lex.HasRole(w, "relative") && j + 1 < end && _lex.HasRole(words[j + 1].Lower, "done")) j++;
            else if (slot == Slot.Target && _lex.HasRole(w, "plural")) pronounTarget = true;
            // "penyerangan terhadap sopir angkot bernama X": a word naming the one just described goes on to the name.
            else if (slot == Slot.Target && _lex.HasRole(w, "naming") && j + 1 < end && doc.EntityAt[j + 1] is { Type: NodeType.Person }) { }
            else if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.IsVerbLike(w)) break;
            else if (++modifiers > 3) break;
        }
        if (attacker is null)
        {
            // "Iran meluncurkan serangan rudal ke Israel": the carrying verb's subject attacks.
            for (int k = head - 1; k >= 0 && k >= head - 2; k--)
                if (_lex.HasRole(words[k].Lower, "light")) { attacker = ReportedSubject(doc, k) ?? _statements.SubjectBefore(doc, k).Subject; carrier = k; break; }
        }
        // "Penembakan itu terjadi di X": an attack phrase pointing back with a demonstrative, naming no one,
        // a few sentences after an attack whose attacker was told, is that attack; it fell where it happened.
        if (attacker is null && earlier is not null && targets.Count == 0
            && head + len < end && _lex.HasRole(words[head + len].Lower, "demonstrative"))
        {
            targets.AddRange(places.Where(p => p.Type == NodeType.Place));
            // "Serangan itu terjadi Kamis pagi di luar pasar yang sibuk di Kota X": told to have happened somewhere, it
            // may run past a relative clause to the place.
            if (targets.Count == 0) Sites(doc, head + len + 1, targets, acrossPhrases: head + len + 1 < end && _lex.HasRole(words[head + len + 1].Lower, "held"));
            int told = targets.Count;
            Casualties(doc, head + len + 1, targets);
            if (targets.Count > 0) Emit(doc, earlier, targets, words[head].Start, targets.Count > told ? targets[^1].End : words[Math.Max(head, j - 1)].End, result);
            return null;
        }
        // "pelaku penusukan terhadap X": the attack of "the perpetrator", done by the one named beside that
        // noun, or else by the perpetrator the article names elsewhere.
        if (attacker is null && head > 0 && _lex.HasRole(words[head - 1].Lower, "perpetrator") && !Hedged(doc, head - 1))
        {
            attacker = NamedPerpetrator(doc, head - 1, j, targets.Concat(places));
            if (attacker is null && targets.Count > 0) byPerpetrator?.Add((head - 1, targets, words[head].Start, words[Math.Max(head, j - 1)].End));
        }
        // "upaya pembunuhan terhadap X saat kampanye di Y": whom an attack told without its attacker was aimed
        // at goes to the perpetrator the article names nearest to it, as an attack by "the perpetrator" does.
        if (attacker is null && targets.Count > 0)
            byPerpetrator?.Add((head, [.. targets], words[head].Start, words[Math.Max(head, j - 1)].End));
        if (attacker is null) return null;

        if (targets.Count == 0) targets.AddRange(places.Where(p => p.Type == NodeType.Place));
        // "serangan oleh RSF terhadap dua kamp pengungsian selama dua hari terakhir di El Fasher": the target
        // names no one, so the attack reaches the place it lies in, a few words on.
        if (targets.Count == 0 && j < end) Sites(doc, j, targets, acrossPhrases: true);
        // "kedudukan mereka": a plural pronoun in the target stands for the other party the sentence names first.
        if (pronounTarget && FirstOtherParty(doc, head, attacker) is { } meant && !targets.Contains(meant)) targets.Add(meant);
        var attackers = carrier >= 0 ? Conjoined(doc, attacker, carrier) : [attacker];
        foreach (var party in attackers)
            Emit(doc, party, targets, words[head].Start, words[Math.Max(head, j - 1)].End, result);
        return attacker;
    }

    // "Polda Sukamaju menyatakan Front Merah kembali melakukan aksi teror ...": in the clause a speech verb reports, the
    // first party named after that verb is the carrying verb's subject, not the one who reports.
    private Mention? ReportedSubject(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb);
        for (int k = verb - 1; k >= first && k >= verb - MaxObjectWords; k--)
        {
            int len = _lex.SpeechBefore.MatchAt(words, k);
            if (len == 0) continue;
            for (int j = k + len; j < verb; j++)
                if (doc.EntityAt[j] is { } m) return m.Type is NodeType.Person or NodeType.Organization or NodeType.Place ? m : null;
            return null;
        }
        return null;
    }

    // "Amerika Serikat dan Inggris melancarkan serangan": every party of a list that is the subject of the
    // attack verb, the list standing right before the verb.
    private List<Mention> Conjoined(DocView doc, Mention subject, int verb)
    {
        var words = doc.Words;
        int i = Words.IndexAtOrAfter(words, subject.Start);
        // Rightward: ", B dan C" after the subject, up to the verb; a list is closed by a conjunction,
        // so commas alone ("Menurut A, B menyerang") make none.
        var parties = ListedRight(doc, subject, verb, out int j, out bool joined);
        if (j != verb || (parties.Count > 1 && !joined)) return [subject];
        // Leftward: "A, B dan" before the subject: a conjunction first, then commas.
        int first = doc.SentenceFirstWord(i);
        int p = i - 1;
        while (p > first)
        {
            var gap = Words.Gap(doc.Text, words[p], words[p + 1]).Trim();
            int q = _lex.HasRole(words[p].Lower, "and") ? p - 1 : gap.SequenceEqual(",") && parties.Count > 1 ? p : -1;
            if (q < first) break;
            Mention? before = null;
            for (int b = q; b >= first && b >= q - 4; b--)
                if (doc.EntityAt[b] is { } m && doc.After(b, m) == q + 1) { before = m; p = b - 1; break; }
            if (before is null || before.Type != subject.Type) break;
            parties.Insert(0, before);
        }
        return parties;
    }

    // The first name and the names of its type listed right after it (", B dan C") before word stop; where
    // the list ends, and whether a conjunction joined it.
    private List<Mention> ListedRight(DocView doc, Mention first, int stop, out int end, out bool joined)
    {
        var words = doc.Words;
        var parties = new List<Mention> { first };
        int j = doc.After(Words.IndexAtOrAfter(words, first.Start), first);
        joined = false;
        while (j < stop)
        {
            // "A (18) dan B (16)", "A, 18 tahun, dan B": an age set off after a name goes with it.
            j = _lex.AgeAsideAfter(doc.Text, words, j);
            if (j >= stop) break;
            var gap = Words.Gap(doc.Text, words[j - 1], words[j]).Trim();
            int k = j;
            if (_lex.HasRole(words[k].Lower, "and")) { k++; joined = true; }
            else if (!gap.SequenceEqual(",")) break;
            if (k >= stop || doc.EntityAt[k] is not { } next || next.Type is NodeType.Event || next.Type != first.Type) break;
            parties.Add(next);
            j = doc.After(k, next);
        }
        end = j;
        return parties;
    }

    // The first person, organisation or place of the sentence that is not the attacker.
    private static Mention? FirstOtherParty(DocView doc, int head, Mention attacker)
    {
        for (int k = doc.SentenceFirstWord(head); k < head; k++)
            if (doc.EntityAt[k] is { } m && m.Type != NodeType.Event && m.EntityId != attacker.EntityId && m != doc.Dateline && !Datelines.LooksLike(doc.Text, m))
                return m;
        return null;
    }

    // The mention of the attacker of a candidate just read, searched in its evidence.
    private static Mention? AttackerOf(DocView doc, RelationCandidate c, int trigger)
    {
        int first = doc.SentenceFirstWord(trigger), end = doc.SentenceEndWord(trigger);
        for (int k = first; k < end; k++)
            if (doc.EntityAt[k] is { } m && m.EntityId == c.SourceId) return m;
        return null;
    }

    // "Serangan udara ini menyasar X": the verb's subject is an attack phrase that names no one.
    private bool AttackPhraseSubject(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), start = first;
        for (int k = verb - 1; k >= first; k--)
            if (_lex.HasRole(words[k].Lower, "subclause") || Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1]))) { start = k + 1; break; }
        if (start >= verb) return false;
        int len = _lex.AttackNouns.MatchAt(words, start, _lex.Morphology, out bool possessive);
        if (len == 0 || possessive) return false;
        int modifiers = 0;
        for (int k = start + len; k < verb; k++)
        {
            if (doc.EntityAt[k] is not null) return false;
            if (_lex.HasRole(words[k].Lower, "demonstrative")) continue;
            if (_lex.IsVerbLike(words[k].Lower) || ++modifiers > 2) return false;
        }
        return true;
    }

    private void Active(DocView doc, int verb, int len, List<RelationCandidate> result, Mention? earlier = null,
        List<(int Cue, List<Mention> Targets, int Start, int End)>? byPerpetrator = null, List<Mention>? unnamedHits = null)
    {
        var words = doc.Words;
        // "konflik yang menghancurkan ...": a relative clause's subject is the noun it hangs from, so a
        // clause on an unnamed noun names no attacker.
        bool relative = RelativeHead(doc, verb, out var head);
        if (relative && head is null)
        {
            // "dua pelaku yang berusaha menyerang X": a clause on a word for the perpetrators is their attack, for
            // the perpetrators the article names.
            if (byPerpetrator is not null || unnamedHits is not null)
            {
                var hit = Objects(doc, verb + len, requirePreposition: _lex.HasRole(words[verb].Lower, "light"), out int hitEnd);
                if (hit.Count > 0 && byPerpetrator is not null && PerpetratorBeforeRelative(doc, verb) is int noun)
                    byPerpetrator.Add((noun, hit, words[noun].Start, words[hitEnd].End));
                else unnamedHits?.AddRange(hit);
            }
            return;
        }
        var subject = relative ? head : FirstInClause(doc, verb);
        if (subject is null && PluralSubject(doc, verb)) subject = FirstInSentence(doc, verb)
            // "Mereka juga menembak X" with no party named before it in the sentence: "they" are the
            // attackers of the attack told just before.
            ?? earlier;
        // "Serangan itu menghantam X": an attack phrase naming no attacker, a few sentences after an attack
        // whose attacker was told, is that attacker's.
        if (subject is null && earlier is not null && AttackPhraseSubject(doc, verb)) subject = earlier;
        if (subject is null && byPerpetrator is not null && !relative && (PerpetratorSubject(doc, verb) ?? UnknownDoerSubject(doc, verb)) is int cue)
        {
            var hit = Objects(doc, verb + len, requirePreposition: _lex.HasRole(words[verb].Lower, "light"), out int end);
            if (hit.Count > 0) byPerpetrator.Add((cue, hit, words[cue].Start, words[end].End));
            return;
        }
        if (subject is null) return;
        bool light = _lex.HasRole(words[verb].Lower, "light");
        // "menembak jatuh drone Rusia di atas Kyiv": what was shot down was attacked, not the sky it was shot down in.
        bool intercept = _lex.InterceptVerbs.MatchAt(words, verb) == len;
        var targets = Objects(doc, verb + len, requirePreposition: light, out int last, stopAtLocation: intercept);
        if (targets.Count == 0) targets.AddRange(VictimsNamedNext(doc, verb));
        foreach (var party in Conjoined(doc, subject, verb))
            Emit(doc, party, targets, party.Start, words[last].End, result);
    }

    // "melepaskan 20 lebih rudal jelajah ke X" attacks; "melepaskan tahanan ke X" does not: a launch verb is an
    // attack verb only when a weapon is what it sends off, named before a preposition, a name or a break.
    private bool LaunchesWeapon(DocView doc, int verb, int len)
    {
        var words = doc.Words;
        if (_lex.LaunchVerbs.MatchAt(words, verb) != len) return true;
        for (int k = verb + len; k < words.Count && k <= verb + len + MaxLaunchObjectWords; k++)
        {
            if (k > verb + len && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return false;
            if (_lex.Weapons.Contains(words[k].Lower)) return true;
            if (doc.EntityAt[k] is not null || _lex.HasRole(words[k].Lower, "target") || _lex.HasRole(words[k].Lower, "location")) return false;
        }
        return false;
    }

    // How many words may come between a launch verb and its weapon ("20 lebih rudal", "sedikitnya 10 roket").
    private const int MaxLaunchObjectWords = 4;

    // "Pelaku melepaskan tembakan ...", "Penyerang menarget ...": the clause opens with a perpetrator noun
    // right before the verb (an auxiliary between); its index.
    private int? PerpetratorSubject(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), k = verb - 1;
        while (k > first && _lex.HasRole(words[k].Lower, "aux")) k--;
        if (k < first || !_lex.HasRole(words[k].Lower, "perpetrator")) return null;
        if (k > first && !_lex.HasRole(words[k - 1].Lower, "subclause") && !Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return null;
        return k;
    }

    // "Seorang tak dikenal menembak kantor X": a clause that opens with a word for someone unnamed and names no one
    // before its attack verb; the index of that word.
    private int? UnknownDoerSubject(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), start = first;
        // "Sebelumnya, seorang tak dikenal menembak ...": a preposed adjunct set off by a comma is passed over.
        for (int k = verb - 1; k > first; k--)
        {
            if (_lex.HasRole(words[k].Lower, "subclause")) { start = k + 1; break; }
            if (Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) { start = k; break; }
        }
        if (verb - start > MaxUnknownDoerWords || !_lex.HasRole(words[start].Lower, "unknown-doer")) return null;
        for (int k = start; k < verb; k++)
            if (doc.EntityAt[k] is not null || Words.Breaks(k > start ? Words.Gap(doc.Text, words[k - 1], words[k]) : default)) return null;
        return start;
    }

    // How many words "seorang pria tak dikenal" and the like may take before the verb.
    private const int MaxUnknownDoerWords = 5;

    // The word for the perpetrators right before the relative pronoun of the verb's clause ("pelaku yang berusaha
    // menyerang"); null when the clause hangs from another word.
    private int? PerpetratorBeforeRelative(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), k = verb - 1;
        while (k > first && _lex.HasRole(words[k].Lower, "aux")) k--;
        if (k - 1 < first || !_lex.HasRole(words[k].Lower, "relative") || !_lex.HasRole(words[k - 1].Lower, "perpetrator")) return null;
        return k - 1;
    }

    // Whether the verb opens a relative clause ("X yang telah menyerang"), and the name ending right
    // before the relative pronoun, if any.
    private bool RelativeHead(DocView doc, int verb, out Mention? head)
    {
        var words = doc.Words;
        head = null;
        int first = doc.SentenceFirstWord(verb), k = verb - 1;
        while (k > first && _lex.HasRole(words[k].Lower, "aux")) k--;
        if (k < first || !_lex.HasRole(words[k].Lower, "relative")) return false;
        for (int b = k - 1; b >= first && b >= k - 6; b--)
            if (doc.EntityAt[b] is { } m && doc.After(b, m) == k)
            {
                if (m.Type != NodeType.Event && m != doc.Dateline) head = m;
                break;
            }
        return true;
    }

    // "X diserang" with no attacker after the verb: X, and where X stood, go to <paramref name="untold"/>,
    // for the perpetrator the article names elsewhere ("Pelakunya adalah Y").
    private void Passive(DocView doc, int verb, int len, List<RelationCandidate> result, List<Mention> untold)
    {
        var words = doc.Words;
        int end = doc.SentenceEndWord(verb);
        Mention? attacker = null;
        int k = verb + len;
        for (; k < end && k < verb + len + MaxDoerWords; k++)
        {
            if (doc.EntityAt[k] is { } m) { attacker = m; break; }
            // "diserang kelompok bersenjata liar (KBL)": a description of the doer before its name.
            var w = words[k].Lower;
            if (k > verb + len && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k])) && !Words.Gap(doc.Text, words[k - 1], words[k]).Trim().SequenceEqual("(")) break;
            if (!(_lex.HasRole(w, "doer") || _lex.HasRole(w, "group")) && (k == verb + len || !Describes(w))) break;
        }
        var target = FirstInClause(doc, verb);
        if (target is null)
        {
            // "Dua warga diserang X di Y": whom the clause does not name were where the attack fell.
            if (attacker is null) return;
            var sites = new List<Mention>();
            Sites(doc, doc.After(k, attacker), sites);
            sites.AddRange(VictimsNamedNext(doc, verb));
            Emit(doc, attacker, sites, words[verb].Start, sites.Count > 0 ? sites[^1].End : attacker.End, result);
            return;
        }
        target = TitledPerson(doc, target, verb) ?? target;
        var targets = new List<Mention> { target };
        // "Empat prajurit TNI di Pos X, Kampung Y meninggal dunia diserang Z": where the attacked stood
        // was attacked with them.
        int from = verb;
        while (from > 0 && words[from - 1].Start >= target.End) from--;
        bool at = false;
        int loose = 0;
        for (int j = from; j < verb; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                if (!at || m.Type == NodeType.Event || m.Type == NodeType.Person) break;
                targets.Add(m);
                j = doc.After(j, m) - 1;
                loose = 0;
                continue;
            }
            if (!at && _lex.HasRole(words[j].Lower, "location")) at = true;
            else if (!at || Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j])) || ++loose > 2) break;
        }
        if (attacker is null)
        {
            untold.AddRange(targets);
            // "X ditikam saat menghadiri acara di Y": where the victim was when it happened is where the attack fell.
            for (int j = k; j < end && j < verb + len + MaxSettingGap; j++)
            {
                if (doc.EntityAt[j] is not null || Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) break;
                if (_lex.HasRole(words[j].Lower, "setting")) { Sites(doc, j + 1, untold); break; }
            }
        }
        else
        {
            // "... diserang X di Kabupaten Y": where the doer struck them was attacked with them.
            int told = targets.Count;
            Sites(doc, doc.After(k, attacker), targets);
            Emit(doc, attacker, targets, target.Start, targets.Count > told ? targets[^1].End : attacker.End, result);
        }
    }

    // How many words may stand between a passive attack verb and the word opening the victim's setting ("ditikam | saat").
    private const int MaxSettingGap = 4;

    // A lower-case word that may describe a doer before its name: no verb, preposition, time or clause word.
    private bool Describes(string w) =>
        !_lex.IsVerbLike(w) && !_lex.HasRole(w, "location") && !_lex.HasRole(w, "time") && !_lex.HasRole(w, "target")
        && !_lex.HasRole(w, "boundary") && !_lex.HasRole(w, "subclause") && !_lex.HasRole(w, "with") && _lex.ModalityKind(w) is null;

    // "Komandan Brigade Fajar Kolonel (Purn) Sutarjo diserang": the body named in a title is not whom the verb
    // is about; the person the title goes on, after nothing but capitalised words and brackets, is.
    private static Mention? TitledPerson(DocView doc, Mention first, int verb)
    {
        if (first.Type == NodeType.Person) return null;
        var words = doc.Words;
        for (int k = doc.After(SentenceView.WordContaining(words, first.Start), first); k < verb; k++)
        {
            if (doc.EntityAt[k] is { } m) return m.Type == NodeType.Person ? m : null;
            if (!words[k].IsCapitalised || Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) return null;
        }
        return null;
    }

    // The first party named in the verb's clause; a preposed adjunct set off by a comma
    // ("Menurut seorang reporter X, pesawat Israel menghantam ...") is passed over when the
    // part after the comma names someone.
    private Mention? FirstInClause(DocView doc, int verb, bool speechOpens = true)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), start = first, segment = -1, said = -1;
        for (int k = verb - 1; k >= first; k--)
        {
            // "Kapolri: Bom X ulah kelompok Y": who speaks before a colon did not strike.
            if (SpeakerColon(Words.Gap(doc.Text, words[k], words[k + 1]))) { start = k + 1; break; }
            if (_lex.HasRole(words[k].Lower, "subclause")) { start = k + 1; break; }
            if (said < 0 && _lex.SpeechBefore.MatchAt(words, k) is > 0 and var len && k + len < verb) said = k + len;
            if (segment < 0 && k > first && Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) segment = k;
        }
        // "Pejabat Ukraina mengatakan rudal Rusia menghantam X": a party named after a speech verb opens what was said;
        // the speaker did not strike. Who is responsible, told only in someone's words, is no attacker's claim (see Perpetrators).
        if (speechOpens && said > start && Enumerable.Range(said, verb - said).Any(k => doc.EntityAt[k] is { Type: not NodeType.Event } m && m.End <= words[verb].Start))
        {
            start = said;
            if (segment < start) segment = -1;
        }
        // "X, pemimpin partai oposisi di Y, ditikam": a description set off by commas right before the verb is said
        // of the person before it, who is the clause's party; the bodies and places inside it are not.
        if (segment > start && segment < verb && !words[segment].IsCapitalised && Words.Gap(doc.Text, words[verb - 1], words[verb]).Contains(',')
            && doc.EntityEndingAt(segment - 1, start) is { Type: NodeType.Person } described)
            return described;
        // "Empat prajurit TNI di Pos X, Kampung Y, Sukamaju meninggal dunia diserang ...": a place after a
        // comma that follows a place goes on an address; it opens no clause of its own.
        if (segment > start && !(doc.EntityAt[segment] is { Type: NodeType.Place } && InAddress(doc, segment - 1, start)))
            for (int k = segment; k < verb; k++)
                if (doc.EntityAt[k] is { } m && m.Type != NodeType.Event && m.End <= words[verb].Start && m != doc.Dateline && !Datelines.LooksLike(doc.Text, m)) return m;
        for (int k = start; k < verb; k++)
            if (doc.EntityAt[k] is { } m && m.Type != NodeType.Event && m.End <= words[verb].Start && m != doc.Dateline && !Datelines.LooksLike(doc.Text, m)) return m;
        return null;
    }

    // A colon set off by a space after it, as after a speaker in a headline; not one inside a time ("10:27").
    private static bool SpeakerColon(ReadOnlySpan<char> gap) =>
        gap.Length >= 2 && gap.TrimStart() is [':', ..] && char.IsWhiteSpace(gap[^1]);

    // Whether word k closes a place of an address a locative word opens ("di Pos X, Kampung Y Distrik Z"),
    // going back over the commas and the odd unnamed head word between its names.
    private bool InAddress(DocView doc, int k, int first)
    {
        var words = doc.Words;
        int loose = 0;
        while (k >= first)
        {
            if (doc.EntityEndingAt(k, first) is { } m)
            {
                if (m.Type is NodeType.Person or NodeType.Event) return false;
                k = SentenceView.WordContaining(words, m.Start) - 1;
                loose = 0;
                continue;
            }
            if (_lex.HasRole(words[k].Lower, "location")) return true;
            if (Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1])) && !Words.Gap(doc.Text, words[k], words[k + 1]).Contains(',')) return false;
            if (++loose > 2) return false;
            k--;
        }
        return false;
    }

    private bool IsWater(Mention place) => _lex.IsWaterName(place.Canonical ?? place.Surface);

    private Mention? FirstInSentence(DocView doc, int before)
    {
        for (int k = doc.SentenceFirstWord(before); k < before; k++)
            if (doc.EntityAt[k] is { } m && m.Type != NodeType.Event && m.End <= doc.Words[before].Start && m != doc.Dateline && !Datelines.LooksLike(doc.Text, m)) return m;
        return null;
    }

    // "... bahwa mereka telah menargetkan X": the plural pronoun opens the verb's clause.
    private bool PluralSubject(DocView doc, int verb)
    {
        int first = doc.SentenceFirstWord(verb);
        for (int k = verb - 1; k >= first && k >= verb - 4; k--)
            if (_lex.HasRole(doc.Words[k].Lower, "plural")) return true;
        return false;
    }

    private List<Mention> Objects(DocView doc, int from, bool requirePreposition, out int last, bool stopAtLocation = false)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int end = from < words.Count ? doc.SentenceEndWord(from) : from;
        bool open = !requirePreposition;
        last = Math.Max(0, from - 1);
        for (int j = from; j < end && j < from + MaxObjectWords; j++)
        {
            var gap = j > from ? Words.Gap(doc.Text, words[j - 1], words[j]) : default;
            // "di Kota Gaza, Khan Yunis, dan Jalur Gaza utara": a comma may continue a list of names.
            bool listed = found.Count > 0 && gap.Trim().SequenceEqual(",") && (doc.EntityAt[j] is not null || _lex.HasRole(words[j].Lower, "and"));
            if (j > from && Words.Breaks(gap) && !_lex.HasRole(words[j].Lower, "include") && !listed) break;
            if (doc.EntityAt[j] is { } m)
            {
                if (open) found.Add(m);
                j = doc.After(j, m) - 1;
                last = j;
                continue;
            }
            var w = words[j].Lower;
            if (listed) { last = j; continue; }
            // "menyerang AKP A dan Briptu B di X": "dan" goes on to another one of the same kind, its title before it,
            // unless that one opens a clause of its own ("... Kyiv dan Ukraina membalas").
            if (open && found.Count > 0 && _lex.HasRole(w, "and") && ConjunctAfter(doc, j + 1, end) is { } conjunct && conjunct.Type == found[^1].Type)
            {
                last = j;
                continue;
            }
            // "menyerang A dengan menggunakan sangkur usai salat di Masjid X, Kota Y": the weapon it was done with
            // stands between the target and where it was done.
            if (found.Count > 0 && _lex.HasRole(w, "with") && InstrumentEnd(doc, j, end) is int located) { j = located - 1; last = j; continue; }
            if (_lex.HasRole(w, "target")) open = true;
            else if (stopAtLocation && _lex.HasRole(w, "location")) break;
            else if (_lex.HasRole(w, "location") || _lex.HasRole(w, "time") || _lex.HasRole(w, "include") || _lex.HasRole(w, "group") || _lex.HasRole(w, "owner")) { }
            // "menembak seorang sopir bernama X": a word naming the one just described goes on to the name.
            else if (_lex.HasRole(w, "naming") && j + 1 < end && doc.EntityAt[j + 1] is { Type: NodeType.Person }) { }
            else if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "with")
                     || _lex.IsVerbLike(w)) break;
            last = j;
        }
        return found;
    }

    // The locative word after an instrument phrase opening at word k ("dengan sangkur di X"), when a place follows
    // it within a few words of no name and no break; else null.
    private int? InstrumentEnd(DocView doc, int k, int end)
    {
        var words = doc.Words;
        for (int j = k + 1; j + 1 < end && j <= k + MaxInstrumentWords; j++)
        {
            if (doc.EntityAt[j] is not null || Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) return null;
            var w = words[j].Lower;
            if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting"))
                return doc.EntityAt[j + 1] is { Type: NodeType.Place } ? j : null;
            if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "relative")) return null;
        }
        return null;
    }

    // How many words an instrument phrase may take before the place ("dengan menggunakan senjata tajam jenis sangkur").
    private const int MaxInstrumentWords = 10;

    // The name after a conjunction at word k, past the capitalised words of its title, when no verb follows it; else null.
    private Mention? ConjunctAfter(DocView doc, int k, int end)
    {
        var words = doc.Words;
        for (int j = k; j < end && j < k + MaxTitleWords; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                int after = doc.After(j, m);
                return after < end && !words[after].IsCapitalised && _lex.IsVerbLike(words[after].Lower) ? null : m;
            }
            if (!words[j].IsCapitalised || Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) return null;
        }
        return null;
    }

    // Whether a mention is named as the source a report was taken from: right after a citing word ("dilansir X"),
    // or after it and a word of origin ("dikutip dari X").
    private bool CitedSource(DocView doc, Mention m)
    {
        int k = SentenceView.WordContaining(doc.Words, m.Start);
        int first = doc.SentenceFirstWord(k);
        if (k - 1 >= first && _lex.HasRole(doc.Words[k - 1].Lower, "origin")) k--;
        return k - 1 >= first && _lex.HasRole(doc.Words[k - 1].Lower, "cite");
    }

    private void Emit(DocView doc, Mention attacker, IEnumerable<Mention> targets, int start, int end, List<RelationCandidate> result, bool spanFromAttacker = true)
    {
        if (attacker.EntityId is not { } source || attacker.Type is NodeType.Event) return;
        Evidence? evidence = null;
        foreach (var t in targets)
        {
            if (t.EntityId is not { } target || target == source || t.Type is NodeType.Event) continue;
            if (t.Type == NodeType.Place && IsWater(t)) continue; // "rudal ke Laut Timur": fired into the sea, nobody attacked
            if (CitedSource(doc, t)) continue; // "Dikutip dari X, ...": where the report was taken from
            evidence ??= spanFromAttacker ? Evidences.For(doc.Document, Math.Min(start, attacker.Start), Math.Max(end, attacker.End)) : Evidences.For(doc.Document, start, end);
            result.Add(new RelationCandidate(source, RelationType.ATTACKED, target, evidence));
        }
    }
}
