using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Language;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Participant lists told apart from the meeting's own phrase: "Pertemuan tersebut dihadiri oleh
/// A, B dan C", "Turut hadir, A, B, ...", "Dalam pertemuan ini, X didampingi A, B, ...". The
/// people (and organisations standing in the list) after an attendance word took part in the
/// meeting of that sentence or, when the sentence names none, in the meeting told in the
/// sentences just before it. Those accompanying someone took part together with the one they
/// accompanied, or who came along with them ("X bersama istrinya, Y"). A negated attendance ("tidak dihadiri") lists who stayed away.
/// </summary>
internal static class AttendanceLists
{
    // The head class of general heads ("acara", "kegiatan") in the event-heads list.
    private const string GeneralHead = "any";
    // How many sentences back a list may point to the meeting it belongs to.
    private const int SentencesBack = 2;
    // "Turut hadir, Presiden AS Joe Biden, ...": a list starts within a few words of the trigger.
    private const int ListStartWindow = 5;
    // How many words a name before a relative clause may run back over.
    private const int MaxNameWords = 8;

    public static void Add(DocView doc, RelationLexicon lex, List<EventSetting> result)
    {
        var words = doc.Words;
        (int Sentence, Mention Meeting)? lastList = null;
        Mention?[]? onlyBefore = null;
        for (int t = 0; t < words.Count; t++)
        {
            var w = words[t].Lower;
            if (lex.HasRole(w, "involved"))
            {
                if (Involved(doc, lex, t) is { } taken) result.Add(taken);
                continue;
            }
            bool presence = lex.HasRole(w, "presence");
            bool represented = lex.HasRole(w, "represented");
            bool attended = lex.HasRole(w, "attended") || lex.HasRole(w, "present") || presence || represented || Seen(doc, lex, t);
            // "X bersama Y": only right after a person is it someone brought along, not "pemahaman bersama"
            // nor "X bersama-sama melihat ...".
            bool along = lex.HasRole(w, "along") && PersonEndsBefore(doc, t)
                && !(words[t].End < doc.Text.Length && doc.Text[words[t].End] == '-');
            bool accompanied = along || lex.HasRole(w, "accompanied");
            if (!attended && !accompanied) continue;
            if (doc.EntityAt[t] is not null || doc.EventAt[t] is not null || Negated(doc, lex, t)) continue;
            // "Kepala negara lain yang hadir termasuk ...": a list right after another goes on with its meeting.
            var meeting = MeetingOf(doc, lex, t)
                ?? (lastList is { } prev && doc.SentenceOf[t] - prev.Sentence <= SentencesBack ? prev.Meeting : null);
            // "Sementara Megawati didampingi A, B dan C": those with a party of a meeting told earlier in the
            // article, however far back, were at that meeting with them.
            var leader = accompanied ? Companion(doc, t) ?? DescribedCompanion(doc, lex, t) : null;
            if (meeting is null && leader is not null)
                meeting = result.LastOrDefault(s => s.Event is not null && s.Start < words[t].Start && s.Participants.Any(p => p.EntityId == leader.EntityId))?.Event;
            // A list of who was seen or present, further on in the story of the one meeting told so far, was at it.
            if (meeting is null && !accompanied && !presence && !represented) meeting = (onlyBefore ??= OnlyMeetingBefore(doc, lex))[doc.SentenceFirstWord(t)];
            if (meeting is null) continue;
            var participants = List(doc, lex, t);
            // "..., empat wakil ketua, yaitu A, B, dan C, hadir.": a clause that ends in the word of
            // being present names who was present before it.
            if (participants.Count == 0 && lex.HasRole(w, "present") && ClauseEnds(doc, t)) participants = ListBefore(doc, lex, t);
            // "Pemimpin Palestina X yang juga hadir dalam pertemuan itu ...": the one a relative clause of being present is said of.
            if (participants.Count == 0 && lex.HasRole(w, "present") && SaidOf(doc, lex, t) is { } present) participants = [present];
            if (participants.Count == 0) continue;
            // "kehadiran X di acara Y": X was present where the words after the name say, not at this meeting.
            if (presence && doc.After(Words.IndexAtOrAfter(words, participants[^1].Start), participants[^1]) is var next
                && next < doc.SentenceEndWord(t) && lex.HasRole(words[next].Lower, "location")) continue;
            if (leader is not null && !participants.Any(p => p.EntityId == leader.EntityId)) participants.Insert(0, leader);
            // "Filipina diwakili oleh Menlu X": the country X stood for took part with X.
            if (represented && Represented(doc, t) is { } side && !participants.Any(p => p.EntityId == side.EntityId)) participants.Insert(0, side);
            int end = words[doc.SentenceEndWord(t) - 1].End;
            result.Add(new EventSetting(meeting, [], participants, words[t].Start, end));
            lastList = (doc.SentenceOf[t], meeting);
        }
    }

    // "Tampak Sekjen X, Y dan Z", "Terlihat pula beberapa anggota Komisi IV, diantaranya A, B": a word of being seen
    // right before a title or a name, or before a word of addition and the members of a body, lists who was there.
    private static bool Seen(DocView doc, RelationLexicon lex, int t)
    {
        if (!lex.HasRole(doc.Words[t].Lower, "seen")) return false;
        int next = t + 1, end = doc.SentenceEndWord(t);
        if (next < end && lex.HasRole(doc.Words[next].Lower, "additive")) next++;
        if (next >= end || Words.Breaks(Words.Gap(doc.Text, doc.Words[next - 1], doc.Words[next]))) return false;
        return doc.Words[next].IsCapitalised || next > t + 1 && lex.HasRole(doc.Words[next].Lower, "determiner");
    }

    internal static bool Negated(DocView doc, RelationLexicon lex, int t)
    {
        int first = doc.SentenceFirstWord(t);
        for (int k = t - 1; k >= first && k >= t - 3; k--)
            if (lex.ModalityKind(doc.Words[k].Lower) is "negation" or "denial") return true;
        return false;
    }

    // The meeting of the trigger's sentence, else the last one told in the sentences before; as
    // far back as it takes when the sentence points back to it ("Pertemuan tersebut dihadiri ...").
    private static Mention? MeetingOf(DocView doc, RelationLexicon lex, int t)
    {
        int sentence = doc.SentenceOf[t];
        int first = doc.SentenceFirstWord(t), last = doc.SentenceEndWord(t);
        bool pointsBack = false;
        if (MeetingWithin(doc, lex, first, last) is { } own) return own;
        // "Acara tersebut berlangsung ... . Tampak hadir A, B": a sentence in the window that points
        // back ("pertemuan itu", "acara tersebut") keeps the meeting told before it in view.
        int from = first;
        for (int back = 0; back < SentencesBack && from > 0; back++) from = doc.SentenceFirstWord(from - 1);
        for (int k = from; k < last && !pointsBack; k++)
        {
            int len = Math.Max(lex.MeetingNouns.MatchAt(doc.Words, k), lex.HeadClasses.GetValueOrDefault(doc.Words[k].Lower) == GeneralHead ? 1 : 0);
            if (len > 0 && k + len < doc.SentenceEndWord(k) && lex.HasRole(doc.Words[k + len].Lower, "demonstrative")) pointsBack = true;
        }
        for (int k = first - 1; k >= 0 && (pointsBack || doc.SentenceOf[k] >= sentence - SentencesBack); k--)
            if (doc.EventAt[k] is { EntityId: not null } ev && IsMeeting(doc, lex, ev, k)) return ev;
        return null;
    }

    // For each word, the one meeting the article has told before it, however far back; null where it has told
    // none or several ("Kehadiran para menteri ... pertemuan ini" ... "Di antara yang hadir, terlihat A, B").
    // One pass over the words, so looking it up costs nothing per list.
    private static Mention?[] OnlyMeetingBefore(DocView doc, RelationLexicon lex)
    {
        var words = doc.Words;
        var only = new Mention?[words.Count + 1];
        Mention? first = null;
        bool several = false;
        for (int k = 0; k < words.Count; k++)
        {
            only[k] = several ? null : first;
            if (doc.EventAt[k] is { EntityId: not null } ev && (k == 0 || !ReferenceEquals(doc.EventAt[k - 1], ev)) && IsMeeting(doc, lex, ev, k))
            {
                if (first is null) first = ev;
                else if (first.EntityId != ev.EntityId) several = true;
            }
        }
        only[words.Count] = several ? null : first;
        return only;
    }

    /// <summary>
    /// The first meeting the words from <paramref name="first"/> up to <paramref name="last"/> tell or point
    /// back to by a bare meeting noun (see <see cref="MeetingReferredAt"/>).
    /// </summary>
    internal static Mention? MeetingWithin(DocView doc, RelationLexicon lex, int first, int last)
    {
        for (int k = first; k < last; k++)
        {
            if (doc.EventAt[k] is { EntityId: not null } ev && IsMeeting(doc, lex, ev, k)) return ev;
            if (MeetingReferredAt(doc, lex, k) is { } referred) return referred;
        }
        return null;
    }

    /// <summary>
    /// The meeting a bare meeting noun at word k points back to: "Saat X membuka rapat ...", "Di
    /// awal rapat, ...", "RDP digelar ..." after "Rapat dengar pendapat (RDP) ..." was told. A noun
    /// the recogniser made no event of, with the head (or the bracketed acronym) of a meeting told
    /// earlier in the article, is that meeting, the latest one when several share the head.
    /// </summary>
    internal static Mention? MeetingReferredAt(DocView doc, RelationLexicon lex, int k)
    {
        var words = doc.Words;
        if (doc.EntityAt[k] is not null || doc.EventAt[k] is not null) return null;
        bool noun = lex.MeetingNouns.MatchAt(words, k) > 0;
        bool acronym = !noun && words[k].Text.Length >= 2 && words[k].Text.All(char.IsUpper);
        if (!noun && !acronym) return null;
        var told = ToldMeetings.Of(doc, lex);
        if (!noun) return told.LatestDefining(words[k].Text, k);
        // "Dalam pertemuan ini" after "Rapat Kerja X": a general meeting noun pointing back names any kind of meeting.
        return told.LatestWithHead(words[k].Lower, k)
               // "KTT" after "Konferensi Tingkat Tinggi (KTT) X": a meeting noun in capitals may be the short form it defined.
               ?? (words[k].Text.Length >= 2 && words[k].Text.All(char.IsUpper) ? told.LatestDefining(words[k].Text, k) : null)
               ?? (lex.HasRole(words[k].Lower, "any-meeting") && k + 1 < words.Count && lex.HasRole(words[k + 1].Lower, "demonstrative") ? told.LatestOfAny(k) : null);
    }

    internal static bool IsMeeting(DocView doc, RelationLexicon lex, Mention ev, int at)
    {
        var words = doc.Words;
        int k = at;
        while (k > 0 && words[k - 1].Start >= ev.Start) k--;
        for (; k < words.Count && words[k].Start < ev.End; k++)
            if (lex.MeetingNouns.MatchAt(words, k) > 0 || lex.MeetingVerbs.MatchAt(words, k) > 0) return true;
        return false;
    }

    // The names listed after the trigger: every person; an organisation only where it stands as
    // an item of the list, not inside a title ("Ketua Dewan Eropa Charles Michel") or a relative
    // clause ("kepala pemerintah yang didukung PBB ... Fayez al-Sarraj").
    private static List<Mention> List(DocView doc, RelationLexicon lex, int t, bool states = false)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int last = doc.SentenceEndWord(t);
        bool relative = false;
        int mentionEnd = -1; // the word after the last mention passed
        Mention? bodyOfMembers = null;
        for (int k = t + 1; k < last; k++)
        {
            var w = words[k].Lower;
            var gap = Words.Gap(doc.Text, words[k - 1], words[k]);
            if (gap.Contains(',')) relative = false;
            if (doc.EntityAt[k] is { } m)
            {
                int next = doc.After(k, m);
                bool title = next < last && doc.EntityAt[next] is { Type: NodeType.Person }
                    && !Words.Breaks(Words.Gap(doc.Text, words[next - 1], words[next]));
                // "Kabid Humas Polda Maluku, Kapolresta Ambon": a body right after a title's capitalised
                // words is the title's, an official left unnamed, not a party of its own.
                // So are a bracketed short form in the title and a body right after it ("Kepala Badan X (BX) TNI Letjen A").
                var joint = Words.Gap(doc.Text, words[k - 1], words[k]).Trim();
                bool bracketed = joint.SequenceEqual("(") || joint.SequenceEqual(")");
                bool titled = k > t + 1 && words[k - 1].IsCapitalised && (joint.IsEmpty && k != mentionEnd || bracketed);
                // "para pengurus Partai X lainnya, seperti A, B": the body of members named next is no party.
                bool members = k > t + 1 && !words[k - 1].IsCapitalised && lex.HasRole(words[k - 1].Lower, "member");
                if (m.Type == NodeType.Person) { Add(found, m); relative = false; if (bodyOfMembers is { } body) { found.Remove(body); bodyOfMembers = null; } }
                else if ((m.Type == NodeType.Organization || states && m.Type == NodeType.Place) && !relative && !title && !titled)
                {
                    bool added = m.EntityId is not null && !found.Any(x => x.EntityId == m.EntityId);
                    Add(found, m);
                    if (members && added) bodyOfMembers = m;
                }
                mentionEnd = next;
                k = next - 1;
                continue;
            }
            // A long title ("Menteri Pekerjaan Umum dan Perumahan Rakyat X") runs past the window in capitals.
            if (found.Count == 0 && k > t + ListStartWindow && !words[k].IsCapitalised && !lex.HasRole(w, "and")) break;
            if (lex.HasRole(w, "relative")) { relative = true; continue; }
            // "beberapa pejabat ... diantaranya A dan B": a word of naming members goes on with the list.
            if (lex.HasRole(w, "instance")) continue;
            if (lex.HasRole(w, "subclause")) break;
            // A verb ends the list; titles ("Menteri ...") are capitalised and only look like verbs.
            if (!relative && found.Count > 0 && !words[k].IsCapitalised && lex.IsVerbLike(w)) break;
        }
        return found;
    }

    /// <summary>
    /// The parties a verb of taking part lists for the meeting its sentence told before it: "Pertemuan di P
    /// melibatkan A, B dan C", "Rapat itu juga menghadirkan X sebagai narasumber"; or, after a relative word,
    /// the parties listed after a listing word: "Di antara para pemimpin yang mengikuti KTT itu adalah
    /// pemimpin A, B dan C". States stand in such lists as parties. A hedge or negation lists no one.
    /// </summary>
    private static EventSetting? Involved(DocView doc, RelationLexicon lex, int t)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(t), last = doc.SentenceEndWord(t);
        if (Negated(doc, lex, t) || lex.Unasserts(words, Math.Max(first, t - 3), t)) return null;
        bool relative = t > first && lex.HasRole(words[t - 1].Lower, "relative");
        Mention? meeting;
        int from = t;
        if (relative)
        {
            meeting = MeetingWithin(doc, lex, t + 1, last) ?? MeetingWithin(doc, lex, first, t);
            int listing = -1;
            for (int k = t + 1; k < last && listing < 0; k++)
                if (doc.EntityAt[k] is null && (lex.HasRole(words[k].Lower, "listing") || lex.HasRole(words[k].Lower, "include"))) listing = k;
            if (listing < 0) return null;
            from = listing;
        }
        else
        {
            // A verb of a meeting that tells a meeting by itself ("X menghadiri KTT") is read as that meeting's verb.
            if (lex.MeetingVerbs.MatchAt(words, t) > 0) return null;
            meeting = MeetingWithin(doc, lex, first, t);
        }
        if (meeting is null) return null;
        var participants = List(doc, lex, from, states: true);
        return participants.Count == 0 ? null : new EventSetting(meeting, [], participants, words[t].Start, words[last - 1].End);
    }

    // The person or body right before "yang" (and a small word: "yang juga hadir") that a relative clause opened
    // by a word of being present at t is said of; null when none.
    private static Mention? SaidOf(DocView doc, RelationLexicon lex, int t)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(t), k = t - 1;
        if (k > first && !lex.HasRole(words[k].Lower, "relative") && !words[k].IsCapitalised && !lex.IsVerbLike(words[k].Lower)) k--;
        if (k <= first || !lex.HasRole(words[k].Lower, "relative")) return null;
        var gap = Words.Gap(doc.Text, words[k - 1], words[k]);
        if (Words.Breaks(gap) && !gap.Trim().SequenceEqual(",")) return null;
        return doc.EntityEndingAt(k - 1, first, MaxNameWords - 1) is { Type: NodeType.Person or NodeType.Organization } m ? m : null;
    }

    private static bool ClauseEnds(DocView doc, int t) =>
        t + 1 >= doc.SentenceEndWord(t) || Words.Breaks(Words.Gap(doc.Text, doc.Words[t], doc.Words[t + 1]));

    // The people listed right before a clause-final "hadir", back over titles, commas, "dan" and a
    // listing word ("yaitu"), up to the first small word of anything else ("empat", "saat").
    private static List<Mention> ListBefore(DocView doc, RelationLexicon lex, int t)
    {
        var words = doc.Words;
        var found = new List<Mention>();
        int first = doc.SentenceFirstWord(t);
        for (int k = t - 1; k >= first; k--)
        {
            var gap = Words.Gap(doc.Text, words[k], words[k + 1]);
            if (Words.Breaks(gap) && !gap.Trim().SequenceEqual(",")) break;
            if (doc.EntityAt[k] is { } m)
            {
                if (m.Type == NodeType.Person) Add(found, m);
                while (k > first && doc.EntityAt[k - 1] is { } same && ReferenceEquals(same, m)) k--;
                continue;
            }
            var w = words[k].Lower;
            if (words[k].IsCapitalised || lex.HasRole(w, "and") || lex.HasRole(w, "listing")) continue;
            // "Menteri A, B, dan C juga hadir": an adverb between the list and the word passes.
            if (k == t - 1 && !lex.IsVerbLike(w)) continue;
            break;
        }
        found.Reverse();
        return found;
    }

    // Whether a person's name ends right before word t, with nothing but a space between.
    private static bool PersonEndsBefore(DocView doc, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 5; k--)
            if (doc.EntityAt[k] is { } m)
                return m.Type == NodeType.Person && doc.After(k, m) == t && Words.Gap(doc.Text, doc.Words[t - 1], doc.Words[t]).Trim().IsEmpty;
        return false;
    }

    // "Filipina diwakili oleh ...": the country or body named right before the trigger.
    private static Mention? Represented(DocView doc, int t) =>
        t > 0 && doc.EntityAt[t - 1] is { Type: NodeType.Place or NodeType.Organization } m && doc.After(t - 1, m) == t
        && !Words.Breaks(Words.Gap(doc.Text, doc.Words[t - 1], doc.Words[t])) ? m : null;

    // "X didampingi A, B": X, the person right before the trigger in its clause.
    private static Mention? Companion(DocView doc, int t)
    {
        int first = doc.SentenceFirstWord(t);
        for (int k = t - 1; k >= first && k >= t - 3; k--)
        {
            if (Words.Breaks(Words.Gap(doc.Text, doc.Words[k], doc.Words[k + 1]))) return null;
            if (doc.EntityAt[k] is { Type: NodeType.Person } p) return p;
        }
        return null;
    }

    // "Prabowo tiba pukul 12.30. Mantan Komandan Jenderal Kopassus itu didampingi ...": a subject of title words
    // closed by a demonstrative right before the verb is the person the sentence before names first.
    private static Mention? DescribedCompanion(DocView doc, RelationLexicon lex, int t)
    {
        int first = doc.SentenceFirstWord(t), k = t - 1;
        if (k <= first || first == 0 || !lex.HasRole(doc.Words[k].Lower, "demonstrative")) return null;
        for (int j = first; j < k; j++)
            if (!doc.Words[j].IsCapitalised || Words.Breaks(Words.Gap(doc.Text, doc.Words[j], doc.Words[j + 1]))) return null;
        for (int j = doc.SentenceFirstWord(first - 1); j < first; j++)
            if (doc.EntityAt[j] is { Type: NodeType.Person } named) return named;
        return null;
    }

    private static void Add(List<Mention> list, Mention m)
    {
        if (m.EntityId is not null && !list.Any(x => x.EntityId == m.EntityId)) list.Add(m);
    }
}
