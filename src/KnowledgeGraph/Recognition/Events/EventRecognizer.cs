using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Recognition.Events;

/// <summary>
/// Finds Event mentions: a trigger head ("pertemuan", "konferensi pers", "invasi",
/// "serangan rudal", "latihan", ...) followed, inside the same noun phrase, by an anchor that
/// makes it a specific happening: an entity mention ("invasi Rusia ke Ukraina"), a place
/// ("ledakan di Kyiv"), a time ("konferensi pers pada hari Jumat") or a proper name
/// ("latihan tahunan ‘Steadfast Noon’"). A bare head ("serangan", "perang") is generic and is
/// not an event. Runs after entity recognition, because entity mentions are its anchors.
/// Descriptions of one event within an article, and across articles through the
/// <see cref="EventRegistry"/>, get one canonical name.
/// </summary>
public sealed class EventRecognizer : IMentionRecognizer
{
    public const string RecognizerName = "event-trigger";

    /// <summary>Recognizer of a description that only points back to an event told in full elsewhere ("serangan tersebut", "serangan pada hari Kamis"): it is a mention, not a name of the event.</summary>
    public const string ReferenceRecognizerName = "event-reference";
    private const int MaxModifiers = 3;
    // How many ordinary words a description may hold when a placing verb follows it in its clause.
    private const int MaxPlacedModifiers = 6;
    // How many words a clause telling the toll may take ("menewaskan sedikitnya lima warga dan melukai belasan lainnya").
    private const int MaxCasualtyWords = 10;
    private const int MaxLookahead = 5;
    // How far back the parties of a subject may reach: "Ketua Umum Partai X A dan Ketua Umum Partai Y B".
    private const int MaxSubjectWords = 24;
    // How far from a press conference's head its speaker may be named.
    private const int MaxSpeakerWords = 12;
    // The most words a name may take ("Muhammad Bahrun Naim Anggih Tamtomo").
    private const int MaxNameWords = 8;
    // The longest event head in the head-class list, in words ("konferensi tingkat tinggi").
    private const int MaxHeadWords = 3;
    // How many words a title before a party's name may take ("Menteri Luar Negeri Korea Selatan").
    private const int MaxTitleWords = 6;
    // Letters of an abbreviated honorific closed by a period inside a title ("Prof.", "Dr.", "H.").
    private const int MaxAbbreviationLetters = 4;
    private const int MaxMeetingRetell = 3;
    private const string AnyClass = "any";

    private readonly RelationLexicon _lex;
    private readonly EventRegistry _registry;

    private readonly HashSet<string> _functionWords;

    public EventRecognizer(RelationLexicon lexicon, EventRegistry? registry = null)
    {
        _lex = lexicon;
        _registry = registry ?? new EventRegistry();
        _functionWords = lexicon.Roles.Values.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<Mention> Recognize(Document document)
    {
        var phrases = FindPhrases(document);
        return Name(document, phrases);
    }

    /// <summary>The event phrases of a document, in text order, before naming.</summary>
    public List<EventPhrase> FindPhrases(Document document)
    {
        var index = new MentionIndex(document.Mentions, resolvedOnly: false);
        var existingEvents = index.All.Where(m => m.Type == NodeType.Event).ToList();
        var result = new List<EventPhrase>();
        var pool = WordPool.ForThread();
        foreach (var sentence in document.Sentences)
        {
            // "pengumuman tersangka", "RD membacok korban": a party's word or initials written again retell a party
            // already told, and pick out no happening of their own.
            var entities = index.InSentence(sentence.Index).Where(m => m.Type != NodeType.Event && !Rules.CaseRoles.Retells(m));
            var view = SentenceView.Build(document.Text, sentence, entities, pool);
            ScanSentence(document.Text, view, result);
        }
        if (existingEvents.Count > 0)
        {
            // Events another recognizer already found win; both lists are in text order, so one sweep.
            var starts = existingEvents.Select(e => e.Start).ToArray();
            var ends = existingEvents.Select(e => e.End).ToArray();
            result.RemoveAll(p =>
            {
                int k = Array.BinarySearch(starts, p.End);
                k = k < 0 ? ~k : k;
                for (int q = k - 1; q >= 0 && q >= k - 8; q--)
                    if (ends[q] > p.Start) return true;
                return false;
            });
        }
        return result;
    }

    private void ScanSentence(string text, SentenceView view, List<EventPhrase> result)
    {
        var words = view.Words;
        // Headlines repeat the body in title case and would split one event into two names.
        if (IsHeadline(text.AsSpan(view.Sentence.Start, view.Sentence.End - view.Sentence.Start), words)) return;
        int coveredUntil = -1;
        for (int i = 0; i < words.Count; i++)
        {
            var m = view.EntityAt[i];
            if (m is not null) coveredUntil = Math.Max(coveredUntil, m.End);
            if (words[i].Start < coveredUntil) continue;

            int verbLen = _lex.MeetingVerbs.MatchAt(words, i);
            if (verbLen > 0 && !_lex.HasRole(words[i].Lower, "setting") && VerbMeeting(text, view, i, verbLen) is { } met)
            {
                result.Add(met);
                while (i + 1 < words.Count && words[i + 1].Start < met.End) i++;
                continue;
            }
            int toldLen = _lex.EventVerbs.MatchAt(words, i);
            if (toldLen > 0 && VerbEvent(text, view, i, toldLen) is { } told)
            {
                result.Add(told);
                while (i + 1 < words.Count && words[i + 1].Start < told.End) i++;
                continue;
            }
            if (PossessedMeeting(text, view, i) is { } owned)
            {
                result.Add(owned);
                while (i + 1 < words.Count && words[i + 1].Start < owned.End) i++;
                continue;
            }
            var (headLen, kind) = MatchHead(words, i);
            if (headLen == 0)
            {
                // "mengecam keras tindakan tersebut": a word for any deed names a happening only as the one told before.
                int deed = _lex.AnaphorNouns.MatchAt(words, i);
                if (deed > 0 && i + deed < words.Count && _lex.HasRole(words[i + deed].Lower, "demonstrative")
                    && !Words.Breaks(Words.Gap(text, words[i + deed - 1], words[i + deed])))
                {
                    result.Add(new EventPhrase(words[i].Start, words[i + deed].End, view.Sentence.Index, AnyClass, EventKind.Other,
                        text[words[i].Start..words[i + deed].End], new HashSet<string>(), null, Anaphoric: true));
                    i += deed;
                }
                continue;
            }
            // "di ruang rapat Komisi I": the room where meetings are held, not a meeting.
            if (i > 0 && _lex.HasRole(words[i - 1].Lower, "room")) continue;
            // "Kapal Perang Republik Indonesia", "tawanan perang": a thing or people named after a happening.
            if (i > 0 && _lex.HasRole(words[i - 1].Lower, "thing") && !Words.Breaks(Words.Gap(text, words[i - 1], words[i]))) continue;
            // "Ketua Forum Kerukunan Umat Beragama": a capitalised head after a word for who serves a
            // body names that body.
            if (i > 0 && words[i].IsCapitalised && _lex.HasRole(words[i - 1].Lower, "member")) continue;
            // "konferensi KTT APEC": a head right before another head of its kind only says what the
            // second one is; the second names the happening, so that it lines up with "KTT APEC". A
            // general head ("acara rapat kerja") says no more than any head after it.
            if (i + headLen < words.Count && view.EntityAt[i + headLen] is null && MatchHead(words, i + headLen) is { Length: > 0 } inner
                && (inner.Kind == kind || HeadClass(string.Join(' ', words.Skip(i).Take(headLen).Select(x => x.Lower)), kind, words[i].Lower) == AnyClass)
                && !Words.Breaks(Words.Gap(text, words[i + headLen - 1], words[i + headLen]))) continue;
            if (Hedged(words, i)) continue;
            // "melakukan aksi teror kepada pekerja ... dengan membakar gudang logistik": what a carried action
            // noun says is told by the manner clause after it, which names the happening.
            if (i > 0 && _lex.HasRole(words[i - 1].Lower, "light") && MannerVerbAhead(words, i + headLen)) continue;
            var phrase = Extend(text, view, i, headLen, kind);
            // "insiden penembakan kantor X": a word for any incident keeps its place in the name, but the happening is
            // of the kind of the head after it, so that "penembakan kantor X" told elsewhere is the same one.
            if (phrase is not null && headLen == 1 && _lex.HasRole(words[i].Lower, "incident") && i + 1 < words.Count
                && MatchHead(words, i + 1) is { Length: > 0 } inside && !Words.Breaks(Words.Gap(text, words[i], words[i + 1])))
                phrase = phrase with { Head = PhraseHeadClass(words, i + 1, inside.Length, inside.Kind) };
            if (kind == EventKind.Meeting && LeadingNameStart(text, view, i, headLen) is int from) phrase = EnglishName(text, view, from, i, phrase);
            // "X mengatakan dalam konferensi pers": nothing after the head picks it out, the one speaking at it does.
            if (phrase is null && i > 0 && _lex.HasRole(words[i - 1].Lower, "setting")
                && _lex.SpokenClasses.Contains(HeadClass(string.Join(' ', words.Skip(i).Take(headLen).Select(x => x.Lower)), kind, words[i].Lower))
                && (i + headLen >= words.Count || !_lex.HasRole(words[i + headLen].Lower, "demonstrative") && !ToOutlet(view, i + headLen)))
                phrase = BySpeaker(text, view, i, headLen, kind);
            // "X dan Y mengadakan pertemuan bilateral di sela-sela KTT Z": held on the margins of another
            // meeting, the meeting is picked out by who held it.
            if (phrase is null && kind == EventKind.Meeting && OnTheSidelines(text, view, i + headLen)) phrase = HeldOnTheSidelines(text, view, i, headLen);
            // "X dan Y akan menggelar pertemuan tertutup di ruang rapat ...": a meeting its parties hold,
            // with nothing after the head that picks it out, is named from them.
            if (phrase is null && kind == EventKind.Meeting && i > 0 && _lex.HasRole(words[i - 1].Lower, "hold")) phrase = HeldByParties(text, view, i, headLen, kind);
            if (phrase is { ProperName: null } && kind == EventKind.Meeting) phrase = HeldBySubject(text, view, i, headLen, phrase);
            // "X melancarkan serangan ke sebuah pangkalan militer": an attack its doer carried out at a target told with
            // nouns only is picked out by the doer.
            if (phrase is null && kind == EventKind.Attack && i > 0 && _lex.HasRole(words[i - 1].Lower, "light")
                && i + headLen < words.Count && !_lex.HasRole(words[i + headLen].Lower, "demonstrative")
                && DescribedTargetEnd(text, view, i + headLen) is int targetEnd)
            {
                var doers = SubjectParties(text, view, i - 1, out _);
                if (doers.Count > 0)
                {
                    var doneBy = new HashSet<string>(doers.Select(AnchorKey), StringComparer.Ordinal);
                    phrase = new EventPhrase(words[i].Start, words[targetEnd].End, view.Sentence.Index, PhraseHeadClass(words, i, headLen, kind), kind,
                        Collapse(text[words[i].Start..words[targetEnd].End]), doneBy, null);
                }
            }
            if (phrase is { ProperName: null } && kind == EventKind.Attack && i > 0 && _lex.HasRole(words[i - 1].Lower, "light"))
            {
                var subjects = SubjectParties(text, view, i - 1, out bool joinedSubjects);
                phrase = NamedBySubject(phrase, subjects, joinedSubjects, minParties: 1);
                // "militer Israel melakukan serangan di Doha": the subject, a country too, is who attacked; not one that
                // "tidak melakukan serangan balasan".
                bool denied = i > 1 && _lex.ModalityKind(words[i - 2].Lower) is "negation" or "denial";
                var doers = denied ? [] : subjects.Select(AnchorKey).Where(a => !phrase.Anchors.Contains(a)).ToHashSet(StringComparer.Ordinal);
                if (doers.Count > 0) phrase = phrase with { Anchors = phrase.Anchors.Union(doers).ToHashSet(StringComparer.Ordinal), Hosts = doers };
            }
            // "Pertemuan ini dilangsungkan di ...", "Rapat pleno itu dihadiri oleh ...": the event already told.
            // So is "aksi tawuran pelajar itu terjadi di ...", the demonstrative after one word that says what kind.
            if (phrase is { Anaphoric: false } && DemonstrativeAfterModifier(text, view, i + headLen))
                phrase = phrase with { Anaphoric = true };
            else if (i + headLen < words.Count && _lex.HasRole(words[i + headLen].Lower, "demonstrative"))
            {
                var headText = string.Join(' ', words.Skip(i).Take(headLen).Select(x => x.Lower));
                phrase = phrase is not null
                    ? phrase with { Anaphoric = true }
                    : new EventPhrase(words[i].Start, words[i + headLen].End, view.Sentence.Index, HeadClass(headText, kind, words[i].Lower),
                        kind, text[words[i].Start..words[i + headLen].End], new HashSet<string>(), null, Anaphoric: true);
            }
            // "kunjungan saya di Kiev", "pertemuan kami": a pronoun saying whose it is points back to the happening told.
            else if (phrase is { Anaphoric: false } && Possessor(text, words, i + headLen) is int owner
                     && !Words.Breaks(Words.Gap(text, words[owner - 1], words[owner]))) phrase = phrase with { Anaphoric = true, Closed = true, Possessed = true };
            // "Dalam rapat bersama Menteri X itu, ...": a description closed by a demonstrative points back too.
            else if (phrase is { Anaphoric: false } && ClosedByDemonstrative(text, words, i, phrase.End)) phrase = phrase with { Anaphoric = true, Closed = true };
            if (phrase is null) continue;
            result.Add(phrase);
            // The phrase owns its words; a trigger inside it ("insiden penembakan ...") is not a second event.
            while (i + 1 < words.Count && words[i + 1].Start < phrase.End) i++;
        }
    }

    // "ASEAN Leaders' Meeting digelar di Jakarta", "Indonesia-India CEO Forum": an English name ends with its head, the
    // capitalised words before it naming the happening with it. The first of them, or null when none stands there.
    private int? LeadingNameStart(string text, SentenceView view, int head, int headLen)
    {
        var words = view.Words;
        if (headLen != 1 || !words[head].IsCapitalised || !_lex.HasRole(words[head].Lower, "head-last")) return null;
        int from = head;
        while (from > 0 && words[from - 1].IsCapitalised && !Words.Breaks(Words.Gap(text, words[from - 1], words[from]))) from--;
        // A sentence's first word is capitalised whatever it is.
        if (from == 0 && view.EntityAt[0] is null && _lex.StopWords.Contains(words[0].Lower)) from = 1;
        return from < head ? from : null;
    }

    // The happening named by the capitalised run from word `from` to its head, with what the phrase read after the head.
    private EventPhrase EnglishName(string text, SentenceView view, int from, int head, EventPhrase? after)
    {
        var words = view.Words;
        // A year right after the head is the edition, part of the name ("... Business Reception 2025").
        int last = head + 1 < words.Count && IsYear(words[head + 1].Text) && !Words.Breaks(Words.Gap(text, words[head], words[head + 1])) ? head + 1 : head;
        var name = text[words[from].Start..words[last].End];
        var anchors = new HashSet<string>(after?.Anchors ?? new HashSet<string>(), StringComparer.Ordinal) { "name:" + name.ToLowerInvariant() };
        for (int k = from; k < head; k++)
            if (view.EntityAt[k] is { } m) anchors.Add(AnchorKey(m));
        return after is not null
            ? after with { Start = words[from].Start, End = Math.Max(after.End, words[last].End), Anchors = anchors, ProperName = name }
            : new EventPhrase(words[from].Start, words[last].End, view.Sentence.Index, HeadClass(words[head].Lower, EventKind.Meeting, words[head].Lower),
                EventKind.Meeting, name, anchors, name);
    }

    // Whether word j is an ordinary lower-case word of no name, with a demonstrative right after it ("pelajar itu").
    private bool DemonstrativeAfterModifier(string text, SentenceView view, int j)
    {
        var words = view.Words;
        return j + 1 < words.Count && view.EntityAt[j] is null && !words[j].IsCapitalised && !_functionWords.Contains(words[j].Lower)
               && _lex.HasRole(words[j + 1].Lower, "demonstrative")
               && !Words.Breaks(Words.Gap(text, words[j - 1], words[j])) && !Words.Breaks(Words.Gap(text, words[j], words[j + 1]));
    }

    // The possessive pronoun at word j, or after an ordinal there ("kunjungan pertama saya ke Sumut"); null when none.
    private int? Possessor(string text, List<Word> words, int j)
    {
        if (j < words.Count && _lex.HasRole(words[j].Lower, "enumeration") && !Words.Breaks(Words.Gap(text, words[j - 1], words[j]))) j++;
        return j < words.Count && _lex.HasRole(words[j].Lower, "possessor") ? j : null;
    }

    // Whether word j opens "kepada <news outlet>".
    private bool ToOutlet(SentenceView view, int j) =>
        j + 1 < view.Words.Count && _lex.HasRole(view.Words[j].Lower, "addressee") && view.EntityAt[j + 1] is { } told
        && (_lex.IsOutlet(told.Canonical) || _lex.IsOutlet(told.Surface));

    // Whether a demonstrative closes the phrase that starts at word `head` and ends at `end`.
    private bool ClosedByDemonstrative(string text, List<Word> words, int head, int end)
    {
        int k = head;
        while (k < words.Count && words[k].Start < end) k++;
        return k > 0 && k < words.Count && words[k - 1].End == end && _lex.HasRole(words[k].Lower, "demonstrative")
               && !Words.Breaks(Words.Gap(text, words[k - 1], words[k]));
    }

    // The word where a party is named after a naming word a few words past "dengan" ("dengan mitranya di
    // pemerintahan, yaitu X"), or null.
    private int? NamedPartner(SentenceView view, int with)
    {
        var words = view.Words;
        for (int k = with + 1; k + 1 < words.Count && k <= with + MaxLookahead + 1; k++)
        {
            if (view.EntityAt[k] is not null) return null;
            if (_lex.HasRole(words[k].Lower, "naming"))
                return view.EntityAt[k + 1] is { Type: NodeType.Person or NodeType.Organization or NodeType.Place } ? k + 1 : null;
        }
        return null;
    }

    // How many words a date written out at j takes ("5 September 2016", "5 September"): a day number and a
    // month, with a year; 0 when none stands there.
    private int DateLength(List<Word> words, int j)
    {
        if (j + 1 >= words.Count || words[j].Text.Length > 2 || !words[j].Text.All(char.IsAsciiDigit) || !_lex.HasRole(words[j + 1].Lower, "dayname")) return 0;
        return j + 2 < words.Count && IsYear(words[j + 2].Text) ? 3 : 2;
    }

    // Whether "dengan" and a verb telling a happening follow within the clause.
    private bool MannerVerbAhead(List<Word> words, int from)
    {
        for (int k = from; k + 1 < words.Count && k < from + 3 * MaxPlacedModifiers; k++)
        {
            var w = words[k].Lower;
            if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "contrast")) return false;
            if (w == _lex.WordWithRole("with") && _lex.EventVerbs.MatchAt(words, k + 1) > 0) return true;
        }
        return false;
    }

    private (int Length, EventKind Kind) MatchHead(List<Word> words, int i)
    {
        int meeting = _lex.MeetingNouns.MatchAt(words, i);
        int attack = _lex.AttackNouns.MatchAt(words, i);
        int other = _lex.EventNouns.MatchAt(words, i);
        int best = Math.Max(meeting, Math.Max(attack, other));
        if (best == 0) return (0, EventKind.Other);
        if (meeting > 0) return (best, EventKind.Meeting); // "rapat pleno" is still a meeting
        if (best == attack) return (attack, EventKind.Attack);
        return (other, EventKind.Other);
    }

    // "X bertemu dengan Y di Z", "X mengunjungi Y", "X berkunjung ke Z": a meeting told only by
    // its verb. It is named the way a reader would name it, from the canonical names of its
    // parties and place, with the noun the trigger list gives the verb ("pertemuan X dengan Y
    // di Z", "kunjungan X ke Z"). The subject alone is no meeting: without a second party or a
    // place, or when the verb is hedged or denied, it stays a verb.
    private EventPhrase? VerbMeeting(string text, SentenceView view, int verb, int len)
    {
        var words = view.Words;
        var verbText = string.Join(' ', words.Skip(verb).Take(len).Select(x => x.Lower));
        if (!_lex.MeetingVerbNouns.TryGetValue(verbText, out var noun)) return null;
        if (_lex.Unasserts(words, verb - 2, verb)) return null;
        if (_lex.PersonObjectVerbs.Contains(verbText) && !RelationLexicon.PersonObjectAt(words, verb + len, words.Count,
                k => view.EntityAt[k] is { } m ? (m.Type, AfterMention(words, k, m)) : null)) return null;
        return OfParties(text, view, verb, verb + len, noun, _lex.WordWithRole("and"));
    }

    // The words a happening told by its verb is read over after the verb.
    private const int MaxVerbEventWords = 16;

    // Whether the clause breaks between words a and a + 1. A short form in brackets ("TNI Angkatan Darat (AD)
    // gugur diserang", "diserang kelompok separatis teroris (KST) di X") stands for the body just named or
    // described; its brackets open no clause.
    private static bool BreaksAfter(string text, List<Word> words, int a)
    {
        if (Bracketed(text, words, a + 1)) return false;
        var gap = Words.Gap(text, words[a], words[a + 1]);
        return Words.Breaks(Bracketed(text, words, a) ? gap.TrimStart()[1..] : gap);
    }

    private static bool Bracketed(string text, List<Word> words, int k) =>
        k > 0 && k + 1 < words.Count && NameToken.IsAcronymText(words[k].Text)
        && Words.Gap(text, words[k - 1], words[k]).Trim().SequenceEqual("(") && Words.Gap(text, words[k], words[k + 1]).TrimStart().StartsWith(")");

    // The place a second locative names after what "di tengah" put the happening amid, before the clause
    // breaks off; null when none follows.
    private Mention? PlaceAfterAmid(string text, SentenceView view, int from, int limit)
    {
        var words = view.Words;
        for (int k = from; k < words.Count && k < limit; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k]))) return null;
            if (view.EntityAt[k] is not null) return null;
            var w = words[k].Lower;
            if (!_lex.HasRole(w, "location") || _lex.HasRole(w, "setting") || k + 1 >= words.Count) continue;
            return view.EntityAt[k + 1] is { Type: NodeType.Place } p && !Words.Breaks(Words.Gap(text, words[k], words[k + 1])) ? p : null;
        }
        return null;
    }

    // "X menyerbu gedung parlemen Y", "Z diserang oleh X di P": a happening told only by its
    // verb, named the way a reader would name it with the noun the data gives the verb
    // ("penyerbuan gedung parlemen Y", "serangan X terhadap Z di P"). It needs a named doer and a
    // target or a place; a modality cue right before the verb ("jika", "tidak", "akan", "untuk")
    // leaves it a verb.
    private EventPhrase? VerbEvent(string text, SentenceView view, int verb, int len)
    {
        var words = view.Words;
        if (!_lex.TryEventVerbNoun(words, verb, len, out var told)) return null;
        for (int k = Math.Max(0, verb - 3); k < verb; k++)
            if (_lex.ModalityKind(words[k].Lower) is not null) return null;
        bool passive = _lex.Morphology.IsClass(words[verb].Lower, "passive");
        bool device = !passive && told.Device;

        // The subject: the nearest entity before the verb in the same clause, with a conjunct before it ("X dan Y menyerbu").
        var subjects = new List<Mention>();
        // "KKB melakukan aksi teror kepada pekerja di X, Y dengan membakar gudang logistik": the doer of a
        // manner clause is the subject of its sentence, not the place named last.
        bool manner = !passive && verb > 0 && words[verb - 1].Lower == _lex.WordWithRole("with");
        if (manner && ClauseSubject(text, view, verb) is { } doer) subjects.Add(doer);
        // "A (18) menyerang", "A, 18 tahun, menyerang": an age set off after the doer's name is passed over.
        int aside = _lex.AgeAsideBefore(text, words, verb);
        for (int k = aside - 1; !manner && k >= 0 && k >= aside - 5; k--)
        {
            if ((k < aside - 1 || aside == verb) && BreaksAfter(text, words, k)) break;
            // "X yang pesawatnya dibakar": the owner of what was acted on is no party to it.
            if (view.EntityAt[k] is null && (_lex.HasRole(words[k].Lower, "pronoun") || _lex.Morphology.WithoutClitic(words[k].Lower) is not null)) break;
            if (view.EntityAt[k] is not { } m || m.End > words[verb].Start) continue;
            if (m.Type == NodeType.Event) return null;
            // "Jakarta - Para pekerja dibunuh di X": where the story was filed did nothing and had nothing done to it.
            if (Datelines.LooksLike(text, m)) break;
            // "KKB di Papua menyerang X": a place after a location preposition says where the doer is; the doer comes before it.
            int opens = k;
            while (opens > 0 && words[opens - 1].End > m.Start) opens--;
            if (m.Type == NodeType.Place && opens > 0 && _lex.HasRole(words[opens - 1].Lower, "location") && !_lex.HasRole(words[opens - 1].Lower, "setting"))
            {
                k = opens - 1;
                continue;
            }
            // "Kelompok Kriminal Bersenjata (KKB) Papua menyerang": a place right after a body says
            // where the body is from; the body is the doer.
            if (m.Type == NodeType.Place && BodyQualifiedBy(text, view, opens) is { } body)
            {
                m = body;
                k = SentenceView.WordContaining(words, body.Start);
            }
            subjects.Add(m);
            int before = k;
            while (before > 0 && words[before - 1].End > m.Start) before--;
            if (before >= 2 && _lex.HasRole(words[before - 1].Lower, "and") && view.EntityAt[before - 2] is { Type: not NodeType.Event } first
                && !Words.Breaks(Words.Gap(text, words[before - 2], words[before - 1])))
                subjects.Insert(0, first);
            // "A (18) dan B (16) menyerang": the conjunct has its age set off too.
            else if (before >= 3 && _lex.HasRole(words[before - 1].Lower, "and") && _lex.AgeAsideBefore(text, words, before - 1) is var own && own < before - 1
                     && own > 0 && Covering(view, own - 1, out _) is { Type: NodeType.Person } agedFirst)
                subjects.Insert(0, agedFirst);
            break;
        }
        if (subjects.Count == 0 && passive) return null;

        // After the verb: the one acted on (active) or the doer after "oleh" (passive), then "di" and the place.
        int j = verb + len;
        int objStart = -1, objEnd = -1, objWords = 0;
        bool content = false, genericTarget = false;
        var objects = new List<Mention>();
        var doers = new List<Mention>();
        Mention? place = null;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        for (; j < words.Count && j < verb + len + 10; j++)
        {
            // "... menyerang," tutur X': a break right after the verb ends the clause, and a speech tag never names a target.
            if (BreaksAfter(text, words, j - 1) || _lex.SpeechAfter.MatchAt(words, j) > 0) break;
            var w = words[j].Lower;
            if (view.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Event) break;
                (passive ? doers : objects).Add(m);
                if (objStart < 0) objStart = m.Start;
                objEnd = m.End;
                j = AfterMention(words, j, m) - 1;
                continue;
            }
            if (passive && objStart < 0 && _lex.HasRole(w, "doer")) continue;
            // "X meledakkan bom di Y": what the doer set off is no target.
            if (device && objStart < 0 && !IsPreposition(w) && !_lex.HasRole(w, "location")) continue;
            // "Y yang diculik kelompok X": a group noun before the doer.
            if (passive && objStart < 0 && doers.Count == 0 && PartyAfterKindWord(text, view, j) is int party) { j = party - 1; continue; }
            if (_lex.HasRole(w, "and") && objStart >= 0 && j + 1 < words.Count && view.EntityAt[j + 1] is not null) continue;
            if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting"))
            {
                int k = Lookahead(text, view, j, w, anchors, out int end, out _);
                if (k > 0 && Covering(view, k - 1, out _) is { Type: NodeType.Place } p) { place = p; j = k; }
                // "meledakkan bom di tengah rombongan truk ... di Distrik X": amid what it struck, then where.
                else if (j + 1 < words.Count && _lex.HasRole(words[j + 1].Lower, "amid") && PlaceAfterAmid(text, view, j + 2, verb + len + MaxVerbEventWords) is { } later)
                    place = later;
                break;
            }
            if (passive || _lex.HasRole(w, "demonstrative") || _lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "pronoun") || IsPreposition(w)
                || _lex.IsVerbLike(w) || _lex.ModalityKind(w) is not null || _lex.Morphology.WithoutClitic(w) is not null
                || char.IsDigit(w[0]) || objWords >= 4) break;
            // "sebuah kampus": a function word may open the target, never go on with it ("menyerang lagi").
            bool stop = _lex.StopWords.Contains(w);
            if (stop && objStart >= 0) break;
            if (stop) genericTarget = true;
            if (!stop) content = true;
            objWords++;
            if (objStart < 0) objStart = words[j].Start;
            if (objects.Count == 0) objEnd = words[j].End;
        }
        if (!content && objects.Count == 0) objStart = objEnd = -1;
        anchors.Clear();
        var and = " " + (_lex.WordWithRole("and") ?? ",") + " ";
        var doerList = passive ? doers : subjects;
        string? target = passive ? string.Join(and, subjects.Select(NameOf)) : objStart >= 0 ? text[objStart..objEnd] : null;
        // "Shinzo Abe ditembak saat berkampanye": a named person acted on singles the happening out
        // even when neither the doer nor the place is told ("penembakan Shinzo Abe").
        bool namedVictims = passive && subjects.Count > 0 && subjects.All(m => m.Type == NodeType.Person);
        if (passive ? doers.Count == 0 && place is null && !namedVictims : target is null && place is null) return null;
        // "beberapa pria bersenjata menyerbu kampus Universitas X": a target with its own nouns and a
        // name singles the happening out even when the doer goes unnamed.
        // So does a site struck ("sekelompok orang menyerang Mapolda X"): a building or compound is one place at one time.
        bool selfNamed = !passive && objects.Count > 0 && (objWords > 0 || subjects.Count == 0 && objects.All(IsSite));
        if (subjects.Count == 0 && !selfNamed) return null;
        // A target told with its own nouns ("gedung parlemen X", "pesawat Y") names the happening by
        // itself; a bare or generic target ("X", "sebuah kampus") needs its doer: "serangan D terhadap X".
        var name = new StringBuilder(told.Noun);
        // "KKB ... membakar gudang logistik di Kampung X": a target told only with nouns names the happening
        // with its place, the way a reader names it ("pembakaran gudang logistik di Kampung X"); with no place
        // the doer follows after the passive's preposition ("pembakaran gudang logistik oleh X"). A generic
        // target ("sebuah desa", "beberapa rumah") needs its doer first, as below.
        bool described = !passive && !selfNamed && objects.Count == 0 && content && !genericTarget && target is not null;
        if (described)
        {
            name.Append(' ').Append(target);
            if (place is null && doerList.Count > 0)
                name.Append(' ').Append(_lex.WordWithRole("doer")).Append(' ').Append(string.Join(and, doerList.Select(NameOf)));
        }
        else if (!selfNamed)
        {
            if (doerList.Count > 0)
                name.Append(' ').Append(string.Join(and, doerList.Select(NameOf)));
            if (target is not null && doerList.Count > 0)
                name.Append(' ').Append(_lex.WordWithRole("target"));
        }
        if (target is not null && !described) name.Append(' ').Append(target);
        int start = subjects.Count > 0 ? subjects[0].Start : words[verb].Start;
        int end2 = Math.Max(subjects.Count > 0 ? subjects[^1].End : words[verb + len - 1].End, Math.Max(doers.Count > 0 ? doers[^1].End : 0, objEnd));
        // "serangan X ke Kosovo di Pristina": a target that is itself a place already says where; the
        // place stays an anchor (and the event's setting) but not part of the name.
        var targetList = passive ? subjects : objects;
        bool placedByTarget = !selfNamed && target is not null && targetList.Count > 0 && targetList.All(m => m.Type == NodeType.Place);
        if (place is not null)
        {
            if (!placedByTarget) name.Append(' ').Append(_lex.WordWithRole("location") ?? "").Append(' ').Append(NameOf(place));
            // The mention stops before "di P" so that the place reads as where it was held.
            if (end2 <= words[verb].Start) end2 = place.End;
        }
        foreach (var m in subjects.Concat(objects).Concat(doers)) anchors.Add(AnchorKey(m));
        if (place is not null) anchors.Add(AnchorKey(place));
        var kind = told.Attack ? EventKind.Attack : EventKind.Other;
        var targets = (passive ? subjects : objects).Select(AnchorKey).ToHashSet(StringComparer.Ordinal);
        return new EventPhrase(start, end2, view.Sentence.Index, HeadClass(told.Noun, kind, told.Noun.Split(' ')[0]),
            kind, Collapse(name.ToString()), anchors, null, ByVerb: true, Targets: targets, Described: described ? Collapse(target!) : null);
    }

    private bool IsSite(Mention m) => m.Type == NodeType.Place && _lex.NamesSite(m.Canonical ?? m.Surface);

    // Where the person or body named after a lower-case group noun at word j starts ("kelompok X", "pasukan X"),
    // a few describing words between and the name perhaps a short form in brackets ("kelompok separatis
    // teroris (KST)"); null when no such name follows.
    private int? PartyAfterKindWord(string text, SentenceView view, int j)
    {
        var words = view.Words;
        if (words[j].IsCapitalised || !_lex.HasRole(words[j].Lower, "group")) return null;
        for (int k = j + 1; k < words.Count && k <= j + MaxKindWords; k++)
        {
            var gap = Words.Gap(text, words[k - 1], words[k]);
            if (view.EntityAt[k] is { } m && m.Start == words[k].Start)
                return m.Type is NodeType.Person or NodeType.Organization && (!Words.Breaks(gap) || k > j + 1 && Bracketed(text, words, k)) ? k : null;
            var w = words[k].Lower;
            if (Words.Breaks(gap) || view.EntityAt[k] is not null || words[k].IsCapitalised || _lex.StopWords.Contains(w) || _lex.IsVerbLike(w)) return null;
        }
        return null;
    }

    private const int MaxKindWords = 3;

    // The meeting named from its subject (the nearest entity before word `verb`), the parties
    // from word `from` on, and its place: "NOUN X JOIN Y, Z dan W di P" / "NOUN X ke P".
    private EventPhrase? OfParties(string text, SentenceView view, int verb, int from, string noun, string? join)
    {
        var words = view.Words;
        Mention? subject = null;
        for (int k = verb - 1, limit = verb - 5; k >= 0 && k >= limit; k--)
        {
            // "Budi Hartono (BH) mengadakan ...": the short form in brackets is passed to the name before it.
            if (SkipBracketBack(text, words, k + 1) is var open && open <= k) { k = open; continue; }
            if (Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) break;
            if (view.EntityAt[k] is { } m && m.End <= words[verb].Start)
            {
                // "X tiba di Syldavia untuk melakukan pertemuan dengan Y": the place X came to is not who held it.
                if (m.Type == NodeType.Place && Covering(view, k, out int first) is not null && first > 0
                    && (_lex.HasRole(words[first - 1].Lower, "location") || _lex.HasRole(words[first - 1].Lower, "direction"))
                    && !Words.Breaks(Words.Gap(text, words[first - 1], words[first])))
                {
                    limit -= k - first + 2;
                    k = first - 1;
                    continue;
                }
                subject = m;
                break;
            }
        }
        subject ??= SubjectBeforeAside(text, view, verb);
        bool fronted = false;
        if (subject is null && FrontedClauseSubject(text, view, verb) is { } main) { subject = main; fronted = true; }
        if (subject is null || subject.Type == NodeType.Event) return null;
        // "Tito bersama Panglima TNI Hadi mengunjungi X": the one the others came with leads the meeting.
        if (!fronted && LeaderBefore(text, view, subject) is { } leader) subject = leader;
        return OfSubject(text, view, verb, from, noun, join, subject, fronted);
    }

    // The meeting a subject holds, read from the words after its verb or noun at `verb` (parties, destination, place);
    // `fronted` when the subject was not read right before it, so the description starts at the verb.
    private EventPhrase? OfSubject(string text, SentenceView view, int verb, int from, string noun, string? join, Mention subject, bool fronted)
    {
        var words = view.Words;
        var anchors = new HashSet<string>(StringComparer.Ordinal) { AnchorKey(subject) };
        var parties = new List<Mention>();
        Mention? place = null, destination = null;
        bool placing = false, heading = false;
        int end = subject.End;
        bool visit = _lex.DestinationClasses.Contains(HeadClass(noun, EventKind.Meeting, noun.Split(' ')[0]));
        // "berkunjung ke kediaman Y", "tiba di kediaman Y": the one whose home the subject went to is whom it met.
        bool home = visit && from > 0 && _lex.HasRole(words[from - 1].Lower, "residence");
        heading |= home;
        for (int j = from; j < words.Count && j < from + 14; j++)
        {
            var gap = Words.Gap(text, words[j - 1], words[j]);
            // "mitranya dari Suriah, Ahmad al-Sharaa, di ibu kota ...": a comma goes on to the party named in apposition or to the place.
            bool comma = gap.Trim().SequenceEqual(",") && (view.EntityAt[j] is { Type: NodeType.Person } || _lex.HasRole(words[j].Lower, "location"));
            if (Words.Breaks(gap) && !comma && !InBracketedAcronym(text, words, j)) break;
            if (view.EntityAt[j] is { } m)
            {
                int next = SkipBracket(text, words, AfterMention(words, j, m));
                if (home && !placing)
                {
                    // "kediaman Ketua Umum Partai Bulan Andi Wirawan": a body or place before the host's name is of the title.
                    if (m.Type is NodeType.Place or NodeType.Organization && next < words.Count && view.EntityAt[next] is { Type: NodeType.Person }
                        && !Words.Breaks(Words.Gap(text, words[next - 1], words[next]))) { j = next - 1; continue; }
                    if (m.Type != NodeType.Person) break;
                    parties.Add(m);
                    anchors.Add(AnchorKey(m));
                    end = m.End;
                    home = heading = false;
                    j = next - 1;
                    continue;
                }
                if (placing || heading)
                {
                    if (m.Type != NodeType.Place) break;
                    // "di kediaman Presiden RI itu, di X": a country in a title says whose home, not where.
                    int titled = j - 1;
                    if (titled >= 2 && Words.Gap(text, words[titled - 1], words[titled]).SequenceEqual("-")) titled -= 2; // "Presiden ke-lima RI"
                    if (placing && titled >= 0 && Words.IsTitleCased(words[titled].Text) && Covering(view, titled, out _) is null)
                    {
                        j = next - 1;
                        continue;
                    }
                    anchors.Add(AnchorKey(m));
                    end = m.End;
                    if (heading) destination = m; else place = m;
                    break;
                }
                // "Presiden China Xi Jinping": a country or a body right before a name belongs to the title.
                var after = next < words.Count ? Words.Gap(text, words[next - 1], words[next]) : default;
                bool title = m.Type is NodeType.Place or NodeType.Organization && next < words.Count && view.EntityAt[next] is { Type: NodeType.Person }
                    && (!Words.Breaks(after) || after.Trim().SequenceEqual(",") || after.Trim().SequenceEqual(")"))
                    // "United States Secretary of Commerce": a place in a longer capitalised title.
                    || m.Type == NodeType.Place && next < words.Count && view.EntityAt[next] is null && words[next].IsCapitalised && char.IsLetter(words[next].Text[0])
                       && !Words.Breaks(after) && !_lex.HasRole(words[next].Lower, "and");
                if (!title)
                {
                    anchors.Add(AnchorKey(m));
                    end = m.End;
                    // "X mengunjungi Vietnam": a place as the object is where X went.
                    if (visit && m.Type == NodeType.Place && parties.Count == 0 && destination is null) destination = m;
                    else if (m.Type is NodeType.Person or NodeType.Organization or NodeType.Place) parties.Add(m);
                }
                j = next - 1;
                continue;
            }
            var w = words[j].Lower;
            // "Presiden ke-lima": a direction word joined by a hyphen makes an ordinal, not a heading.
            if (placing && j + 1 < words.Count && Words.Gap(text, words[j], words[j + 1]).SequenceEqual("-")) { j++; continue; }
            if (_lex.HasRole(w, "direction")) { if (!visit) break; heading = true; continue; }
            if (visit && (heading || j == from) && parties.Count == 0 && destination is null && _lex.HasRole(w, "residence")) { home = heading = true; continue; }
            if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting")) { placing = true; continue; }
            if (placing || heading) continue;
            if (_lex.HasRole(w, "and") || _lex.HasRole(w, "with") || _lex.HasRole(w, "determiner")) continue;
            // A capitalised word inside the clause is part of a title ("Menteri Luar Negeri"), not a verb.
            if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.IsVerbLike(w) && !words[j].IsCapitalised) break;
        }
        if (parties.Count == 0 && place is null && destination is null) return null;
        // "X dan Y bertemu di P": a subject joined by "dan" names every party of it.
        List<Mention> subjects = [subject];
        if (!fronted && SubjectParties(text, view, verb, out bool joinedSubjects) is { Count: >= 2 } joined && joinedSubjects && joined[^1] == subject)
            subjects = joined;
        foreach (var s in subjects) anchors.Add(AnchorKey(s));
        var name = new StringBuilder(noun).Append(' ').Append(Listed(subjects.Select(NameOf)));
        // "pertemuan X dan Y", "pertemuan X dengan Y, Z dan W".
        var and = _lex.WordWithRole("and") ?? ",";
        if (parties.Count > 1) join = _lex.WordWithRole("with") ?? join;
        for (int p = 0; p < parties.Count; p++)
            name.Append(p == 0 ? " " + join + " " : p == parties.Count - 1 ? " " + and + " " : ", ").Append(NameOf(parties[p]));
        if (destination is not null) name.Append(' ').Append(_lex.WordWithRole("direction") ?? "").Append(' ').Append(NameOf(destination));
        if (place is not null) name.Append(' ').Append(_lex.WordWithRole("location") ?? "").Append(' ').Append(NameOf(place));
        // A clause set before its subject ("Saat bertemu Y, X ...") is told from its verb on.
        return new EventPhrase(fronted ? words[verb].Start : subject.Start, end, view.Sentence.Index, HeadClass(noun, EventKind.Meeting, noun.Split(' ')[0]),
            EventKind.Meeting, Collapse(name.ToString()), anchors, null, ByVerb: true);
    }

    // "pada hari pertama dari dua hari kunjungannya ke Jepang": a meeting noun carrying a pronoun clitic is the
    // meeting of the one the sentence is about (its first person), named like one told by its verb
    // ("kunjungan X ke Jepang"). With no party, destination or place after it, it names nothing.
    private EventPhrase? PossessedMeeting(string text, SentenceView view, int i)
    {
        var words = view.Words;
        if (_lex.Morphology.WithoutClitic(words[i].Lower) is not { } noun || !_lex.MeetingNouns.Contains(noun)) return null;
        // "membatalkan pertemuannya dengan Y", "akan melanjutkan kunjungannya ke Z": not a meeting that took place.
        if (_lex.Unasserts(words, i - 2, i, alsoFuture: true)) return null;
        for (int k = 0; k < i; k++)
            if (view.EntityAt[k] is { Type: NodeType.Person } owner)
            {
                var r = OfSubject(text, view, i, i + 1, noun, _lex.WordWithRole("with"), owner, fronted: true);
                return r is null ? null : r with { Possessed = true, Hosts = new HashSet<string>(StringComparer.Ordinal) { AnchorKey(owner) } };
            }
        return null;
    }

    // The person a subject came with, named right before it and "bersama"/"didampingi" (titles between):
    // "A bersama Menteri B" → A; null when there is none.
    private Mention? LeaderBefore(string text, SentenceView view, Mention subject)
    {
        var words = view.Words;
        int k = SentenceView.WordContaining(words, subject.Start) - 1;
        for (; k >= 0; k--)
        {
            if (Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) return null;
            if (Covering(view, k, out int first) is { } m)
            {
                if (m.Type is not (NodeType.Organization or NodeType.Place)) return null;
                k = first;
                continue;
            }
            if (!words[k].IsCapitalised) break;
        }
        if (k <= 0 || !(_lex.HasRole(words[k].Lower, "with") || _lex.HasRole(words[k].Lower, "accompanied"))
            || Words.Breaks(Words.Gap(text, words[k - 1], words[k]))) return null;
        return Covering(view, k - 1, out _) is { Type: NodeType.Person } leader ? leader : null;
    }

    // "X, Senin (3/5), bertemu Y", "X, menemui Y": the subject set off from its verb by a comma, or by a time
    // between commas; the person or body whose name ends right before the first comma.
    private Mention? SubjectBeforeAside(string text, SentenceView view, int verb)
    {
        var words = view.Words;
        // "Senin (3/5), bertemu": the comma may follow the bracket closing the date, or be left out after it
        // ("X, Jumat (3/9) mengunjungi Y").
        if (verb == 0) return null;
        var closing = Words.Gap(text, words[verb - 1], words[verb]).Trim();
        if (!closing.TrimStart(')').TrimStart().SequenceEqual(",") && !closing.SequenceEqual(")")) return null;
        int j = verb - 1;
        while (j >= 0 && IsTimeWord(words[j].Lower) && verb - j <= MaxTimeAsideWords) j--;
        if (j < 0) return null;
        if (j < verb - 1 && !Words.Gap(text, words[j], words[j + 1]).Trim().SequenceEqual(",")) return null;
        for (int k = j; k >= 0 && k > j - MaxNameWords; k--)
        {
            if (k < j && Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) return null;
            if (view.EntityAt[k] is { } m)
                return m.Type is NodeType.Person or NodeType.Organization && AfterMention(words, k, m) == j + 1 ? m : null;
        }
        return null;
    }

    // The last word of a target told with ordinary nouns after a target preposition right after an attack's head
    // words ("ke sebuah pangkalan militer", "udara terhadap gudang senjata"): a few lower-case words that name no
    // one, up to the end of the clause; null when a name, a verb or anything else comes first.
    private int? DescribedTargetEnd(string text, SentenceView view, int from)
    {
        var words = view.Words;
        int j = from;
        // One word may qualify the head ("serangan udara", "serangan drone").
        if (j < words.Count && !_lex.HasRole(words[j].Lower, "target") && !words[j].IsCapitalised && view.EntityAt[j] is null
            && !Words.Breaks(Words.Gap(text, words[j - 1], words[j]))) j++;
        if (j >= words.Count || !_lex.HasRole(words[j].Lower, "target") || Words.Breaks(Words.Gap(text, words[j - 1], words[j]))) return null;
        int last = -1, content = 0;
        for (int k = j + 1; k < words.Count && k <= j + MaxDescribedWords; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k]))) break;
            var w = words[k].Lower;
            if (view.EntityAt[k] is not null || words[k].IsCapitalised || char.IsDigit(w[0])) return null;
            if (_lex.IsVerbLike(w) || _lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || IsPreposition(w) || _lex.HasRole(w, "location")) break;
            if (!_lex.StopWords.Contains(w)) content++;
            last = k;
        }
        if (last < 0 || content == 0) return null;
        // The description must close the clause: a place or a name after it is told by the phrase itself.
        return last + 1 >= words.Count || Words.Breaks(Words.Gap(text, words[last], words[last + 1])) ? last : null;
    }

    private const int MaxDescribedWords = 4;

    // "Saat bertemu Y di P, Menlu X menegaskan ...": a clause opened by a subordinator right before its verb,
    // at the start of the sentence, whose subject is the person or body opening the main clause after its comma
    // (past the words of a title: TitledPersonAt), followed by a verb.
    private Mention? FrontedClauseSubject(string text, SentenceView view, int verb)
    {
        var words = view.Words;
        if (verb != 1 || !_lex.HasRole(words[0].Lower, "subclause")) return null;
        for (int k = verb + 1; k < words.Count; k++)
        {
            if (!Words.Breaks(Words.Gap(text, words[k - 1], words[k])) || InBracketedAcronym(text, words, k)) continue;
            if (!Words.Gap(text, words[k - 1], words[k]).Trim().SequenceEqual(",")) return null;
            int at = view.EntityAt[k] is not null ? k : TitledPersonAt(text, view, k) ?? -1;
            if (at < 0 || view.EntityAt[at] is not { Type: NodeType.Person or NodeType.Organization } m) return null;
            int after = AfterMention(words, at, m);
            return after < words.Count && (_lex.IsVerbLike(words[after].Lower) || after + 1 < words.Count && _lex.IsVerbLike(words[after + 1].Lower)) ? m : null;
        }
        return null;
    }

    // Words of a time set off between a subject and its verb: "Senin (3/5)", "pada Jumat pagi", "28 Januari 2024".
    private bool IsTimeWord(string w) =>
        _lex.HasRole(w, "dayname") || _lex.HasRole(w, "time") || _lex.HasRole(w, "daypart") || w.Length > 0 && char.IsAsciiDigit(w[0]);

    private const int MaxTimeAsideWords = 6;

    // "X mengadakan pertemuan dengan Presiden Singapura Tony Tan": a meeting the subject holds
    // with others is named from them, as the guidelines name meetings ("pertemuan X dengan Tony
    // Tan"); the description in the text stays the mention's surface.
    private EventPhrase HeldBySubject(string text, SentenceView view, int head, int headLen, EventPhrase phrase)
    {
        var words = view.Words;
        int verb = head - 1;
        if (verb < 0) return phrase;
        var v = words[verb].Lower;
        if (!_lex.HasRole(v, "hold") && !(_lex.HasRole(v, "setting") && _lex.Morphology.IsClass(v, "verb"))) return phrase;
        // "mengadakan pertemuan tertutup dengan X": a plain word qualifying the head stays with it.
        int turn = head + headLen;
        if (turn + 1 < words.Count && IsQualifier(text, view, turn)) turn++;
        if (turn >= words.Count || !_lex.HasRole(words[turn].Lower, "with") && !_lex.HasRole(words[turn].Lower, "direction"))
            return _lex.HasRole(v, "hold") ? NamedBySubject(phrase, SubjectParties(text, view, verb, out bool joined), joined, minParties: 2) : phrase;
        var noun = string.Join(' ', words.Skip(head).Take(turn - head).Select(x => x.Lower));
        var named = OfParties(text, view, verb, turn, noun, _lex.WordWithRole("with"));
        if (named is null) return phrase;
        // The subject is a party too: "pertemuan X dengan Y" told later is the same meeting.
        var hosts = named.Anchors.Where(a => !phrase.Anchors.Contains(a)).ToHashSet(StringComparer.Ordinal);
        var anchors = new HashSet<string>(phrase.Anchors, StringComparer.Ordinal);
        anchors.UnionWith(hosts);
        return phrase with { Name = named.Name, Anchors = anchors, Hosts = hosts };
    }

    // Whether word k is a plain lower-case word qualifying the head before it ("tertutup", "bilateral"):
    // no name, function word or verb, and not cut off from the head.
    private bool IsQualifier(string text, SentenceView view, int k)
    {
        var w = view.Words[k];
        return view.EntityAt[k] is null && w.Text.All(char.IsLower) && !_functionWords.Contains(w.Lower) && !_lex.IsVerbLike(w.Lower)
            && !Words.Breaks(Words.Gap(text, view.Words[k - 1], w));
    }

    // The meeting at word `head` named from the two or more parties joined in the subject of the verb
    // of holding before it; null when the subject names fewer.
    private EventPhrase? HeldByParties(string text, SentenceView view, int head, int headLen, EventKind kind)
    {
        var words = view.Words;
        var parties = SubjectParties(text, view, head - 1, out bool joined);
        if (parties.Count < 2 || !joined) return null;
        var headText = text[words[head].Start..words[head + headLen - 1].End];
        var anchors = parties.Select(AnchorKey).ToHashSet(StringComparer.Ordinal);
        return new EventPhrase(words[head].Start, words[head + headLen - 1].End, view.Sentence.Index, PhraseHeadClass(words, head, headLen, kind),
            kind, Collapse(headText + " " + Listed(parties.Select(NameOf))), anchors, null);
    }

    // "X dan Y menggelar pertemuan bilateral di P", "X meluncurkan serangan rudal ke Y": a happening
    // its subject carries out is named from the subject, before the target or the place, as a reader
    // names it ("pertemuan bilateral X dan Y di P", "serangan rudal X ke Y"). A meeting needs two
    // parties or more; one alone only says who took part.
    private EventPhrase NamedBySubject(EventPhrase phrase, List<Mention> parties, bool joined, int minParties)
    {
        if (parties.Count < minParties || minParties > 1 && !joined) return phrase;
        // The parties go before the first word that turns to a target or a place ("ke", "terhadap", "di").
        int at = -1;
        foreach (var role in SubjectBefore)
            foreach (var turn in _lex.WordsWithRole(role))
                if (phrase.Name.IndexOf(" " + turn + " ", StringComparison.Ordinal) is >= 0 and var found && (at < 0 || found < at)) at = found;
        // A phrase that names a party of its own before that ("pertemuan NATO di Brussels") keeps its name.
        if ((at < 0 ? phrase.Name : phrase.Name[..at]).Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0]))) return phrase;
        var names = Listed(parties.Select(m => m.Surface));
        var name = at < 0 ? phrase.Name + " " + names : phrase.Name[..at] + " " + names + phrase.Name[at..];
        return phrase with { Name = Collapse(name) };
    }

    private static readonly string[] SubjectBefore = ["location", "target", "direction"];

    // Whether word k opens the margins of another happening: "di sela-sela", "disela-sela".
    private bool OnTheSidelines(string text, SentenceView view, int k)
    {
        var words = view.Words;
        if (k >= words.Count) return false;
        if (_lex.HasRole(words[k].Lower, "sidelines")) return true;
        return k + 1 < words.Count && _lex.HasRole(words[k].Lower, "location") && _lex.HasRole(words[k + 1].Lower, "sidelines")
            && !Words.Breaks(Words.Gap(text, words[k], words[k + 1]));
    }

    // The meeting a verb of holding carries, named from the two or more parties of its subject alone.
    private EventPhrase? HeldOnTheSidelines(string text, SentenceView view, int head, int headLen)
    {
        var words = view.Words;
        if (head < 1 || !_lex.HasRole(words[head - 1].Lower, "hold")) return null;
        var parties = SubjectParties(text, view, head - 1, out bool joined);
        if (parties.Count < 2 || !joined) return null;
        var noun = text[words[head].Start..words[head + headLen - 1].End];
        return new EventPhrase(words[head].Start, words[head + headLen - 1].End, view.Sentence.Index,
            PhraseHeadClass(words, head, headLen, EventKind.Meeting), EventKind.Meeting, Collapse(noun + " " + Listed(parties.Select(m => m.Surface))),
            parties.Select(AnchorKey).ToHashSet(StringComparer.Ordinal), null);
    }

    // Names written as a list: "A", "A dan B", "A, B dan C".
    private string Listed(IEnumerable<string> names)
    {
        var all = names.ToList();
        var and = _lex.WordWithRole("and") ?? ",";
        return all.Count < 2 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " " + and + " " + all[^1];
    }

    // The entity mention word k lies in ("Jae-in" of "Moon Jae-in"), with the word it starts at; null when none.
    private static Mention? Covering(SentenceView view, int k, out int first)
    {
        for (first = k; first >= 0 && k - first < MaxNameWords; first--)
            if (view.EntityAt[first] is { } m)
                return m.End >= view.Words[k].End ? m : null;
        return null;
    }

    // The parties named as the subject before word `verb`, in text order: "A, B dan C", each with its
    // title left out ("Menteri Luar Negeri Australia Julie Bishop"); `joined` when "dan" lists them.
    private List<Mention> SubjectParties(string text, SentenceView view, int verb, out bool joined)
    {
        var words = view.Words;
        var parties = new List<Mention>();
        joined = false;
        int afterComma = -1; // parties found after the last comma crossed
        int stop = -1;
        for (int k = verb - 1; k >= 0 && k >= verb - MaxSubjectWords; k--)
        {
            stop = k;
            var gap = Words.Gap(text, words[k], words[k + 1]);
            // A comma goes on only inside a list already joined by "dan" ("X, Y dan Z"), not back to a
            // fronted phrase ("Di P, X ...").
            if (Words.Breaks(gap) && !(joined && gap.Trim().SequenceEqual(","))) break;
            if (afterComma < 0 && Words.Breaks(gap)) afterComma = parties.Count;
            if (Covering(view, k, out int first) is { } m)
            {
                if (m.Type == NodeType.Event) break;
                if (first > 0 && _lex.HasRole(words[first - 1].Lower, "location")) break;
                // "Sukamaju (ANTARA) - Menteri X ...": where the story was filed is no party.
                if (Datelines.LooksLike(text, m)) break;
                int next = AfterMention(words, k, m);
                // "Menteri Luar Negeri Australia Julie Bishop", "Menlu Borduria Pak X": a country or body right
                // before a name, or before a form of address and a name, is part of its title.
                bool title = m.Type is NodeType.Place or NodeType.Organization && PersonAfterTitle(text, view, next, verb);
                if (!title && !parties.Any(p => AnchorKey(p) == AnchorKey(m))) parties.Insert(0, m);
                k = first;
                continue;
            }
            var w = words[k].Lower;
            // "X membantai warga Y dan melakukan serangan": "dan" right before the verb joins two predicates, not two subjects.
            if (_lex.HasRole(w, "and")) { if (k == verb - 1) break; joined = true; continue; }
            // Capitalised words between the names are their titles ("Ketua Umum", "Menteri Luar Negeri").
            if (words[k].IsCapitalised && !_lex.HasRole(w, "location")) continue;
            // "X dan Y akan menggelar ...": an auxiliary between the subject and its verb.
            if (parties.Count == 0 && _lex.HasRole(w, "aux")) continue;
            break;
        }
        // "Menurut kantor berita Rusia, TASS, Putin dan Kim melakukan ...": the names set off by the comma after a source
        // told first are that source, not parties.
        if (afterComma >= 0 && stop >= 0)
            for (int k = stop; k >= 0 && k >= stop - MaxSourceWords; k--)
                if (_lex.HasRole(words[k].Lower, "according")) { parties.RemoveRange(0, parties.Count - afterComma); break; }
        return parties;
    }

    private const int MaxSourceWords = 3;

    // The first word of a person's name that a title opening at word k leads to: capitalised words, a
    // country or body among them ("Presiden Syldavia Y"), with no break; else null.
    private static int? TitledPersonAt(string text, SentenceView view, int k) =>
        TitleStop(text, view, k) is int j && !TitleBreaks(text, view.Words, j) ? j : null;

    // Where the words of a title opening at word k stop: at a break or at a person's name, past capitalised words and
    // the countries or bodies among them; null when another word comes first or the title runs too long. A short
    // form in brackets and abbreviated honorifics inside the title ("Menteri Dalam Negeri (Mendagri) Prof. H. X")
    // are passed over and not counted.
    private static int? TitleStop(string text, SentenceView view, int k)
    {
        var words = view.Words;
        if (view.EntityAt[k] is not null || !words[k].IsCapitalised) return null;
        for (int j = k + 1, counted = 1; j < words.Count && counted <= MaxTitleWords; j++, counted++)
        {
            if (BracketedShortForm(text, words, j)) { counted--; continue; }
            if (AbbreviationBefore(text, words, j)) counted--;
            if (TitleBreaks(text, words, j)) return j;
            if (view.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Person) return j;
                if (m.Type is not (NodeType.Place or NodeType.Organization)) return null;
                j = AfterMention(words, j, m) - 1;
                continue;
            }
            if (!words[j].IsCapitalised) return null;
        }
        return null;
    }

    // Whether the gap before word j ends a title: a break, unless it is the period of an abbreviation ("Prof.",
    // "H.") or the closing bracket of a short form the title gives in brackets.
    private static bool TitleBreaks(string text, List<Word> words, int j)
    {
        var gap = Words.Gap(text, words[j - 1], words[j]);
        if (!Words.Breaks(gap)) return false;
        var mark = gap.Trim();
        if (mark.SequenceEqual(".") && AbbreviationBefore(text, words, j)) return false;
        return !(mark.SequenceEqual(")") && j >= 2 && BracketedShortForm(text, words, j - 1));
    }

    // Whether the word before word j is a capitalised abbreviation closed by its period ("Prof.", "Dr.", "H.").
    private static bool AbbreviationBefore(string text, List<Word> words, int j) =>
        j >= 1 && words[j - 1].IsCapitalised && words[j - 1].Text.Length <= MaxAbbreviationLetters && words[j - 1].Text.All(char.IsLetter)
        && Words.Gap(text, words[j - 1], words[j]).Trim().SequenceEqual(".");

    // Whether word j is a one-word short form alone in brackets ("(Mendagri)").
    private static bool BracketedShortForm(string text, List<Word> words, int j) =>
        j >= 1 && j + 1 < words.Count && words[j].IsCapitalised && Words.Gap(text, words[j - 1], words[j]).Trim().SequenceEqual("(")
        && Words.Gap(text, words[j], words[j + 1]).Trim().SequenceEqual(")");

    // The first word of a person's name set off by a comma after a title that opens at word k, its country or body
    // with it ("Menteri Pertahanan Syldavia, Budi Hartono, di ..."), when the phrase goes on after the name; else null.
    private int? HolderInApposition(string text, SentenceView view, int k) =>
        TitleStop(text, view, k) is int j && Words.Gap(text, view.Words[j - 1], view.Words[j]).Trim().SequenceEqual(",")
        && HolderAfterTitle(text, view, j, out _) ? j : null;

    // Whether word j opens a person's name right after a title, and after the name the phrase goes on with whom,
    // where or when, not with a clause of its own. The title ends in a capitalised word that is no name, or in the
    // country or body it serves ("Menteri Pertahanan Syldavia, Budi Hartono, di Jakarta"). `closing` is the word
    // after the name when a second comma sets the name off, else -1.
    private bool HolderAfterTitle(string text, SentenceView view, int j, out int closing)
    {
        closing = -1;
        var words = view.Words;
        if (j == 0 || !words[j - 1].IsCapitalised || view.EntityAt[j] is not { Type: NodeType.Person } person) return false;
        if (view.EntityAt[j - 1] is { } served && (served.Type is not (NodeType.Place or NodeType.Organization)
                                                   || Covering(view, j - 1, out int first) is null || first == 0 || !words[first - 1].IsCapitalised
                                                   || view.EntityAt[first - 1] is not null || Words.Breaks(Words.Gap(text, words[first - 1], words[first]))))
            return false;
        int after = AfterMention(words, j, person);
        if (after >= words.Count) return false;
        var gap = Words.Gap(text, words[after - 1], words[after]);
        bool comma = gap.Trim().SequenceEqual(",");
        if (Words.Breaks(gap) && !comma) return false;
        var next = words[after].Lower;
        bool goesOn = _lex.HasRole(next, "with") || _lex.HasRole(next, "location") && !_lex.HasRole(next, "setting") || comma && _lex.HasRole(next, "time");
        if (goesOn && comma) closing = after;
        return goesOn;
    }

    // Whether a person's name follows from word k (before `stop`), right away or after one or two
    // capitalised words of address ("Pak", "Dr."), with no break between.
    private static bool PersonAfterTitle(string text, SentenceView view, int k, int stop)
    {
        var words = view.Words;
        for (int j = k; j < stop && j <= k + 2; j++)
        {
            if (Words.Breaks(Words.Gap(text, words[j - 1], words[j]))) return false;
            if (view.EntityAt[j] is { } m) return m.Type == NodeType.Person;
            if (!words[j].IsCapitalised) return false;
        }
        return false;
    }

    // The happening at word `head` named by the person or body speaking at it: the nearest one before
    // the head in its sentence, else the first after it ("Dalam konferensi pers, X mengatakan").
    private EventPhrase? BySpeaker(string text, SentenceView view, int head, int headLen, EventKind kind)
    {
        var words = view.Words;
        Mention? speaker = null;
        for (int k = head - 1; k >= 0 && k >= head - MaxSpeakerWords && speaker is null; k--)
            if (view.EntityAt[k] is { Type: NodeType.Person } m) speaker = m;
        for (int k = head - 1; k >= 0 && k >= head - MaxSpeakerWords && speaker is null; k--)
            if (view.EntityAt[k] is { Type: NodeType.Organization } m) speaker = m;
        foreach (var type in new[] { NodeType.Person, NodeType.Organization })
            for (int k = head + headLen; k < words.Count && k < head + headLen + MaxSpeakerWords && speaker is null; k++)
                if (view.EntityAt[k] is { } m && m.Type == type) speaker = m;
        if (speaker is null) return null;
        var headText = text[words[head].Start..words[head + headLen - 1].End];
        return new EventPhrase(words[head].Start, words[head + headLen - 1].End, view.Sentence.Index,
            HeadClass(headText.ToLowerInvariant(), kind, words[head].Lower), kind, Collapse(headText.ToLowerInvariant() + " " + speaker.Surface),
            new HashSet<string>(StringComparer.Ordinal) { AnchorKey(speaker) }, null);
    }

    // A title said without a name is named as the text says it ("pertemuan Bupati X dengan Kapolri").
    private static string NameOf(Mention m) => Rules.OfficeHolders.SaidWithoutName(m) ? m.Surface : m.Canonical ?? m.Surface;

    // "Amerika Serikat (AS) Howard Lutnick": the short form in brackets after a name is left out.
    private static int SkipBracket(string text, List<Word> words, int next)
    {
        if (next >= words.Count || !Words.Gap(text, words[next - 1], words[next]).Trim().SequenceEqual("(")) return next;
        for (int k = next; k < words.Count && k < next + 3; k++)
            if (k + 1 < words.Count && Words.Gap(text, words[k], words[k + 1]).Trim().SequenceEqual(")")) return k + 1;
        return next;
    }

    // The word before a bracket of up to three words closing right before word `next` ("X (Y) next"), or `next` itself.
    private static int SkipBracketBack(string text, List<Word> words, int next)
    {
        if (next <= 0 || next >= words.Count || !Words.Gap(text, words[next - 1], words[next]).Trim().SequenceEqual(")")) return next;
        for (int k = next - 1; k > 0 && k >= next - 3; k--)
            if (Words.Gap(text, words[k - 1], words[k]).Trim().SequenceEqual("(")) return k - 1;
        return next;
    }

    // "risiko serangan nuklir", "kemungkinan konflik", "jika invasi ...": a possible happening, not one that took place.
    private bool Hedged(List<Word> words, int head)
    {
        for (int k = Math.Max(0, head - 2); k < head; k++)
        {
            var kind = _lex.ModalityKind(words[k].Lower);
            if (kind is "conditional" or "speculative" or "threat") return true;
        }
        return false;
    }

    // The word after a clause of killing or wounding that opens at word v and goes on, in lower-case
    // words, to a locative or a placing verb ("menewaskan lima warga di X"); null otherwise.
    private int? CasualtyClauseEnd(string text, SentenceView view, int v)
    {
        var words = view.Words;
        if (v >= words.Count || !_lex.HasRole(words[v].Lower, "casualty")) return null;
        for (int k = v + 1; k + 1 < words.Count && k <= v + MaxCasualtyWords; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k])) || view.EntityAt[k] is not null || words[k].IsCapitalised) return null;
            var w = words[k].Lower;
            if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting") || PlacedOrDone(w, words[k + 1].Lower)) return k;
            if (_lex.HasRole(w, "relative") || _lex.HasRole(w, "subclause") || _lex.HasRole(w, "boundary") && !_lex.HasRole(w, "and")) return null;
        }
        return null;
    }

    // "bom meledak di X", "bom mobil meledak di X": a verb of exploding, right after the weapon or after
    // one lower-case word naming its kind, makes the weapon a bombing that took place.
    private bool Exploded(string text, List<Word> words, int k)
    {
        for (int j = k; j < words.Count && j <= k + 1; j++)
        {
            if (Words.Breaks(Words.Gap(text, words[j - 1], words[j])) || words[j].IsCapitalised) return false;
            if (_lex.HasRole(words[j].Lower, "explode")) return j + 1 < words.Count && _lex.HasRole(words[j + 1].Lower, "location");
        }
        return false;
    }

    private EventPhrase? Extend(string text, SentenceView view, int head, int headLen, EventKind kind)
    {
        var words = view.Words;
        // "bom Cicendo" is a bombing; "meledakkan bom di pinggangnya" the weapon.
        // Only the head itself: "bom bunuh diri di X" is a bombing however it goes on.
        if (_lex.HeadClasses.GetValueOrDefault(string.Join(' ', words.Skip(head).Take(headLen).Select(x => x.Lower))) is { } own && _lex.NamedClasses.Contains(own)
            && (head + headLen >= words.Count || view.EntityAt[head + headLen] is not { Type: NodeType.Place }
                || Words.Breaks(Words.Gap(text, words[head + headLen - 1], words[head + headLen])))
            && !Exploded(text, words, head + headLen)) return null;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<(int Start, int End)>(); // words left out of the name ("yang diadakan")
        string? properName = null;
        int lastEnd = -1;     // char offset where the phrase ends so far (after the last anchor)
        int lastWord = -1;    // index of the last word kept
        int modifiers = 0;
        int j = head + headLen;
        bool bracketClosed = false;
        bool located = false; // a place after a location preposition ("di Jenewa"), not a place as a party ("dengan Iran")
        bool titledParty = false; // a party named after its title and "dan" ("dan Presiden X B")
        // "dalam jumpa pers, di aula Gedung Lembah": a press conference set off by a comma is still where it sat.
        bool spoken = kind == EventKind.Meeting && _lex.SpokenClasses.Contains(PhraseHeadClass(words, head, headLen, kind));
        // The comma is left out of the name.
        bool SkipComma(int at)
        {
            skipped.Add((words[at - 1].End, words[at].Start - 1));
            return true;
        }
        HashSet<string>? aimed = null; // parties an attack is told aimed at ("terhadap Y")
        int? pointsBack = null; // a demonstrative after the name's own words ("Rapat Gugus Tugas tersebut ...")
        int holderClosed = -1; // the word after a title's holder set off by two commas

        while (j < words.Count)
        {
            var gap = Words.Gap(text, words[j - 1], words[j]);

            // A quoted proper name: latihan tahunan ‘Steadfast Noon’.
            if (Words.HasQuoteMark(gap) && words[j].IsCapitalised && !Words.Breaks(gap))
            {
                int close = FindClosingQuote(text, words, j);
                if (close < 0) break;
                properName = text[words[j].Start..words[close].End];
                anchors.Add("name:" + properName.ToLowerInvariant());
                lastEnd = words[close].End;
                if (lastEnd < text.Length && Words.IsQuoteMark(text[lastEnd])) lastEnd++;
                lastWord = close;
                j = close + 1;
                modifiers = 0;
                continue;
            }
            // "pada Rabu (3/9) di ...": a date in brackets is left out.
            if (gap.Trim().SequenceEqual("(") && char.IsDigit(words[j].Text[0]))
            {
                int close = j;
                while (close + 1 < words.Count && close < j + 3 && !Words.Gap(text, words[close], words[close + 1]).Contains(')')) close++;
                if (close + 1 < words.Count && Words.Gap(text, words[close], words[close + 1]).Contains(')'))
                {
                    skipped.Add((words[j - 1].End, words[close + 1].Start - 1));
                    j = close + 1;
                    // "Dalam konferensi pers di Jakarta Jumat (11/5) Kepala Divisi X Irjen Y mengatakan": a capitalised word
                    // right after the date opens the clause the phrase was set before, the comma left out; the phrase
                    // goes on only with a lower-case word ("pada Senin (3/9) di Kotabaru").
                    if (j < words.Count && words[j].IsCapitalised) break;
                    bracketClosed = true;
                    continue;
                }
            }
            // "terjadi sekitar pukul 12.45 WIT, bertempat di X": a clock time picks out no happening; when where it took
            // place follows, the time is left out and a comma after it does not end the phrase.
            if (ClockTimeEnd(text, words, j) is int clockEnd && clockEnd < words.Count
                && (_lex.HasRole(words[clockEnd].Lower, "location") || _lex.HasRole(words[clockEnd].Lower, "held"))
                && Words.Gap(text, words[clockEnd - 1], words[clockEnd]) is var afterClock && (!Words.Breaks(afterClock) || afterClock.Trim().SequenceEqual(",")))
            {
                skipped.Add((words[j - 1].End, words[clockEnd].Start - 1));
                j = clockEnd;
                bracketClosed = true;
                continue;
            }
            // "pada Senin, 5 September 2016, di X": a date set off by commas after the day is left out.
            if (gap.Trim().SequenceEqual(",") && _lex.HasRole(words[j - 1].Lower, "dayname") && DateLength(words, j) is > 0 and var dateLength
                && j + dateLength < words.Count && Words.Gap(text, words[j + dateLength - 1], words[j + dateLength]).Trim().SequenceEqual(","))
            {
                skipped.Add((words[j - 1].End, words[j + dateLength].Start - 1));
                j += dateLength;
                bracketClosed = true;
                continue;
            }
            // "Konferensi Tingkat Tinggi (KTT) ke-43", "Pemilihan Umum (Pemilu) 2024": a short form in brackets repeats what precedes it.
            // So does a name's own short form: "Presiden Borduria (BD) X".
            if (gap.Trim().SequenceEqual("(") && j + 1 < words.Count && words[j].IsCapitalised
                && Words.Gap(text, words[j], words[j + 1]).Trim().SequenceEqual(")")
                && (view.EntityAt[j] is null || Covering(view, j - 1, out _) is { } fullName && fullName.Type == view.EntityAt[j]!.Type && fullName.End == words[j - 1].End))
            {
                j++;
                continue;
            }
            // "KTT Luar Biasa Kerja Sama Islam (OKI)": a known body's short form in brackets after words not read as
            // its name still tells whose event it is, though the name leaves it out.
            if (gap.Trim().SequenceEqual("(") && j + 1 < words.Count && view.EntityAt[j] is { Type: not NodeType.Event } shortForm
                && shortForm.End == words[j].End && Words.Gap(text, words[j], words[j + 1]).Trim().SequenceEqual(")")
                && lastWord == j - 1 && Covering(view, j - 1, out _) is null)
            {
                anchors.Add(AnchorKey(shortForm));
                skipped.Add((words[j - 1].End, words[j + 1].Start - 1));
                j++;
                continue;
            }
            // "rapat dengar pendapat atau RDP antara ...": a short form given as another name repeats what precedes it.
            if (j + 1 < words.Count && _lex.HasRole(words[j].Lower, "alternative") && NameToken.IsAcronymText(words[j + 1].Text)
                && !Words.Breaks(Words.Gap(text, words[j], words[j + 1])) && !Words.Breaks(gap))
            {
                skipped.Add((words[j].Start, words[j + 1].End));
                j += 2;
                continue;
            }
            bool closedHere = bracketClosed;
            bracketClosed = false;
            // "Perdana Menteri Singapura Mr. Lawrence Wong": inside one sentence a period before a person's name closes
            // the short form of a title or an honorific, not the phrase.
            if (gap.Trim().SequenceEqual(".") && words[j - 1].IsCapitalised && ShortFormsBeforePerson(text, view, j)) closedHere = true;
            // "Rapat pertama Gubernur Sukamaju, Budi Hartono bersama Komisi X di ...": a title's holder set off by a comma, the
            // phrase going on after the name with whom or where.
            if (gap.Trim().SequenceEqual(",") && HolderAfterTitle(text, view, j, out int closing))
            {
                holderClosed = closing;
                closedHere = true;
                skipped.Add((words[j - 1].End, words[j].Start - 1));
            }
            // The second comma after such a holder ("..., Budi Hartono, di Jakarta") goes on the same way.
            if (j == holderClosed && gap.Trim().SequenceEqual(","))
            {
                closedHere = true;
                skipped.Add((words[j - 1].End, words[j].Start - 1));
            }
            if (Words.Breaks(gap) && !closedHere && !(gap.Trim().SequenceEqual(")") && j >= 2 && Words.Gap(text, words[j - 2], words[j - 1]).Trim().SequenceEqual("("))
                && !(kind == EventKind.Meeting && anchors.Count > 0 && PlaceAfterComma(text, view, j, gap))
                && !(spoken && j == head + headLen && PlaceAfterComma(text, view, j, gap, roomWord: true) && SkipComma(j))) break;

            // An ordinal names the edition: "KTT ASEAN ke-43".
            // "Musda ke-XI", "Musda ke XI" and "Musda XI" name one edition.
            if (_lex.HasRole(words[j].Lower, "ordinal") && j + 1 < words.Count && Words.Gap(text, words[j], words[j + 1]) is var joint
                && (joint.SequenceEqual("-") && char.IsDigit(words[j + 1].Text[0]) || (joint.SequenceEqual("-") || joint.SequenceEqual(" ")) && RomanNumerals.Is(words[j + 1].Text)))
            {
                anchors.Add(char.IsDigit(words[j + 1].Text[0]) ? "name:" + words[j].Lower + "-" + words[j + 1].Lower : "name:" + words[j + 1].Lower);
                lastEnd = words[j + 1].End;
                lastWord = j + 1;
                j += 2;
                modifiers = 0;
                continue;
            }

            if (view.EntityAt[j] is { } ent)
            {
                anchors.Add(AnchorKey(ent));
                j = AfterMention(words, j, ent);
                lastEnd = Math.Max(ent.End, words[j - 1].End);
                lastWord = j - 1;
                modifiers = 0;
                continue;
            }

            var w = words[j].Lower;
            if (anchors.Count > 0 && MatchHead(words, j).Length > 0) break; // a second event starts here
            // "pertemuan membahas koalisi di X", "rapat untuk membahas Y di X": what a meeting discusses is
            // no part of its name, and the place after it is where the meeting was.
            // A list of parties running on to a verb ends the phrase: "pertemuan bersama A dan Presiden X B membahas ..."
            // says what the meeting was about, not where it was.
            if (titledParty && _lex.IsVerbLike(w)) break;
            if (kind == EventKind.Meeting && PlaceAfterAgenda(text, view, j) is int placed)
            {
                skipped.Add((words[j].Start, words[placed].Start - 1));
                j = placed;
                continue;
            }
            // "Rapat Gugus Tugas tersebut digelar di ...": after the words of its name too, the demonstrative points back.
            if ((j == head + headLen || pointsBack is null && j > head + headLen && words[j - 1].IsCapitalised) && _lex.HasRole(w, "demonstrative"))
            {
                if (j > head + headLen) pointsBack = j;
                // "Akibat penyerangan itu Kapolsubsektor X gugur": the demonstrative closes the noun
                // phrase, and a name right after it starts the clause; only a preposition or a
                // placing verb goes on with the event ("Pertemuan ini di ...").
                if (j + 1 < words.Count && (view.EntityAt[j + 1] is not null || words[j + 1].IsCapitalised)) break;
                // "Dalam pertemuan tersebut hadir Gubernur X": who was there is told after it, not its name.
                if (j + 1 < words.Count && (_lex.HasRole(words[j + 1].Lower, "present") || _lex.HasRole(words[j + 1].Lower, "attended")
                                            || _lex.HasRole(words[j + 1].Lower, "seen"))) break;
                skipped.Add((words[j].Start, words[j].End)); // "Pertemuan ini di ..." is named "Pertemuan di ..."
                j++;
                continue;
            }
            // "Jamuan Santap Siang Kenegaraan untuk menghormati Presiden Syldavia X di Istana Y": the one a meeting is held in
            // honour of is its guest; the verb is left out of the name ("Jamuan ... untuk Presiden Syldavia X di Istana Y").
            if (kind == EventKind.Meeting && _lex.HasRole(w, "purpose") && j + 2 < words.Count && _lex.HasRole(words[j + 1].Lower, "honour")
                && !Words.Breaks(Words.Gap(text, words[j], words[j + 1])) && !Words.Breaks(Words.Gap(text, words[j + 1], words[j + 2]))
                && (view.EntityAt[j + 2] is { Type: NodeType.Person } || TitledPersonAt(text, view, j + 2) is not null))
            {
                skipped.Add((words[j].End, words[j + 1].End));
                j += 2;
                continue;
            }
            // "panggilan telepon kepada CNN", "isi pertemuan kepada Reuters": what is told to a news outlet is an
            // interview or a leak; the outlet names no party of the happening.
            if (ToOutlet(view, j)) break;
            if (IsPreposition(w))
            {
                int k = Lookahead(text, view, j, w, anchors, out int end, out var reached);
                // "serangan X terhadap Y", "serangan X di Z pada Selasa terhadap Y": the party an attack is aimed at is its
                // target, not its attacker.
                if (k >= 0 && kind == EventKind.Attack && reached is { Aimed: true }) (aimed ??= new HashSet<string>(StringComparer.Ordinal)).Add(AnchorKey(reached.Value.Entity));
                // "pertemuan antara pihak-pihak yang bertikai di Moskow": sides told without a name are
                // left out, and the place that follows names the meeting ("pertemuan di Moskow").
                if (k < 0 && kind == EventKind.Meeting && _lex.HasRole(w, "between") && PlaceAfterClause(text, view, j) is int at)
                {
                    skipped.Add((words[j].Start, words[at].Start - 1));
                    j = at;
                    continue;
                }
                // "rapat kerja dengan mitranya di pemerintahan, yaitu Kementerian Pertanian": a partner described
                // first and then named; the description is left out of the name.
                if (k < 0 && kind == EventKind.Meeting && _lex.HasRole(w, "with") && NamedPartner(view, j) is int named)
                {
                    skipped.Add((words[j].End + 1, words[named].Start - 1));
                    anchors.Add(AnchorKey(view.EntityAt[named]!));
                    j = AfterMention(words, named, view.EntityAt[named]!);
                    lastEnd = words[j - 1].End;
                    lastWord = j - 1;
                    modifiers = 0;
                    continue;
                }
                if (k < 0) break;
                // "di ibu kota negara bagian Australia Barat, Perth": the capital named after the region it heads is
                // the place; the region's words are left out of the name.
                if (_lex.HasRole(w, "location") && j + 1 < k && _lex.HasRole(words[j + 1].Lower, "capital") && k < words.Count
                    && Words.Gap(text, words[k - 1], words[k]).Trim().SequenceEqual(",") && view.EntityAt[k] is { Type: NodeType.Place } capital
                    && Covering(view, k - 1, out _) is { Type: NodeType.Place } region)
                {
                    anchors.Remove(AnchorKey(region));
                    anchors.Add(AnchorKey(capital));
                    skipped.Add((words[j].End + 1, words[k].Start - 1));
                    j = AfterMention(words, k, capital);
                    lastEnd = words[j - 1].End;
                    lastWord = j - 1;
                    located = true;
                    modifiers = 0;
                    continue;
                }
                if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting") && Covering(view, k - 1, out _) is { Type: NodeType.Place }) located = true;
                lastEnd = end;
                lastWord = k - 1;
                j = k;
                modifiers = 0;
                continue;
            }
            if (_lex.HasRole(w, "and") && anchors.Count > 0 && j + 1 < words.Count && view.EntityAt[j + 1] is not null)
            {
                j++;
                continue;
            }
            // "pertemuan antara Pemerintah Kota X dan Pemerintah Syldavia": the word for a state's government or forces
            // before the next party's name.
            if (_lex.HasRole(w, "and") && anchors.Count > 0 && j + 2 < words.Count && words[j + 1].IsCapitalised && _lex.HasRole(words[j + 1].Lower, "group")
                && view.EntityAt[j + 2] is { Type: NodeType.Place or NodeType.Organization } && !Words.Breaks(Words.Gap(text, words[j + 1], words[j + 2])))
            {
                j += 2;
                continue;
            }
            // "pertemuan antara X dan Presiden Syldavia Y": the second party's title, its country with it, is
            // no part of the name.
            if (_lex.HasRole(w, "and") && anchors.Count > 0 && j + 1 < words.Count && TitledPersonAt(text, view, j + 1) is int titled)
            {
                skipped.Add((words[j + 1].Start, words[titled].Start - 1));
                j = titled;
                titledParty = true;
                continue;
            }
            // "X yang diadakan di Y" / "X terjadi di Y": the place belongs to the event; the verb not to its name.
            if (_lex.HasRole(w, "relative"))
            {
                int v = j + 1;
                if (v < words.Count && _lex.HasRole(words[v].Lower, "aux")) v++;
                if (v + 1 < words.Count && PlacedOrDone(words[v].Lower, words[v + 1].Lower))
                {
                    skipped.Add((words[j].Start, words[v].End));
                    j = v + 1;
                    continue;
                }
                // "pemboman yang menewaskan lima warga dan melukai belasan lainnya di X": the toll is no
                // part of the name; the phrase goes on to where it fell or to the verb that places it.
                if (CasualtyClauseEnd(text, view, v) is int toll)
                {
                    skipped.Add((words[j].Start, words[toll - 1].End));
                    j = toll;
                    continue;
                }
                // "konflik yang menghancurkan antara SAF dan RSF", "perjanjian yang diperluas antara kedua negara di X",
                // "gencatan senjata yang ditengahi Presiden X": a one-verb clause that goes on to the sides
                // or to the one who brought it about belongs to the description, words and all. Other
                // prepositions may go on to someone who only reported or issued it ("krisis yang dikutip oleh
                // PBB"), and an attack's own clause may tell a claim ("yang diklaim X"): both are left out.
                // "Pertemuan yang dipimpin X dan Y": who led or attended a meeting tells who took part, not which meeting it was.
                if (kind == EventKind.Meeting && v < words.Count && _lex.HasRole(words[v].Lower, "attended")) break;
                if (kind != EventKind.Attack && v + 1 < words.Count && _lex.IsVerbLike(words[v].Lower)
                    && !Words.Breaks(Words.Gap(text, words[j], words[v])) && !Words.Breaks(Words.Gap(text, words[v], words[v + 1]))
                    && (_lex.HasRole(words[v + 1].Lower, "between")
                        || _lex.Morphology.IsClass(words[v].Lower, "passive") && (view.EntityAt[v + 1] is not null || words[v + 1].IsCapitalised)))
                {
                    j = v + 1;
                    continue;
                }
                // "perundingan yang dimediasi oleh Qatar dan Turki di Doha": the same, the one who brought it about after "oleh".
                if (kind == EventKind.Meeting && v + 2 < words.Count && _lex.Morphology.IsClass(words[v].Lower, "passive") && _lex.HasRole(words[v + 1].Lower, "doer")
                    && view.EntityAt[v + 2] is { Type: NodeType.Person or NodeType.Organization or NodeType.Place }
                    && !Words.Breaks(Words.Gap(text, words[j], words[v])) && !Words.Breaks(Words.Gap(text, words[v], words[v + 1])))
                {
                    j = v + 2;
                    continue;
                }
                // "penculikan Y yang dilakukan (oleh) kelompok X": the doer, after a group noun.
                if (kind != EventKind.Attack && v + 2 < words.Count && _lex.Morphology.IsClass(words[v].Lower, "passive")
                    && !Words.Breaks(Words.Gap(text, words[j], words[v])) && !Words.Breaks(Words.Gap(text, words[v], words[v + 1])))
                {
                    int by = _lex.HasRole(words[v + 1].Lower, "doer") ? v + 2 : v + 1;
                    if (by + 1 < words.Count && !Words.Breaks(Words.Gap(text, words[by - 1], words[by])) && PartyAfterKindWord(text, view, by) is int party)
                    {
                        j = party;
                        continue;
                    }
                }
            }
            // "... telah berlangsung di Berlin": an auxiliary before the placing verb goes with it.
            int aux = _lex.HasRole(w, "aux") ? 1 : 0;
            if (j + aux + 1 < words.Count && PlacedOrDone(words[j + aux].Lower, words[j + aux + 1].Lower))
            {
                skipped.Add((words[j].Start, words[j + aux].End));
                j += aux + 1;
                continue;
            }
            // "pertemuan puncak pertama mereka di Helsinki": the pronoun only says whose meeting it was; the
            // phrase goes on to its place, and the name leaves the pronoun out.
            if (_lex.HasRole(w, "plural") && j + 1 < words.Count && _lex.HasRole(words[j + 1].Lower, "location") && !_lex.HasRole(words[j + 1].Lower, "setting")
                && !Words.Breaks(Words.Gap(text, words[j], words[j + 1])))
            {
                skipped.Add((words[j - 1].End, words[j].End));
                j++;
                continue;
            }
            // "serangan artileri dan roket ke X": a second plain word joined to the head's own goes on to the anchor.
            if (anchors.Count == 0 && _lex.HasRole(w, "and") && JoinedModifier(text, view, j)) { j += 2; modifiers++; continue; }
            // "kunjungan Menteri Pertahanan Australia X", "Menteri Luar Negeri X": a title's words may look like
            // verbs or function words; before the name of its holder they are the title's, not the predicate.
            if (words[j].IsCapitalised && j > head && TitledPersonAt(text, view, j) is int holder)
            {
                // The title's short form in brackets and its abbreviated honorifics are left out of the name.
                for (int t = j + 1; t < holder; t++)
                {
                    if (BracketedShortForm(text, words, t)) skipped.Add((words[t - 1].End, words[t + 1].Start - 1));
                    else if (AbbreviationBefore(text, words, t + 1)) skipped.Add((words[t].Start, words[t + 1].Start));
                }
                j = holder;
                continue;
            }
            // "kunjungan kehormatan dari Menteri Pertahanan Australia, Richard Marles, di Jakarta": the holder set off by
            // commas; the comma before the name is passed over as for any title's holder above.
            if (words[j].IsCapitalised && j > head && HolderInApposition(text, view, j) is int setOff)
            {
                j = setOff;
                continue;
            }
            // "OTT KPK ialah Bupati X": a copula starts what the event is said to be.
            if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.IsVerbLike(w) || _lex.HasRole(w, "pronoun") || _lex.HasRole(w, "copula")) break;
            // A hedge or a possessive clitic starts the predicate: "Serangan di Kabul tidak ada hubungannya ...".
            if (_lex.ModalityKind(w) is not null || _lex.Morphology.WithoutClitic(w) is not null) break;
            // "serangan Rabu": a weekday right after the head tells when, like "pada hari Rabu", not a name.
            if (words[j].IsCapitalised && _lex.HasRole(w, "dayname") && anchors.Count == 0)
            {
                anchors.Add("time:" + w);
                lastEnd = words[j].End;
                lastWord = j;
                j++;
                continue;
            }
            // "Munas VI APPSI": a Roman numeral names the edition, apart from a name after it.
            if (RomanNumerals.Is(words[j].Text) && j + 1 < words.Count && !Words.Breaks(Words.Gap(text, words[j], words[j + 1])) && words[j + 1].IsCapitalised)
            {
                anchors.Add("name:" + words[j].Lower);
                lastEnd = words[j].End;
                lastWord = j;
                j++;
                continue;
            }
            if (words[j].IsCapitalised && char.IsLetter(words[j].Text[0]))
            {
                // An unknown proper name right in the phrase: "KTT G20", "pertemuan Quad".
                int k = j;
                while (k + 1 < words.Count && words[k + 1].IsCapitalised && view.EntityAt[k + 1] is null
                       && !Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) k++;
                var name = text[words[j].Start..words[k].End];
                anchors.Add("name:" + name.ToLowerInvariant());
                lastEnd = words[k].End;
                lastWord = k;
                j = k + 1;
                modifiers = 0;
                continue;
            }
            if (char.IsDigit(words[j].Text[0]) && (modifiers == 0 || IsYear(words[j].Text)))
            {
                // "KTT 2024", "Pemilu (Pemilu) 2024": a number right after the name names the edition.
                anchors.Add("name:" + words[j].Lower);
                lastEnd = words[j].End;
                lastWord = j;
                j++;
                continue;
            }
            // "Debat publik pertama pasangan calon Gubernur X digelar di Y": a longer description runs on
            // when the clause goes on to the verb that places it.
            if (++modifiers > MaxModifiers && !(modifiers <= MaxPlacedModifiers && PlacedAhead(text, words, j))) break;
            j++;
        }

        if (lastEnd < 0 || anchors.Count == 0) return null;
        var headClass = PhraseHeadClass(words, head, headLen, kind);
        if (_lex.ArticleClasses.Contains(headClass) && anchors.All(a => a.StartsWith("time:", StringComparison.Ordinal))) return null;
        // "melanjutkan dialog dengan Iran": a party alone tells a standing relation, not one happening.
        if (_lex.PlacedClasses.Contains(headClass) && !located
            && !anchors.Any(a => a.StartsWith("time:", StringComparison.Ordinal) || a.StartsWith("name:", StringComparison.Ordinal))) return null;
        int start = words[head].Start;
        var sb = new StringBuilder();
        int pos = start;
        foreach (var (s, e) in skipped.Where(s => s.End <= lastEnd))
        {
            sb.Append(text, pos, s - pos);
            pos = e;
        }
        sb.Append(text, pos, lastEnd - pos);
        var name2 = Collapse(sb.ToString());
        // Pointed back to, the happening is the one told before; what follows the demonstrative still describes it.
        if (pointsBack is int back && words[back].End <= lastEnd)
            return new EventPhrase(start, lastEnd, view.Sentence.Index, headClass, kind, name2, anchors, properName, Anaphoric: true, Closed: true, Targets: aimed);
        return new EventPhrase(start, lastEnd, view.Sentence.Index, headClass, kind, name2, anchors, properName, Targets: aimed);
    }

    // The word after a clock time opening at word j ("pada pukul 09.30 WIT"), its preposition, its minutes and its
    // time zone with it; null when no clock time opens there.
    private int? ClockTimeEnd(string text, List<Word> words, int j)
    {
        int k = j;
        if (_lex.HasRole(words[k].Lower, "time")) k++;
        if (k + 1 >= words.Count || !_lex.HasRole(words[k].Lower, "clock") || !char.IsDigit(words[k + 1].Text[0])) return null;
        for (int w = j + 1; w <= k + 1; w++)
            if (Words.Breaks(Words.Gap(text, words[w - 1], words[w]))) return null;
        k += 2;
        while (k < words.Count && char.IsDigit(words[k].Text[0]) && Words.Gap(text, words[k - 1], words[k]) is "." or ":") k++;
        if (k < words.Count && _lex.TimeZones.Contains(words[k].Lower) && !Words.Breaks(Words.Gap(text, words[k - 1], words[k]))) k++;
        return k;
    }

    // "pertemuan dengan X, di Gedung Y": a locative set off by a comma, right before a place, still says
    // where the meeting was.
    // With roomWord, one lower-case word for a room may stand between ("di aula Rumah Sakit X").
    private bool PlaceAfterComma(string text, SentenceView view, int j, ReadOnlySpan<char> gap, bool roomWord = false)
    {
        var words = view.Words;
        if (!gap.Trim().SequenceEqual(",") || j + 1 >= words.Count) return false;
        var w = words[j].Lower;
        if (!_lex.HasRole(w, "location") || _lex.HasRole(w, "setting")) return false;
        int k = j + 1;
        if (roomWord && view.EntityAt[k] is null && !words[k].IsCapitalised && !_lex.StopWords.Contains(words[k].Lower) && !_lex.IsVerbLike(words[k].Lower)
            && k + 1 < words.Count && !Words.Breaks(Words.Gap(text, words[j], words[k]))) k++;
        return view.EntityAt[k] is { Type: NodeType.Place } && !Words.Breaks(Words.Gap(text, words[k - 1], words[k]));
    }

    // Lookahead after a preposition: "di Brussels", "ke berbagai kota Ukraina", "pada hari Jumat".
    // Returns the word index after the anchor, or -1 when no anchor follows.
    private int Lookahead(string text, SentenceView view, int prep, string prepWord, HashSet<string> anchors, out int end, out (Mention Entity, bool Aimed)? reached)
    {
        var words = view.Words;
        end = -1;
        reached = null;
        bool aimed = _lex.HasRole(prepWord, "target"); // after a word saying what the action is aimed at
        bool time = _lex.HasRole(prepWord, "time");
        for (int k = prep + 1; k < words.Count && k <= prep + MaxLookahead; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k])) && !InBracketedAcronym(text, words, k)) return -1;
            if (view.EntityAt[k] is { } ent)
            {
                anchors.Add(AnchorKey(ent));
                reached = (ent, aimed);
                int after = AfterMention(words, k, ent);
                end = Math.Max(ent.End, words[after - 1].End);
                return after;
            }
            var w = words[k].Lower;
            aimed |= _lex.HasRole(w, "target");
            // "di tengah rencana X" tells circumstances; "di tengah Laut X" a place.
            if (k == prep + 1 && _lex.HasRole(w, "amid") && _lex.HasRole(prepWord, "location"))
            {
                if (k + 1 < words.Count && view.EntityAt[k + 1] is { Type: NodeType.Place } && !Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) continue;
                return -1;
            }
            // A time anchors only an event that has nothing better: "konferensi pers pada hari Jumat".
            if (time && anchors.Count == 0 && (_lex.HasRole(w, "dayname") || char.IsDigit(w[0])))
            {
                int last = k;
                while (last + 1 < words.Count && (char.IsDigit(words[last + 1].Text[0]) || _lex.HasRole(words[last + 1].Lower, "dayname"))
                       && !Words.Breaks(Words.Gap(text, words[last], words[last + 1]))) last++;
                anchors.Add("time:" + string.Join(' ', words.Skip(k).Take(last - k + 1).Select(x => x.Lower)));
                end = words[last].End;
                return last + 1;
            }
            // "dengan Menteri Luar Negeri China Wang Yi": a capitalised title word is no verb.
            // "pada Senin pagi adalah X": a copula starts what is said of the event, as in the phrase itself.
            if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || _lex.IsVerbLike(w) && !words[k].IsCapitalised || _lex.HasRole(w, "pronoun")
                || _lex.HasRole(w, "copula")) return -1;
        }
        return -1;
    }

    // The last person or body before word `verb` that a verb follows (an adverb may come between):
    // the subject of the clause the manner clause belongs to ("Polda Sukamaju menyatakan Front Merah kembali
    // melakukan ... dengan membakar" is Front Merah's).
    private Mention? ClauseSubject(string text, SentenceView view, int verb)
    {
        var words = view.Words;
        Mention? subject = null;
        for (int k = 0; k < verb; k++)
        {
            if (view.EntityAt[k] is not { } m) continue;
            int next = SkipBracket(text, words, AfterMention(words, k, m));
            if (m.Type is NodeType.Person or NodeType.Organization && next < verb
                && (_lex.IsVerbLike(words[next].Lower) || next + 1 < verb && _lex.IsVerbLike(words[next + 1].Lower)))
                subject = m;
            k = next - 1;
        }
        return subject;
    }

    // The body a place qualifies when it follows the body's name directly or after the body's
    // acronym in brackets ("KKB Papua", "Kelompok Kriminal Bersenjata (KKB) Papua").
    private static Mention? BodyQualifiedBy(string text, SentenceView view, int placeWord)
    {
        var words = view.Words;
        int k = placeWord - 1;
        if (k < 0) return null;
        // The acronym in brackets is the body's own mention, or the name before it is.
        if (k >= 1 && InBracketedAcronym(text, words, placeWord))
            return view.EntityAt[k] is { Type: NodeType.Organization } acronym ? acronym : BodyEndingAt(view, k - 1);
        return Words.Gap(text, words[k], words[placeWord]).Trim().IsEmpty ? BodyEndingAt(view, k) : null;
    }

    // The organisation whose mention ends with word k (mentions are indexed by their first word).
    private static Mention? BodyEndingAt(SentenceView view, int k)
    {
        for (int q = k; q >= 0 && q >= k - 8; q--)
            if (view.EntityAt[q] is { } m)
                return m.Type == NodeType.Organization && m.End == view.Words[k].End ? m : null;
        return null;
    }

    // "bersama Menteri Pertahanan (Menhan) Prabowo": an acronym in brackets inside a title, or the
    // word right after it, goes on with the title rather than breaking the phrase.
    private static bool InBracketedAcronym(string text, List<Word> words, int k)
    {
        static bool Acronym(Word w) => w.Text.Length > 1 && char.IsUpper(w.Text[0]);
        var before = Words.Gap(text, words[k - 1], words[k]).Trim();
        if (before.SequenceEqual("("))
            return Acronym(words[k]) && k + 1 < words.Count && Words.Gap(text, words[k], words[k + 1]).Trim().SequenceEqual(")");
        return before.SequenceEqual(")") && k >= 2 && Acronym(words[k - 1]) && Words.Gap(text, words[k - 2], words[k - 1]).Trim().SequenceEqual("(");
    }

    // The index of a location preposition that follows word `from` within a few words of one
    // clause and is followed by a place ("... yang bertikai di Moskow"); null when there is none.
    private int? PlaceAfterClause(string text, SentenceView view, int from)
    {
        var words = view.Words;
        for (int k = from + 1; k + 1 < words.Count && k <= from + MaxLookahead + 1; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k])) || view.EntityAt[k] is not null) return null;
            if (_lex.HasRole(words[k].Lower, "location") && !_lex.HasRole(words[k].Lower, "setting"))
                return view.EntityAt[k + 1] is { Type: NodeType.Place } && !Words.Breaks(Words.Gap(text, words[k], words[k + 1])) ? k : null;
        }
        return null;
    }

    /// <summary>
    /// The location preposition after an agenda that opens at word <paramref name="from"/> ("membahas
    /// Pilgub 2018", "untuk membicarakan X", "mengenai Y") within one clause, when a place or a residence
    /// ("di kediaman X") follows it; null otherwise.
    /// </summary>
    private int? PlaceAfterAgenda(string text, SentenceView view, int from)
    {
        var words = view.Words;
        int k = from;
        if (_lex.HasRole(words[k].Lower, "purpose")) k++;
        if (k >= words.Count || !(_lex.HasRole(words[k].Lower, "agenda") || _lex.HasRole(words[k].Lower, "topic"))) return null;
        for (int m = k + 1; m + 1 < words.Count && m <= k + MaxAgendaWords; m++)
        {
            if (Words.Breaks(Words.Gap(text, words[m - 1], words[m]))) return null;
            if (view.EntityAt[m] is { } named) { m = AfterMention(words, m, named) - 1; continue; }
            var w = words[m].Lower;
            if (_lex.HasRole(w, "location") && !_lex.HasRole(w, "setting"))
                return !Words.Breaks(Words.Gap(text, words[m], words[m + 1]))
                       && (view.EntityAt[m + 1] is { Type: NodeType.Place } || _lex.HasRole(words[m + 1].Lower, "residence")) ? m : null;
            // What is discussed may itself be a happening ("membahas Pilgub 2018"): it stays in the agenda.
            if (_lex.HasRole(w, "subclause") || _lex.HasRole(w, "relative") || _lex.HasRole(w, "boundary") && !_lex.HasRole(w, "purpose")) return null;
        }
        return null;
    }

    private const int MaxAgendaWords = 8;

    // "kudeta junta militer tahun 2021": a year names the happening even after a few modifiers.
    private static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2';

    private static int FindClosingQuote(string text, List<Word> words, int from)
    {
        for (int k = from; k < words.Count && k < from + 6; k++)
        {
            int after = words[k].End;
            if (after < text.Length && Words.IsQuoteMark(text[after])) return k;
            if (k + 1 < words.Count && Words.Breaks(Words.Gap(text, words[k], words[k + 1]))) return -1;
        }
        return -1;
    }

    private static int AfterMention(List<Word> words, int j, Mention m)
    {
        int k = j + 1;
        while (k < words.Count && words[k].Start < m.End) k++;
        return k;
    }

    // "dalam" places someone at a meeting ("dalam konferensi pers") rather than anchoring the event before it.
    // "diadakan di X", "dilakukan oleh X": the verb and what it goes on to describe the event. Who
    // held or opened it ("dibuka oleh X") took part in it and is no part of its name.
    private bool PlacedOrDone(string verb, string preposition) =>
        IsPreposition(preposition) && (_lex.HasRole(verb, "done") || _lex.HasRole(verb, "held") && !_lex.HasRole(preposition, "doer"));

    // Whether a placing verb and its preposition ("digelar di") follow word j in its clause, past
    // ordinary and capitalised words only.
    private bool PlacedAhead(string text, List<Word> words, int j)
    {
        for (int k = j + 1; k + 1 < words.Count && k <= j + MaxPlacedModifiers + 4; k++)
        {
            if (Words.Breaks(Words.Gap(text, words[k - 1], words[k]))) return false;
            var w = words[k].Lower;
            if (_lex.HasRole(w, "held") && IsPreposition(words[k + 1].Lower)) return true;
            if (_lex.HasRole(w, "boundary") || _lex.HasRole(w, "subclause") || (!words[k].IsCapitalised && _lex.IsVerbLike(w))) return false;
        }
        return false;
    }

    // Whether "dan" at word j joins one plain lower-case word (no name, head, verb or function word) that a
    // preposition follows at once.
    private bool JoinedModifier(string text, SentenceView view, int j)
    {
        var words = view.Words;
        if (j + 2 >= words.Count || view.EntityAt[j + 1] is not null || !words[j + 1].Text.All(char.IsLower)) return false;
        var next = words[j + 1].Lower;
        if (_functionWords.Contains(next) || _lex.IsVerbLike(next) || MatchHead(words, j + 1).Length > 0 || !IsPreposition(words[j + 2].Lower)) return false;
        return !Words.Breaks(Words.Gap(text, words[j], words[j + 1])) && !Words.Breaks(Words.Gap(text, words[j + 1], words[j + 2]));
    }

    private bool IsPreposition(string w) =>
        !_lex.HasRole(w, "setting") && (_lex.HasRole(w, "location") || _lex.HasRole(w, "target") || _lex.HasRole(w, "time")
        || _lex.HasRole(w, "owner") || _lex.HasRole(w, "between") || _lex.HasRole(w, "with") || _lex.HasRole(w, "doer"));

    // A title-case line without a closing full stop.
    // The sentence is read in place: a string of it would be kept by the sentence, a copy of the article in all.
    private static bool IsHeadline(ReadOnlySpan<char> sentence, List<Word> words)
    {
        var trimmed = sentence.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”') return false;
        int content = 0, caps = 0;
        foreach (var w in words)
        {
            if (w.Text.Length < 4 || !char.IsLetter(w.Text[0])) continue;
            content++;
            if (char.IsUpper(w.Text[0])) caps++;
        }
        return content >= 2 && caps * 10 >= content * 7;
    }

    // The class of the longest listed head the phrase opens with: "Musyawarah Daerah" is a regional
    // congress though the trigger found only "musyawarah".
    private string PhraseHeadClass(IReadOnlyList<Word> words, int head, int headLen, EventKind kind)
    {
        var text = string.Join(' ', words.Skip(head).Take(headLen).Select(x => x.Lower));
        for (int n = Math.Min(MaxHeadWords, words.Count - head); n > headLen; n--)
            if (_lex.HeadClasses.GetValueOrDefault(string.Join(' ', words.Skip(head).Take(n).Select(x => x.Lower))) is { } longer) return longer;
        return HeadClass(text, kind, words[head].Lower);
    }

    private string HeadClass(string head, EventKind kind, string firstWord) =>
        _lex.HeadClasses.GetValueOrDefault(head)
        ?? _lex.HeadClasses.GetValueOrDefault(firstWord)
        ?? (kind == EventKind.Attack ? firstWord : head);

    private static readonly string PlaceKeyPrefix = NodeId.Prefix(NodeType.Place) + ":";

    public static string AnchorKey(Mention m) =>
        m.EntityId ?? NodeId.For(m.Type, m.Canonical ?? m.Surface);

    // Spaces collapsed and double quote marks left out: a description may run out of a quote
    // ("“serangan balasan besar-besaran” di Kotabaru"), and a name in quotes is the same name without them.
    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s.Trim())
        {
            if (c is '"' or '\u201C' or '\u201D' or '\u201E') continue;
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Descriptions of one happening in one article become one cluster; the description with
    // the most anchors names it, and the registry lines it up with earlier articles. Attacks
    // told with different heads ("ledakan di bandara Kabul", "serangan di Kabul") are one
    // cluster when their entity anchors agree, a place inside a named site counting as that
    // place ("Manchester Arena" covers "Manchester"); a description anchored only by a time
    // ("serangan pada hari Kamis") or pointing back ("pemboman itu") is the attack or the
    // like-headed event told before it.
    private IEnumerable<Mention> Name(Document document, List<EventPhrase> phrases)
    {
        var clusters = new List<List<EventPhrase>>();
        var reps = new List<EventPhrase>();
        var covered = new List<HashSet<string>>(); // entity anchors of a cluster, with the places their names contain
        // What the member tests below need of a cluster, kept as it grows so that a long article
        // telling one happening many times is not walked member by member for each new description:
        // the distinct entity-anchor sets of its members, and the union of their targets.
        var anchorSets = new List<Dictionary<string, List<string>>>();
        var targets = new List<HashSet<string>>();
        var heads = new List<HashSet<string>>(); // head classes of a cluster's members
        var doneBy = new List<HashSet<string>>(); // who carried out a cluster's attacks, where its clause says
        TitleHolding? holders = null; // titles to the one person the article names holding each
        void Join(int c, EventPhrase p)
        {
            heads[c].Add(p.Head);
            covered[c].UnionWith(Covering(p));
            var theirs = p.EntityAnchors.ToList();
            if (theirs.Count > 0) anchorSets[c].TryAdd(string.Join('\u0001', theirs.Order(StringComparer.Ordinal)), theirs);
            if (p.Targets is { } t) targets[c].UnionWith(t);
            if (p.Kind == EventKind.Attack && p.Hosts is { } h) doneBy[c].UnionWith(h);
        }
        void NewCluster(EventPhrase p)
        {
            clusters.Add([p]); reps.Add(p);
            covered.Add(new HashSet<string>(StringComparer.Ordinal));
            anchorSets.Add(new Dictionary<string, List<string>>(StringComparer.Ordinal));
            targets.Add(new HashSet<string>(StringComparer.Ordinal));
            heads.Add(new HashSet<string>(StringComparer.Ordinal));
            doneBy.Add(new HashSet<string>(StringComparer.Ordinal));
            Join(clusters.Count - 1, p);
        }
        var waiting = new List<EventPhrase>();
        var owned = new List<EventPhrase>(); // meetings a clitic gives their owner, not yet told before
        foreach (var p in phrases)
        {
            int found = -1;
            bool timeOnly = p.ProperName is null && p.Anchors.Count > 0 && p.Anchors.All(a => a.StartsWith("time:", StringComparison.Ordinal));
            var own = p.EntityAnchors.ToHashSet(StringComparer.Ordinal);
            HashSet<string>? ownCover = null;
            bool articleClass = _lex.ArticleClasses.Contains(p.Head);
            bool earlier = p.Possessed && _lex.HasRole(WordAfter(document.Text, p.End), "ago");
            bool strikeHead = articleClass && p.Kind == EventKind.Attack && own.Count > 0 && _lex.StrikeHeads.Contains(HeadWord(p));
            // "Insiden di Desa Sukamaju" after "peristiwa pembakaran rumah di Desa Sukamaju":
            // a word for any incident, placed only where a happening told before took place, is that happening.
            bool incident = p.ProperName is null && own.Count > 0 && own.All(a => a.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal))
                && _lex.HasRole(HeadWord(p), "incident");
            // "Usai pertemuan dengan X, Y menjelaskan ..." right after "X menerima kunjungan Y": a meeting told only as what
            // came before, naming only parties of the meeting told last, in the sentence after it, is that meeting.
            bool followed = p.Kind == EventKind.Meeting && p.ProperName is null && !p.ByVerb && !p.Anaphoric && PartyAnchors(p).Any()
                            && Words.LettersBefore(document.Text, p.Start) is var (from, to) && _lex.HasRole(document.Text[from..to].ToLowerInvariant(), "after");
            // The phrase's parties with titles taken for their holders, worked out once for all the clusters.
            bool heldKnown = false;
            HashSet<string>? heldOwn = null;
            HashSet<string>? HeldOwn()
            {
                if (!heldKnown) (heldOwn, heldKnown) = (Held(document, p, own, holders ??= TitleHolders(document)), true);
                return heldOwn;
            }
            bool anyMeeting = p.Anaphoric && p.Closed && !p.Possessed && PartyAnchors(p).Any() && p.Kind == EventKind.Meeting && p.ProperName is null && _lex.HasRole(HeadWord(p), "any-meeting");
            for (int c = clusters.Count - 1; c >= 0; c--)
            {
                var rep = reps[c];
                // "kunjungannya ke Jepang" after "kunjungan X ke Tokyo": the meeting a clitic gives its owner is that
                // owner's meeting of its kind told last.
                if (p.Possessed && p.ByVerb && p.Hosts is { } owners && heads[c].Contains(p.Head) && owners.IsSubsetOf(covered[c])) { found = c; break; }
                if (followed && rep.Kind == EventKind.Meeting)
                {
                    followed = false;
                    // The host who received the visit is named in its clause, not in its description.
                    int told = clusters[c][^1].SentenceIndex;
                    if (p.SentenceIndex - told <= 1 && own.All(a => covered[c].Contains(a) || NamedIn(document, told, a))) { found = c; break; }
                }
                if (incident && !_lex.HasRole(HeadWord(rep), "incident") && own.IsSubsetOf(covered[c])) { found = c; break; }
                if (p.Anaphoric && p.Head == AnyClass) { found = c; break; }
                // "pertemuan antara Pemerintah Kota X dan Pemerintah Syldavia ini" after "Wali Kota X menerima kunjungan Y": a
                // general word for a meeting, its parties named and then pointed back with a demonstrative, is the
                // happening told last when that was a meeting, of whatever kind.
                if (anyMeeting && c == clusters.Count - 1 && rep.Kind == EventKind.Meeting) { found = c; break; }
                // "sejak pertemuan kita di Bali November lalu" in an article on a meeting in Chengdu: the speaker's own
                // meeting, told as past, somewhere the happening was not, is an earlier one.
                if (earlier && p.EntityAnchors.Any(a => a.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal) && !Within(a, covered[c]))) continue;
                // "Perang Dingin", "Perang Teluk" and "perang di Ukraina" in one article are three wars.
                if (articleClass && !p.Anaphoric && OtherName(rep, p)) continue;
                // The article's war told again after one of its descriptions joined a strike.
                if (articleClass && rep.Head != p.Head && heads[c].Contains(p.Head)) { found = c; break; }
                // "X melancarkan agresi brutal terhadap Y" after "serangan X di Y": the strike told with a war's word.
                if (strikeHead && rep.Kind == EventKind.Attack && !_lex.ArticleClasses.Contains(rep.Head) && own.All(a => Within(a, covered[c]))) { found = c; break; }
                // "Pertemuan Pemimpin Forum" after "Pertemuan Pemimpin Forum Kepulauan Pasifik ke-52 di P": a
                // description whose name opens the other's name tells the same happening more briefly.
                if (rep.Head == p.Head && NamePrefix(rep, p)) { found = c; break; }
                // "kunjungan kehormatan dari Wakil Menteri X" after "kunjungan kehormatan Wakil Menteri X Y": the same
                // words once the one saying whom it came from is left out.
                if (rep.Head == p.Head && p.Kind == EventKind.Meeting && OpensWithoutOrigin(rep, p)) { found = c; break; }
                // "Munas VI APPSI" ... "Munas VI di Jakarta": one article names one edition of a series once.
                if (rep.Head == p.Head && _lex.SeriesClasses.Contains(p.Head) && Edition([p]) is { } edition && Edition([rep]) == edition) { found = c; break; }
                // "pertemuan tingkat tinggi negara-negara Pakta Lembah di Kotabaru ... KTT Pakta Lembah 2024": one body's summit told twice,
                // once with its edition and once with where it sat, is one summit.
                if (rep.Head == p.Head && _lex.SeriesClasses.Contains(p.Head) && !p.Anaphoric && SameParties(rep, p)
                    && (Edition([p]) is null || Edition([rep]) is null)) { found = c; break; }
                // "kunjungan kenegaraan ke Manila" ... "kunjungan kenegaraan ke Filipina": a meeting head with the
                // same qualifier told twice in one article is one happening, unless the two name different parties.
                if (rep.Head == p.Head && p.Kind == EventKind.Meeting && rep.Kind == EventKind.Meeting && QualifiedHead(p) is { } qualified
                    && qualified == QualifiedHead(rep) && !OtherParties(rep, p) && !OtherVenue(p, covered[c])) { found = c; break; }
                // "pertemuan bilateral X dengan Y di Chengdu ... Dalam pertemuan yang berlangsung di Hotel Z, Chengdu": a
                // meeting told again only by where it sat, one of those places already the happening's.
                if (rep.Head == p.Head && SettingRetold(rep, p, covered[c], document)) { found = c; break; }
                // "penangkapan terduga teroris di Pulau X Kabupaten Y" ... "penangkapan di X oleh Tim Densus": a happening
                // other than a meeting or an attack, told again where it took place, with no other party named.
                if (rep.Head == p.Head && p.Kind == EventKind.Other && rep.Kind == EventKind.Other && !articleClass && !p.Anaphoric
                    && p.ProperName is null && rep.ProperName is null && SamePlace(rep, p) && !OtherParties(rep, p)) { found = c; break; }
                // "kunjungan X dan Y" ... "pertemuan X dan Y": the same two or more parties meeting, told with two words. Any
                // description of the happening may name just them, though the one naming it adds the body of a title.
                if (p.Kind == EventKind.Meeting && rep.Kind == EventKind.Meeting && rep.Head != p.Head && !p.Anaphoric && p.ProperName is null
                    && rep.ProperName is null && Parties(p) >= 2 && (SameParties(rep, p) || SamePartiesAsAny(anchorSets[c].Values, p))
                    && !OtherVenue(p, covered[c])) { found = c; break; }
                // "Kedatangan X itu" after "kunjungan X dan Y" joined "pertemuan X dengan Y": a description pointing back with the
                // word of one of the happening's descriptions, naming only its parties, is that happening.
                if (p.Anaphoric && rep.Head != p.Head && heads[c].Contains(p.Head) && own.Count > 0 && own.IsSubsetOf(covered[c])) { found = c; break; }
                // "Rapat Dengar Pendapat dengan Kapolda Sukamaju" after "Kapolda Sukamaju, Irjen Budi Hartono menghadiri rapat dengan
                // Komisi I": a meeting of the same kind whose own parties (not a host its clause gives it), the holders of the titles
                // it names taken for the titles, the happening already has.
                if (rep.Head == p.Head && p.Kind == EventKind.Meeting && !p.Anaphoric && p.ProperName is null && own.Count > 0
                    && HeldOwn() is { } held && held.IsSubsetOf(covered[c])) { found = c; break; }
                bool attacks = p.Kind == EventKind.Attack && rep.Kind == EventKind.Attack
                               && !_lex.ArticleClasses.Contains(p.Head) && !_lex.ArticleClasses.Contains(rep.Head);
                if (rep.Head != p.Head && !attacks && !SameMeeting(rep, p)) continue;
                // "Kamboja menembaki tentara Thailand" after "pasukan Thailand melancarkan serangan ke tentara Kamboja": the
                // sides turned round, a strike back.
                if (attacks && (p.Hosts is { } doers && targets[c].Overlaps(doers) || p.Targets is { } aimedAt && doneBy[c].Overlaps(aimedAt))) continue;
                if ((timeOnly || p.Anaphoric) && (rep.Head == p.Head || attacks)) { found = c; break; }
                if (rep.Head == p.Head && (p.Anaphoric || _lex.ArticleClasses.Contains(p.Head) || Compatible(rep, p))) { found = c; break; }
                if (attacks && own.Count > 0 && (own.IsSubsetOf(covered[c]) || Covers(ownCover ??= Covering(own), anchorSets[c].Values))) { found = c; break; }
                // "serangan Brigade Fajar di Sukamaju ... Brigade Fajar menyerbu dua kampung di tepi Kotabaru": one attacker's
                // attack told again with the place it fell named more closely.
                if (attacks && SameAttacker(own, covered[c], p.Targets, p.Hosts)) { found = c; break; }
                if (SameMeeting(rep, p)) { found = c; break; }
                // "X membakar pesawat Y ... pesawat Y dibakar oleh Z": one happening told twice by its verb.
                if (rep.Head == p.Head && p.Targets is { Count: > 0 } mine && targets[c].Overlaps(mine)) { found = c; break; }
                // "KKB membakar gudang logistik ... Pembakaran gudang logistik milik PT X": the happening its verb told with a
                // target of nouns only, described again with those nouns after the same head.
                if (rep.Head == p.Head && (SameDescribed(rep, p) || SameDescribed(p, rep))) { found = c; break; }
            }
            // "Serangan udara Koalisi Arab menghantam ... Menurut sumber, serangan di Saada ...": an attack told only by
            // where it fell, in an article that has told one attack by its attacker with the same head, is that attack.
            if (found < 0 && p.Kind == EventKind.Attack && !articleClass && p.ProperName is null && own.Count > 0
                && own.All(a => a.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal)) && OnlyAttack(reps, covered) is int only && reps[only].Head == p.Head)
                found = only;
            if (found < 0 && (p.Anchors.Count == 0 || p.Head == AnyClass)) continue; // points back to nothing told
            // "Penyerangan itu terjadi pada Kamis" before the article names the attack: a description that points
            // back, or tells only when, waits for the description of the same happening told after it.
            if (found < 0 && (p.Anaphoric && !p.Closed || timeOnly) && own.Count == 0 && p.ProperName is null) { waiting.Add(p); continue; }
            if (found < 0 && p.Possessed && p.ByVerb) { owned.Add(p); continue; }
            if (found < 0)
            {
                NewCluster(p);
                continue;
            }
            clusters[found].Add(p);
            Join(found, p);
            // The description a reader gives names the happening rather than the one read off its verb.
            // One pointed back to by a demonstrative after its anchors ("KTT tahunan X itu") still describes it.
            if ((!p.Anaphoric || p.Closed) && (p.Anchors.Count > reps[found].Anchors.Count || SameDescribed(reps[found], p))) reps[found] = p;
        }
        // "dua hari kunjungannya ke Jepang, yang sekaligus merupakan kunjungan pertama Presiden Korea Selatan": a
        // meeting of its kind described in the same sentence is the one the clitic points to.
        if (owned.Count > 0)
        {
            // The clusters told in each sentence, latest last, so that each clitic looks only at its own sentence's.
            var toldIn = new Dictionary<int, List<int>>();
            void Told(int c, int sentence)
            {
                var list = toldIn.TryGetValue(sentence, out var l) ? l : toldIn[sentence] = [];
                if (list.Count == 0 || list[^1] != c) list.Add(c);
            }
            for (int c = 0; c < clusters.Count; c++)
                foreach (var x in clusters[c]) Told(c, x.SentenceIndex);
            foreach (var p in owned)
            {
                int found = -1;
                if (toldIn.TryGetValue(p.SentenceIndex, out var here))
                    for (int k = here.Count - 1; k >= 0 && found < 0; k--)
                        if (heads[here[k]].Contains(p.Head)) found = here[k];
                if (found < 0) { NewCluster(p); Told(clusters.Count - 1, p.SentenceIndex); continue; }
                clusters[found].Add(p);
                Join(found, p);
                if (p.Anchors.Count > reps[found].Anchors.Count) reps[found] = p;
            }
        }
        foreach (var p in waiting)
        {
            bool attack = p.Kind == EventKind.Attack && !_lex.ArticleClasses.Contains(p.Head);
            // The same happening told next after it, or else the one told last before it. Phrases come in text
            // order, so a cluster's first phrase is where it was first told.
            int found = -1, before = -1;
            for (int c = 0; c < clusters.Count; c++)
            {
                if (reps[c].Head != p.Head && !(attack && reps[c].Kind == EventKind.Attack && !_lex.ArticleClasses.Contains(reps[c].Head))) continue;
                int first = clusters[c][0].Start;
                if (first > p.Start) { if (found < 0 || first < clusters[found][0].Start) found = c; }
                else if (before < 0 || first > clusters[before][0].Start) before = c;
            }
            if (found < 0) found = before;
            if (found < 0) { NewCluster(p); continue; }
            clusters[found].Add(p);
            Join(found, p);
        }
        var output = new List<Mention>();
        for (int c = 0; c < clusters.Count; c++)
        {
            var rep = reps[c];
            var proposed = rep.ProperName ?? rep.Name;
            var entityAnchors = clusters[c].SelectMany(p => p.EntityAnchors).ToHashSet(StringComparer.Ordinal);
            var canonical = rep.ProperName is not null ? proposed
                : _registry.Resolve(rep.Head, entityAnchors, proposed, _lex.ArticleClasses.Contains(rep.Head) || _lex.SeriesClasses.Contains(rep.Head),
                    Edition(clusters[c]));
            var id = NodeId.For(NodeType.Event, canonical);
            foreach (var p in clusters[c])
                output.Add(new Mention(p.Start, p.End, document.SurfaceAt(p.Start, p.End), NodeType.Event, p.SentenceIndex,
                    p != rep && (p.Anaphoric && !p.Closed || !p.EntityAnchors.Any() && p.ProperName is null && !p.Anchors.Any(a => a.StartsWith("name:", StringComparison.Ordinal)))
                        ? ReferenceRecognizerName : RecognizerName,
                    canonical, id));
        }
        output.Sort((a, b) => a.Start.CompareTo(b.Start));
        return output;
    }

    // Whether a happening told by its verb with a target of nouns only ("pembakaran gudang logistik") is the other
    // description, whose name has those nouns right after its head word ("pembakaran gudang logistik milik PT X").
    private static bool SameDescribed(EventPhrase verbal, EventPhrase other)
    {
        if (verbal.Described is not { } d || other.ByVerb || other.Name.IndexOf(' ') is not (> 0 and var space)) return false;
        return other.Name.AsSpan(space + 1).StartsWith(d, StringComparison.OrdinalIgnoreCase)
               && (other.Name.Length == space + 1 + d.Length || other.Name[space + 1 + d.Length] == ' ');
    }

    // Whether a description carries a name of its own ("name:" anchors from capitalised words) that the
    // other does not share: both named differently, or one named and the other told by entities alone.
    private static bool OtherName(EventPhrase a, EventPhrase b)
    {
        var mine = a.Anchors.Where(IsNameAnchor).ToHashSet(StringComparer.Ordinal);
        var theirs = b.Anchors.Where(IsNameAnchor).ToHashSet(StringComparer.Ordinal);
        if (mine.Count == 0 && theirs.Count == 0) return false;
        if (mine.Count > 0 && theirs.Count > 0) return !mine.Overlaps(theirs);
        var unnamed = mine.Count == 0 ? a : b;
        return unnamed.EntityAnchors.Any();
    }

    private static bool IsNameAnchor(string anchor) => anchor.StartsWith("name:", StringComparison.Ordinal) && !IsEditionAnchor(anchor);

    // Whether two descriptions read the same once the origin word ("dari") one of them has is left out,
    // the other going on after those words ("kunjungan kehormatan dari Wakil Menteri X", "kunjungan kehormatan Wakil Menteri X Y").
    private bool OpensWithoutOrigin(EventPhrase a, EventPhrase b)
    {
        if (a.ProperName is not null || b.ProperName is not null || a.ByVerb || b.ByVerb || a.Anaphoric || b.Anaphoric) return false;
        var (x, y) = (Words(a.Name), Words(b.Name));
        bool HasOrigin(string[] words) => words.Any(w => _lex.HasRole(w, "origin"));
        if (HasOrigin(x) == HasOrigin(y)) return false;
        var (with, other) = HasOrigin(x) ? (x, y) : (y, x);
        var kept = with.Where(w => !_lex.HasRole(w, "origin")).ToArray();
        return kept.Length >= MinOriginPrefixWords && other.Length >= kept.Length
               && kept.SequenceEqual(other[..kept.Length], StringComparer.OrdinalIgnoreCase);

        static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Words a description must keep after the origin word is left out to name the happening by itself:
    // head, qualifier and a title of at least two words.
    private const int MinOriginPrefixWords = 4;

    // Whether one description's name is the other's opening words, whole words only ("Pertemuan Pemimpin
    // Forum" opens "Pertemuan Pemimpin Forum Kepulauan Pasifik ke-52 di P", "KTT X" does not open "KTT Xi"),
    // the shorter anchored only by the capitalised words of that name: a party named in the shorter
    // ("pertemuan X") may have met several others in the article.
    private static bool NamePrefix(EventPhrase a, EventPhrase b)
    {
        if (a.ProperName is not null || b.ProperName is not null || a.ByVerb || b.ByVerb) return false;
        var (shorter, longer) = a.Name.Length <= b.Name.Length ? (a, b) : (b, a);
        if (shorter.EntityAnchors.Any() || !shorter.Anchors.Any(x => x.StartsWith("name:", StringComparison.Ordinal))) return false;
        if (shorter.Name.IndexOf(' ') < 0 || !longer.Name.StartsWith(shorter.Name, StringComparison.OrdinalIgnoreCase)) return false;
        return longer.Name.Length == shorter.Name.Length || longer.Name[shorter.Name.Length] == ' ';
    }

    // The edition a cluster names: its ordinals and numbers ("ke-52", "2024"), so that summits of one
    // series in different years stay apart across articles; null when it names none or disagrees with itself.
    private static string? Edition(List<EventPhrase> cluster)
    {
        string? edition = null;
        foreach (var p in cluster)
            foreach (var a in p.Anchors)
            {
                if (!IsEditionAnchor(a)) continue;
                if (edition is not null && edition != a) return null;
                edition = a;
            }
        return edition;
    }

    // "name:2024" or an ordinal "name:ke-52", "name:vi", "name:ke-xi"; a name with digits in it ("G20") is no edition.
    private static bool IsEditionAnchor(string anchor)
    {
        if (!anchor.StartsWith("name:", StringComparison.Ordinal)) return false;
        var value = anchor.AsSpan(5);
        int dash = value.LastIndexOf('-');
        var number = dash < 0 ? value : value[(dash + 1)..];
        bool numeral = !number.ContainsAnyExcept("0123456789") || RomanNumerals.Is(number, lowerCase: true);
        return number.Length > 0 && numeral && (dash < 0 || value[..dash].IndexOfAny("0123456789 ") < 0);
    }

    // The first word of a description's name: the head word it was found by ("agresi brutal ..." → "agresi").
    private static string HeadWord(EventPhrase p)
    {
        int space = p.Name.IndexOf(' ');
        return (space < 0 ? p.Name : p.Name[..space]).ToLowerInvariant();
    }

    // Whether an anchor is among a cluster's covered anchors, itself or, for a place, by a
    // place its name contains ("Republik Yaman" by "Yaman").
    private static bool Within(string anchor, HashSet<string> cover)
    {
        if (cover.Contains(anchor)) return true;
        if (!anchor.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal)) return false;
        return Covering(new HashSet<string>(StringComparer.Ordinal) { anchor }).Any(a => a != anchor && cover.Contains(a));
    }

    // The entity anchors of a description and every place named inside an anchor's name
    // ("place:manchester-arena" also covers "place:manchester"), as ids.
    private static HashSet<string> Covering(EventPhrase p)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in p.EntityAnchors)
        {
            set.Add(a);
            int colon = a.IndexOf(':');
            if (colon < 0) continue;
            var words = a[(colon + 1)..].Split('-');
            for (int from = 0; from < words.Length; from++)
                for (int to = from + 1; to <= words.Length; to++)
                    if (to - from < words.Length) set.Add("place:" + string.Join('-', words[from..to]));
        }
        return set;
    }

    // Whether a description names an attacker (a person or body), all of whose attackers the cluster names too.
    // The one attack cluster of the article so far when its description names an attacker, or null.
    private int? OnlyAttack(List<EventPhrase> reps, List<HashSet<string>> covered)
    {
        int? only = null;
        for (int c = 0; c < reps.Count; c++)
        {
            if (reps[c].Kind != EventKind.Attack || _lex.ArticleClasses.Contains(reps[c].Head)) continue;
            if (only is not null) return null;
            only = c;
        }
        return only is int o && covered[o].Any(a => !a.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal)) ? o : null;
    }

    private static bool SameAttacker(HashSet<string> own, HashSet<string> cover, IReadOnlySet<string>? aimed, IReadOnlySet<string>? doers)
    {
        bool party = false;
        foreach (var a in own)
        {
            if (a.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal) && !(doers?.Contains(a) ?? false) || aimed is not null && aimed.Contains(a)) continue;
            if (!cover.Contains(a)) return false;
            party = true;
        }
        return party;
    }

    // Whether all the anchors of some earlier description of a cluster are covered by a new description's names.
    private static bool Covers(HashSet<string> mine, IEnumerable<List<string>> earlierAnchorSets)
    {
        foreach (var theirs in earlierAnchorSets)
            if (theirs.All(mine.Contains)) return true;
        return false;
    }

    private static HashSet<string> Covering(HashSet<string> anchors) =>
        Covering(new EventPhrase(0, 0, 0, "", EventKind.Attack, "", anchors, null));

    // Two meetings of one article told by their verbs ("X berkunjung ke Vietnam. X bertemu dengan
    // Y ...") that share a party: one happening told twice. A meeting named by a noun is left
    // alone: a visit to a country ("kunjungan X ke Indonesia") holds many meetings.
    // A verb-told meeting with no place and, in the same or the next sentence, a meeting phrase
    // anchored only by a place ("X bertemu Y. ... setelah perundingan di Oman") are also one;
    // a visit to a place is not ("kunjungan kerja ke Belgia" holds the meetings told in it).
    // A meeting phrase a few sentences on naming only parties (and places) of a verb-told meeting
    // ("X bertemu Y di Z ... tujuannya audiensi dengan Y") tells that meeting again.
    private bool SameMeeting(EventPhrase a, EventPhrase b)
    {
        if (a.Kind != EventKind.Meeting || b.Kind != EventKind.Meeting || a.ProperName is not null || b.ProperName is not null) return false;
        // "X bertemu Y ... X juga bertemu Z": meetings with other counterparts are other meetings.
        if (a.ByVerb && b.ByVerb) return a.EntityAnchors.Any(x => b.Anchors.Contains(x)) && !OtherParties(a, b);
        var (verb, noun) = a.ByVerb ? (a, b) : b.ByVerb ? (b, a) : (null!, null!);
        if (verb is null || _lex.DestinationClasses.Contains(noun.Head)) return false;
        int apart = Math.Abs(verb.SentenceIndex - noun.SentenceIndex);
        var placeKey = NodeId.Prefix(NodeType.Place) + ":";
        if (apart <= 1 && !verb.EntityAnchors.Any(x => x.StartsWith(placeKey, StringComparison.Ordinal))
            && noun.EntityAnchors.Any() && noun.EntityAnchors.All(x => x.StartsWith(placeKey, StringComparison.Ordinal)))
            return true;
        var told = verb.EntityAnchors.ToHashSet(StringComparer.Ordinal);
        return apart <= MaxMeetingRetell && noun.EntityAnchors.Any(x => !x.StartsWith(placeKey, StringComparison.Ordinal)) && noun.EntityAnchors.All(told.Contains);
    }

    // The head word and the ordinary word qualifying it that open a description's name ("kunjungan
    // kenegaraan", "pertemuan bilateral"), or null when a name or a function word follows the head.
    private string? QualifiedHead(EventPhrase p)
    {
        if (p.ProperName is not null || p.Anaphoric) return null;
        var words = p.Name.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[1].All(char.IsLower) || _functionWords.Contains(words[1])) return null;
        return words[0].ToLowerInvariant() + " " + words[1];
    }

    // Whether the two descriptions share a place they were told at.
    private static bool SamePlace(EventPhrase a, EventPhrase b) =>
        a.EntityAnchors.Any(x => x.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal) && b.Anchors.Contains(x));

    // Whether both descriptions name parties (persons or bodies) and each names one the other does not
    // ("makan siang Jokowi bersama A" and "makan siang Jokowi dan B" are two lunches).
    private static bool OtherParties(EventPhrase a, EventPhrase b)
    {
        var mine = PartyAnchors(a).ToHashSet(StringComparer.Ordinal);
        var theirs = PartyAnchors(b).ToHashSet(StringComparer.Ordinal);
        return mine.Count > 0 && theirs.Count > 0 && !mine.IsSubsetOf(theirs) && !theirs.IsSubsetOf(mine);
    }

    // Whether a person's name starts at word j, or after a few more capitalised short forms each closed by a
    // period ("Dr. H. Budi Hartono").
    private static bool ShortFormsBeforePerson(string text, SentenceView view, int j)
    {
        var words = view.Words;
        for (int k = j; k < words.Count && k < j + MaxShortForms; k++)
        {
            if (view.EntityAt[k] is { } m) return m.Type == NodeType.Person;
            if (!words[k].IsCapitalised || words[k].Text.Length > MaxShortFormLength || k + 1 >= words.Count
                || !Words.Gap(text, words[k], words[k + 1]).Trim().SequenceEqual(".")) return false;
        }
        return false;
    }

    private const int MaxShortForms = 4;
    private const int MaxShortFormLength = 4;

    private bool SettingRetold(EventPhrase rep, EventPhrase p, HashSet<string> covered, Document document)
    {
        if (p.Kind != EventKind.Meeting || rep.Kind != EventKind.Meeting || p.Anaphoric || p.ProperName is not null || rep.ProperName is not null) return false;
        var own = p.EntityAnchors.ToList();
        if (own.Count == 0 || PartyAnchors(p).Any()) return false;
        // "jumpa pers di Istana Negara, Jakarta Pusat" ... "jumpa pers di Istana Merdeka, Jakarta": a building of
        // its own, where the happening sat in another, is another happening in the same town.
        if (OtherVenue(p, covered)) return false;
        return own.Any(covered.Contains) || TownAfterSite(document, p.End) is { } container && covered.Contains(AnchorKey(container));
    }

    // "jumpa pers di Istana Negara" ... "jumpa pers di Istana Merdeka": a description placed in a building where the
    // happening told before sat in another names another happening, in the same town or not.
    private bool OtherVenue(EventPhrase p, HashSet<string> covered) =>
        p.EntityAnchors.Any(Venue) && !p.EntityAnchors.Any(a => Venue(a) && covered.Contains(a)) && covered.Any(Venue);

    // Whether an anchor is a building or compound: a place whose name opens with a venue's head word ("Istana Negara").
    private bool Venue(string anchor) =>
        anchor.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal) && anchor.IndexOf('-', PlaceKeyPrefix.Length) is var dash
        && _lex.VenueHeads.Opens(dash < 0 ? anchor[PlaceKeyPrefix.Length..] : anchor[PlaceKeyPrefix.Length..dash]);

    // Whether an entity with the anchor is named in the sentence.
    private static bool NamedIn(Document document, int sentence, string anchor) =>
        document.Mentions.Any(m => m.SentenceIndex == sentence && m.Type != NodeType.Event && AnchorKey(m) == anchor);

    // The lower-case word that follows a position after spaces, or "" when none does.
    private static string WordAfter(string text, int end)
    {
        int from = end;
        while (from < text.Length && text[from] == ' ') from++;
        int to = from;
        while (to < text.Length && char.IsLetter(text[to])) to++;
        return text[from..to].ToLowerInvariant();
    }

    // The place named right after a comma that closes a description ("di Hotel Z, Chengdu"): the town the site is in.
    // Clustering runs over the whole document, so it reads the document's mentions, not a sentence view.
    private static Mention? TownAfterSite(Document document, int end)
    {
        var mentions = document.Mentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi) { int mid = (lo + hi) / 2; if (mentions[mid].Start < end) lo = mid + 1; else hi = mid; }
        if (lo == mentions.Count || mentions[lo].Type != NodeType.Place) return null;
        var gap = document.Text.AsSpan(end, mentions[lo].Start - end).Trim();
        return gap is "," ? mentions[lo] : null;
    }

    private static bool Compatible(EventPhrase a, EventPhrase b)
    {
        if (a.ProperName is not null && b.ProperName is not null)
            return string.Equals(a.ProperName, b.ProperName, StringComparison.OrdinalIgnoreCase);
        var (mine, theirs) = (Told(a), Told(b));
        if (mine.IsSubsetOf(theirs) || theirs.IsSubsetOf(mine)) return true;
        // "pertemuan X dengan Y" after "X mengadakan pertemuan dengan Y": the host counts once two parties are
        // named, not for "pertemuan X" alone, as X may have met others in the article.
        return a.Anchors.IsSubsetOf(b.Anchors) && Parties(a) >= 2 || b.Anchors.IsSubsetOf(a.Anchors) && Parties(b) >= 2;
    }

    // The anchors the description's own words tell, without a host taken from the clause around it.
    private static IReadOnlySet<string> Told(EventPhrase p) =>
        p.Hosts is not { Count: > 0 } hosts ? p.Anchors : p.Anchors.Where(x => !hosts.Contains(x)).ToHashSet(StringComparer.Ordinal);

    private static int Parties(EventPhrase p) => PartyAnchors(p).Count();

    private static bool SameParties(EventPhrase a, EventPhrase b)
    {
        var mine = PartyAnchors(a).ToHashSet(StringComparer.Ordinal);
        return mine.Count > 0 && mine.SetEquals(PartyAnchors(b));
    }

    // The description's own parties with each body of a title in its words replaced by the person the article names
    // holding that title; null when it names no such title.
    private static HashSet<string>? Held(Document document, EventPhrase p, HashSet<string> own, TitleHolding holding)
    {
        var told = Told(p).Where(own.Contains).ToHashSet(StringComparer.Ordinal);
        bool any = false;
        int k = Array.BinarySearch(holding.Starts, p.Start);
        if (k < 0) k = ~k;
        // Mentions may share a start; the first of them.
        while (k > 0 && holding.Starts[k - 1] >= p.Start) k--;
        for (; k < holding.Bodies.Count && holding.Bodies[k].Start < p.End; k++)
            if (holding.Bodies[k] is var m && m.End <= p.End && told.Contains(AnchorKey(m)) && holding.Holders.TryGetValue(Office(document.Text, m), out var holder))
            {
                told.Remove(AnchorKey(m));
                told.Add(holder);
                any = true;
            }
        return any ? told : null;
    }

    private const int MaxRankWords = 4;

    // "Kapolda Sukamaju, Irjen Pol Budi Hartono": a title right before a person's name, ranks and a comma between, to
    // that person; a title two people are named after is no one's in particular and is left out.
    private static TitleHolding TitleHolders(Document document)
    {
        var text = document.Text;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var mentions = document.Mentions.Where(m => m.Type is NodeType.Person or NodeType.Organization).OrderBy(m => m.Start).ToList();
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (body, person) = (mentions[i], mentions[i + 1]);
            if (body.Type != NodeType.Organization || person.Type != NodeType.Person || person.Start < body.End) continue;
            var gap = text.AsSpan(body.End, person.Start - body.End);
            if (gap.IndexOfAny('\n', '"', '\u201C') >= 0) continue;
            int words = 0;
            bool ranks = true;
            foreach (var part in gap.Trim().TrimStart(',').ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (++words > MaxRankWords || !char.IsUpper(part[0]) || part.IndexOfAny(['.', ',', ';', ':', '!', '?']) is >= 0 and var at && at < part.Length - 1)
                    ranks = false;
            if (!ranks) continue;
            var (office, h) = (Office(text, body), AnchorKey(person));
            if (found.TryGetValue(office, out var had) && had != h) shared.Add(office);
            else found[office] = h;
        }
        foreach (var o in shared) found.Remove(o);
        var bodies = mentions.Where(m => m.Type == NodeType.Organization).ToList();
        return new TitleHolding(found, bodies, bodies.Select(m => m.Start).ToArray());
    }

    // Titles to their holders, and the article's body mentions in text order with where each starts.
    private sealed record TitleHolding(Dictionary<string, string> Holders, List<Mention> Bodies, int[] Starts);

    private const int MaxTitleWordsBefore = 3;

    // A body's mention with the capitalised words right before it ("Wakil Ketua" of "Wakil Ketua Dewan X"): the office,
    // so that "Ketua Dewan X" is told apart from "Wakil Ketua Dewan X".
    private static string Office(string text, Mention body)
    {
        int start = body.Start;
        for (int n = 0; n < MaxTitleWordsBefore; n++)
        {
            // One space between the words of a title; anything else ends it.
            int end = start - 1;
            if (end < 1 || text[end] != ' ' || !char.IsLetter(text[end - 1])) break;
            int from = end;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            if (!char.IsUpper(text[from])) break;
            start = from;
        }
        return AnchorKey(body) + "|" + text[start..body.Start].Trim().ToLowerInvariant();
    }

    // Whether one of a cluster's anchor sets names the same parties as the description, places aside.
    private static bool SamePartiesAsAny(IEnumerable<List<string>> anchorSets, EventPhrase p)
    {
        var theirs = PartyAnchors(p).ToHashSet(StringComparer.Ordinal);
        return anchorSets.Any(set => theirs.SetEquals(set.Where(x => !x.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal))));
    }

    // The entity anchors of a description that are parties (persons or bodies), not places.
    private static IEnumerable<string> PartyAnchors(EventPhrase p) => p.EntityAnchors.Where(x => !x.StartsWith(PlaceKeyPrefix, StringComparison.Ordinal));
}
