using KnowledgeGraph.Language;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Finds statements: quotes with their attribution ("“…,” kata X", "X mengatakan, “…”", a
/// quote continuing the previous speaker's), and reported speech ("X mengatakan (bahwa) …",
/// "…, kata X", "Menurut X, …"). Pronoun speakers ("ungkapnya", "kata dia", "Ia menegaskan")
/// stand for the last Person who spoke or was mentioned before.
/// </summary>
public sealed class StatementFinder
{
    private const int SpeakerWindow = 12;
    // The most words a name runs over.
    private const int MaxNameWords = 8;
    private const int RecentSentences = 3;
    // How many sentences after the last quoted speaker a quote said by "dia" may still be theirs.
    private const int QuotedSpeakerSentences = 12;
    private readonly RelationLexicon _lex;
    private readonly IQuoteFinder _quotes;

    public StatementFinder(RelationLexicon lexicon, IQuoteFinder? quotes = null)
    {
        _lex = lexicon;
        _quotes = quotes ?? new SimpleQuoteFinder();
    }

    public IReadOnlyList<QuoteSpan> Quotes(string text) => _quotes.Find(text);

    /// <summary>Whether two finders read statements the same way (same lexicon and quote finder).</summary>
    public bool SameRules(StatementFinder other) => ReferenceEquals(_lex, other._lex) && _quotes.GetType() == other._quotes.GetType();

    private sealed class Pending
    {
        public Mention? Speaker;
        public bool Pronoun;
        public bool Continuation;
        // "…, katanya": a clitic after the verb may point back at a body as well as a person.
        public bool Clitic;
        // "…, kata kelompok itu": a kind of body closed by a demonstrative points back at the body named last.
        public bool BodyPointedBack;
        // People joined to the speaker as subjects of the same verb ("A dan B menyatakan …").
        public List<Mention>? CoSpeakers;
        public int ContentStart, ContentEnd, ExcludeStart, ExcludeEnd, SpanStart, SpanEnd, Sentence;
        public string? Quote;
        public int Position;
        // Where a pronoun subject's antecedent is looked for: before its own clause, so "Putri X
        // itu mengatakan" does not take X.
        public int AntecedentBefore = int.MaxValue;
    }

    // Whether the words before a statement's verb open with a word that, in the sentences just before, introduced
    // someone unnamed ("Pejabat itu mengatakan" after "Seorang pejabat senior pemerintah mengatakan").
    private bool IntroducedUnnamed(DocView doc, Pending p)
    {
        var words = doc.Words;
        int k = Words.IndexAtOrAfter(words, p.SpanStart);
        if (k >= words.Count || words[k].Start >= p.Position || doc.EntityAt[k] is not null || _lex.HasRole(words[k].Lower, "pronoun")) return false;
        var described = words[k].Lower;
        int first = doc.SentenceFirstWord(k);
        for (int back = 0, s = first; back < RecentSentences && s > 0; back++)
        {
            int from = doc.SentenceFirstWord(s - 1);
            for (int j = from + 1; j < s; j++)
                if (words[j].Lower == described && _lex.HasRole(words[j - 1].Lower, "indefinite")) return true;
            s = from;
        }
        return false;
    }

    public List<Statement> Find(DocView doc, IReadOnlyList<QuoteSpan> quotes)
    {
        var words = doc.Words;
        var text = doc.Text;
        var pending = new List<Pending>();
        var usedVerb = new HashSet<int>();
        var inQuote = new bool[words.Count];
        int qi = 0;
        for (int i = 0; i < words.Count; i++)
        {
            while (qi < quotes.Count && quotes[qi].End <= words[i].Start) qi++;
            inQuote[i] = qi < quotes.Count && quotes[qi].Contains(words[i].Start);
        }

        // Direct quotes.
        int prevQuoteSentence = -10;
        Pending? prev = null;
        foreach (var q in quotes)
        {
            var p = new Pending { ContentStart = q.Start, ContentEnd = q.End, Quote = text[q.Start..q.End], ExcludeStart = -1, ExcludeEnd = -1, Position = q.Start, SpanStart = q.Start, SpanEnd = q.End };
            int firstIn = Words.IndexAtOrAfter(words, q.Start);
            int after = Words.IndexAtOrAfter(words, q.End);
            bool found = false;
            if (after < words.Count && ShortGap(text, q.End, words[after].Start))
                found = AttributionAfter(doc, after, p, usedVerb);
            if (!found && firstIn > 0 && ShortGap(text, words[firstIn - 1].End, q.Start - 1))
                found = AttributionBefore(doc, firstIn - 1, p, usedVerb);
            p.Sentence = firstIn < words.Count ? doc.SentenceOf[Math.Min(firstIn, words.Count - 1)] : 0;
            if (!found && prev is not null && (prev.Speaker is not null || prev.Pronoun) && p.Sentence - prevQuoteSentence <= 2)
            {
                p.Continuation = true;
                p.CoSpeakers = prev.CoSpeakers;
                p.Speaker = prev.Speaker;
                p.Pronoun = prev.Pronoun;
            }
            pending.Add(p);
            prev = p;
            int lastIn = Math.Max(firstIn, after - 1);
            prevQuoteSentence = lastIn < words.Count ? doc.SentenceOf[lastIn] : p.Sentence;
        }

        // Reported speech. A speech verb inside what an earlier verb of the sentence reports
        // ("X menekankan bahwa NATO ... dan mengutuk ...") belongs to that report.
        int reportedSentence = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if (inQuote[i] || usedVerb.Contains(i)) continue;
            // "K.H. Said Aqil Siradj": a speech word that opens or sits inside a name is a word of the name.
            if (doc.EntityAt[i] is { Type: not NodeType.Event }) continue;
            int before = _lex.SpeechBefore.MatchAt(words, i);
            // "dalam acara Megawati Bercerita": a speech verb written with a capital inside a sentence that is not
            // in title case is a word of a name.
            if (before > 0 && words[i].IsCapitalised && i >= 2 && i - 2 >= doc.SentenceFirstWord(i) && !words[i - 2].IsCapitalised) continue;
            if (before > 0)
            {
                // "X menyebut A dan B menegaskan keprihatinan ...": a verb with a subject of its own named
                // right before it reports what those others said, inside X's report.
                if (doc.SentenceOf[i] == reportedSentence && !OwnSubjectBefore(doc, i)) continue;
                int count = pending.Count;
                Reported(doc, i, before, pending);
                if (pending.Count > count) reportedSentence = doc.SentenceOf[i];
                continue;
            }
            int afterLen = _lex.SpeechAfter.MatchAt(words, i, _lex.Morphology, out bool suffixed);
            // "Seperti disampaikan X, negara itu ...": the words after the speaker are theirs, as after "menurut".
            if (afterLen == 1 && i > 0 && _lex.HasRole(words[i - 1].Lower, "as") && OpensClauseAt(doc, i - 1)) { According(doc, i, pending); continue; }
            if (afterLen > 0) { ReportedAfter(doc, i, afterLen, suffixed, pending); continue; }
            if (_lex.HasRole(words[i].Lower, "according") || (_lex.Morphology.WithoutClitic(words[i].Lower) is { } stem && _lex.HasRole(stem, "according")))
                According(doc, i, pending);
        }

        // Pronouns and continued quotes take the last Person who spoke (or was named) before.
        pending.Sort((a, b) => a.Position.CompareTo(b.Position));
        Mention? lastSpeaker = null;
        Pending? lastSaid = null;
        int lastSpeakerSentence = -100;
        // The last body or person that said something: what a following unattributed quote continues.
        Mention? lastVoice = null;
        int lastVoiceSentence = -100;
        var result = new List<Statement>(pending.Count);
        foreach (var p in pending)
        {
            // An unattributed quote right after another continues whoever spoke last, not a person
            // the narration named between the two ("X mengundang Y .... “Kami …”" is still X's).
            if (p.Continuation && p.Speaker is null && lastVoice is not null && p.Sentence - lastVoiceSentence <= RecentSentences)
                p.Speaker = lastVoice;
            else if (p.BodyPointedBack && doc.Mentions.LastBefore(p.Position, m => m.Type == NodeType.Organization
                         && !_lex.IsOutlet(m.Canonical ?? m.Surface) && !_lex.IsOutlet(m.Surface)) is { } body)
                p.Speaker = body;
            // "Seorang pejabat senior mengatakan ... Pejabat itu mengatakan ...": a description pointing back at someone
            // a sentence before introduced unnamed with the same word is that unnamed speaker again.
            else if (p.Pronoun && p.Quote is null && p.Speaker is null && IntroducedUnnamed(doc, p)) { }
            else if (p.Pronoun || (p.Continuation && p.Speaker is null))
            {
                // A recent speaker wins over a person merely named since ("... selama pemerintahan
                // Jokowi. Menurutnya, ..." is still the speaker before), not over a new subject.
                // A party of a crime said by its word ("korban mengalami luka parah") is told about by those who speak of it.
                var lastNamed = doc.Mentions.LastBefore(Math.Min(p.Position, p.AntecedentBefore), m => m.Type == NodeType.Person
                    && m.Recognizer != Recognition.Rules.CaseRoles.RecognizerName);
                bool namedIsSubject = lastNamed is not null
                    && (doc.Mentions.InSentence(lastNamed.SentenceIndex).FirstOrDefault(m => m.Type == NodeType.Person) == lastNamed
                        || OpensClause(doc, lastNamed));
                // A person named in what the last speaker said is talked about, not talking.
                bool namedInWords = lastNamed is not null && lastSaid is not null
                    && lastNamed.Start >= lastSaid.ContentStart && lastNamed.End <= lastSaid.ContentEnd;
                // "…, katanya" right after a body's statement: the body is still speaking.
                var (recent, recentSentence) = p.Clitic && lastVoice is not null && lastVoice.Type == NodeType.Organization && lastVoiceSentence >= lastSpeakerSentence
                    ? (lastVoice, lastVoiceSentence) : (lastSpeaker, lastSpeakerSentence);
                // "“...,” ucap dia" a few sentences after the last quoted speaker, with only narration between
                // that names someone sentences back, goes on quoting the speaker.
                bool quoteGoesOn = p.Quote is not null && lastSaid?.Quote is not null && lastNamed is not null
                    && p.Sentence - recentSentence <= QuotedSpeakerSentences && p.Sentence - lastNamed.SentenceIndex >= 2;
                p.Speaker = recent is not null && (lastNamed is null || recent.Start >= lastNamed.Start || namedInWords || quoteGoesOn
                        || (!namedIsSubject && p.Sentence - recentSentence <= RecentSentences))
                    ? recent : (namedIsSubject || lastNamed is null ? lastNamed : SubjectOf(doc, lastNamed)) ?? recent;
            }
            // A news outlet cited as the source of a report ("…, kata kantor berita X") carries what
            // others said; it is no speaker.
            if (p.Speaker is { Type: NodeType.Organization } outlet && (_lex.IsOutlet(outlet.Canonical) || _lex.IsOutlet(outlet.Surface))) p.Speaker = null;
            if (p.Speaker is not null && p.Speaker.Type == NodeType.Person) { lastSpeaker = p.Speaker; lastSpeakerSentence = p.Sentence; lastSaid = p; }
            if (p.Speaker is not null && p.Speaker.Type is NodeType.Person or NodeType.Organization) { lastVoice = p.Speaker; lastVoiceSentence = p.Sentence; }
            if (p.Speaker is not null && p.Speaker.Type is not (NodeType.Person or NodeType.Organization)) p.Speaker = null;
            int s0 = Math.Min(p.SpanStart, p.Speaker?.Start ?? int.MaxValue);
            int s1 = Math.Max(p.SpanEnd, p.Speaker?.End ?? 0);
            var others = p.Speaker is null || p.CoSpeakers is null ? [] : p.CoSpeakers.Where(c => c.EntityId != p.Speaker.EntityId).ToList();
            result.Add(new Statement(p.Speaker, p.ContentStart, p.ContentEnd, p.ExcludeStart, p.ExcludeEnd, p.Quote, p.Sentence, s0, s1) { CoSpeakers = others });
        }
        Enumerated(doc, result);
        return result;
    }

    /// <summary>
    /// "X mengatakan ada beberapa isu yang dibahas. Pertama, .... Kedua, ...": the sentences right after a
    /// statement that open with an ordinal and a comma go on with the points it announced.
    /// </summary>
    private void Enumerated(DocView doc, List<Statement> result)
    {
        var words = doc.Words;
        int count = result.Count;
        HashSet<int>? said = null;
        for (int k = 0; k < count; k++)
        {
            var st = result[k];
            if (st.Speaker is null || st.Quote is not null) continue;
            int at = Words.IndexAtOrAfter(words, Math.Max(st.ContentStart, st.SpanStart));
            if (at >= words.Count) continue;
            for (int next = doc.SentenceEndWord(at); next + 1 < words.Count && OpensPoint(doc, next); next = doc.SentenceEndWord(next))
            {
                int end = words[doc.SentenceEndWord(next) - 1].End;
                if (!(said ??= result.Select(r => r.SentenceIndex).ToHashSet()).Add(doc.SentenceOf[next])) break;
                result.Add(new Statement(st.Speaker, words[next].Start, end, -1, -1, null, doc.SentenceOf[next], words[next].Start, end) { CoSpeakers = st.CoSpeakers });
            }
        }
        if (result.Count > count) result.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
    }

    // "Pertama, ...", "Yang pertama adalah ...": a sentence opening with an ordinal names one of the points announced.
    private bool OpensPoint(DocView doc, int k)
    {
        var words = doc.Words;
        if (_lex.HasRole(words[k].Lower, "enumeration")) return Words.Gap(doc.Text, words[k], words[k + 1]).Trim().SequenceEqual(",");
        return _lex.HasRole(words[k].Lower, "relative") && k + 2 < words.Count && doc.SentenceOf[k + 2] == doc.SentenceOf[k]
            && _lex.HasRole(words[k + 1].Lower, "enumeration") && _lex.HasRole(words[k + 2].Lower, "copula");
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> opens a clause of its own ("sementara X berkata"),
    /// not modifies the noun before it as an adjective does in "presiden sementara Suriah, X", where
    /// the parse tells the two apart.
    /// </summary>
    public bool OpensSubclause(DocView doc, int k)
    {
        var w = doc.Words[k];
        if (!_lex.HasRole(w.Lower, "subclause")) return false;
        var parsed = doc.Document.ParseOf(doc.SentenceOf[k])?.WordAt(w.Start);
        return parsed is null || !(parsed.Pos == "ADJ" || parsed.DepIs("amod"));
    }

    /// <summary>
    /// Whom a pronoun opening the next sentence stands for when the last person named was not
    /// the subject of their sentence ("X memanfaatkan pertemuan dengan Y, untuk .... Ia mendesak
    /// Y ..."): the sentence's subject, a person that opens it before any verb; else the person named.
    /// </summary>
    private Mention SubjectOf(DocView doc, Mention named)
    {
        var words = doc.Words;
        var first = doc.Mentions.InSentence(named.SentenceIndex).FirstOrDefault(m => m.Type == NodeType.Person);
        if (first is null || first == named || first.EntityId == named.EntityId || first.Start > named.Start) return named;
        int at = SentenceView.WordContaining(words, first.Start);
        if (at < 0) return named;
        for (int k = doc.SentenceFirstWord(at); k < at; k++)
            if (doc.EntityAt[k] is null && (_lex.IsVerbLike(words[k].Lower) || Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1])))) return named;
        int next = doc.After(at, first);
        return next < words.Count && _lex.IsVerbLike(words[next].Lower) ? first : named;
    }

    // "Menimpali pernyataan X, Y mengaku …": a name right after a comma and right before a verb is
    // its clause's subject.
    private bool OpensClause(DocView doc, Mention m)
    {
        var words = doc.Words;
        int i = SentenceView.WordContaining(words, m.Start);
        if (i <= 0 || !Words.Gap(doc.Text, words[i - 1], words[i]).Contains(',')) return false;
        int next = doc.After(i, m);
        return next < words.Count && doc.SentenceOf[next] == doc.SentenceOf[i] && _lex.IsVerbLike(words[next].Lower);
    }

    // Where the words a quoted phrase runs on into end: at the sentence's end, or where the writer
    // adds an aside set off by a dash ("… termasuk di A - konflik terpanjang …") or adds context.
    private int RunOnEnd(DocView doc, int from, int end)
    {
        var words = doc.Words;
        for (int k = from + 1; k < end; k++)
        {
            var gap = Words.Gap(doc.Text, words[k - 1], words[k]);
            if (gap.IndexOf(" - ".AsSpan()) >= 0 || gap.IndexOfAny('–', '—', ';') >= 0 || _lex.HasRole(words[k].Lower, "adjunct")) return k;
        }
        return end;
    }

    // Whether a quote closes its clause: its last mark before the closing quotation mark ends one.
    private static bool EndsClause(string text, int quoteEnd)
    {
        for (int k = quoteEnd - 1; k >= 0 && k >= quoteEnd - 3; k--)
        {
            char c = text[k];
            if (char.IsLetterOrDigit(c)) return false;
            if (c is '.' or ',' or '!' or '?' or ';' or ':') return true;
        }
        return false;
    }

    /// <summary>
    /// The people the parse joins to a speaker as conjuncts of the same subject ("Presiden A dan
    /// Perdana Menteri B menyatakan …"): each says what the verb reports. Titles around a name
    /// ("Perdana Menteri Jepang B") hang the name below the title, so the conjunct is the phrase
    /// the name heads or is the name of. Empty without a parse or when the subject stands alone.
    /// </summary>
    private List<Mention> Conjuncts(DocView doc, Mention speaker, int verb)
    {
        var found = new List<Mention>();
        var words = doc.Words;
        var parse = doc.Document.ParseOf(doc.SentenceOf[verb]);
        if (parse is null) return found;
        var head = PhraseOf(parse, speaker);
        if (head is null) return found;
        var root = head;
        while (root.DepIs("conj") && root.Head is { } up) root = up;
        var conjuncts = new List<KnowledgeGraph.Parsing.Word> { root };
        for (int i = 0; i < conjuncts.Count; i++)
            conjuncts.AddRange(conjuncts[i].ChildrenWith("conj"));
        foreach (var c in conjuncts)
        {
            if (c == head || c.Start >= words[verb].Start) continue;
            var named = NameIn(doc, c, speaker.Type);
            if (named is not null && named.EntityId != speaker.EntityId && !found.Contains(named)) found.Add(named);
        }
        return found;
    }

    // The word of a name's noun phrase in the parse: the word of the name whose head lies outside
    // it, raised past the title words it hangs from ("Presiden" over "A").
    private static KnowledgeGraph.Parsing.Word? PhraseOf(KnowledgeGraph.Parsing.ParsedSentence parse, Mention m)
    {
        KnowledgeGraph.Parsing.Word? w = null;
        foreach (var x in parse.Words)
            if (x.Start >= m.Start && x.End <= m.End && (x.Head is null || x.Head.Start < m.Start || x.Head.End > m.End)) { w = x; break; }
        if (w is null) return null;
        while (w.Head is { } up && (w.DepIs("flat") || w.DepIs("appos") || w.DepIs("compound") || w.DepIs("nmod"))
               && up.Pos is "NOUN" or "PROPN" && up.Start < w.Start)
            w = up;
        return w;
    }

    // The name a conjunct's phrase holds: at the word itself or below it, not past another conjunct.
    private static Mention? NameIn(DocView doc, KnowledgeGraph.Parsing.Word c, NodeType type)
    {
        var stack = new Stack<(KnowledgeGraph.Parsing.Word Word, int Depth)>();
        stack.Push((c, 0));
        Mention? best = null;
        while (stack.Count > 0)
        {
            var (w, depth) = stack.Pop();
            int at = SentenceView.WordContaining(doc.Words, w.Start);
            if (at >= 0 && doc.EntityAt[at] is { } m && m.Type == type && (best is null || m.Start < best.Start)) best = m;
            if (depth >= 3) continue;
            foreach (var child in w.Children)
                if (child.DepIs("flat") || child.DepIs("appos") || child.DepIs("compound") || child.DepIs("nmod"))
                    stack.Push((child, depth + 1));
        }
        return best;
    }

    private static bool ShortGap(string text, int from, int to)
    {
        if (to < from) return true;
        if (to - from > 4) return false;
        for (int k = from; k < to; k++)
            if (text[k] == '\n') return false;
        return true;
    }

    // “…,” kata X  /  “…,” ungkapnya  /  “…” X menambahkan
    private bool AttributionAfter(DocView doc, int i, Pending p, HashSet<int> usedVerb)
    {
        var words = doc.Words;
        int len = _lex.SpeechAfter.MatchAt(words, i, _lex.Morphology, out bool suffixed);
        if (len == 0) len = _lex.SpeechBefore.MatchAt(words, i, _lex.Morphology, out suffixed);
        if (len > 0)
        {
            usedVerb.Add(i);
            p.SpanEnd = words[i + len - 1].End;
            if (suffixed || (i + len < words.Count && _lex.HasRole(words[i + len].Lower, "pronoun")))
            {
                // Whom the quote names is talked about, not talking.
                p.Pronoun = true; p.Clitic = suffixed; p.AntecedentBefore = p.ContentStart;
                return true;
            }
            var sp = SpeakerAfter(doc, i + len);
            if (sp is null || sp.Type != NodeType.Person)
                if (BackReference(doc, i + len)) { p.Pronoun = true; p.BodyPointedBack = PointsBackAtBody(doc, i + len); return true; }
            if (sp is null) return false;
            p.Speaker = sp;
            return true;
        }
        if (doc.EntityAt[i] is { } m && m.Type is NodeType.Person or NodeType.Organization)
        {
            int k = doc.After(i, m);
            for (int j = k; j < words.Count && j <= k + 2; j++)
                if (_lex.SpeechBefore.MatchAt(words, j) > 0) { usedVerb.Add(j); p.Speaker = m; p.SpanEnd = words[j].End; return true; }
            // “…,” X, direktur jenderal …, mengatakan: the verb comes after the speaker's apposition.
            int verb = AfterApposition(doc, i, k);
            if (verb >= 0 && _lex.SpeechBefore.MatchAt(words, verb) > 0) { usedVerb.Add(verb); p.Speaker = m; p.SpanEnd = words[verb].End; return true; }
        }
        return false;
    }

    /// <summary>
    /// The first word after an apposition set off by commas right after a name ("X, direktur …,
    /// mengatakan"), or -1 when none closes within the sentence or another person is named in it.
    /// </summary>
    private static int AfterApposition(DocView doc, int name, int next)
    {
        var words = doc.Words;
        if (next <= name || next >= words.Count || !Words.Gap(doc.Text, words[next - 1], words[next]).Contains(',')) return -1;
        int end = doc.SentenceEndWord(name);
        for (int k = next + 1; k < end && k <= next + SpeakerWindow; k++)
        {
            if (doc.EntityAt[k] is { Type: NodeType.Person }) return -1;
            if (Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) return k;
        }
        return -1;
    }

    // X mengatakan, “…”  /  kata X: “…”
    private bool AttributionBefore(DocView doc, int last, Pending p, HashSet<int> usedVerb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(last);
        for (int v = last; v >= first && v >= last - 2; v--)
        {
            int len = _lex.SpeechBefore.MatchAt(words, v);
            if (len > 0 && v + len - 1 <= last)
            {
                usedVerb.Add(v);
                p.SpanStart = words[first].Start;
                var (subject, pronoun) = SubjectBefore(doc, v);
                p.Speaker = subject;
                p.Pronoun = pronoun;
                if (subject is not null) p.CoSpeakers = Conjuncts(doc, subject, v);
                // X menyatakan “keprihatinan” atas A dan B: a quoted phrase the sentence runs on after is
                // the head of what was said, and the rest of the sentence belongs to it.
                int after = Words.IndexAtOrAfter(words, p.ContentEnd);
                if (after < words.Count && doc.SentenceOf[after] == doc.SentenceOf[v] && !EndsClause(doc.Text, p.ContentEnd)
                    && _lex.SpeechAfter.MatchAt(words, after) == 0 && _lex.SpeechBefore.MatchAt(words, after) == 0)
                    p.ContentEnd = words[RunOnEnd(doc, after, doc.SentenceEndWord(v)) - 1].End;
                return subject is not null || pronoun;
            }
        }
        if (doc.Text.AsSpan(words[last].End, Math.Max(0, p.ContentStart - 1 - words[last].End)).Contains(':'))
        {
            // X: "…"
            for (int j = last; j >= first && j >= last - 3; j--)
                if (doc.EntityAt[j] is { } m && m.Type is NodeType.Person or NodeType.Organization)
                {
                    p.Speaker = m.Type == NodeType.Organization && HolderBeforeTitle(doc, j, first) is { } holder ? holder : m;
                    return true;
                }
        }
        return false;
    }

    // "X, Kepala Penyidik di Kepolisian Kotabaru:": a body closing the title set off after a person's
    // name is where the person works; the person speaks. Null when the words before the body are not such a title.
    private Mention? HolderBeforeTitle(DocView doc, int body, int first)
    {
        var words = doc.Words;
        int k = body;
        for (int titleWords = 0; k > first && titleWords <= MaxTitleWordsBeforeBody; titleWords++)
        {
            if (Words.Gap(doc.Text, words[k - 1], words[k]).Trim().SequenceEqual(","))
                return doc.EntityEndingAt(k - 1, first) is { Type: NodeType.Person } person && titleWords > 0 ? person : null;
            if (Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k])) || doc.EntityEndingAt(k - 1, first) is not null) return null;
            if (!words[k - 1].IsCapitalised && !_lex.HasRole(words[k - 1].Lower, "location")) return null;
            k--;
        }
        return null;
    }

    private const int MaxTitleWordsBeforeBody = 5;

    private void Reported(DocView doc, int verb, int len, List<Pending> pending)
    {
        var words = doc.Words;
        var (subject, pronoun) = SubjectBefore(doc, verb);
        if (subject is null && !pronoun) return;
        if (Unsaid(doc, verb)) return;
        int end = doc.SentenceEndWord(verb);
        if (verb + len >= end) return;
        // "X menegaskan komitmen AS ... menyusul ancaman Putin": the context the writer adds is not X's words.
        // "..., menurut kantor berita X": the source the writer cites closes what was reported.
        // "Ia mendesak X ..., kata Y": Y reports the whole; Y's attribution is not the subject's words.
        for (int k = verb + len; k < end; k++)
            if (k > verb + len && (_lex.HasRole(words[k].Lower, "adjunct")
                || (Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')
                    && (_lex.HasRole(words[k].Lower, "according") || _lex.SpeechAfter.MatchAt(words, k) > 0))))
            { end = k; break; }
        var p = new Pending
        {
            Speaker = subject, Pronoun = pronoun, Position = words[verb].Start,
            CoSpeakers = subject is null ? null : Conjuncts(doc, subject, verb),
            AntecedentBefore = pronoun ? words[doc.SentenceFirstWord(verb)].Start : int.MaxValue,
            ContentStart = words[ComplementStart(doc, verb + len, end) - 1].End, ContentEnd = words[end - 1].End,
            ExcludeStart = -1, ExcludeEnd = -1, Sentence = doc.SentenceOf[verb],
            SpanStart = subject?.Start ?? words[doc.SentenceFirstWord(verb)].Start, SpanEnd = words[end - 1].End,
        };
        pending.Add(p);
    }

    // Whether a person or body is named right before word i, with no comma or joiner between: the
    // subject of that verb itself, not one carried over from an earlier verb of the sentence.
    private bool OwnSubjectBefore(DocView doc, int i)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(i), end = i;
        // "A juga menyampaikan": one small word may stand between.
        if (end - 1 > first && doc.EntityAt[end - 1] is null && !words[end - 1].IsCapitalised && !_lex.IsVerbLike(words[end - 1].Lower)
            && !_lex.HasRole(words[end - 1].Lower, "and") && !Words.Breaks(Words.Gap(doc.Text, words[end - 1], words[i]))) end--;
        if (end - 1 < first || Words.Breaks(Words.Gap(doc.Text, words[end - 1], words[end]))) return false;
        for (int j = end - 1; j >= first && j >= end - MaxNameWords; j--)
            if (doc.EntityAt[j] is { } m)
                return m.Type is NodeType.Person or NodeType.Organization && doc.After(j, m) == end;
        return false;
    }

    // "X tidak (secara langsung) menjawab ...": a negated speech verb says nothing was said, and "Jika
    // ditanya, X akan menjawab ..." tells what might be said, not what was.
    private bool Unsaid(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb);
        for (int k = verb - 1; k >= first && k >= verb - 3; k--)
        {
            if (doc.EntityAt[k] is not null || Words.Breaks(Words.Gap(doc.Text, words[k], words[k + 1]))) break;
            if (_lex.ModalityKind(words[k].Lower) is "negation" or "conditional" or "future") return true;
        }
        return false;
    }

    /// <summary>
    /// Where what was reported begins: right after the verb, or after a complementizer that opens it
    /// a few words on ("X mengatakan selama forum di Y bahwa ...", "X mengumumkan dalam sebuah tweet
    /// bahwa ..."): the words between tell where or how it was said, not what. Not past a list
    /// joiner, since "X menyebut A dan bahwa ..." reports A too.
    /// </summary>
    private int ComplementStart(DocView doc, int from, int end)
    {
        var words = doc.Words;
        for (int k = from + 1; k < end && k <= from + SpeakerWindow; k++)
        {
            var w = words[k].Lower;
            if (_lex.HasRole(w, "complementizer")) return k + 1;
            if (_lex.HasRole(w, "and") || _lex.IsVerbLike(w)) break;
        }
        return from;
    }

    private void ReportedAfter(DocView doc, int verb, int len, bool suffixed, List<Pending> pending)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb);
        bool passive = _lex.Morphology.IsClass(words[verb].Lower, "passive");
        if (!passive)
        {
            // A bare speech verb is one only when it stands after a comma or opens the sentence: ", kata X".
            bool marked = verb == first || Words.Breaks(Words.Gap(doc.Text, words[verb - 1], words[verb]));
            if (!marked) return;
        }
        Mention? speaker = null;
        bool pronoun = suffixed || (verb + len < words.Count && _lex.HasRole(words[verb + len].Lower, "pronoun"));
        bool body = false;
        int excludeEnd = words[verb + len - 1].End;
        if (!pronoun)
        {
            if (passive) speaker = PassiveSpeaker(doc, verb + len);
            else speaker = SpeakerAfter(doc, verb + len);
            if (!passive && (speaker is null || speaker.Type != NodeType.Person) && BackReference(doc, verb + len)) { speaker = null; pronoun = true; body = PointsBackAtBody(doc, verb + len); }
            else
            {
                if (speaker is null) return;
                excludeEnd = speaker.End;
                // "..., kata X kepada Reuters": whom it was said to is not what was said.
                int next = Words.IndexAtOrAfter(words, excludeEnd);
                if (next + 1 < words.Count && _lex.HasRole(words[next].Lower, "addressee"))
                    excludeEnd = doc.EntityAt[next + 1] is { } heard ? heard.End : words[next + 1].End;
            }
        }
        if (pronoun && !suffixed) excludeEnd = words[Math.Min(BackReferenceEnd(doc, verb + len), words.Count - 1)].End;
        int end = doc.SentenceEndWord(verb);
        // "Hal itu diungkapkan X selama ...": what was said comes before a passive speech verb.
        int contentEnd = passive ? words[verb].Start : words[end - 1].End;
        // "Pernyataan ini disampaikan X": what was said is the sentence before.
        if (passive && first > 0 && verb - first == 2 && _lex.HasRole(words[first].Lower, "utterance") && _lex.HasRole(words[first + 1].Lower, "demonstrative"))
            first = doc.SentenceFirstWord(first - 1);
        pending.Add(new Pending
        {
            Speaker = speaker, Pronoun = pronoun, Position = words[verb].Start, Clitic = suffixed, BodyPointedBack = body,
            // "A ditemukan di B, katanya": the person the reported words name is not who said them.
            AntecedentBefore = pronoun ? words[first].Start : int.MaxValue,
            ContentStart = words[first].Start, ContentEnd = contentEnd,
            ExcludeStart = words[verb].Start, ExcludeEnd = excludeEnd, Sentence = doc.SentenceOf[verb],
            SpanStart = words[first].Start, SpanEnd = words[end - 1].End,
        });
    }

    // "Menurut X, …" / "menurutnya": the rest of the sentence is X's.
    // Whether word k opens its sentence or a clause set off by a comma.
    private static bool OpensClauseAt(DocView doc, int k) =>
        k == doc.SentenceFirstWord(k) || Words.Gap(doc.Text, doc.Words[k - 1], doc.Words[k]).Contains(',');

    private void According(DocView doc, int i, List<Pending> pending)
    {
        var words = doc.Words;
        bool pronoun = _lex.Morphology.WithoutClitic(words[i].Lower) is not null || (i + 1 < words.Count && _lex.HasRole(words[i + 1].Lower, "pronoun"));
        Mention? speaker = null;
        int office = -1;
        if (!pronoun)
        {
            if (i + 1 >= words.Count) return;
            if (doc.EntityAt[i + 1] is { } m && m.Type is NodeType.Person or NodeType.Organization)
            {
                // "..., menurut laporan Reuters" / "menurut Kantor Pers X" at the end cites a source, not a speaker.
                if (m.Type == NodeType.Organization && i != doc.SentenceFirstWord(i)) return;
                speaker = m;
            }
            else
            {
                // "Menurut Menteri Sekretaris Negara (Mensesneg) Prasetyo Hadi, ...": titles, then the person.
                int end0 = doc.SentenceEndWord(i);
                for (int k = i + 1; k < end0 && k <= i + 8; k++)
                {
                    if (k > i + 1 && Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) break;
                    if (doc.EntityAt[k] is { Type: NodeType.Person } p) { speaker = p; break; }
                    if (!words[k].IsCapitalised) break;
                }
                // "Menurut Kapolda Papua, …": an office without a name points back at its holder, named before.
                if (speaker is null)
                {
                    office = OfficeEnd(doc, i + 1);
                    if (office < 0) return;
                    pronoun = true;
                }
            }
        }
        int first = doc.SentenceFirstWord(i), end = doc.SentenceEndWord(i);
        pending.Add(new Pending
        {
            Speaker = speaker, Pronoun = pronoun, Position = words[i].Start,
            ContentStart = words[first].Start, ContentEnd = words[end - 1].End,
            ExcludeStart = words[i].Start, ExcludeEnd = speaker?.End ?? words[office < 0 ? i : office].End, Sentence = doc.SentenceOf[i],
            SpanStart = words[first].Start, SpanEnd = words[end - 1].End,
        });
    }

    // The last word of an office's title standing alone before a comma (it opens with a word of a
    // state office, a regional command or a spokesperson, and only capitalised words follow), else -1.
    private int OfficeEnd(DocView doc, int from)
    {
        var words = doc.Words;
        if (from >= words.Count || doc.EntityAt[from] is not null) return -1;
        var head = words[from].Lower;
        if (!(_lex.HasRole(head, "state-office") || _lex.HasRole(head, "branch-head") || _lex.HasRole(head, "spokesperson"))) return -1;
        int end = doc.SentenceEndWord(from);
        for (int k = from + 1; k < end && k <= from + SpeakerWindow / 2; k++)
        {
            if (Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')) return k - 1;
            if (!words[k].IsCapitalised || doc.EntityAt[k] is { Type: NodeType.Person }) return -1;
        }
        return -1;
    }

    // The speaker right after a passive speech verb, "oleh" and a title allowed before the name
    // ("disampaikan oleh Kapolres Sukamaju AKBP X", "dikatakan X"); else null.
    private Mention? PassiveSpeaker(DocView doc, int from)
    {
        var words = doc.Words;
        if (from < words.Count && _lex.HasRole(words[from].Lower, "doer")) from++;
        for (int k = from; k < words.Count && k < from + SpeakerWindow / 2; k++)
        {
            if (k > from && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return null;
            if (doc.EntityAt[k] is { } m)
            {
                if (m.Type == NodeType.Person) return m;
                int next = doc.After(k, m);
                // A body or place in the title goes on to the name ("Kapolres Sukamaju AKBP X").
                if (k > from || next < words.Count && words[next].IsCapitalised && !Words.Breaks(Words.Gap(doc.Text, words[next - 1], words[next])))
                {
                    if (m.Type is not (NodeType.Organization or NodeType.Place)) return null;
                    k = next - 1;
                    continue;
                }
                return m.Type == NodeType.Organization ? m : null;
            }
            if (!words[k].IsCapitalised) return null;
        }
        return null;
    }

    /// <summary>
    /// The speaker named after a speech verb: the first Person within a few words (titles and
    /// an organisation may come first: "kata juru bicara Taliban Zabihullah Mujahid"), else
    /// the first Organization.
    /// </summary>
    private Mention? SpeakerAfter(DocView doc, int from)
    {
        var words = doc.Words;
        if (from >= words.Count) return null;
        int end = doc.SentenceEndWord(Math.Min(from, words.Count - 1));
        Mention? org = null;
        for (int k = from; k < end && k < from + SpeakerWindow; k++)
        {
            if (doc.EntityAt[k] is { } m)
            {
                if (m.Type == NodeType.Person) return m;
                if (m.Type == NodeType.Organization) org ??= m;
                k = doc.After(k, m) - 1;
                continue;
            }
            var w = words[k].Lower;
            // "kata menteri dalam negeri X Budi", "kata duta besar di Z Budi": a title may hold a word of place.
            if (k > from && _lex.HasRole(w, "location") && TitledPersonAhead(doc, k, Math.Min(end, from + SpeakerWindow)) is { } titled) return titled;
            // "kata Kepala Bagian Hukum, Humas, dan Media Dinas Lembah, X": a list of fields inside the title.
            if (k > from && _lex.HasRole(w, "and") && words[k - 1].IsCapitalised && k + 1 < end && words[k + 1].IsCapitalised && doc.EntityAt[k + 1] is null) continue;
            // A capitalised word is a word of the title ("Media"), whatever its prefix looks like.
            if (k > from && (_lex.HasRole(w, "location") || _lex.HasRole(w, "target") || _lex.HasRole(w, "time")
                || _lex.HasRole(w, "boundary") || _lex.IsVerbLike(w) && !words[k].IsCapitalised)) break;
        }
        return org;
    }

    // The person whose name ends a title running on unbroken from word k, when the first name after k
    // is a person's and only lower-case words and place names stand between.
    private Mention? TitledPersonAhead(DocView doc, int k, int end)
    {
        var words = doc.Words;
        for (int j = k + 1; j < end; j++)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) return null;
            if (doc.EntityAt[j] is { } m)
            {
                if (m.Type == NodeType.Person) return m;
                if (m.Type != NodeType.Place) return null;
                j = doc.After(j, m) - 1;
                continue;
            }
            var w = words[j].Lower;
            if (words[j].IsCapitalised || _lex.IsVerbLike(w) || _lex.HasRole(w, "boundary") || _lex.HasRole(w, "time")) return null;
        }
        return null;
    }

    /// <summary>
    /// "…," tulis diplomat tinggi Iran itu / kata pejabat tersebut: a description closed by a
    /// demonstrative after a speech verb points back at someone already named, as a pronoun does.
    /// </summary>
    private bool BackReference(DocView doc, int from) => BackReferenceEnd(doc, from) >= from;

    // Whether the description pointing back at word `from` is a kind of body ("kelompok itu", "partai tersebut").
    private bool PointsBackAtBody(DocView doc, int from) =>
        from + 1 < doc.Words.Count && _lex.HasRole(doc.Words[from].Lower, "body") && _lex.HasRole(doc.Words[from + 1].Lower, "demonstrative");

    // The demonstrative closing such a description within a few words of the verb, else -1.
    private int BackReferenceEnd(DocView doc, int from)
    {
        var words = doc.Words;
        if (from >= words.Count) return -1;
        if (_lex.HasRole(words[from].Lower, "pronoun")) return from;
        int end = doc.SentenceEndWord(from);
        for (int k = from + 1; k < end && k < from + SpeakerWindow / 2; k++)
        {
            if (Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) return -1;
            if (doc.EntityAt[k] is { Type: NodeType.Person }) return -1;
            if (_lex.HasRole(words[k].Lower, "demonstrative")) return k;
        }
        return -1;
    }

    // "X saat ditemui di Y mengatakan …", "X ketika dihubungi, menyebutkan …": a clause of when the person right before it
    // spoke, naming no one else, stands between the speaker and the verb even without a comma before it.
    private bool OccasionAfterSpeaker(DocView doc, int first, int k, int verb)
    {
        // "X saat menanggapi Y": with nothing between, the verb is the clause's own.
        if (verb <= k + 1 || !_lex.HasRole(doc.Words[k].Lower, "occasion") || doc.EntityEndingAt(k - 1, first) is not { Type: NodeType.Person }) return false;
        for (int j = k + 1; j < verb; j++)
            if (doc.EntityAt[j] is { Type: NodeType.Person or NodeType.Organization }) return false;
        return true;
    }

    /// <summary>
    /// The subject of a verb: the last Person named before it in its clause, else the nearest
    /// other named party; or a pronoun ("Dia mengatakan").
    /// </summary>
    public (Mention? Subject, bool Pronoun) SubjectBefore(DocView doc, int verb)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(verb);
        int start = first;
        // "X, saat berbicara bersama Y, menegaskan …": a subclause set off by commas right before the
        // verb is an aside; the subject stands before it.
        int asideStart = -1;
        for (int k = verb - 1; k >= first; k--)
            if (OpensSubclause(doc, k))
            {
                if (asideStart < 0 && k > first && (Words.Gap(doc.Text, words[k - 1], words[k]).Contains(',')
                    && Words.Gap(doc.Text, words[verb - 1], words[verb]).Contains(',') || OccasionAfterSpeaker(doc, first, k, verb)))
                {
                    asideStart = k;
                    continue;
                }
                start = k + 1;
                break;
            }
        Mention? lastPerson = null, firstOther = null;
        int lastPersonWord = -1, pronounWord = -1;
        bool objectPhrase = false;
        for (int k = start; k < verb; k++)
        {
            if (k == asideStart) break;
            if (doc.EntityAt[k] is { } m && m.End <= words[verb].Start && m != doc.Dateline)
            {
                // "X mengadakan pertemuan dengan Y, dengan menyatakan …": whom the subject met or
                // addressed is not the speaker.
                if (m.Type == NodeType.Person && !objectPhrase) { lastPerson = m; lastPersonWord = k; }
                else if (m.Type != NodeType.Event) firstOther = m;
                k = doc.After(k, m) - 1;
                continue;
            }
            if (_lex.HasRole(words[k].Lower, "pronoun") && !_lex.Morphology.IsClitic(words[k].Lower)) pronounWord = k;
            // "Rohani, yang negaranya mendukung pemerintah Assad, menyatakan …": nor is a person in a relative clause.
            if (lastPerson is not null && (_lex.HasRole(words[k].Lower, "with") || _lex.HasRole(words[k].Lower, "target") || _lex.HasRole(words[k].Lower, "relative"))) objectPhrase = true;
        }
        // "Dalam jumpa pers di Tel Aviv, ia mengatakan ...": a pronoun opening the clause after a fronted phrase is its subject.
        if (pronounWord > lastPersonWord && (firstOther is null || pronounWord == start
                                             || pronounWord > 0 && Words.Gap(doc.Text, words[pronounWord - 1], words[pronounWord]).Contains(',')))
            return (null, true);
        // "Putri X itu berdalih …": a description owned by a person and closed by a demonstrative
        // points back at someone else already named.
        if (lastPerson is not null && lastPersonWord > start)
        {
            int after = doc.After(lastPersonWord, lastPerson);
            if (after < verb && _lex.HasRole(words[after].Lower, "demonstrative")) return (null, true);
        }
        // "Diplomat senior itu mengatakan ...": a description closed by a demonstrative points back.
        if (lastPerson is null && firstOther is null)
            for (int k = verb - 1; k > start && k >= verb - 2; k--)
                if (_lex.HasRole(words[k].Lower, "demonstrative") && !Words.Breaks(Words.Gap(doc.Text, words[k], words[verb]))) return (null, true);
        // "Sekjen Partai Komunis China itu menyinggung ...": a title pointing back at a person.
        if (lastPerson is null && firstOther is not null)
        {
            int after = doc.After(SentenceView.WordContaining(words, firstOther.Start), firstOther);
            if (after < verb && _lex.HasRole(words[after].Lower, "demonstrative")) return (null, true);
        }
        if (lastPerson is null && firstOther is not null && doc.EntityAt[start] is { } head && head.Type == NodeType.Organization)
            return (head, false); // "Kantor juru bicara Dewan Maritim Filipina menegaskan": the clause opens with its subject
        return (lastPerson ?? firstOther, false);
    }

}
