using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Reads the setting of events: places from the event phrase ("pertemuan ... di Brussels",
/// "kunjungan ... ke Indonesia", "serangan ... ke berbagai kota Ukraina, termasuk ... Kiev"),
/// from a placing verb after it ("... terjadi di Laut Hitam") and, for a meeting someone is
/// seen attending that names no place, from the article's dateline ("BRUSSELS -").
/// Participants of a meeting: states and people named in its phrase ("perundingan AS-Rusia",
/// "konferensi pers bersama X"), the speaker or subject of a sentence that sets them in it
/// ("ujar X dalam konferensi pers", "X menghadiri pertemuan"), and the parties of a meeting
/// verb ("X bertemu dengan Y di Z").
/// </summary>
public sealed partial class MeetingAnalysis
{
    private const int PlacingWindow = 6;
    // How many words a title may take before the name it goes with ("Kepala Staf Angkatan Laut (KSAL) Laksamana").
    private const int MaxTitleWords = 8;
    // "digelar di ibu kota Nigeria": how far after its preposition a place still stands in the phrase.
    private const int LocatedWindow = 3;
    // How many sentences back an arrival may place a meeting that names no place.
    private const int ArrivalSentencesBack = 3;
    // How many sentences after a meeting that names no place a party's "kata X di Y" may place it.
    private const int SpeakerSentencesAfter = 4;
    // How many sentences back a welcome that names no place may join a meeting one of its parties took part in.
    private const int EarlierMeetingSentences = 6;
    private readonly RelationLexicon _lex;
    private readonly StatementFinder _statements;

    public MeetingAnalysis(RelationLexicon lexicon, IQuoteFinder? quotes = null)
    {
        _lex = lexicon;
        _statements = new StatementFinder(lexicon, quotes);
    }

    public List<EventSetting> Analyse(Document document)
    {
        var analysis = DocumentAnalysis.For(document, _statements);
        return analysis.Settings ??= Analyse(analysis);
    }

    private List<EventSetting> Analyse(DocumentAnalysis analysis)
    {
        var doc = analysis.View;
        var statements = analysis.Statements;
        var speakerBySentence = new Dictionary<int, Statement>();
        foreach (var st in statements)
            if (st.Speaker is not null) speakerBySentence.TryAdd(st.SentenceIndex, st);
        var dateline = doc.Dateline;
        var result = new List<EventSetting>();
        var words = doc.Words;
        var unplaced = new List<(int Setting, int Word)>(); // meetings with parties whose phrase names no place

        for (int i = 0; i < words.Count; i++)
        {
            if (doc.EventAt[i] is not { } ev) continue;
            if (doc.EntityAt[i] is { } lead && lead.Start == ev.Start) continue; // told by a meeting verb: read below
            var kind = KindOf(doc, i);
            int end = doc.After(i, ev);
            var surrounding = new List<Mention>();
            var places = PlacesOf(doc, i, end, kind, surrounding);
            var participants = new List<Mention>();
            if (kind == Recognition.Events.EventKind.Meeting || SetBy(doc, i, attendOnly: true) && Attendable(doc, i))
                Participants(doc, i, end, ev, kind, speakerBySentence, participants);
            // A meeting whose phrase names no place was held where its sentence opens ("Pada 1993, di X
            // pula A dan B mengadakan pertemuan") or where one of its parties had just arrived; failing
            // both, in the dateline's city.
            if (places.Count == 0 && participants.Count > 0 && kind == Recognition.Events.EventKind.Meeting)
            {
                if (FrontedPlace(doc, i) is int at && doc.EntityAt[at] is { } opening)
                {
                    places.Add(opening);
                    PlaceChain(doc, places, surrounding, doc.After(at, opening), doc.SentenceEndWord(i));
                }
                else unplaced.Add((result.Count, i));
            }
            result.Add(new EventSetting(ev, places, participants, ev.Start, ev.End) { Surrounding = surrounding });
        }
        // An arrival places only a meeting no sentence of the article places: "mendarat di bandara X
        // untuk menghadiri Y" names where the party landed, not where Y, placed later, was held.
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in result)
            if (setting.Places.Count > 0 && setting.Event?.EntityId is { } id) placed.Add(id);
        // A mention with a locative in it or right after it ("... di Universitas X") places it too,
        // though the venue is a body rather than a place.
        if (unplaced.Count > 0)
            for (int k = 1; k < words.Count; k++)
                if ((doc.EventAt[k] ?? doc.EventAt[k - 1]) is { EntityId: { } id } mention && words[k].Start > mention.Start
                    && _lex.HasRole(words[k].Lower, "location") && !Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k])))
                    placed.Add(id);
        foreach (var (index, i) in unplaced)
        {
            var setting = result[index];
            var places = (List<Mention>)setting.Places;
            bool arrived = setting.Event?.EntityId is { } id && !placed.Contains(id) && !NamedWithPlace(setting.Event)
                && (ArrivalPlaces(doc, i, setting.Participants.ToList(), places, (List<Mention>)setting.Surrounding)
                    || SpeakerPlaces(doc, i, setting.Participants.ToList(), places, (List<Mention>)setting.Surrounding));
            // "Di sela KTT, X bertemu Y": a meeting on the margins of another sat where that one did (Sidelines), not in the dateline.
            // Nor one whose sentence tells of something somewhere else ("Menanggapi penembakan di Christchurch, X mengadakan
            // konferensi pers"): the story may be filed far from it.
            if (places.Count == 0 && !arrived && dateline is not null && !OnSidelines(doc, i) && !PlacedElsewhere(doc, i, dateline)) places.Add(dateline);
        }
        Referred(doc, speakerBySentence, result);
        MeetingVerbs(doc, result);
        ArrivalCompanions(doc, result);
        ArrivalWelcomers(doc, result);
        AttendanceLists.Add(doc, _lex, result);
        BulletedLists.Add(doc, _lex, result);
        GroupLists(doc, result);
        Sidelines(doc, result);
        JointStatements(doc, result);
        if (dateline is not null) DatelineTown(doc, dateline, result);
        // "Liputan6.com, Jakarta - Di sela-sela menghadiri KTT X, ...": the dateline says where the story
        // was filed; it takes part in nothing.
        for (int r = 0; r < result.Count; r++)
            if (result[r].Participants.Any(p => p == dateline || Datelines.LooksLike(doc.Text, p)))
                result[r] = result[r] with { Participants = result[r].Participants.Where(p => p != dateline && !Datelines.LooksLike(doc.Text, p)).ToList() };
        return result;
    }

    // How many sentences before a joint statement the meeting whose parties gave it may be told.
    private const int JointSentencesBack = 10;

    // "kata X dalam keterangan pers bersama": a statement given together is given with the people of the meeting told
    // before it.
    private void JointStatements(DocView doc, List<EventSetting> result)
    {
        for (int r = 0; r < result.Count; r++)
        {
            var setting = result[r];
            if (setting.Event is not { } ev || !IsJoint(ev)) continue;
            var people = setting.Participants.Where(p => p.Type == NodeType.Person).ToList();
            if (people.Count == 0) continue;
            int at = SentenceView.WordContaining(doc.Words, ev.Start);
            if (at < 0) continue;
            // The meeting the speaker is told taking part in, else the one told last: the statement is that meeting's.
            var met = LatestBefore(doc, at, result, s => s.Event is { } other && other.EntityId != ev.EntityId
                          && s.Participants.Any(p => people.Any(q => q.EntityId == p.EntityId)), JointSentencesBack)
                      ?? LatestBefore(doc, at, result, s => s.Event is { } other && other.EntityId != ev.EntityId && s.Participants.Any(p => p.Type == NodeType.Person)
                          && SentenceView.WordContaining(doc.Words, other.Start) is >= 0 and var head && KindOf(doc, head) == Recognition.Events.EventKind.Meeting,
                          JointSentencesBack);
            if (met is null) continue;
            var joined = setting.Participants.ToList();
            foreach (var p in met.Participants)
                if (p.Type == NodeType.Person && !joined.Any(q => q.EntityId == p.EntityId)) joined.Add(p);
            result[r] = setting with { Participants = joined };
        }
    }

    private bool IsJoint(Mention ev)
    {
        // The head opens the description: any of its first words may close it.
        var words = ev.Surface.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = 1; n <= words.Length; n++)
            if (_lex.JointHeads.Contains(string.Join(' ', words.Take(n)))) return true;
        return false;
    }

    // "JAKARTA - ... menerima kunjungan X di Istana Merdeka": a meeting the text places only in buildings was
    // held in the town the story is datelined in too, so long as none of the buildings is known to stand in
    // another town ("JAKARTA - ... di Gedung Putih"). A town, region or country in the setting names where
    // the buildings are instead.
    private void DatelineTown(DocView doc, Mention dateline, List<EventSetting> result)
    {
        if (dateline.Type != NodeType.Place || dateline.EntityId is not { } town) return;
        var townName = dateline.Canonical ?? dateline.Surface;
        for (int r = 0; r < result.Count; r++)
        {
            var s = result[r];
            if (s.Places.Count == 0 || s.Surrounding.Count > 0 || s.Places.Any(p => p.EntityId == town)) continue;
            if (s.Places.All(p => InTown(doc, p, townName)))
                result[r] = s with { Places = [.. s.Places, dateline] };
        }
    }

    // Whether a place is a building that stands in the town: a known venue of that town, or one the text names
    // by a venue's head that no list knows.
    private bool InTown(DocView doc, Mention venue, string town)
    {
        var name = venue.Canonical ?? venue.Surface;
        if (_lex.VenueTowns.TryGetValue(name.ToLowerInvariant(), out var known)) return string.Equals(known, town, StringComparison.OrdinalIgnoreCase);
        // A place a list knows stands where the list says, which this pack cannot tell.
        if (venue.Recognizer == Recognition.Rules.GazetteerRecognizer.RecognizerName) return false;
        int k = SentenceView.WordContaining(doc.Words, venue.Start);
        return k >= 0 && doc.Words[k].Start == venue.Start && _lex.VenueHeads.MatchAt(doc.Words, k) > 0;
    }

    // "Saat X membuka rapat ...", "Di awal rapat, Y meminta maaf": a bare meeting noun that points
    // back to a meeting told before sets who opens, attends or speaks in it the way the meeting's
    // own mention would. Its places are the meeting's, given by the sentences that place it.
    private void Referred(DocView doc, Dictionary<int, Statement> speakers, List<EventSetting> result)
    {
        var words = doc.Words;
        for (int k = 0; k < words.Count; k++)
        {
            if (AttendanceLists.MeetingReferredAt(doc, _lex, k) is not { } meeting) continue;
            int end = k + Math.Max(1, _lex.MeetingNouns.MatchAt(words, k));
            var participants = new List<Mention>();
            // "Zelensky diperkirakan akan berpartisipasi dalam KTT": a part only expected is none yet.
            if (Hedged(doc, k)) { k = end - 1; continue; }
            if (HeldBy(doc, k) || SetBy(doc, k, attendOnly: false) || ListedAfter(doc, end) is not null)
                Participants(doc, k, end, meeting, Recognition.Events.EventKind.Meeting, speakers, participants);
            // "..., tanya Ketua Komisi X di ruang rapat": who speaks in the meeting's room speaks in the meeting.
            else if (InRoom(doc, k))
            {
                if (speakers.TryGetValue(doc.SentenceOf[k], out var sp)) Add(participants, sp.Speaker!);
                else if (NearestPerson(doc, doc.SentenceFirstWord(k), k, k, k) is { } p) Add(participants, p);
            }
            // "Dewan melakukan pertemuan untuk membahas langkah X": a name after the noun is the
            // sentence's subject only when the noun opens it ("Di awal rapat, X ...").
            if (!IsSentenceSubject(doc, doc.SentenceFirstWord(k), Math.Max(doc.SentenceFirstWord(k), k - 1)))
                participants.RemoveAll(p => p.Start >= words[end - 1].End);
            if (participants.Count > 0)
                result.Add(new EventSetting(meeting, InRoom(doc, k) ? RoomPlaces(doc, end) : [], participants, words[k].Start, words[end - 1].End));
            k = end - 1;
        }
    }

    // "di ruang rapat Komisi I DPR, Senayan, Jakarta Pusat": the places a comma chains after the
    // room (and the body it belongs to) are where the meeting in it was held.
    private static List<Mention> RoomPlaces(DocView doc, int k)
    {
        var words = doc.Words;
        var places = new List<Mention>();
        int last = doc.SentenceEndWord(Math.Max(0, k - 1));
        if (k < last && doc.EntityAt[k] is { Type: NodeType.Organization } owner) k = doc.After(k, owner);
        while (k < last && Words.Gap(doc.Text, words[k - 1], words[k]).Trim().SequenceEqual(",") && doc.EntityAt[k] is { Type: NodeType.Place } m)
        {
            places.Add(m);
            k = doc.After(k, m);
        }
        return places;
    }

    private bool InRoom(DocView doc, int k) =>
        k >= 2 && _lex.HasRole(doc.Words[k - 1].Lower, "room") && _lex.HasRole(doc.Words[k - 2].Lower, "location");

    // "Kedua pemimpin mengadakan pertemuan di sela-sela KTT APEC di Lima": who met on the sidelines
    // of a summit attended the summit, so the parties of the meeting take part in it too.
    private void Sidelines(DocView doc, List<EventSetting> result)
    {
        var words = doc.Words;
        int told = result.Count;
        for (int k = 1; k < words.Count; k++)
        {
            // "Pertemuan A dan B ... pada hari pertama KTT X": a meeting told during a gathering sat within it, as
            // on its margins; only for a meeting told before in the clause.
            bool during = _lex.HasRole(words[k].Lower, "during");
            if (!during && !_lex.HasRole(words[k].Lower, "sidelines")) continue;
            int first = doc.SentenceFirstWord(k), last = doc.SentenceEndWord(k);
            Mention? outer = null;
            int outerEnd = k + 1;
            for (int j = k + 1; j < last && j <= k + 3 && outer is null; j++)
            {
                outer = doc.EventAt[j] is { EntityId: not null } ev && AttendanceLists.IsMeeting(doc, _lex, ev, j) ? ev
                    // "Di sela KTT, X ...": a bare meeting noun pointing back to the summit told before.
                    : AttendanceLists.MeetingReferredAt(doc, _lex, j);
                outerEnd = j + 1;
            }
            // The meeting held there: told in the clause before the margins, or pointed back to ("pertemuan
            // kedua mereka"). "Saya menghadiri konferensi X, dan di sela-sela pertemuan itu ..." names the
            // summit itself in the clause before.
            Mention? inner = null;
            int innerAt = k;
            for (int j = k - 1; j >= first && inner is null; j--)
            {
                var gap = Words.Gap(doc.Text, words[j], words[j + 1]);
                if (gap.IndexOfAny(",;:") >= 0) break;
                inner = doc.EventAt[j] is { EntityId: not null } ev && AttendanceLists.IsMeeting(doc, _lex, ev, j) ? ev
                    : AttendanceLists.MeetingReferredAt(doc, _lex, j);
                innerAt = j;
            }
            // A meeting told during another is the clause's subject; "X menjelaskan sikap untuk negosiasi dengan Y
            // selama konferensi pers" tells what was explained there, not a meeting held within it.
            if (during && inner is not null && !OpensClause(doc, innerAt, inner)) continue;
            // "Di sela KTT, Xi juga melakukan pertemuan dengan Putin": the meeting held there told after the margins.
            if (inner is null && outer is not null && !during)
                for (int j = outerEnd; j < last && inner is null; j++)
                    inner = doc.EventAt[j] is { EntityId: not null } ev && AttendanceLists.IsMeeting(doc, _lex, ev, j) && ev.EntityId != outer.EntityId ? ev : null;
            if (outer is null || inner is null || inner.EntityId == outer.EntityId) continue;
            // Its parties took part in the meeting around it, and it sat where that one did.
            var parties = new List<Mention>();
            var around = new List<Mention>();
            for (int s = 0; s < told; s++)
            {
                var id = result[s].Event?.EntityId;
                if (id == inner.EntityId) foreach (var p in result[s].Participants) Add(parties, p);
                else if (id == outer.EntityId) foreach (var p in result[s].Places) Add(around, p);
            }
            if (parties.Count > 0) result.Add(new EventSetting(outer, [], parties, words[k].Start, outer.End));
            if (around.Count > 0) result.Add(new EventSetting(inner, around, [], words[k].Start, outer.End));
        }
    }

    // Whether a mention through word k stands first in its clause, after nothing but capitalised words (a dateline).
    private static bool OpensClause(DocView doc, int k, Mention m)
    {
        var words = doc.Words;
        while (k > 0 && words[k - 1].Start >= m.Start) k--;
        for (int j = k - 1, first = doc.SentenceFirstWord(k); j >= first; j--)
        {
            if (Words.Gap(doc.Text, words[j], words[j + 1]).IndexOfAny(",;:") >= 0) break;
            if (!words[j].IsCapitalised) return false;
        }
        return true;
    }

    // Whether word k, after a locative, says amid what something happened ("di tengah ketegangan"), not in which
    // place ("di tengah Laut X" names the sea).
    private bool Amid(DocView doc, int k, int last) =>
        k > 0 && _lex.HasRole(doc.Words[k].Lower, "amid") && _lex.HasRole(doc.Words[k - 1].Lower, "location")
        && !(k + 1 < last && doc.EntityAt[k + 1] is { Type: NodeType.Place });

    // Whether the sentence of word i tells something on the margins of a meeting ("di sela KTT").
    // Whether the sentence of word i puts something, after a locative, in a place other than the dateline.
    private bool PlacedElsewhere(DocView doc, int i, Mention dateline)
    {
        for (int k = doc.SentenceFirstWord(i) + 1, end = doc.SentenceEndWord(i); k < end; k++)
            if (doc.EntityAt[k] is { Type: NodeType.Place } place && place.Start == doc.Words[k].Start && place.EntityId != dateline.EntityId
                && _lex.HasRole(doc.Words[k - 1].Lower, "location")) return true;
        return false;
    }

    private bool OnSidelines(DocView doc, int i)
    {
        for (int k = doc.SentenceFirstWord(i), end = doc.SentenceEndWord(i); k < end; k++)
            if (_lex.HasRole(doc.Words[k].Lower, "sidelines")) return true;
        return false;
    }

    // Whether a cue that makes the clause before word k hoped for, expected or denied stands close before it.
    private bool Hedged(DocView doc, int k) =>
        _lex.Unasserts(doc.Words, Math.Max(doc.SentenceFirstWord(k), k - 4), k, alsoFuture: true);

    // Whether the happening told at word i is one people attend: not an attack, nor a clash whose parties fight
    // ("Namun dalam bentrokan ini tiga prajurit gugur. Mereka, yakni A, B ...": the fallen took part in no meeting).
    private bool Attendable(DocView doc, int i) =>
        _lex.AttackNouns.MatchAt(doc.Words, i) == 0 && _lex.FoughtHeads.MatchAt(doc.Words, i) == 0;

    private Recognition.Events.EventKind KindOf(DocView doc, int i)
    {
        if (_lex.MeetingNouns.MatchAt(doc.Words, i) > 0) return Recognition.Events.EventKind.Meeting;
        if (_lex.AttackNouns.MatchAt(doc.Words, i) > 0) return Recognition.Events.EventKind.Attack;
        return Recognition.Events.EventKind.Other;
    }

    private static bool TitleWordAt(DocView doc, int k) =>
        k + 1 < doc.Words.Count && doc.EntityAt[k] is null && Words.IsTitleCased(doc.Words[k].Text)
        && doc.EntityAt[k + 1] is null && Words.IsTitleCased(doc.Words[k + 1].Text)
        && !Words.Breaks(Words.Gap(doc.Text, doc.Words[k], doc.Words[k + 1]));

    private List<Mention> PlacesOf(DocView doc, int first, int end, Recognition.Events.EventKind kind, List<Mention> surrounding)
    {
        var words = doc.Words;
        var places = new List<Mention>();
        bool placing = false, opened = false;
        int k = first + 1;
        for (; k < end; k++)
        {
            var w = words[k].Lower;
            // "pembakaran Mapolsek Tambelangan", "penyerangan Gereja X": a building attacked, named right after the
            // attack's words, is where it happened.
            if (kind == Recognition.Events.EventKind.Attack && !opened && doc.EntityAt[k] is { Type: NodeType.Place } hit && _lex.NamesSite(hit.Canonical ?? hit.Surface))
            {
                places.Add(hit);
                k = doc.After(k, hit) - 1;
                opened = true;
                continue;
            }
            if (doc.EntityAt[k] is not null || _lex.HasRole(w, "location") || _lex.HasRole(w, "target") || _lex.HasRole(w, "doer") || _lex.HasRole(w, "time")) opened = true;
            // "Kedatangan Menteri Dalam Negeri Republik Indonesia X": a capitalised preposition before another capitalised
            // word that names nothing is a word of the visitor's title, not where the happening was.
            if ((_lex.HasRole(w, "location") || (_lex.HasRole(w, "target") && kind != Recognition.Events.EventKind.Meeting) || _lex.HasRole(w, "direction"))
                && !TitleWordAt(doc, k))
                placing = true;
            else if (_lex.HasRole(w, "with") || _lex.HasRole(w, "between") || _lex.HasRole(w, "doer") || _lex.HasRole(w, "owner") || _lex.HasRole(w, "time"))
                placing = false;
            if (doc.EntityAt[k] is { } m)
            {
                int next = doc.After(k, m);
                // "di ibu kota Nigeria, Abuja" inside the phrase: the state around the capital only describes it.
                if (placing && m.Type == NodeType.Place && next < end && CapitalOf(doc, m) && doc.EntityAt[next] is { Type: NodeType.Place }
                    && Words.Gap(doc.Text, words[next - 1], words[next]).Trim().SequenceEqual(",")) surrounding.Add(m);
                else if (placing && m.Type == NodeType.Place) places.Add(m);
                k = next - 1;
            }
        }
        // After the phrase: ", termasuk ibu kota Kiev" or "... terjadi di Laut Hitam".
        int sentenceEnd = k < words.Count ? doc.SentenceEndWord(Math.Min(k, words.Count - 1)) : k;
        // A mention cut before its locative ("pertemuan bersama A dan B di Z", "KTT X (Y) di Z") is still set there.
        if (places.Count == 0 && LocativeAfter(doc, end, sentenceEnd) is int at && doc.EntityAt[at] is { } site)
        {
            places.Add(site);
            end = doc.After(at, site);
        }
        // "pertemuan di kediaman Prabowo, Jalan Kertanegara No 4, Jakarta Selatan": a home named by its
        // owner is set in the places a comma chains after it.
        if (places.Count == 0 && HomeAddress(doc, first, end, sentenceEnd) is int address && doc.EntityAt[address] is { } home)
        {
            places.Add(home);
            end = doc.After(address, home);
        }
        end = PlaceChain(doc, places, surrounding, end, sentenceEnd);
        // "rapat kerja antara gubernur se-Indonesia dan Menteri Dalam Negeri di Hotel X": the second side,
        // told without a name of its own, ends the phrase before the place it was held in.
        if (places.Count == 0 && end < sentenceEnd && _lex.HasRole(words[end].Lower, "and") && Sides(doc, first, end))
            for (int j = end + 1; j + 1 < sentenceEnd && j <= end + MaxTitleWords; j++)
            {
                if (Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) break;
                if (_lex.HasRole(words[j].Lower, "location") && doc.EntityAt[j + 1] is { Type: NodeType.Place } venue
                    && !Words.Breaks(Words.Gap(doc.Text, words[j], words[j + 1])))
                {
                    places.Add(venue);
                    end = PlaceChain(doc, places, surrounding, doc.After(j + 1, venue), sentenceEnd);
                    break;
                }
                if (doc.EntityAt[j] is { } named) { j = doc.After(j, named) - 1; continue; }
                if (!words[j].IsCapitalised) break;
            }
        // "KTT Kerjasama Ekonomi Asia Pasifik (APEC) di Lima": the acronym in brackets still belongs to the name.
        if (end + 1 < sentenceEnd && Words.Gap(doc.Text, words[end - 1], words[end]).Trim().SequenceEqual("(")
            && Words.Gap(doc.Text, words[end], words[end + 1]).Trim().SequenceEqual(")")) end++;
        bool include = false, held = false;
        int located = int.MinValue / 2;
        for (int j = end; j < sentenceEnd && (held || j < end + PlacingWindow); j++)
        {
            var w = words[j].Lower;
            if (_lex.HasRole(w, "include") && places.Count > 0) { include = true; continue; }
            if (_lex.HasRole(w, "held")) { held = true; continue; }
            // "Kunjungan itu terjadi di tengah ketegangan atas sengketa di Laut X": amid circumstances, not in a place;
            // a place after them is theirs.
            if (held && j > end && Amid(doc, j, sentenceEnd)) break;
            if (_lex.HasRole(w, "location") || _lex.HasRole(w, "direction")) located = j;
            // "Pertemuan itu terjadi setelah Presiden AS ... di Singapura": a later clause is another happening.
            if (held && !include && _lex.HasRole(w, "subclause")) break;
            // "berlangsung di sela-sela Konferensi Baghdad II di Yordania": a place in another event's
            // name is part of that name, not where this one took place.
            if (doc.EntityAt[j] is { } named && doc.EventAt[j] is { } within && within.Start <= named.Start && within.End >= named.End
                && within.End - within.Start > named.End - named.Start)
            {
                if (!include && !held) break;
                j = doc.After(j, within) - 1;
                continue;
            }
            if (doc.EntityAt[j] is { } m)
            {
                // After a placing verb only a place the text sets the event in counts ("digelar di X, Y"),
                // not a state in someone's title.
                bool chained = places.Count > 0 && places[^1].End == words[j - 1].End && Words.Gap(doc.Text, words[j - 1], words[j]).Trim().SequenceEqual(",");
                bool set = include || (held && (j - located <= LocatedWindow || chained));
                if (set && m.Type == NodeType.Place)
                {
                    AddChained(doc, places, surrounding, m, held && !include && chained);
                    j = doc.After(j, m) - 1;
                    continue;
                }
                if (!include && !held) break;
                j = doc.After(j, m) - 1;
                continue;
            }
            if (held) continue;
            if (!include && !_lex.HasRole(w, "relative") && !_lex.HasRole(w, "determiner") && !_lex.HasRole(w, "aux")) break;
            if (_lex.HasRole(w, "boundary") && !_lex.HasRole(w, "relative")) break;
        }
        return places;
    }

    // The word of the place a locative names right after word end, past the rest of a list of
    // parties the mention opened ("bersama A dan PM X B di Z") and an acronym in brackets
    // ("KTT X (Y) di Z"); null when something else follows.
    private int? LocativeAfter(DocView doc, int end, int last)
    {
        var words = doc.Words;
        int k = end;
        bool bracketed = false;
        while (k > 0 && k < last)
        {
            var gap = Words.Gap(doc.Text, words[k - 1], words[k]).Trim();
            if (gap.SequenceEqual("(") && ClosingBracket(doc, k, last) is int close) { k = close + 1; bracketed = true; continue; }
            if (!gap.IsEmpty && !gap.SequenceEqual(",") || bracketed) break;
            if (!ListItem(doc, k, last, bracket: false, out var item, out int after) || item is null) break;
            k = after;
        }
        if (k <= 0 || k + 1 >= last) return null;
        var before = Words.Gap(doc.Text, words[k - 1], words[k]).Trim();
        if (!(before.IsEmpty || bracketed && before.SequenceEqual(")"))) return null;
        if (!_lex.HasRole(words[k].Lower, "location") || _lex.HasRole(words[k].Lower, "setting")) return null;
        int j = k + 1;
        for (int descriptors = 0; j < last && doc.EntityAt[j] is null && descriptors < 2 && _lex.HasRole(words[j].Lower, "region"); descriptors++) j++;
        if (j >= last || doc.EntityAt[j] is not { Type: NodeType.Place } m || m.Start != words[j].Start) return null;
        return Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j])) ? null : j;
    }

    // The word of the place a comma chains after a home in or right after the phrase that ends at
    // word end ("di kediaman X, Jalan Y", "di rumahnya, Jalan Y"); null when there is none.
    private int? HomeAddress(DocView doc, int first, int end, int sentenceEnd)
    {
        var words = doc.Words;
        for (int k = first + 1; k + 2 < sentenceEnd && k <= end; k++)
        {
            if (!_lex.HasRole(words[k].Lower, "location") || !_lex.HasRole(words[k + 1].Lower, "residence")) continue;
            int j = OwnerEnd(doc, k + 2, sentenceEnd);
            if (j < end || j >= sentenceEnd || !Words.Gap(doc.Text, words[j - 1], words[j]).Trim().SequenceEqual(",")) return null;
            // "..., di kawasan Melati, Sukamaju": the address may open with a locative and a lower-case place noun.
            if (_lex.HasRole(words[j].Lower, "location"))
                for (int n = 0; n < 3 && j + 1 < sentenceEnd && doc.EntityAt[j] is null && !Words.Breaks(Words.Gap(doc.Text, words[j], words[j + 1])); n++)
                {
                    j++;
                    if (words[j].IsCapitalised) break;
                }
            return doc.EntityAt[j] is { Type: NodeType.Place } ? j : null;
        }
        return null;
    }

    // Past the owner a home is named by, from word j: the person's name ("kediaman X"), or a title and
    // the name set off by commas ("kediaman Ketua Umum Partai Y, X"); j itself when no person follows.
    private static int OwnerEnd(DocView doc, int j, int sentenceEnd)
    {
        var words = doc.Words;
        if (j < sentenceEnd && doc.EntityAt[j] is { Type: NodeType.Person } owner) return doc.After(j, owner);
        for (int k = j; k < sentenceEnd && k < j + MaxTitleWords; k++)
        {
            if (k > j)
            {
                var gap = Words.Gap(doc.Text, words[k - 1], words[k]).Trim();
                bool comma = gap.SequenceEqual(",");
                if (gap.Length > 0 && !comma) return j;
                if (comma) return doc.EntityAt[k] is { Type: NodeType.Person } named ? doc.After(k, named) : j;
            }
            if (doc.EntityAt[k] is { Type: NodeType.Person }) return j;
            if (doc.EntityAt[k] is { } inTitle) { k = doc.After(k, inTitle) - 1; continue; }
            if (!words[k].IsCapitalised) return j;
        }
        return j;
    }

    // The last word of a short capitalised run in brackets that opens at word k.
    private static int? ClosingBracket(DocView doc, int k, int last)
    {
        var words = doc.Words;
        for (int j = k; j < last && j < k + 3; j++)
        {
            if (!words[j].IsCapitalised) return null;
            if (j + 1 < words.Count && Words.Gap(doc.Text, words[j], words[j + 1]).Contains(')')) return j;
        }
        return null;
    }

    // Whether the event phrase from word i up to word end names its sides with "antara".
    private bool Sides(DocView doc, int i, int end)
    {
        for (int k = i + 1; k < end; k++)
            if (_lex.HasRole(doc.Words[k].Lower, "between")) return true;
        return false;
    }

    // "di ibu kota Nigeria, Abuja", "di Berlin, di Kanselir Federal": a phrase ending in a place
    // goes on with the places a comma chains to it. A bare place that starts the next clause
    // ("di Gaza, Israel mengatakan ...") is not part of the chain.
    private int PlaceChain(DocView doc, List<Mention> places, List<Mention> surrounding, int end, int sentenceEnd)
    {
        var words = doc.Words;
        while (places.Count > 0 && end < sentenceEnd && places[^1].End >= words[end - 1].End
               && Words.Gap(doc.Text, words[end - 1], words[end]).Trim().SequenceEqual(","))
        {
            int p = end;
            if (_lex.HasRole(words[p].Lower, "location") && p + 1 < sentenceEnd) p++;
            if (doc.EntityAt[p] is not { Type: NodeType.Place } m) break;
            int after = doc.After(p, m);
            if (p == end && after < sentenceEnd && !words[after].IsCapitalised && _lex.IsVerbLike(words[after].Lower)
                && !Words.Breaks(Words.Gap(doc.Text, words[after - 1], words[after]))) break;
            AddChained(doc, places, surrounding, m, p == end);
            end = after;
        }
        return end;
    }

    // Adds a place to the setting's places. A place a comma chains right after the last one
    // ("di ibu kota Nigeria, Abuja") takes that one's room when it is the state whose capital it
    // names: the event was held in the state too, but no one met across the whole state, so the
    // state moves to the surrounding places.
    private void AddChained(DocView doc, List<Mention> places, List<Mention> surrounding, Mention place, bool chained)
    {
        if (chained && places.Count > 0 && CapitalOf(doc, places[^1]))
        {
            surrounding.Add(places[^1]);
            places.RemoveAt(places.Count - 1);
        }
        places.Add(place);
    }

    // Whether a place stands after a word for a capital ("ibu kota X", "ibukota X"): it owns the
    // capital, which the text names next.
    private bool CapitalOf(DocView doc, Mention place)
    {
        var words = doc.Words;
        int at = SentenceView.WordContaining(words, place.Start);
        if (at < 1) return false;
        if (_lex.HasRole(words[at - 1].Lower, "capital")) return true;
        return at >= 2 && _lex.HasRole(words[at - 1].Lower, "region") && _lex.HasRole(words[at - 2].Lower, "capital");
    }

    // Whether the event stands where someone takes part in it: "dalam konferensi pers", "menghadiri pertemuan".
    private bool SetBy(DocView doc, int i, bool attendOnly)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(i);
        for (int k = i - 1; k >= first && k >= i - 3; k--)
        {
            var w = words[k].Lower;
            // "berbicara tentang pertemuan itu": talking about a meeting is no part in it.
            if (_lex.HasRole(w, "topic")) return false;
            // "X tidak hadir dalam rapat itu": who stayed away took no part.
            if (_lex.HasRole(w, "setting") && (!attendOnly || _lex.Morphology.IsClass(w, "verb"))) return !AttendanceLists.Negated(doc, _lex, k);
            // "A, B dan C turut serta dalam pertemuan ini": a word of joining in before "serta" makes a verb of taking part.
            if (k > first && _lex.HasRole(w, "and") && _lex.HasRole(words[k - 1].Lower, "partake")) return !AttendanceLists.Negated(doc, _lex, k - 1);
        }
        return false;
    }

    // The word after a naming word ("yaitu", "yakni") within a few words from k, where a party is named
    // before any other name; null otherwise.
    private int? NamedAhead(DocView doc, int k, int end)
    {
        var words = doc.Words;
        for (int j = k; j + 1 < end && j <= k + 4; j++)
        {
            if (doc.EntityAt[j] is not null) return null;
            if (_lex.HasRole(words[j].Lower, "naming")) return doc.EntityAt[j + 1] is { Type: NodeType.Person or NodeType.Organization } ? j + 1 : null;
        }
        return null;
    }

    private void Participants(DocView doc, int i, int end, Mention ev, Recognition.Events.EventKind kind,
        Dictionary<int, Statement> speakers, List<Mention> participants)
    {
        var words = doc.Words;
        // Named in the phrase: people and states before any place or time ("perundingan AS-Rusia"),
        // anyone after "bersama"/"dengan"/"antara". Organisations right after the head name the
        // body that holds it ("pertemuan NATO"), not a participant.
        bool side = false, listing = false;
        for (int k = i + 1; k < end; k++)
        {
            var w = words[k].Lower;
            listing = false;
            if (_lex.HasRole(w, "with") || _lex.HasRole(w, "between")) { side = true; continue; }
            // "dengan mitranya di pemerintahan, yaitu X": the side described, then named.
            if (side && NamedAhead(doc, k, end) is int named) { k = named - 1; continue; }
            if (_lex.HasRole(w, "location") || _lex.HasRole(w, "time") || _lex.HasRole(w, "target")) break;
            if (doc.EntityAt[k] is { } m)
            {
                int next = doc.After(k, m);
                // After "bersama"/"dengan" a place is usually part of a title ("bersama Emir Qatar"), and
                // so is a body right before a name ("bersama Panglima TNI Jenderal X"). Anywhere, a country
                // right before a person's name is that person's title's ("kunjungan Perdana Menteri Malaysia X").
                // So is one set off by a comma after a title's words ("dari Menteri Pertahanan Syldavia, Budi Hartono,").
                bool titleCountry = m.Type == NodeType.Place && next < end && doc.EntityAt[next] is { Type: NodeType.Person }
                    && Words.Gap(doc.Text, words[next - 1], words[next]) is var toName
                    && (!Words.Breaks(toName) || toName.Trim().SequenceEqual(",") && k > 0 && words[k - 1].IsCapitalised && doc.EntityAt[k - 1] is null);
                if (side ? m.Type is NodeType.Person or NodeType.Organization : m.Type is NodeType.Person or NodeType.Place)
                    if (side ? m.Type == NodeType.Person || !TitledNameAt(doc, next, end) : m.Type != NodeType.Place || !titleCountry && !NamesSomethingElse(doc, i, k)) Add(participants, m);
                listing = side && m.Type == NodeType.Person;
                k = next - 1;
            }
        }
        // "rapat kerja bersama A, B, dan C": the mention names the first party; the list goes on.
        if (listing) ListAfter(doc, end, doc.SentenceEndWord(i), participants);
        int s = doc.SentenceOf[i];
        int first = doc.SentenceFirstWord(i), last = doc.SentenceEndWord(i);
        bool held = kind == Recognition.Events.EventKind.Meeting && HeldBy(doc, i);
        if (held || SetBy(doc, i, attendOnly: true))
        {
            // "Suga dan Moon mengadakan sesi ...", "X menghadiri pertemuan ...": everyone named before the verb.
            int before = participants.Count;
            foreach (var p in PartiesBefore(doc, first, i, bodies: kind == Recognition.Events.EventKind.Meeting)) Add(participants, p);
            // "... hadir dalam acara ini, termasuk Presiden X, Y dan Z".
            for (int k = end; k < last && k <= end + 1; k++)
                if (_lex.HasRole(words[k].Lower, "include"))
                {
                    for (int j = k + 1; j < last; j++)
                        if (doc.EntityAt[j] is { } m)
                        {
                            if (m.Type is NodeType.Person or NodeType.Organization) Add(participants, m);
                            j = doc.After(j, m) - 1;
                        }
                    break;
                }
            // "X akan mengadakan pertemuan dengan Y, ungkap Z dalam jumpa pers": one who reports a meeting others
            // hold is not at it; one who reports a meeting of "kami" with no one else named holding it may be.
            if (speakers.TryGetValue(s, out var sp) && !(participants.Count > before && sp.InContent(ev.Start, ev.End)))
                Add(participants, sp.Speaker!);
            // "Kedua pemimpin kemudian menggelar pertemuan bilateral": the two people named last.
            for (int k = i - 1; participants.Count == before && k > first && k >= i - 3; k--)
                if (PairBefore(doc, k) is { } pair) foreach (var p in pair) Add(participants, p);
            if (participants.Count == before && NearestPerson(doc, first, i, last, end) is { } near) AddWithConjuncts(doc, participants, near, i, last);
            if (participants.Count == before && kind == Recognition.Events.EventKind.Meeting) foreach (var b in OpeningSubjects(doc, first, i)) Add(participants, b);
        }
        else if (SetBy(doc, i, attendOnly: false))
        {
            int named = participants.Count;
            if (speakers.TryGetValue(s, out var sp)) Add(participants, sp.Speaker!);
            else if (NearestPerson(doc, first, i, last, end) is { } p) AddWithConjuncts(doc, participants, p, i, last);
            else Delegations(doc, first, i, participants);
            // "Pakistan dan Afghanistan telah sepakat ... dalam perundingan": states or bodies the sentence opens with as its subject.
            if (participants.Count == named && kind == Recognition.Events.EventKind.Meeting) foreach (var b in OpeningSubjects(doc, first, i)) Add(participants, b);
        }
        // "Rapat pleno itu dihadiri oleh seluruh anggota KPU, sejumlah anggota Bawaslu, ...", and the
        // hosts of "konferensi ... yang diselenggarakan oleh X dan Y", who take part in what they hold.
        if (ListedAfter(doc, end) is int listed)
        {
            for (int j = listed + 1; j < last; j++)
            {
                if (doc.EntityAt[j] is { } m)
                {
                    int next = doc.After(j, m);
                    // "dibuka oleh Ketua Umum Partai X Y": the body in a title is the official's, not a party;
                    // "Presiden A dari Senegal": nor is the country a person comes from.
                    bool origin = j > listed + 1 && _lex.HasRole(words[j - 1].Lower, "origin");
                    if (m.Type == NodeType.Person || m.Type is NodeType.Organization or NodeType.Place && !origin && !TitledNameAt(doc, next, last)) Add(participants, m);
                    j = next - 1;
                    continue;
                }
                var gap = Words.Gap(doc.Text, words[j - 1], words[j]);
                // A list goes on after a comma: "oleh X, sejumlah anggota Y, dan Z".
                if (Words.Breaks(gap) && !gap.Trim().SequenceEqual(",")) break;
                if (_lex.HasRole(words[j].Lower, "subclause") || _lex.HasRole(words[j].Lower, "relative")
                    || _lex.HasRole(words[j].Lower, "location")) break;
                // Titles ("Menteri ...") are capitalised and only look like verbs.
                if (!words[j].IsCapitalised && _lex.IsVerbLike(words[j].Lower)) break;
            }
            return;
        }
        if (IsSentenceSubject(doc, first, i))
        {
            // "Konferensi pers yang diadakan di ... menjadi tempat di mana X ...". A meeting called off
            // ("Pertemuan tersebut dibatalkan ...") had no one in it, and a reported clause ("... bahwa X
            // telah membatalkan ...") tells of someone else.
            for (int k = end; k < last; k++)
            {
                var w = words[k].Lower;
                if (_lex.HasRole(w, "cancel") || _lex.HasRole(w, "complementizer")) break;
                if (doc.EntityAt[k] is { Type: NodeType.Person } p) { if (!ObjectOfVerb(doc, k)) Add(participants, p); break; }
            }
        }
    }

    // A state that is not a party although the meeting phrase names it: the anchor of another
    // happening inside the phrase ("konferensi pers konflik Libya") or a word of the meeting's
    // proper name ("Konferensi Baghdad II", "Kongres Rakyat China").
    private bool NamesSomethingElse(DocView doc, int head, int k)
    {
        var words = doc.Words;
        int headEnd = head + Math.Max(1, _lex.MeetingNouns.MatchAt(words, head));
        if (k <= headEnd - 1) return false;
        if (k > headEnd && (_lex.EventNouns.MatchAt(words, k - 1) > 0 || _lex.AttackNouns.MatchAt(words, k - 1) > 0)) return true;
        bool named = head > doc.SentenceFirstWord(head) && IsTitleWord(words[head].Text) && IsTitleWord(words[k - 1].Text);
        // "KTT Kerjasama Ekonomi Asia Pasifik": after an acronym head, title-case words up to the place make a
        // name, even at the start of a sentence; a name right before the place ("KTT Indonesia-Malaysia") leaves it a party.
        bool acronym = words[head].Text.Length > 1 && words[head].Text.All(char.IsUpper);
        if (acronym && k > headEnd && doc.EntityAt[k - 1] is null)
        {
            named = true;
            for (int j = headEnd; j < k; j++) if (!IsTitleWord(words[j].Text)) named = false;
        }
        return named;
    }

    // "Perwakilan Borduria dan Syldavia beradu argumen dalam rapat X": the countries or bodies a
    // delegation word before the meeting names, and those joined to them, took part in it.
    private void Delegations(DocView doc, int first, int meeting, List<Mention> participants)
    {
        var words = doc.Words;
        for (int k = first; k + 1 < meeting; k++)
        {
            if (!_lex.HasRole(words[k].Lower, "delegate") || doc.EntityAt[k] is not null) continue;
            for (int j = k + 1; j < meeting && doc.EntityAt[j] is { Type: NodeType.Place or NodeType.Organization } m; )
            {
                Add(participants, m);
                j = doc.After(j, m);
                if (j + 1 < meeting && _lex.HasRole(words[j].Lower, "and") && !Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) j++;
                else break;
            }
        }
    }

    // The states or bodies a sentence opens with, joined by commas and "dan", when a verb follows them
    // ("Pakistan dan Afghanistan telah sepakat ..."); empty otherwise.
    private List<Mention> OpeningSubjects(DocView doc, int first, int before)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int k = first;
        // "DOHA (BP) – Pakistan dan ...": the dateline and the outlet's code in capitals before the story's first words.
        if (k < before && doc.EntityAt[k] is { } opening && Filed(doc, opening))
        {
            k = doc.After(k, opening);
            while (k < before && doc.EntityAt[k] is null && words[k].Text.All(char.IsUpper)) k++;
        }
        while (k < before)
        {
            if (doc.EntityAt[k] is { Type: NodeType.Place or NodeType.Organization } m && !Filed(doc, m))
            {
                found.Add(m);
                k = doc.After(k, m);
                if (k < before && _lex.HasRole(words[k].Lower, "and")) { k++; continue; }
                if (k < before && k > 0 && Words.Gap(doc.Text, words[k - 1], words[k]).Trim().SequenceEqual(",") && doc.EntityAt[k] is not null) continue;
                break;
            }
            return [];
        }
        // An auxiliary ("telah sepakat") or a verb after them makes them the subject.
        bool aux = false;
        while (k < before && _lex.HasRole(words[k].Lower, "aux")) { k++; aux = true; }
        return k < before && !words[k].IsCapitalised && (aux || _lex.IsVerbLike(words[k].Lower)) ? found : [];
    }

    // A capitalised word with small letters: part of a name in title case, not an acronym ("KTT").
    private static bool IsTitleWord(string w) => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower);

    // The word that lists who took part right after a meeting's mention ending at word end: "dihadiri
    // oleh", or the verb of holding or opening it with its doer ("diselenggarakan oleh", "dibuka oleh").
    private int? ListedAfter(DocView doc, int end)
    {
        var words = doc.Words;
        if (end >= words.Count) return null;
        int last = doc.SentenceEndWord(end);
        for (int k = end; k < last && k < end + 4; k++)
        {
            bool hosted = _lex.HasRole(words[k].Lower, "held") && k + 1 < last && _lex.HasRole(words[k + 1].Lower, "doer");
            if ((hosted || _lex.HasRole(words[k].Lower, "attended")) && !AttendanceLists.Negated(doc, _lex, k)) return k;
        }
        return null;
    }

    private static bool IsSentenceSubject(DocView doc, int first, int i)
    {
        for (int k = first; k < i; k++)
            if (doc.EntityAt[k] is not null || doc.EventAt[k] is not null) return false;
        return i - first <= 1;
    }

    // Whether the meeting noun is the object of a verb its subject holds it by: "X mengadakan
    // pertemuan", "X dan Y pernah melakukan pertemuan", "X menggelar rapat kerja bersama Y".
    private bool HeldBy(DocView doc, int i)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(i);
        for (int k = i - 1; k >= first && k >= i - 3; k--)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1]))) return false;
            if (_lex.HasRole(words[k].Lower, "hold")) return true;
        }
        return false;
    }

    // The parties named before the verb that sets them in an event: the people; where the clause
    // names no person and the event is a meeting, the bodies and states it names ("Partai A, B dan C melakukan pertemuan",
    // "Jepang dan Korea Selatan mengadakan pertemuan"), leaving out a body or state that belongs to
    // a title before a name, one a preposition places, and the dateline.
    private IEnumerable<Mention> PartiesBefore(DocView doc, int first, int i, bool bodies)
    {
        var words = doc.Words;
        int start = first;
        for (int k = i - 1; k >= first; k--)
            if (_statements.OpensSubclause(doc, k)) { start = k + 1; break; }
        var persons = new List<Mention>();
        var others = new List<Mention>();
        for (int k = start; k < i; k++)
        {
            if (doc.EntityAt[k] is not { } m) continue;
            int next = doc.After(k, m);
            if (m.End > words[i].Start) break;
            if (m.Type == NodeType.Person) persons.Add(m);
            else if (m.Type is NodeType.Organization or NodeType.Place && !ReferenceEquals(m, doc.Dateline) && !Dateline(doc, m)
                && (k == start || !(_lex.HasRole(words[k - 1].Lower, "location") || _lex.HasRole(words[k - 1].Lower, "direction") || _lex.HasRole(words[k - 1].Lower, "time")))
                && !(next < i && doc.EntityAt[next] is { Type: NodeType.Person } && !Words.Breaks(Words.Gap(doc.Text, words[next - 1], words[next]))))
                others.Add(m);
            k = next - 1;
        }
        return persons.Count > 0 || !bodies ? persons : others;
    }

    // Whether the mention is where the story was filed: the article's dateline, or one written like it further down.
    private static bool Filed(DocView doc, Mention m) =>
        ReferenceEquals(m, doc.Dateline) || Datelines.LooksLike(doc.Text, m) || Dateline(doc, m);

    // "JAKARTA, KOMPAS.com - Komisi I DPR menggelar rapat": a place in capitals opening a line
    // further down the page than the article's dateline is where the story was filed all the same.
    private static bool Dateline(DocView doc, Mention m) =>
        m.Surface.Length > 2 && m.Surface == m.Surface.ToUpperInvariant() && Datelines.OpensLine(doc.Text, m);

    private Mention? NearestPerson(DocView doc, int first, int i, int last, int end)
    {
        for (int k = i - 1; k >= first; k--)
            if (doc.EntityAt[k] is { Type: NodeType.Person } p && p.End <= doc.Words[i].Start) return p;
        for (int k = end; k < last; k++)
            if (doc.EntityAt[k] is { Type: NodeType.Person } p)
                // "Dalam Musda ini, ... menggantikan X": the object of a verb is talked about, not present.
                return k > end && ObjectOfVerb(doc, k) ? null : p;
        return null;
    }

    // "Dalam pertemuan ini Presiden A dan Wakil Presiden B memberikan ...": a person named after the meeting
    // brings the people joined to it, each title and all, into the meeting too.
    private void AddWithConjuncts(DocView doc, List<Mention> participants, Mention person, int meeting, int last)
    {
        Add(participants, person);
        int k = SentenceView.WordContaining(doc.Words, person.Start);
        if (k > meeting) ListAfter(doc, doc.After(k, person), last, participants);
    }

    private bool ObjectOfVerb(DocView doc, int k)
    {
        var before = doc.Words[k - 1];
        return !before.IsCapitalised && _lex.IsVerbLike(before.Lower) && !_lex.HasRole(before.Lower, "present")
            && !_lex.HasRole(before.Lower, "attended") && !Words.Breaks(Words.Gap(doc.Text, before, doc.Words[k]));
    }

    // "X bertemu (dengan) Y di Z", "X mengunjungi Y di Z": parties meet at the place.
    private void MeetingVerbs(DocView doc, List<EventSetting> result)
    {
        var words = doc.Words;
        for (int v = 0; v < words.Count; v++)
        {
            int len = _lex.MeetingVerbs.MatchAt(words, v);
            if (len == 0 || _lex.HasRole(words[v].Lower, "setting") || Unasserted(doc, v)) continue;
            var verbText = string.Join(' ', words.Skip(v).Take(len).Select(x => x.Lower));
            // "menerima kunjungan kehormatan X": the verb's last word opens the visit received.
            if (len > 1 && ReceivedVisit(doc, v, v + len - 1) is { } received)
            {
                result.Add(received);
                continue;
            }
            // "menerima X": a meeting only when X is a person, not "menerima laporan".
            if (_lex.PersonObjectVerbs.Contains(verbText)
                && !RelationLexicon.PersonObjectAt(words, v + len, doc.SentenceEndWord(v), k => doc.EntityAt[k] is { } m ? (m.Type, doc.After(k, m)) : null)) continue;
            var (subject, _) = _statements.SubjectBefore(doc, v);
            // "Rombongan disambut oleh Bupati X": whoever welcomes the visitor's party takes part in the visit told before.
            if (subject is null && EntourageBefore(doc, v) && LatestSetting(doc, v, result) is { Event: not null } visit)
            {
                var hosts = PeopleAfter(doc, v + len);
                if (hosts.Count > 0)
                    result.Add(new EventSetting(visit.Event, visit.Places, hosts, words[v].Start, hosts[^1].End) { Surrounding = visit.Surrounding });
                continue;
            }
            // "A dan B sepakat ... setelah bertemu di X": a clause of time with no subject of its own shares the sentence's.
            // A place visited on the way ("ditikam setelah mengunjungi bandara X") is no meeting of the sentence's subject.
            if (subject is null && !_lex.PlaceObjectVerbs.Contains(verbText)) subject = SubjectOfSubclause(doc, v);
            // "Setelah itu keduanya berkunjung ke X": the two people named last, in the sentences just before.
            var pair = subject is null ? PairBefore(doc, v) : null;
            if (pair is not null) subject = pair[0];
            if (subject is null || subject.Type == NodeType.Event) continue;
            var parties = new List<Mention> { subject };
            if (pair is not null) parties.Add(pair[1]);
            else if (subject.Type == NodeType.Person) parties.AddRange(ConjunctsBefore(doc, subject));
            var places = new List<Mention>();
            var surrounding = new List<Mention>();
            bool placing = false, apposed = false, host = false;
            int last = doc.SentenceEndWord(v), k = v + len;
            for (; k < last; k++)
            {
                var w = words[k].Lower;
                var gap = k > v + len ? Words.Gap(doc.Text, words[k - 1], words[k]) : default;
                // "di Istana Kepresidenan, Jakarta": a comma may chain a wider place.
                bool chained = placing && places.Count > 0 && gap.Trim().SequenceEqual(",") && doc.EntityAt[k] is { Type: NodeType.Place };
                // "bersama A, B (KSAD) C, dan D": a comma or an acronym in brackets goes on with the list of parties.
                bool listed = !placing && k > v + len && ListGoesOn(doc, k, last, gap);
                if (k > v + len && Words.Breaks(gap) && !chained && !placing && !apposed && !listed) break;
                apposed = false;
                // "bertemu dengan Y selama lebih dari tiga jam di Jenewa": how long they met stands before where.
                if (!placing && _lex.DurationAt(words, k) is > 0 and var lasted && k + lasted < last && _lex.HasRole(words[k + lasted].Lower, "location"))
                {
                    k += lasted - 1;
                    continue;
                }
                if (_lex.HasRole(w, "location") || _lex.HasRole(w, "direction")) { placing = true; continue; }
                // "bertemu X di tengah sorotan atas kebijakan dari Washington": amid circumstances, not in a place.
                if (placing && places.Count == 0 && Amid(doc, k, last)) break;
                // "mengunjungi Manokwari", "mengunjungi kediaman X": the place visited is where, not who.
                if (k == v + len && _lex.PlaceObjectVerbs.Contains(verbText) && (doc.EntityAt[k] is { Type: NodeType.Place } || _lex.HasRole(w, "residence"))) placing = true;
                // "berkunjung ke kediaman mantan presiden X, Y": whose home was visited took part.
                if (placing && _lex.HasRole(w, "residence")) { host = true; continue; }
                if (doc.EventAt[k] is not null) break;
                if (doc.EntityAt[k] is { } host0 && host)
                {
                    if (host0.Type == NodeType.Person) { parties.Add(host0); host = false; }
                    k = doc.After(k, host0) - 1;
                    continue;
                }
                if (doc.EntityAt[k] is { } m)
                {
                    if (placing && m.Type == NodeType.Place)
                    {
                        if (!GatheringNames.EndsIn(doc, _lex, k)) AddChained(doc, places, surrounding, m, chained);
                    }
                    else if (!placing && m.Type is NodeType.Person or NodeType.Organization or NodeType.Place)
                    {
                        // "Presiden China Xi Jinping", "Presiden Dewan Eropa António Costa": a country or a
                        // body right before a name belongs to the title.
                        int next = doc.After(k, m);
                        bool title = m.Type is NodeType.Place or NodeType.Organization && TitledNameAt(doc, next, last);
                        // "Pimpinan Kongres Rakyat China, Zhou Leji": the title's body set off before the name it describes.
                        apposed = m.Type is NodeType.Place or NodeType.Organization && next < last && doc.EntityAt[next] is { Type: NodeType.Person }
                            && Words.Gap(doc.Text, words[next - 1], words[next]).Trim().SequenceEqual(",");
                        // "disambut Gubernur Papua Barat": a region after its head's title stands for the unnamed head.
                        bool office = m.Type == NodeType.Place && _lex.RegionalTitleBefore(words, k);
                        if (!title && !apposed && !office) parties.Add(m);
                    }
                    k = doc.After(k, m) - 1;
                    continue;
                }
                if (placing && Words.Breaks(gap)) break;
                // "menyambut para pemimpin seperti A dan B": an instance word goes on with the list.
                if (_lex.HasRole(w, "boundary") && !_lex.HasRole(w, "and") && !_lex.HasRole(w, "instance")) break;
            }
            int sw = SentenceView.WordContaining(words, subject.Start);
            var ev = sw >= 0 && doc.EventAt[sw] is { } e && e.Start == subject.Start ? e : null;
            bool arrived = places.Count == 0 && ArrivalPlaces(doc, v, parties, places, surrounding);
            // "A dan B ikut menyambut X": a welcome by people that names no place of its own belongs to
            // the last meeting told a little before with one of its parties in it.
            var people = parties.Where(p => p.Type == NodeType.Person).ToList();
            if (ev is null && people.Count > 1 && EarlierMeetingOf(doc, v, people, result) is { Event: var joined } earlier)
            {
                if (places.Count == 0 && !arrived)
                {
                    result.Add(new EventSetting(joined, earlier.Places, people, subject.Start, words[Math.Min(k, words.Count) - 1].End) { Surrounding = earlier.Surrounding });
                    continue;
                }
                // "Setibanya di bandara X, Y disambut Z": a welcome where the visitor arrived is a part of
                // the visit told before, so the welcomers take part in it and it took in the place.
                // A verb that names a meeting of its own ("bertemu") tells another meeting.
                if (joined is not null && !_lex.MeetingVerbNouns.ContainsKey(verbText)) ev = joined;
            }
            // Without a place the parties still meet at the meeting the verb tells, when it makes one.
            if (places.Count == 0 && (ev is null || parties.Count < 2)) continue;
            result.Add(new EventSetting(ev, places, parties, subject.Start, words[Math.Min(k, words.Count) - 1].End) { Surrounding = surrounding });
        }
    }

    // "Gubernur X menerima kunjungan kehormatan Duta Besar Jepang, Y, di Kantor Gubernur, Medan": who receives a visit
    // and the visitor the rest of the clause names took part in it, where the clause places it.
    private EventSetting? ReceivedVisit(DocView doc, int v, int at)
    {
        var words = doc.Words;
        int last = doc.SentenceEndWord(v);
        if (at >= last || doc.EventAt[at] is not { EntityId: not null } visit || visit.Start != words[at].Start
            || !AttendanceLists.IsMeeting(doc, _lex, visit, at)) return null;
        if (_statements.SubjectBefore(doc, v).Subject is not { Type: NodeType.Person or NodeType.Organization } host) return null;
        var parties = new List<Mention> { host };
        var places = new List<Mention>();
        var surrounding = new List<Mention>();
        bool placing = false;
        // The visit's phrase may itself name the visitor and the place ("kunjungan kehormatan PM X di Gedung Y"): read from inside it.
        int k = at + 1;
        for (; k < last; k++)
        {
            var gap = Words.Gap(doc.Text, words[k - 1], words[k]);
            if (doc.EntityAt[k] is { } m)
            {
                bool chained = placing && places.Count > 0 && gap.Trim().SequenceEqual(",");
                if (placing && m.Type == NodeType.Place) AddChained(doc, places, surrounding, m, chained);
                else if (!placing && m.Type == NodeType.Person && !parties.Contains(m)) parties.Add(m);
                else if (placing) break;
                k = doc.After(k, m) - 1;
                continue;
            }
            var w = words[k].Lower;
            if (_lex.HasRole(w, "location")) { placing = true; continue; }
            // A capitalised word is a title's ("Menteri"), not a verb ending the visit.
            if (placing && Words.Breaks(gap) || _lex.IsVerbLike(w) && !words[k].IsCapitalised && doc.EventAt[k] is null) break;
        }
        return parties.Count > 1 || places.Count > 0
            ? new EventSetting(visit, places, parties, host.Start, words[Math.Min(k, words.Count) - 1].End) { Surrounding = surrounding }
            : null;
    }

    // Whether the words from k, with a comma or a bracket before them, go on with a list of parties.
    private bool ListGoesOn(DocView doc, int k, int last, ReadOnlySpan<char> gap)
    {
        var g = gap.Trim();
        if (!g.SequenceEqual(",") && !IsBracket(g)) return false;
        return ListItem(doc, k, last, IsBracket(g), out _, out _);
    }

    // The party a list names from word k: capitalised titles (a body or state inside them passed
    // over) up to a name that ends the item at a comma or a conjunction; after the conjunction that
    // closes the list, or inside a bracketed acronym of a title, any name. "X bertemu Y, Z mengatakan"
    // names no further party.
    private bool ListItem(DocView doc, int k, int last, bool bracket, out Mention? item, out int after)
    {
        var words = doc.Words;
        item = null;
        after = k;
        bool closing = false;
        for (int j = k; j < last && j < k + MaxTitleWords; j++)
        {
            if (j > k)
            {
                var between = Words.Gap(doc.Text, words[j - 1], words[j]).Trim();
                if (between.Length > 0 && !IsBracket(between)) return false;
            }
            if (doc.EntityAt[j] is { } m)
            {
                int next = doc.After(j, m);
                if (m.Type != NodeType.Person && TitledNameAt(doc, next, last)) { j = next - 1; continue; }
                if (m.Type is not (NodeType.Person or NodeType.Organization)) return false;
                item = m;
                after = next;
                if (bracket || closing || next >= last) return true;
                return Words.Gap(doc.Text, words[next - 1], words[next]).Trim().SequenceEqual(",") || _lex.HasRole(words[next].Lower, "and");
            }
            if (j == k && _lex.HasRole(words[j].Lower, "and")) { closing = true; continue; }
            if (!words[j].IsCapitalised) return false;
        }
        return false;
    }

    // "bersama A, B, dan C": the parties a list goes on to name after the mention that opens it ends at k.
    private void ListAfter(DocView doc, int k, int last, List<Mention> participants)
    {
        var words = doc.Words;
        while (k > 0 && k < last)
        {
            var gap = Words.Gap(doc.Text, words[k - 1], words[k]);
            bool joined = !Words.Breaks(gap) && _lex.HasRole(words[k].Lower, "and");
            if (!joined && !ListGoesOn(doc, k, last, gap)) return;
            if (!ListItem(doc, k, last, IsBracket(gap.Trim()), out var item, out int after) || item is null) return;
            Add(participants, item);
            k = after;
        }
    }

    // Whether a person's name follows at k, past the capitalised rank words and a bracketed acronym
    // of a title ("TNI Jenderal Andika", "Angkatan Laut (KSAL) Laksamana Yudo").
    private static bool TitledNameAt(DocView doc, int k, int last)
    {
        var words = doc.Words;
        for (int j = k; j < last && j < k + MaxTitleWords; j++)
        {
            var between = Words.Gap(doc.Text, words[j - 1], words[j]);
            if (Words.Breaks(between) && !IsBracket(between.Trim())) return false;
            // "Kepala Badan X (BX) TNI Letjen TNI A": other bodies may stand in the title before the name.
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Person) return true;
                if (m.Type is not (NodeType.Organization or NodeType.Place)) return false;
                j = doc.After(j, m) - 1;
                continue;
            }
            if (!words[j].IsCapitalised) return false;
        }
        return false;
    }

    private static bool IsBracket(ReadOnlySpan<char> gap) => gap.SequenceEqual("(") || gap.SequenceEqual(")");

    // Whether the name the article gives an event already sets it somewhere ("Sidang X di Universitas Y").
    private bool NamedWithPlace(Mention ev)
    {
        var name = ev.Canonical ?? ev.Surface;
        bool head = true;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!head && _lex.HasRole(word.ToLowerInvariant(), "location")) return true;
            head = false;
        }
        return false;
    }

    // The word of a place a locative that opens the sentence of word i names, before word i: "Di X,
    // ..." or "Pada April 1993, di X ...". A locative inside the clause ("yang lahir di X") sets
    // something else.
    private int? FrontedPlace(DocView doc, int i)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(i);
        for (int k = first; k < i - 1; k++)
        {
            if (k > first && !Words.Gap(doc.Text, words[k - 1], words[k]).Trim().SequenceEqual(",")) continue;
            if (!_lex.HasRole(words[k].Lower, "location") || _lex.HasRole(words[k].Lower, "setting")) continue;
            if (doc.EntityAt[k + 1] is { Type: NodeType.Place } m && m.Start == words[k + 1].Start && m.End <= words[i].Start) return k + 1;
        }
        return null;
    }

    // "X tidak bertemu Y", "jika X bertemu Y": a meeting denied, conditional or only hoped for
    // took no place; one firmly scheduled ("akan bertemu") still did in the guidelines' sense.
    private bool Unasserted(DocView doc, int verb) =>
        _lex.Unasserts(doc.Words, Math.Max(doc.SentenceFirstWord(verb), verb - 2), verb);

    // The latest meeting told in the sentences just before the verb, with a place or an event,
    // that one of the parties took part in.
    // Whether the verb's clause opens with a word for a visitor's party ("Rombongan disambut ...").
    private bool EntourageBefore(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb), k = verb - 1;
        // "Kedatangan mereka disambut ...": whose arrival it was may stand between.
        while (k > first && (_lex.HasRole(words[k].Lower, "aux") || _lex.HasRole(words[k].Lower, "demonstrative")
                              || _lex.HasRole(words[k].Lower, "pronoun") || _lex.HasRole(words[k].Lower, "plural"))) k--;
        return k >= first && k <= first + 1 && doc.EntityAt[k] is null && _lex.HasRole(words[k].Lower, "entourage");
    }

    // The persons named after word `from` in its clause, up to where a place is given ("oleh Bupati X, didampingi
    // Wakil Bupati Y, di Z"); bodies and places in their titles are passed over.
    private List<Mention> PeopleAfter(DocView doc, int from)
    {
        var words = doc.Words;
        var people = new List<Mention>();
        int end = from < words.Count ? doc.SentenceEndWord(from) : from;
        for (int k = from; k < end; k++)
        {
            if (doc.EntityAt[k] is { } m)
            {
                if (m.Type == NodeType.Person && !people.Contains(m)) people.Add(m);
                k = doc.After(k, m) - 1;
                continue;
            }
            if (_lex.HasRole(words[k].Lower, "location") || _lex.HasRole(words[k].Lower, "subclause")) break;
        }
        return people;
    }

    // The latest meeting with a place told in the sentences before word `verb`.
    private static EventSetting? LatestSetting(DocView doc, int verb, List<EventSetting> told) =>
        LatestBefore(doc, verb, told, setting => setting.Places.Count > 0);

    // The latest meeting told a little before word `verb` with one of the parties in it.
    private static EventSetting? EarlierMeetingOf(DocView doc, int verb, List<Mention> parties, List<EventSetting> told) =>
        LatestBefore(doc, verb, told, setting => (setting.Places.Count > 0 || setting.Event is not null)
            && setting.Participants.Any(p => parties.Any(q => q.EntityId == p.EntityId)));

    // The latest of the settings told in the sentences before word `verb` that fits.
    private static EventSetting? LatestBefore(DocView doc, int verb, List<EventSetting> told, Func<EventSetting, bool> fits, int sentencesBack = EarlierMeetingSentences)
    {
        var words = doc.Words;
        int s = doc.SentenceOf[verb];
        EventSetting? best = null;
        foreach (var setting in told)
        {
            if (setting.Start >= words[verb].Start || !fits(setting)) continue;
            int at = SentenceView.WordContaining(words, setting.Start);
            if (at < 0 || s - doc.SentenceOf[at] > sentencesBack) continue;
            if (best is null || setting.Start > best.Start) best = setting;
        }
        return best;
    }

    // The two people a word for both of them before the verb stands for ("keduanya berkunjung"): the last two
    // named before it, in its sentence or the few before; null when the word is not there or fewer are named.
    private const int PairSentencesBack = 3;

    private Mention[]? PairBefore(DocView doc, int verb)
    {
        var words = doc.Words;
        int k = verb - 1;
        while (k >= 0 && _lex.HasRole(words[k].Lower, "aux")) k--;
        // "kedua pemimpin menggelar ...": a noun after the word for both of them.
        if (k > 0 && doc.EntityAt[k] is null && !words[k].IsCapitalised && _lex.HasRole(words[k - 1].Lower, "both-of")) k--;
        if (k < 0 || !_lex.HasRole(words[k].Lower, "both") && !_lex.HasRole(words[k].Lower, "both-of") || doc.EntityAt[k] is not null) return null;
        int sentence = doc.SentenceOf[k];
        var found = new List<Mention>();
        for (int j = k - 1; j >= 0 && doc.SentenceOf[j] >= sentence - PairSentencesBack && found.Count < 2; j--)
            if (doc.EntityAt[j] is { Type: NodeType.Person, EntityId: { } id } m)
            {
                if (!found.Any(f => f.EntityId == id)) found.Insert(0, m);
                while (j > 0 && doc.EntityAt[j - 1] == m) j--;
            }
        return found.Count == 2 ? [.. found] : null;
    }

    // The person the sentence's own verb is said of, when the meeting verb opens a clause of time with no subject
    // ("A dan B sepakat ... setelah bertemu di X"): the last person named before the sentence's first verb. Null
    // when the verb follows no such word, or the sentence names no one before its verb.
    private Mention? SubjectOfSubclause(DocView doc, int v)
    {
        var words = doc.Words;
        int k = v - 1;
        while (k >= 0 && _lex.HasRole(words[k].Lower, "aux")) k--;
        if (k < 0 || !_lex.HasRole(words[k].Lower, "subclause") || _lex.HasRole(words[k].Lower, "prior")) return null;
        int first = doc.SentenceFirstWord(v);
        Mention? last = null;
        for (int j = first; j < k; j++)
        {
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Person) last = m;
                j = doc.After(j, m) - 1;
                continue;
            }
            if (!words[j].IsCapitalised && _lex.IsVerbLike(words[j].Lower)) return last;
        }
        return null;
    }

    // "Kolonel A dan Mayor B ikut menyambut X": the people joined to a verb's subject before it by
    // commas and "dan", their titles between, share its part in the meeting.
    private List<Mention> ConjunctsBefore(DocView doc, Mention subject)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int k = SentenceView.WordContaining(words, subject.Start) - 1;
        if (k < 0) return found;
        int first = doc.SentenceFirstWord(k + 1);
        bool joined = false;
        for (; k >= first; k--)
        {
            if (doc.EntityAt[k] is { } m)
            {
                while (k > first && doc.EntityAt[k - 1] is { } same && ReferenceEquals(same, m)) k--;
                // A place or body inside a title ("Kapolda Sumut Irjen ...") is passed over.
                int next = doc.After(k, m);
                if (m.Type != NodeType.Person && next < words.Count && words[next].IsCapitalised
                    && !Words.Breaks(Words.Gap(doc.Text, words[next - 1], words[next]))) continue;
                if (m.Type != NodeType.Person || !joined) break;
                found.Add(m);
                joined = false;
                continue;
            }
            var w = words[k].Lower;
            var gap = Words.Gap(doc.Text, words[k], words[k + 1]);
            if (_lex.HasRole(w, "and")) { joined = true; continue; }
            if (gap.Trim().SequenceEqual(",")) joined = true;
            else if (Words.Breaks(gap)) break;
            // Titles and ranks between the names ("Kapolda Sumut Irjen") are capitalised; anything else ends the chain.
            if (!words[k].IsCapitalised) break;
        }
        return found;
    }

    // How many sentences before a sentence of being present the meeting it points to may be told.
    private const int PresentSentencesBack = 2;

    // "X disambut sejumlah menteri di Y. Mereka adalah A, B dan C.": the people a sentence opening with
    // a plural pronoun and a listing word names are the group the meeting just told took part with.
    private void GroupLists(DocView doc, List<EventSetting> result)
    {
        var words = doc.Words;
        int told = result.Count;
        for (int t = 0; t + 1 < words.Count; t++)
        {
            if (t != doc.SentenceFirstWord(t)) continue;
            bool plural = _lex.HasRole(words[t].Lower, "plural") && _lex.HasRole(words[t + 1].Lower, "listing");
            // "Seperti A, B dan C." names members of a group the meeting before told ("X bertemu dengan Y
            // dan sejumlah pejabat"); bodies stand in such lists too, unless they belong to a title.
            bool instance = !plural && _lex.HasRole(words[t].Lower, "instance");
            if (!plural && !instance) continue;
            int s = doc.SentenceOf[t];
            EventSetting? meeting = null;
            for (int i = 0; i < told; i++)
            {
                int at = SentenceView.WordContaining(words, result[i].Start);
                if (at >= 0 && doc.SentenceOf[at] == s - 1 && (result[i].Places.Count > 0 || result[i].Event is not null) && Attendable(doc, at)) meeting = result[i];
            }
            // "Tujuh gubernur tampak hadir dalam kesempatan itu. Diantaranya, A, B dan C.": after a sentence that says
            // a group was present, naming no one, the list names them for the meeting told just before.
            if (meeting is null && instance && t > 0 && PresentWithoutNames(doc, doc.SentenceFirstWord(t - 1), t))
                for (int i = 0; i < told; i++)
                {
                    int at = SentenceView.WordContaining(words, result[i].Start);
                    if (at >= 0 && doc.SentenceOf[at] is var was && was < s - 1 && was >= s - 1 - PresentSentencesBack && result[i].Event is not null) meeting = result[i];
                }
            // "Presiden X memperkenalkan delegasi yang hadir. Mereka adalah A, B dan C.": a group said to be present
            // in the sentence before, the list names who of it was at the meeting told a little before.
            if (meeting is null && plural && t > 0 && PresentIn(doc, doc.SentenceFirstWord(t - 1), t))
                for (int i = 0; i < told; i++)
                {
                    int at = SentenceView.WordContaining(words, result[i].Start);
                    if (at >= 0 && doc.SentenceOf[at] is var was && was < s && was >= s - 1 - GroupSentencesBack && result[i].Event is not null) meeting = result[i];
                }
            if (meeting is null) continue;
            var listed = new List<Mention>();
            int last = doc.SentenceEndWord(t);
            for (int k = plural ? t + 2 : t + 1; k < last; k++)
                if (doc.EntityAt[k] is { } m)
                {
                    int next = doc.After(k, m);
                    bool title = next < last && doc.EntityAt[next] is { Type: NodeType.Person }
                        && !Words.Breaks(Words.Gap(doc.Text, words[next - 1], words[next]));
                    bool placed = k > t + 1 && (_lex.HasRole(words[k - 1].Lower, "location") || _lex.HasRole(words[k - 1].Lower, "origin"));
                    if (m.Type == NodeType.Person || (instance && m.Type == NodeType.Organization && !title && !placed)) Add(listed, m);
                    k = next - 1;
                }
            if (listed.Count > 0)
                result.Add(new EventSetting(meeting.Event, meeting.Places, listed, words[t].Start, words[last - 1].End));
        }
    }

    // How many sentences before a group said to be present the meeting it was at may be told.
    private const int GroupSentencesBack = 4;

    // Whether words [from, to) say someone was present ("yang hadir").
    private bool PresentIn(DocView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_lex.HasRole(doc.Words[k].Lower, "present") && !AttendanceLists.Negated(doc, _lex, k)) return true;
        return false;
    }

    // Whether words [from, to) say someone was present and name no person.
    private bool PresentWithoutNames(DocView doc, int from, int to)
    {
        bool present = false;
        for (int k = from; k < to; k++)
        {
            if (doc.EntityAt[k] is { Type: NodeType.Person }) return false;
            if (_lex.HasRole(doc.Words[k].Lower, "present")) present = true;
        }
        return present;
    }

    // "Setibanya di Istana X, Y disambut ...", "Y tiba di Z kemarin. ... Y bertemu dengan W": a meeting
    // that names no place of its own took place where one of its parties had just arrived, told
    // earlier in its sentence or in the sentences just before.
    // "..., kata X di Istana Y, Jakarta": where a party of a meeting that names no place
    // spoke, in the sentences right after it, is where the meeting was held.
    private bool SpeakerPlaces(DocView doc, int meeting, List<Mention> parties, List<Mention> places, List<Mention> surrounding)
    {
        var words = doc.Words;
        int sentence = doc.SentenceOf[meeting];
        for (int k = doc.SentenceFirstWord(meeting); k + 2 < words.Count && doc.SentenceOf[k] <= sentence + SpeakerSentencesAfter; k++)
        {
            int verb = _lex.SpeechAfter.MatchAt(words, k);
            if (verb == 0 || doc.EntityAt[k + verb] is not { Type: NodeType.Person } speaker || !parties.Any(p => p.EntityId == speaker.EntityId)) continue;
            int at = doc.After(k + verb, speaker);
            if (at + 1 >= words.Count || !_lex.HasRole(words[at].Lower, "location") || doc.SentenceOf[at] != doc.SentenceOf[k]
                || doc.EntityAt[at + 1] is not { Type: NodeType.Place } site || Words.Breaks(Words.Gap(doc.Text, words[at], words[at + 1]))) continue;
            places.Add(site);
            PlaceChain(doc, places, surrounding, doc.After(at + 1, site), doc.SentenceEndWord(at));
            return true;
        }
        return false;
    }

    private bool ArrivalPlaces(DocView doc, int verb, List<Mention> parties, List<Mention> places, List<Mention> surrounding)
    {
        var words = doc.Words;
        int s = doc.SentenceOf[verb];
        int from = doc.SentenceFirstWord(verb);
        for (int back = 0; back < ArrivalSentencesBack && from > 0; back++) from = doc.SentenceFirstWord(from - 1);
        // The latest arrival that names where.
        for (int arrival = verb - 1; arrival >= from; arrival--)
        {
            if (!_lex.HasRole(words[arrival].Lower, "arrive")) continue;
            // "Sebelum tiba di X, Y berkunjung ke Z": an arrival still to come places nothing told before it.
            if (arrival > 0 && _lex.HasRole(words[arrival - 1].Lower, "prior")) continue;
            // The one who arrived must be a party, named anywhere in the arrival's sentence ("Setibanya di X,
            // Y disambut ..."), unless the arrival opens the meeting's own sentence.
            if (doc.SentenceOf[arrival] != s)
            {
                bool party = false;
                for (int k = doc.SentenceFirstWord(arrival), e = doc.SentenceEndWord(arrival); k < e && !party; k++)
                    if (doc.EntityAt[k] is { } m && parties.Any(p => p.EntityId == m.EntityId)) party = true;
                if (!party) continue;
            }
            int end = doc.SentenceEndWord(arrival);
            for (int k = arrival + 1; k < end && k <= arrival + 2; k++)
            {
                if (!_lex.HasRole(words[k].Lower, "location")) continue;
                for (int j = k + 1; j < end && j <= k + LocatedWindow; j++)
                    if (doc.EntityAt[j] is { Type: NodeType.Place } m)
                    {
                        places.Add(m);
                        PlaceChain(doc, places, surrounding, doc.After(j, m), end);
                        return true;
                    }
                // "tiba di Kantor Perdana Menteri X A, Kotabaru, Borduria": a building named by its holder's
                // title is in the places the comma after it chains.
                if (CommaPlaceAfter(doc, k + 1, end) is int chained)
                {
                    var m = doc.EntityAt[chained]!;
                    places.Add(m);
                    PlaceChain(doc, places, surrounding, doc.After(chained, m), end);
                    return true;
                }
                // "Setibanya di hotel, X disambut Y": the latest arrival was somewhere the text names no
                // place for; an earlier arrival's place is not where this meeting took place.
                return true;
            }
        }
        return false;
    }

    // "X mengunjungi Kotabaru. Menteri itu tiba di rumah dinas bersama Gubernur A, Ketua DPRD B, dan Kapolda C":
    // those the visitor arrived with take part in the visit told a little before. The arrival names no one else
    // before it, so it is the visitor's.
    private void ArrivalCompanions(DocView doc, List<EventSetting> result)
    {
        var words = doc.Words;
        for (int k = 0; k < words.Count; k++)
        {
            if (!_lex.HasRole(words[k].Lower, "arrive") || k > 0 && _lex.HasRole(words[k - 1].Lower, "prior")) continue;
            int end = doc.SentenceEndWord(k), with = -1;
            for (int j = k + 1; j < end && j <= k + MaxArrivalWords; j++)
            {
                if (_lex.HasRole(words[j].Lower, "subclause")) break;
                if (_lex.HasRole(words[j].Lower, "with")) { with = j; break; }
            }
            if (with < 0) continue;
            var companions = PeopleAfter(doc, with + 1);
            if (companions.Count == 0) continue;
            if (LatestBefore(doc, k, result, s => s.Event is not null && s.Participants.Any(p => p.Type == NodeType.Person)) is not { } visit) continue;
            bool another = false;
            for (int j = doc.SentenceFirstWord(k); j < k && !another; j++)
                if (doc.EntityAt[j] is { Type: NodeType.Person } m && !visit.Participants.Any(p => p.EntityId == m.EntityId)) another = true;
            if (another) continue;
            result.Add(new EventSetting(visit.Event, visit.Places, companions, words[k].Start, companions[^1].End) { Surrounding = visit.Surrounding });
        }
    }

    // "X tiba di Kotabaru melalui Bandara Y. Kedatangannya disambut oleh Gubernur A serta Bupati B": those who
    // welcomed a visitor on arrival take part in the visit told before (a little before, else the latest one the
    // arriving person took part in), where the visitor arrived. The arrival is told in the welcome's sentence or
    // the one before, and the one welcomed, when named, is one of the visit's parties.
    private void ArrivalWelcomers(DocView doc, List<EventSetting> result)
    {
        var words = doc.Words;
        for (int k = 1; k < words.Count; k++)
        {
            if (!_lex.HasRole(words[k].Lower, "welcome")) continue;
            int first = doc.SentenceFirstWord(k);
            if (ArrivalNear(doc, k) is not int arrival) continue;
            var welcomers = PeopleAfter(doc, k + 1);
            if (welcomers.Count == 0 || WordsBetween(doc, k, welcomers[0]) > MaxWelcomeWords) continue;
            if ((LatestBefore(doc, k, result, s => s.Event is not null && s.Participants.Any(p => p.Type == NodeType.Person))
                 ?? LatestWith(doc, k, result, PeopleIn(doc, arrival))) is not { } visit) continue;
            bool other = false;
            for (int j = first; j < k && !other; j++)
                if (doc.EntityAt[j] is { Type: NodeType.Person } m && !visit.Participants.Any(p => p.EntityId == m.EntityId)) other = true;
            if (other) continue;
            welcomers = welcomers.Where(w => !visit.Participants.Any(p => p.EntityId == w.EntityId)).ToList();
            if (welcomers.Count == 0) continue;
            var places = new List<Mention>();
            var surrounding = new List<Mention>();
            if (!ArrivalPlaces(doc, k, visit.Participants.ToList(), places, surrounding)) { places.AddRange(visit.Places); surrounding.AddRange(visit.Surrounding); }
            result.Add(new EventSetting(visit.Event, places, welcomers, words[k].Start, welcomers[^1].End) { Surrounding = surrounding });
        }
    }

    // How many words may stand between the word of welcoming and the first welcomer ("disambut hangat oleh Gubernur Kotabaru").
    private const int MaxWelcomeWords = 8;

    private static int WordsBetween(DocView doc, int k, Mention m) => SentenceView.WordContaining(doc.Words, m.Start) - k - 1;

    // The latest word of arriving told in word k's sentence before it, or in the sentence before; null when none.
    private int? ArrivalNear(DocView doc, int k)
    {
        int from = doc.SentenceFirstWord(k);
        if (from > 0) from = doc.SentenceFirstWord(from - 1);
        for (int j = k - 1; j >= from; j--)
            if (_lex.HasRole(doc.Words[j].Lower, "arrive") && !(j > 0 && _lex.HasRole(doc.Words[j - 1].Lower, "prior"))) return j;
        return null;
    }

    private static List<Mention> PeopleIn(DocView doc, int k)
    {
        var people = new List<Mention>();
        for (int j = doc.SentenceFirstWord(k), end = doc.SentenceEndWord(k); j < end; j++)
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Person) people.Add(m);
                j = doc.After(j, m) - 1;
            }
        return people;
    }

    // The latest event told before word k, however far, that one of the people takes part in.
    private static EventSetting? LatestWith(DocView doc, int k, List<EventSetting> told, List<Mention> people) =>
        LatestBefore(doc, k, told, setting => setting.Event is not null && setting.Participants.Any(p => people.Any(q => q.EntityId == p.EntityId)), int.MaxValue);

    // How many words may come between an arrival and "bersama" ("tiba di rumah dinas pukul 10.00 bersama").
    private const int MaxArrivalWords = 10;

    // The first place right after a comma within a few capitalised words from `from` (names and titles only,
    // no clause between), else null.
    private static int? CommaPlaceAfter(DocView doc, int from, int end)
    {
        var words = doc.Words;
        for (int j = from; j < end && j < from + MaxTitleWords; j++)
        {
            if (j > from)
            {
                var gap = Words.Gap(doc.Text, words[j - 1], words[j]);
                if (gap.Trim().SequenceEqual(",")) return doc.EntityAt[j] is { Type: NodeType.Place } ? j : null;
                if (Words.Breaks(gap)) return null;
            }
            if (doc.EntityAt[j] is { } m) { j = doc.After(j, m) - 1; continue; }
            if (!words[j].IsCapitalised) return null;
        }
        return null;
    }

    private static void Add(List<Mention> list, Mention m)
    {
        if (m.EntityId is not null && !list.Any(x => x.EntityId == m.EntityId)) list.Add(m);
    }

    [GeneratedRegex(@"^[\s\p{P}]*$")]
    private static partial Regex NoWordsRx();
}
