using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Language;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// AFFILIATED_WITH from a title that names the body a person serves: "Menteri Pertahanan AS
/// Lloyd Austin" → Amerika Serikat, "Dmitry Peskov, Juru Bicara Kremlin" → Kremlin, "NATO
/// Secretary General Jens Stoltenberg" → NATO. The first organisation or place between the
/// title and the name (or right after a name-first title) is the one; a title naming no body
/// ("Presiden Joko Widodo") gives no edge, since the text does not say which. Gazetteer
/// affiliations alone make no edge: the graph records what the articles say. They only tell which
/// country a state office with no country named belongs to ("Menteri Luar Negeri Dmytro Kuleba" in
/// a story naming Ukraina), as a reader who knows the minister would.
/// </summary>
public sealed class AffiliationExtractor : IRelationExtractor
{
    private readonly NameShapes shapes;
    private readonly RelationLexicon lexicon;
    private readonly TitleNameRecognizer _titles;
    private readonly StateOffices _offices;

    /// <param name="titleBodies">Rows of relations/title-bodies.tsv (a title, the body it heads without naming it).</param>
    public AffiliationExtractor(NameShapes shapes, RelationLexicon lexicon, IEnumerable<string[]>? titleBodies = null)
    {
        this.shapes = shapes;
        this.lexicon = lexicon;
        _titles = new(shapes);
        _offices = new(shapes.Resources.Gazetteer, lexicon, titleBodies);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var index = new MentionIndex(document.Mentions);
        var all = SentenceTokens.Of(document);
        var seen = new HashSet<(string, string)>();
        Dictionary<(NodeType, string), Mention>? named = null;
        // State offices naming no country, held by people the gazetteer ties to no country, and the
        // countries that the document's other state offices name.
        var unplaced = new List<(Mention Person, int Start, int Sentence)>();
        var countrySentences = new HashSet<int>();
        var officeCountries = new Dictionary<string, Mention>(StringComparer.Ordinal);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            var inSentence = index.InSentence(document.Sentences[s].Index);
            if (inSentence.Count == 0) continue;
            // The country of the last office named in this sentence and where its holder's name ends:
            // "Presiden Singapura A dan Perdana Menteri B" → B serves Singapura too.
            (Mention Country, int End)? lastState = null;
            for (int i = 0; i < tokens.Count; i++)
            {
                int len = shapes.TitleAt(tokens, i);
                if (len == 0) continue;
                int afterTitle = i + len;
                int j = _titles.SkipQualifiers(tokens, _titles.SkipPortfolio(tokens, i, len));
                // "Juru bicara militer Myanmar, X", "Jaksa federal Belgia X": a lower-case word or two
                // may qualify the title before its body.
                // Not after a plural or quantifier: "para pemimpin blok Asia Tenggara, X" are many.
                if (j == afterTitle && (i == 0 || !lexicon.HasRole(tokens[i - 1].Text.ToLowerInvariant(), "determiner")))
                    j = AfterModifiers(tokens, afterTitle, inSentence);
                // "Perdana Menteri X saat itu, Y": a time closed by a demonstrative may follow the body.
                if (j > afterTitle && j + 2 < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalised
                    && lexicon.HasRole(tokens[j + 1].Text.ToLowerInvariant(), "demonstrative") && tokens[j + 2].Text == ",")
                    j += 2;
                // "Duta Besar Ukraina untuk PBB, X": where an envoy is posted follows the body.
                if (j > afterTitle && j + 1 < tokens.Count && lexicon.HasRole(tokens[j].Text.ToLowerInvariant(), "posting")
                    && inSentence.FirstOrDefault(m => m.Start == tokens[j + 1].Start && m.Type is NodeType.Organization or NodeType.Place) is { } post)
                {
                    j += 1;
                    while (j < tokens.Count && tokens[j].Start < post.End) j++;
                }
                int qualStart = afterTitle < tokens.Count ? tokens[afterTitle].Start : int.MaxValue;
                int qualEnd = j > afterTitle ? tokens[j - 1].End : qualStart;
                var body = j > afterTitle ? FirstBody(inSentence, qualStart, qualEnd) : null;

                // "Menteri Luar Negeri AS Henry Kissinger", "Panglima TNI X": a listed title may hold its body.
                var inTitle = len > 1 ? FirstBody(inSentence, tokens[i + 1].Start, tokens[afterTitle - 1].End) : null;
                // "Juru Bicara Kementerian Luar Negeri China X": a listed title may run into the body's name.
                if (inTitle is null && len > 1 && j > afterTitle)
                    inTitle = inSentence.FirstOrDefault(m => m.Start >= tokens[i + 1].Start && m.Start < tokens[afterTitle - 1].End
                        && m.End > tokens[afterTitle - 1].End && m.End <= qualEnd && m.Type is NodeType.Organization or NodeType.Place);
                // Title then name ("Jubir Kemlu, X": a title holding its body may stand before a comma too).
                // "Jaksa Agung, X": so may a title that itself heads a body the story names.
                bool headsNamedBody = j == afterTitle && j < tokens.Count && tokens[j].Text == ","
                    && _offices.BodyOfTitle(named ??= StateOffices.NamedIn(document), tokens, i, len) is not null;
                int n = j < tokens.Count && tokens[j].Text == "," && (j > afterTitle || inTitle is not null || headsNamedBody) ? j + 1 : j;
                var person = n < tokens.Count ? PersonAt(inSentence, tokens[n].Start) : null;
                // "juru bicara Pentagon, Mayor Jenderal X": a rank may stand between the comma and the name.
                if (person is null && n > j && n < tokens.Count && shapes.TitleAt(tokens, n) > 0 && _titles.SkipQualifiers(tokens, n) is var ranked && ranked < tokens.Count)
                    person = PersonAt(inSentence, tokens[ranked].Start);
                if (person is not null)
                {
                    // "NATO Secretary General Jens Stoltenberg": the body stands before the title.
                    var owner = body ?? inTitle ?? (j == afterTitle && i > 0 ? BodyEndingAt(inSentence, tokens[i - 1].End) : null);
                    // "JAKARTA - Presiden X": the dateline is where the story was filed, not whom X serves.
                    if (owner is not null && owner.Start < tokens[i].Start && Datelines.LooksLike(document.Text, owner)) owner = null;
                    // "Kapolda Papua X" heads the regional police, not the province.
                    if (owner is { Type: NodeType.Place } && _offices.IsBranchHead(tokens, i)) owner = null;
                    if (owner is null && _offices.BodyOfTitle(named ??= StateOffices.NamedIn(document), tokens, i, len) is { } titled
                        && !_offices.ServesAnotherCountry(person, titled)) owner = titled;
                    bool state = _offices.IsStateOffice(tokens, i, len);
                    if (owner is null && !_offices.HasKnownCountry(person)) owner = DelegationCountry(tokens, inSentence, i);
                    if (owner is null && state)
                        owner = _offices.CountryServed(named ??= StateOffices.NamedIn(document), person)
                                ?? (lastState is { } ls && _offices.OnlyJoinersBetween(document.Text, ls.End, tokens[i].Start) ? ls.Country : null);
                    if (owner is null && state && !_offices.HasKnownCountry(person)) unplaced.Add((person, tokens[i].Start, s));
                    if (state && owner is not null && _offices.IsCountry(owner)) { officeCountries.TryAdd(owner.EntityId!, owner); countrySentences.Add(s); }
                    int start = owner is not null && owner.Start < tokens[i].Start ? owner.Start : tokens[i].Start;
                    if (owner is not null && seen.Add((person.EntityId!, owner.EntityId!)))
                        yield return Candidate(document, person, owner, start, person.End);
                    lastState = state && owner is not null && _offices.IsCountry(owner) ? (owner, person.End) : null;
                }
                // Name, title: "Dmitry Peskov, Juru Bicara Kremlin".
                // Only when no name follows: in "PM Laos A, PM Kamboja B" the second title is B's, not A's.
                if (person is null && body is not null && i >= 2 && tokens[i - 1].Text == ",")
                {
                    var before = PersonEndingAt(inSentence, tokens[i - 2].End);
                    // "Gubernur Jabar A, Kajati Jabar, Wakil Gubernur Jabar, ...": a title set off by commas with another
                    // title after it is an item of a list of office holders, not the name's apposition.
                    if (before is not null && !TitleListGoesOn(tokens, body.End) && seen.Add((before.EntityId!, body.EntityId!)))
                        yield return Candidate(document, before, body, before.Start, qualEnd);
                }
                i = Math.Max(i, j - 1);
            }
            foreach (var c in FromBody(document, tokens, inSentence).Concat(NamedMembers(document, tokens, inSentence)).Concat(RoleAfterName(document, tokens, inSentence))
                         .Concat(TitleCarriedOver(document, tokens, inSentence)).Concat(RankService(document, tokens, inSentence)))
                if (seen.Add((c.SourceId, c.TargetId))) yield return c;
        }
        // "Menteri Energi X" in a story whose other offices are all of one country ("Presiden Ukraina
        // Y"): X holds an office of that country, as a reader takes it. With two countries' offices
        // named the text does not say which, nor does it in a sentence that itself names an office's
        // country ("Hadir Presiden Singapura A, Perdana Menteri B, ...": a list of several states).
        if (officeCountries.Count == 1)
        {
            var country = officeCountries.Values.First();
            foreach (var (person, start, sentence) in unplaced)
                if (!countrySentences.Contains(sentence) && seen.Add((person.EntityId!, country.EntityId!)))
                    yield return Candidate(document, person, country, start, person.End);
        }
    }

    /// <summary>
    /// "Wakil Afghanistan terdiri dari Menteri Pertahanan A dan Kepala Intelijen B": office holders named after a
    /// delegation word and the country it speaks for, in one sentence, serve that country. The nearest such
    /// country before the title is the one.
    /// </summary>
    private Mention? DelegationCountry(IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions, int title)
    {
        for (int k = title - 2; k >= 0; k--)
        {
            if (!tokens[k].IsWord || !lexicon.HasRole(tokens[k].Text.ToLowerInvariant(), "delegate")) continue;
            if (mentions.Any(m => m.Start <= tokens[k].Start && m.End > tokens[k].Start)) continue;
            var country = mentions.FirstOrDefault(m => m.Start == tokens[k + 1].Start);
            if (country is not null && _offices.IsCountry(country)) return country;
        }
        return null;
    }

    /// <summary>
    /// "Komandan Korem X Brigjen TNI A": the service a rank is written with right before the name
    /// ("Brigjen TNI", "Kombes Polri") is the person's too, whatever unit the title before names.
    /// </summary>
    private IEnumerable<RelationCandidate> RankService(Document document, IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions)
    {
        for (int k = 1; k + 1 < tokens.Count; k++)
        {
            if (!shapes.Resources.RankTitles.Contains(tokens[k - 1].Text.ToLowerInvariant())) continue;
            var service = mentions.FirstOrDefault(m => m.Start == tokens[k].Start && m.Type == NodeType.Organization);
            if (service?.EntityId is null) continue;
            int after = k;
            while (after < tokens.Count && tokens[after].Start < service.End) after++;
            if (after >= tokens.Count || PersonAt(mentions, tokens[after].Start) is not { EntityId: not null } person) continue;
            yield return Candidate(document, person, service, tokens[k - 1].Start, person.End);
        }
    }

    /// <summary>
    /// "Julius Nyerere dari Tanzania", "Ketua Umum X dari partai Y": a person named right before a
    /// word of origin and a body is of that body.
    /// </summary>
    private IEnumerable<RelationCandidate> FromBody(Document document, IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions)
    {
        for (int k = 1; k + 1 < tokens.Count; k++)
        {
            if (!lexicon.HasRole(tokens[k].Text.ToLowerInvariant(), "origin")) continue;
            var person = PersonEndingAt(mentions, tokens[k - 1].End);
            var body = mentions.FirstOrDefault(m => m.Start == tokens[k + 1].Start && m.Type is NodeType.Organization or NodeType.Place);
            if (person?.EntityId is null || body?.EntityId is null) continue;
            yield return Candidate(document, person, body, person.Start, body.End);
        }
        // "Dari Partai X hadir Wakil Ketua A, B dan C": those seen or present for a body listed after it serve it.
        for (int k = 0; k + 3 < tokens.Count; k++)
        {
            if (!lexicon.HasRole(tokens[k].Text.ToLowerInvariant(), "origin")) continue;
            var body = mentions.FirstOrDefault(m => m.Start == tokens[k + 1].Start && m.Type == NodeType.Organization);
            if (body?.EntityId is null) continue;
            int n = k + 1;
            while (n < tokens.Count && tokens[n].Start < body.End) n++;
            if (n >= tokens.Count || !lexicon.HasRole(tokens[n].Text.ToLowerInvariant(), "present") && !lexicon.HasRole(tokens[n].Text.ToLowerInvariant(), "seen")) continue;
            foreach (var person in ListedPersons(tokens, mentions, n + 1))
                yield return Candidate(document, person, body, tokens[k].Start, person.End);
        }
        // "timpalannya dari Arab Saudi, Pangeran Faisal", "rekannya Iran, Hasan Rohani": the counterpart
        // named after a comma serves the body named with the counterpart word.
        for (int k = 0; k + 2 < tokens.Count; k++)
        {
            if (!lexicon.HasRole(tokens[k].Text.ToLowerInvariant(), "counterpart")) continue;
            int b = k + 1;
            if (lexicon.HasRole(tokens[b].Text.ToLowerInvariant(), "origin")) b++;
            if (b >= tokens.Count) continue;
            var body = mentions.FirstOrDefault(m => m.Start == tokens[b].Start && m.Type is NodeType.Organization or NodeType.Place);
            if (body?.EntityId is null) continue;
            int n = b;
            while (n < tokens.Count && tokens[n].Start < body.End) n++;
            if (n >= tokens.Count || tokens[n].Text != ",") continue;
            n++;
            if (n < tokens.Count) n += shapes.TitleAt(tokens, n);
            var person = n < tokens.Count ? mentions.FirstOrDefault(m => m.Type == NodeType.Person && m.Start <= tokens[n].Start && tokens[n].Start < m.End) : null;
            if (person?.EntityId is null) continue;
            yield return Candidate(document, person, body, tokens[k].Start, person.End);
        }
    }

    // How many tokens back a relative clause between the body and the naming word may begin.
    private const int MaxRelativeClause = 7;
    // How many capitalised words of an office may follow the title a list item starts with ("Menko Bidang Perekonomian").
    private const int MaxOfficeWords = 3;

    /// <summary>
    /// "tiga pimpinan KPK saat itu, yakni A, B dan C", "seorang jaksa dari Kejati X bernama A": a word
    /// for someone serving a body, the organisation, then a word naming who they are (or "adalah") and a
    /// list of names. Each name serves that organisation.
    /// </summary>
    private IEnumerable<RelationCandidate> NamedMembers(Document document, IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions)
    {
        for (int k = 2; k + 1 < tokens.Count; k++)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            // "sejumlah menteri Kabinet X, diantaranya A, B": a word naming some of the group opens the list too.
            bool some = lexicon.HasRole(word, "instance");
            if (!lexicon.HasRole(word, "naming") && !lexicon.HasRole(word, "copula") && !some) continue;
            if (!some && lexicon.HasRole(tokens[k - 1].Text.ToLowerInvariant(), "instance")) continue;
            // The organisation ends right before, or a few lower-case words ("saat itu") and a comma before.
            Mention? body = null;
            for (int b = k - 1; b >= 0 && b >= k - 4; b--)
            {
                body = mentions.FirstOrDefault(m => m.End == tokens[b].End && m.Type == NodeType.Organization);
                if (body is not null) break;
                var t = tokens[b];
                if (t.Text != "," && (!t.IsWord || t.IsCapitalised || lexicon.IsVerbLike(t.Text.ToLowerInvariant()))) break;
            }
            // "empat anggota Brigade X yang berjaga di pos itu adalah A, B": or before a short relative clause.
            for (int b = k - 2; body is null && b >= 1 && b >= k - MaxRelativeClause; b--)
            {
                if (tokens[b].Text == ",") break;
                if (lexicon.HasRole(tokens[b].Text.ToLowerInvariant(), "relative"))
                {
                    body = mentions.FirstOrDefault(m => m.End == tokens[b - 1].End && m.Type == NodeType.Organization);
                    break;
                }
            }
            if (body?.EntityId is null) continue;
            int before = tokens.Count(t => t.End <= body.Start) - 1;
            if (before >= 0 && lexicon.HasRole(tokens[before].Text.ToLowerInvariant(), "origin")) before--;
            if (before < 0 || !lexicon.HasRole(tokens[before].Text.ToLowerInvariant(), "member")) continue;
            // "diantaranya adalah A": the copula after the word naming some of them comes before the list.
            int first = some && k + 1 < tokens.Count && lexicon.HasRole(tokens[k + 1].Text.ToLowerInvariant(), "copula") ? k + 2 : k + 1;
            foreach (var person in ListedPersons(tokens, mentions, first))
                yield return Candidate(document, person, body, tokens[before].Start, person.End);
        }
    }

    // The persons listed from token n on, each perhaps after its title ("Sekjen A, B dan Letda C"), up to
    // the first item that is no named person.
    private IEnumerable<Mention> ListedPersons(IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions, int n)
    {
        while (n < tokens.Count)
        {
            int title = shapes.TitleAt(tokens, n);
            n += title;
            // "Kepala Bappenas A": the body a title heads is part of the office.
            if (title > 0 && n < tokens.Count && mentions.FirstOrDefault(m => m.Start == tokens[n].Start && m.Type is NodeType.Organization or NodeType.Place) is { } office)
                while (n < tokens.Count && tokens[n].Start < office.End) n++;
            // "Menko Bidang Perekonomian A": capitalised words of the office that no name covers may run on past the title.
            for (int rest = 0; rest < MaxOfficeWords && n < tokens.Count && tokens[n].IsWord && tokens[n].IsCapitalised
                 && !mentions.Any(m => m.Start <= tokens[n].Start && tokens[n].Start < m.End); rest++) n++;
            if (n >= tokens.Count) yield break;
            var person = mentions.FirstOrDefault(m => m.Start == tokens[n].Start && m.Type == NodeType.Person);
            if (person?.EntityId is null) yield break;
            yield return person;
            n = tokens.Count(t => t.End <= person.End);
            if (n < tokens.Count && tokens[n].Text == ",") n++;
            if (n < tokens.Count && lexicon.HasRole(tokens[n].Text.ToLowerInvariant(), "and")) n++;
            if (n >= tokens.Count || !tokens[n].IsCapitalised) yield break;
        }
    }

    /// <summary>
    /// "Gubernur Banten A, Papua Barat B dan Gubernur Gorontalo C": in a list of titled names a member
    /// may leave the title out and keep only its body, written right before the name.
    /// </summary>
    private IEnumerable<RelationCandidate> TitleCarriedOver(Document document, IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions)
    {
        int firstTitle = -1;
        for (int k = 0; k < tokens.Count; k++)
            if (shapes.TitleAt(tokens, k) > 0) { firstTitle = k; break; }
        if (firstTitle < 0) yield break;
        for (int k = firstTitle + 2; k < tokens.Count; k++)
        {
            var t = tokens[k - 1].Text;
            if (t != "," && !lexicon.HasRole(t.ToLowerInvariant(), "and")) continue;
            var body = mentions.FirstOrDefault(m => m.Start == tokens[k].Start && m.Type is NodeType.Organization or NodeType.Place);
            if (body?.EntityId is null) continue;
            int n = k;
            while (n < tokens.Count && tokens[n].Start < body.End) n++;
            if (n >= tokens.Count || tokens[n].Start != body.End + 1) continue;
            var person = PersonAt(mentions, tokens[n].Start);
            if (person?.EntityId is null) continue;
            // The list goes on from a titled name: a name before the separator.
            if (PersonEndingAt(mentions, tokens[k - 2].End) is null) continue;
            yield return Candidate(document, person, body, body.Start, person.End);
        }
    }

    /// <summary>
    /// "X, kepala distrik Y", "X, diplomat senior India": a lower-case role set off by a comma after a
    /// name, then the body it serves. A former role ("mantan pejabat Y") ties nobody now.
    /// </summary>
    private IEnumerable<RelationCandidate> RoleAfterName(Document document, IReadOnlyList<NameToken> tokens, IReadOnlyList<Mention> mentions)
    {
        for (int k = 1; k + 2 < tokens.Count; k++)
        {
            bool comma = tokens[k].Text == ",";
            if (!comma && !Relative(tokens[k])) continue;
            var person = PersonEndingAt(mentions, tokens[k - 1].End);
            if (person?.EntityId is null) continue;
            int r = comma ? k + 1 : k;
            // "X, yang juga Ketua Umum Partai Y", "X yang menjadi komandan Y": a relative clause saying
            // which role the one named holds.
            if (Relative(tokens[r]))
            {
                r++;
                while (r < tokens.Count && r <= k + 4 && lexicon.HasRole(tokens[r].Text.ToLowerInvariant(), "holds")) r++;
                if (r >= tokens.Count) continue;
                if (RoleBody(tokens, r, mentions) is { } held)
                {
                    yield return Candidate(document, person, held, person.Start, held.End);
                    continue;
                }
            }
            if (r + 1 >= tokens.Count) continue;
            if (!Lower(tokens[r]) || lexicon.HasRole(tokens[r].Text.ToLowerInvariant(), "former")) continue;
            if (!lexicon.HasRole(tokens[r].Text.ToLowerInvariant(), "member") && r + 1 < tokens.Count && Lower(tokens[r + 1])) r++;
            if (!lexicon.HasRole(tokens[r].Text.ToLowerInvariant(), "member")) continue;
            // One qualifying word may stand before the body ("kepala distrik Y"); the parse-free
            // verb test misreads some nouns, so that word only has to be no function word.
            for (int b = r + 1; b < tokens.Count && b <= r + 2; b++)
            {
                var body = mentions.FirstOrDefault(m => m.Start == tokens[b].Start && m.Type is NodeType.Organization or NodeType.Place);
                if (body?.EntityId is not null) { yield return Candidate(document, person, body, person.Start, body.End); break; }
                if (!tokens[b].IsWord || tokens[b].IsCapitalised || IsFunctionWord(tokens[b].Text.ToLowerInvariant())) break;
            }
        }
    }

    // Whether the title ending at char offset `end` is followed by a comma and another title.
    private bool TitleListGoesOn(IReadOnlyList<NameToken> tokens, int end)
    {
        int k = 0;
        while (k < tokens.Count && tokens[k].Start < end) k++;
        return k + 1 < tokens.Count && tokens[k].Text == "," && shapes.TitleAt(tokens, k + 1) > 0;
    }

    private bool Relative(NameToken t) => t.IsWord && lexicon.HasRole(t.Text.ToLowerInvariant(), "relative");

    // The body of a capitalised title at token r: named inside it ("Ketua KPK") or right after it
    // ("Ketua Umum Partai Y"); none for a former role.
    private Mention? RoleBody(IReadOnlyList<NameToken> tokens, int r, IReadOnlyList<Mention> mentions)
    {
        if (lexicon.HasRole(tokens[r].Text.ToLowerInvariant(), "former")) return null;
        int len = shapes.TitleAt(tokens, r);
        if (len == 0) return null;
        var inTitle = len > 1 ? FirstBody(mentions, tokens[r + 1].Start, tokens[r + len - 1].End) : null;
        if (inTitle?.EntityId is not null) return inTitle;
        int b = r + len;
        var body = b < tokens.Count ? mentions.FirstOrDefault(m => m.Start == tokens[b].Start && m.Type is NodeType.Organization or NodeType.Place) : null;
        return body?.EntityId is not null ? body : null;
    }

    // A lower-case word that is no verb and no function word of a clause.
    private bool Lower(NameToken t)
    {
        var w = t.Text.ToLowerInvariant();
        return t.IsWord && !t.IsCapitalised && !lexicon.IsVerbLike(w) && !IsFunctionWord(w);
    }

    private bool IsFunctionWord(string w) =>
        lexicon.HasRole(w, "boundary") || lexicon.HasRole(w, "subclause") || lexicon.HasRole(w, "location")
        || lexicon.HasRole(w, "origin") || lexicon.HasRole(w, "target") || lexicon.HasRole(w, "demonstrative");

    // Past one or two lower-case words that are no function word or verb, when a body follows them.
    private int AfterModifiers(IReadOnlyList<NameToken> tokens, int from, IReadOnlyList<Mention> mentions)
    {
        for (int k = from; k < tokens.Count && k < from + 2; k++)
        {
            var t = tokens[k];
            var lower = t.Text.ToLowerInvariant();
            // "Juru Bicara Pemerintah Jepang, X": a group word may be capitalised as part of the title.
            bool capitalGroup = t.IsCapitalised && lexicon.HasRole(lower, "group") && !mentions.Any(m => m.Start == t.Start);
            if (!t.IsWord || t.IsCapitalised && !capitalGroup || lexicon.IsVerbLike(lower) || !IsModifier(lower)) break;
            int j = _titles.SkipQualifiers(tokens, k + 1);
            if (j > k + 1 && FirstBody(mentions, tokens[k + 1].Start, tokens[j - 1].End) is not null) return j;
        }
        return from;
    }

    // A word with no function role, or one naming a group or a quality ("militer", "bersenjata") or an ordinal ("pertama").
    private bool IsModifier(string lower)
    {
        foreach (var (role, words) in lexicon.Roles)
            if (words.Contains(lower) && role is not ("group" or "determiner" or "state-office" or "enumeration")) return false;
        return true;
    }

    private static RelationCandidate Candidate(Document d, Mention person, Mention body, int start, int end) =>
        new(person.EntityId!, RelationType.AFFILIATED_WITH, body.EntityId!, Evidences.For(d, start, end));

    private static Mention? FirstBody(IReadOnlyList<Mention> mentions, int start, int end) =>
        mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Type is NodeType.Organization or NodeType.Place);

    private static Mention? BodyEndingAt(IReadOnlyList<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.End == end && m.Type is NodeType.Organization or NodeType.Place);

    private static Mention? PersonAt(IReadOnlyList<Mention> mentions, int start) =>
        mentions.FirstOrDefault(m => m.Start == start && m.Type == NodeType.Person);

    private static Mention? PersonEndingAt(IReadOnlyList<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.End == end && m.Type == NodeType.Person);
}
