using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Text;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// Maps each mention to one entity (a node id). Within an article: titles are stripped, a
/// surname alone joins the full name it ends ("Stoltenberg" → "Jens Stoltenberg", whichever
/// comes first, or spelt one letter off), an acronym defined in parentheses joins its
/// expansion, one name gets one type, and <see cref="ArticleNames"/> groups the other forms of
/// one name. Across the corpus: an alias table (gazetteer names and aliases, plus what
/// articles taught) gives every known spelling one canonical name; a new name that is a
/// variant of a known one (misspelt, without its country qualifier or an inner word, an
/// acronym with two letters swapped) takes its canonical name; a surname index finds the full
/// name of a lone surname seen in earlier articles, and <see cref="FinishCorpus"/> merges
/// lone surnames whose full name only appeared later and one name found as two types. All
/// lookups are dictionary lookups, so resolution is linear in the mentions.
/// </summary>
public sealed class EntityResolver
{
    private readonly Lazy<NameShapes> _shapes;
    // (type, key) → canonical name; gazetteer first, then learned.
    private readonly Dictionary<(NodeType, string), string> _aliases = new();
    // key → (type, canonical) of gazetteer names, to retype what a tagger mistyped.
    private readonly Dictionary<string, (NodeType Type, string Canonical)> _known = new(StringComparer.Ordinal);
    // One-word names of listed persons ("fransiskus") by their deletion keys, to find one typed a letter off.
    private readonly Dictionary<string, HashSet<string>> _listedWords = new(StringComparer.Ordinal);
    // One-word country names by their one-letter deletions: "Indoneska" for "Indonesia".
    private readonly Dictionary<string, HashSet<string>> _countryWords = new(StringComparer.Ordinal);
    // One-word names of listed bodies ("muhammadiyah"), blocked by their one-letter deletions like the countries'.
    private readonly Dictionary<string, HashSet<string>> _bodyWords = new(StringComparer.Ordinal);
    /// <summary>Shortest one-word name matched to a listed person when one letter off: shorter names collide.</summary>
    public const int MinListedWordLength = 7;
    // Keys of every name of a country the gazetteer lists.
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    // Listed sites by key, with their canonical names: a few also name the body inside ("Kremlin").
    private readonly Dictionary<string, string> _sites = new(StringComparer.Ordinal);
    // Surname key → person canonical names whose last word it is.
    private readonly Dictionary<string, HashSet<string>> _surnames = new(StringComparer.Ordinal);
    // Person names by blanked word ("joko \u0001w"), to find a known person behind a misspelt name.
    private readonly Dictionary<string, List<(string[] Words, string Canonical)>> _personBlanks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personsIndexed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personsSeen = new(StringComparer.Ordinal);
    // Person names by sound key ("hasan ruhani"): romanisations of one name; null when two persons share one.
    private readonly Dictionary<string, string?> _personSounds = new(StringComparer.Ordinal);
    // Person names by their first patronymic ("a bin b al d" for "a bin b bin c al d"); null when two persons share one.
    private readonly Dictionary<string, string?> _personLineages = new(StringComparer.Ordinal);
    // Persons of three words or more with one inner name left out ("majed al-ansari" for "Majed Mohammed Al-Ansari") → canonical; null when two persons give one key.
    private readonly Dictionary<string, string?> _personMiddleDrops = new(StringComparer.Ordinal);
    // Known long body and place names with one inner word left out → canonical (null when two names give one key).
    private readonly Dictionary<(NodeType, string), string?> _innerDrops = new();
    // Known body and place names with their spaces left out → canonical (null when two names give one key).
    private readonly Dictionary<(NodeType, string), string?> _joined = new();
    /// <summary>Shortest name matched with its spaces left out: short ones collide.</summary>
    public const int MinJoinedLength = 7;
    // Event name key → the first name given to that event in the corpus.
    private readonly Dictionary<string, string> _eventNames = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    // Canonical name of a label → canonical name of the body it designates (resolution/designations.tsv).
    private readonly Dictionary<string, string> _designated = new(StringComparer.Ordinal);

    public EntityResolver(NameShapes shapes, IEnumerable<GazetteerEntry> gazetteer, ResolutionLexicon? lexicon = null)
        : this(() => shapes, gazetteer, lexicon)
    {
    }

    /// <summary>
    /// A resolver whose name shapes are asked for at the first article: the shapes need the indexed
    /// gazetteer, the resolver's own index only the entries, so the two indexes can be built at once.
    /// </summary>
    internal EntityResolver(Func<NameShapes> shapes, IEnumerable<GazetteerEntry> gazetteer, ResolutionLexicon? lexicon = null)
    {
        _shapes = new Lazy<NameShapes>(shapes, LazyThreadSafetyMode.ExecutionAndPublication);
        Lexicon = lexicon ?? ResolutionLexicon.Load();
        foreach (var e in gazetteer)
        {
            foreach (var name in e.Aliases.Prepend(e.Canonical))
            {
                var key = Key(name);
                if (key.Length == 0) continue;
                _aliases.TryAdd((e.Type, key), e.Canonical);
                // "Kremlin", "Gedung Putih": a name the lists give a site and the body in it names the body unless
                // the text puts someone in it (the mention filter types those as the place).
                if (e.Type == NodeType.Place && e.Kind == "site") _sites.TryAdd(key, e.Canonical);
                if (e.Type == NodeType.Organization && _sites.ContainsKey(key) && _known.TryGetValue(key, out var site) && site.Type == NodeType.Place)
                    _known[key] = (e.Type, e.Canonical);
                else _known.TryAdd(key, (e.Type, e.Canonical));
                if (e.Type == NodeType.Place && e.Kind == "country") _countries.Add(key);
                var words = NameKey.Words(key);
                if (e.Type == NodeType.Place && e.Kind == "country" && words.Length == 1 && key.Length >= MinListedWordLength)
                    IndexSurname(_countryWords, NameVariants.Deletions(key), key, e.Canonical);
                if (e.Type == NodeType.Organization && words.Length == 1 && key.Length >= MinListedWordLength && !key.Any(char.IsDigit))
                    IndexSurname(_bodyWords, NameVariants.Deletions(key), key, e.Canonical);
                if (e.Type == NodeType.Person) IndexPersonKey(words, e.Canonical);
                if (e.Type != NodeType.Person && JoinedKey(key) is { Length: >= MinJoinedLength } joined)
                    _joined[(e.Type, joined)] = _joined.TryGetValue((e.Type, joined), out var twin) && twin != e.Canonical ? null : e.Canonical;
                if (e.Type == NodeType.Person && words.Length == 1 && key.Length >= MinListedWordLength && !key.Any(char.IsDigit))
                    IndexSurname(_listedWords, NameVariants.Deletions(key), key, e.Canonical);
                else if (words.Length >= 4)
                    foreach (var drop in NameVariants.InnerWordDrops(words))
                        _innerDrops[(e.Type, drop)] = _innerDrops.TryGetValue((e.Type, drop), out var had) && had != e.Canonical ? null : e.Canonical;
            }
        }
        // A listed person's last word is no name of that person by itself: a lone "Dewi" is as likely
        // anyone as the one listed official who happens to end in it. A listed short name (the
        // gazetteer's aliases: "Putin") still names its person, and a surname seen with its full name
        // in an article names that person in the articles after (IndexPerson).
        ApplyDesignations();
    }

    // A label a state or the press gives a body ("Kelompok Kriminal Bersenjata" for the Papuan
    // liberation army) names the same body as its own name: every spelling of the label
    // resolves to the body's canonical name, so one article's label and another's self-name are one node.
    private void ApplyDesignations()
    {
        foreach (var (label, own) in Lexicon.Designations)
        {
            if (!_known.TryGetValue(Key(label), out var from) || !_known.TryGetValue(Key(own), out var to) || from.Type != to.Type || from.Canonical == to.Canonical) continue;
            foreach (var k in _aliases.Where(a => a.Key.Item1 == from.Type && a.Value == from.Canonical).Select(a => a.Key).ToList()) _aliases[k] = to.Canonical;
            foreach (var k in _known.Where(a => a.Value == from).Select(a => a.Key).ToList()) _known[k] = to;
            _designated[from.Canonical] = to.Canonical;
        }
    }

    /// <summary>The language data resolution reads.</summary>
    public ResolutionLexicon Lexicon { get; }

    /// <summary>The comparison key of a name: <see cref="NameKey"/> with unit abbreviations written out.</summary>
    public string Key(string name) => Lexicon.Expand(NameKey.Of(name));

    // A unit's name with the listed body it ends in written as that body's canonical name ("komisi iv dpr"
    // → "komisi iv|dewan perwakilan rakyat"), or null when no listed body ends it.
    private string? UnitOfKnownBody(string key)
    {
        for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
            if (_known.TryGetValue(key[(space + 1)..], out var body) && body.Type == NodeType.Organization)
                return key[..space] + "|" + Key(body.Canonical);
        return null;
    }

    // "alias Pak": an honorific before the other name ("X alias Pak Y") is no part of the word joining the two.
    private string WithoutHonorifics(string phrase)
    {
        var titles = _shapes.Value.Resources.Titles;
        int space;
        while ((space = phrase.LastIndexOf(' ')) > 0 && titles.GetValueOrDefault(phrase[(space + 1)..]) == "honorific") phrase = phrase[..space];
        return phrase;
    }

    // The words between two names without commas and quotation marks, lower case: ", yang dikenal sebagai \"" → "yang dikenal sebagai".
    private static string AliasPhrase(ReadOnlySpan<char> between)
    {
        var words = between.ToString().Split([' ', ',', '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant();
    }

    // The one word in brackets right after offset end ("Barat (Kobar)"), or null.
    private static string? BracketedWord(string text, int end)
    {
        int open = end;
        while (open < text.Length && text[open] == ' ') open++;
        if (open >= text.Length || text[open] != '(') return null;
        int close = open + 1;
        while (close < text.Length && char.IsLetter(text[close])) close++;
        return close < text.Length && text[close] == ')' && close > open + 1 ? text[(open + 1)..close] : null;
    }

    public void Resolve(Document doc)
    {
        lock (_lock) ResolveLocked(doc);
    }

    // "Gubernur Jabar M. Ridwan Kamil ... ucap Gubernur": a title said alone carries the name the article gave
    // with it, as written. Where a list knows the name without a leading initial or title ("Ridwan Kamil"),
    // or the written name as another of someone's names ("Mathius D. Fakhiri" for "Mathius Fakhiri"), the
    // article's mention of it is that name; the title goes with it.
    private void HoldersByName(List<(int Index, string Name, string Key, NodeType Type, string? Canonical)> items, List<Mention> mentions)
    {
        Dictionary<string, int>? persons = null;
        for (int k = 0; k < items.Count; k++)
        {
            var it = items[k];
            if (mentions[it.Index].Recognizer != TitleNameRecognizer.RecognizerName || it.Canonical is not { } held || it.Type != NodeType.Person) continue;
            if (persons is null)
            {
                persons = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int q = 0; q < items.Count; q++)
                    if (items[q].Type == NodeType.Person && !OfficeHolders.SaidWithoutName(mentions[items[q].Index])
                        && (items[q].Canonical is not null || mentions[items[q].Index].Recognizer == TitleNameRecognizer.RecognizerName))
                        persons.TryAdd(items[q].Key, q);
            }
            var words = NameKey.Words(Key(held));
            int found = -1;
            for (int from = 0; from + 2 <= words.Length && found < 0; from++)
                if (persons.TryGetValue(string.Join(' ', words[from..]), out var named)) found = named;
            if (found >= 0) items[k] = it with { Key = items[found].Key, Canonical = items[found].Canonical };
        }
    }

    // Whether a list knows the name as someone's own name, not only as another name it gives them.
    private bool KnownFullName(string key) => _known.TryGetValue(key, out var known) && Key(known.Canonical) == key;

    private void ResolveLocked(Document doc)
    {
        var mentions = doc.Mentions;
        var items = new List<(int Index, string Name, string Key, NodeType Type, string? Canonical)>();
        // The words of the article's full personal names: "Menteri Medina" names the person "Dodi Medina
        // Saputra" named before, although a list knows a city Medina.
        HashSet<string>? personWords = null;
        HashSet<int>? cued = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is NodeType.Event or NodeType.Article) continue;
            // A title said without a name carries its holder's name (OfficeHolders).
            var held = OfficeHolders.SaidWithoutName(m) ? m.Canonical : null;
            var name = held ?? StripTitles(m.Surface);
            var key = Key(name);
            if (key.Length == 0) continue;
            var type = m.Type;
            string? canonical = held is null && m.Canonical is { } given ? _designated.GetValueOrDefault(given, given) : null;
            if (_known.TryGetValue(key, out var known) && (canonical is null || m.Recognizer != GazetteerRecognizer.RecognizerName))
            {
                // A known name keeps its known type, unless a title pattern says it is a person.
                // A place a locative puts someone in keeps to the site where the name also names the body inside it.
                if (type == NodeType.Place && known.Type == NodeType.Organization && _sites.TryGetValue(key, out var site) && BuildingNames.AfterLocative(_shapes.Value.Resources, doc.Text, m.Start))
                    canonical = site;
                else if (!(type == NodeType.Person && known.Type != NodeType.Person && m.Recognizer == TitleNameRecognizer.RecognizerName))
                { type = known.Type; canonical = known.Canonical; }
            }
            // A word standing for a named holder ("teroris" for the suspect named before) is that person, whatever the words around it.
            if (canonical is null && held is null && !_known.ContainsKey(key) && m.Recognizer is not (GazetteerRecognizer.RecognizerName or CapitalizedNameRecognizer.CueRecognizerName)
                && (ContextType(doc.Text, m.Start, type) is { } before ? (before, true) : (AppositionType(doc.Text, m.End), false)) is ({ } ctx, var wordBefore))
            {
                if (wordBefore && ctx != type) (cued ??= []).Add(i);
                type = ctx;
            }
            if (type == NodeType.Place && key.IndexOf(' ') < 0 && PersonTitleBefore(doc.Text, m.Start)
                && (personWords ??= PersonWords(mentions)).Contains(key))
                (type, canonical) = (NodeType.Person, null);
            // Not for persons: "Ahmad Santoso" is not the "Santoso" a list knows; nor for a street or a
            // building named after a place ("Jalan Cicendo" is not the district Cicendo).
            if (canonical is null && type != NodeType.Person && !_known.ContainsKey(key) && key.IndexOf(' ') is > 0 and var sp
                && !Lexicon.SiteHeads.Contains(key[..sp])
                && _known.TryGetValue(key[(sp + 1)..], out var rest) && rest.Type == type)
                canonical = rest.Canonical; // "Aliansi Pakta Pertahanan Atlantik Utara": a head word before a known name
            // "Istana Kremlin": a word for a building before the name a list gives a building is that building.
            else if (canonical is null && type == NodeType.Place && !_known.ContainsKey(key) && key.IndexOf(' ') is > 0 and var head
                && Lexicon.SiteHeads.Contains(key[..head]) && _sites.TryGetValue(key[(head + 1)..], out var building))
                canonical = building;
            // "Divisi Humas Mabes Polri": a unit named with its body's headquarters is the unit of the body a list knows.
            if (canonical is null && type == NodeType.Organization && !_known.ContainsKey(key) && Lexicon.WithoutSeat(key) is { } unseated
                && _known.TryGetValue(unseated, out var unit) && unit.Type == NodeType.Organization)
                canonical = unit.Canonical;
            // "Kelompok Teror ADF": words saying what kind of group it is, before a known body's name.
            if (canonical is null && type == NodeType.Organization && !_known.ContainsKey(key) && GroupNamed(key) is { } group)
                canonical = group.Canonical;
            // "Mabes Polri": the headquarters speak for the body, even where a list names them apart;
            // a headquarters known as a site ("Markas Besar PBB") stays a place.
            if (Lexicon.SeatOf(key) is { } seated && SeatedBody(seated) is { } body
                && (_known.TryGetValue(key, out var seat) ? seat.Type == NodeType.Organization : canonical is null))
                (type, canonical) = body;
            items.Add((i, name, key, type, canonical));
        }

        HoldersByName(items, mentions);

        // Acronyms defined in parentheses: "Komisi Pemberantasan Korupsi (KPK)", or spelt out in them.
        var localAlias = new Dictionary<string, (NodeType, string)>(StringComparer.Ordinal);
        var aliasHeads = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitsOfAcronyms = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k + 1 < items.Count; k++)
        {
            var a = mentions[items[k].Index];
            var b = mentions[items[k + 1].Index];
            var between = doc.Text.AsSpan(a.End, b.Start - a.End).Trim();
            // "Juhanda alias Jo": the second name is the first person's other name. So is a nickname a list gives someone
            // else ("Ical"), and each name of a chain ("X alias Ical alias Pak Ngah") is the first one's.
            if (items[k].Type == NodeType.Person && items[k + 1].Type == NodeType.Person && !KnownFullName(items[k + 1].Key)
                && _shapes.Value.Resources.AliasWords.Contains(WithoutHonorifics(AliasPhrase(between))))
            {
                var first = localAlias.TryGetValue(items[k].Key, out var chained) ? chained.Item2 : items[k].Canonical ?? items[k].Name;
                localAlias[items[k + 1].Key] = (NodeType.Person, first);
                // "... alias Abu Zee Ghuroba. Abu Zee telah ditangkap": the other name's leading words, told alone, are it too.
                var other = NameKey.Words(items[k + 1].Key);
                for (int n = other.Length - 1; n >= 2; n--)
                    aliasHeads.TryAdd(string.Join(' ', other[..n]), first);
                continue;
            }
            // "Komisi Pemberantas Korupsi atau KPK": a body's own wording of its name, then the known acronym it goes by.
            if (items[k].Type == NodeType.Organization && NameToken.IsAcronymText(b.Surface) && !NameToken.IsAcronymText(a.Surface)
                && !_known.ContainsKey(items[k].Key) && _known.TryGetValue(items[k + 1].Key, out var goesBy) && goesBy.Type == NodeType.Organization
                && _shapes.Value.Resources.AcronymWords.Contains(AliasPhrase(between)))
            {
                localAlias[items[k].Key] = goesBy;
                continue;
            }
            bool closes = b.End < doc.Text.Length && doc.Text.AsSpan(b.End, Math.Min(doc.Text.Length, b.End + 2) - b.End).TrimStart().StartsWith(')');
            if (!between.SequenceEqual("(") || !closes) continue;
            // "PDF (Tentara Pertahanan Rakyat)": an acronym spelt out in brackets after it, one name of one type.
            if (NameToken.IsAcronymText(a.Surface) && !NameToken.IsAcronymText(b.Surface) && items[k].Type == items[k + 1].Type
                && items[k].Type is NodeType.Organization)
            {
                if (_known.TryGetValue(items[k].Key, out var spelt) && spelt.Type == items[k].Type)
                {
                    if (!_known.ContainsKey(items[k + 1].Key)) localAlias[items[k + 1].Key] = spelt;
                }
                else localAlias[items[k].Key] = (items[k + 1].Type, items[k + 1].Canonical ?? items[k + 1].Name);
                continue;
            }
            if (!NameToken.IsAcronymText(b.Surface) || NameToken.IsAcronymText(a.Surface)) continue;
            // "Komisi I Dewan Perwakilan Rakyat (DPR) RI": the acronym spells only the name's last words, the
            // parent body; the whole is the unit of that body ("Komisi I DPR"), with the town named right after
            // the bracket ("Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota X" = "Komisi II DPRD X").
            if (items[k].Type == NodeType.Organization && UnitBeforeAcronym(a.Surface, b.Surface) is { } unit)
            {
                if (k + 2 < items.Count && mentions[items[k + 2].Index] is var town && town.Type == NodeType.Place
                    && doc.Text.AsSpan(b.End, town.Start - b.End).Trim().SequenceEqual(")") && IsKnownSubnationalPlace(items[k + 2].Key))
                {
                    unit += " " + WithoutAdminPrefix(items[k + 2].Name);
                    // The acronym then names the parent's branch there, as "DPRD Kota X" does.
                    if (_known.TryGetValue(Key(b.Surface + " " + town.Surface), out var branch) && branch.Type == NodeType.Organization)
                        localAlias[items[k + 1].Key] = branch;
                }
                localAlias[items[k].Key] = _known.TryGetValue(Key(unit), out var listed) && listed.Type == NodeType.Organization
                    ? listed : (NodeType.Organization, unit);
                unitsOfAcronyms.Add(items[k].Key);
                continue;
            }
            // "34 Dewan Pimpinan Daerah (DPD)": an acronym the list gives another body (Dewan Perwakilan Daerah),
            // defined by a name that differs from that body's in a whole word, is this article's own body.
            if (!_known.ContainsKey(items[k + 1].Key) || _known[items[k + 1].Key] is var listedBody && OtherBodySameLetters(items[k].Key, Key(listedBody.Canonical)))
                localAlias[items[k + 1].Key] = (items[k].Type, items[k].Canonical ?? items[k].Name);
            else if (!_known.ContainsKey(items[k].Key) && _known[items[k + 1].Key] is var acr && acr.Type == items[k].Type)
                localAlias[items[k].Key] = acr; // a spelling variant of a known body, defined by its known acronym
        }

        foreach (var it in items)
            if (it.Type == NodeType.Person && it.Canonical is null && !_known.ContainsKey(it.Key) && aliasHeads.TryGetValue(it.Key, out var whose))
                localAlias.TryAdd(it.Key, (NodeType.Person, whose));
        // "Kabupaten Kotawaringin Barat (Kobar)": a place's syllabic short form in brackets, made of the
        // first letters of its words in order, is another name of it in this article.
        foreach (var it in items)
        {
            if (it.Type != NodeType.Place) continue;
            var m = mentions[it.Index];
            if (BracketedWord(doc.Text, m.End) is not { } shortForm || !NameVariants.IsSyllabicShortForm(shortForm, m.Surface)) continue;
            var shortKey = Key(shortForm);
            if (!_known.ContainsKey(shortKey)) localAlias.TryAdd(shortKey, (NodeType.Place, it.Canonical ?? it.Name));
        }

        // "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten X": a body with its acronym in brackets and a
        // place after them is the body's branch for that place, as "DPRD Kabupaten X" is; and "DPRD Kobar"
        // is that branch where the article gave "Kobar" as the place's short form.
        for (int k = 0; k < items.Count; k++)
        {
            var it = items[k];
            if (it.Type != NodeType.Organization || unitsOfAcronyms.Contains(it.Key)) continue;
            var branchNames = new List<string>();
            string? branchAcronym = null;
            // The acronym in brackets may be a mention of its own, between the body and the place.
            int p = k + 1;
            if (p + 1 < items.Count && doc.Text.AsSpan(mentions[it.Index].End, Math.Max(0, mentions[items[p].Index].Start - mentions[it.Index].End)).Trim().SequenceEqual("("))
                p++;
            if (p < items.Count && items[p].Type == NodeType.Place)
            {
                var a = mentions[it.Index];
                var place = mentions[items[p].Index];
                var between = doc.Text.AsSpan(a.End, Math.Max(0, place.Start - a.End)).Trim();
                if (between.Length > 2 && between[0] == '(' && between[^1] == ')' && NameToken.IsAcronymText(between[1..^1].Trim().ToString()))
                {
                    var acronym = between[1..^1].Trim().ToString();
                    branchAcronym = Key(acronym);
                    branchNames.Add(acronym + " " + place.Surface);
                    branchNames.Add(it.Name + " " + place.Surface);
                    if (items[p].Canonical is { } placeName) branchNames.Add(acronym + " " + placeName);
                }
            }
            if (it.Canonical is null && it.Key.LastIndexOf(' ') is > 0 and var space
                && localAlias.TryGetValue(it.Key[(space + 1)..], out var region) && region.Item1 == NodeType.Place)
                branchNames.Add(it.Name[..it.Name.LastIndexOf(' ')] + " " + region.Item2);
            foreach (var name in branchNames)
                if (_known.TryGetValue(Key(name), out var branch) && branch.Type == NodeType.Organization)
                {
                    items[k] = it with { Key = Key(branch.Canonical), Canonical = branch.Canonical };
                    // The acronym the article defined there names that branch wherever it stands alone.
                    if (branchAcronym is not null)
                        for (int q = 0; q < items.Count; q++)
                            if (items[q].Key == branchAcronym && items[q].Type == NodeType.Organization)
                                items[q] = items[q] with { Key = Key(branch.Canonical), Canonical = branch.Canonical };
                    break;
                }
        }

        // "Komisi IV DPR" and "Komisi IV Dewan Perwakilan Rakyat Republik Indonesia": an unlisted unit of a
        // listed body, named once by each of the body's names, is one unit; so is a building named after the
        // body ("Gedung DPR", "Gedung Dewan Perwakilan Rakyat").
        var units = new Dictionary<(NodeType, string), string>();
        // A listed unit ("Komisi IV DPR") is the name the others take.
        foreach (var it in items.OrderBy(it => it.Canonical is null ? 1 : 0))
        {
            if (it.Type is not (NodeType.Organization or NodeType.Place) || localAlias.ContainsKey(it.Key) || UnitOfKnownBody(it.Key) is not { } unit) continue;
            // "Gedung DPR RI": a name closed by a country qualifier is the known name without it.
            if (!units.TryGetValue((it.Type, unit), out var first))
                units[(it.Type, unit)] = it.Canonical ?? CorpusVariant(it.Type, it.Key, NameKey.Words(it.Key), false) ?? it.Name;
            else if (it.Canonical is null && !_known.ContainsKey(it.Key) && Key(first) != it.Key) localAlias[it.Key] = (it.Type, first);
        }

        // "Kementerian Afganistan" after "Kementerian Pertahanan Afganistan": a body named by its head and its
        // last word only is the one body of the article whose longer name opens and closes with them.
        var byEnds = new Dictionary<(string, string), HashSet<string>>();
        foreach (var it in items)
        {
            if (it.Type != NodeType.Organization) continue;
            var words = NameKey.Words(it.Key);
            if (words.Length < 3) continue;
            if (!byEnds.TryGetValue((words[0], words[^1]), out var longer)) byEnds[(words[0], words[^1])] = longer = new(StringComparer.Ordinal);
            longer.Add(it.Canonical ?? it.Name);
        }
        foreach (var it in items)
        {
            if (it.Type != NodeType.Organization || it.Canonical is not null || _known.ContainsKey(it.Key) || localAlias.ContainsKey(it.Key)) continue;
            var words = NameKey.Words(it.Key);
            if (words.Length == 2 && byEnds.TryGetValue((words[0], words[1]), out var longer) && longer.Count == 1)
                localAlias[it.Key] = (NodeType.Organization, longer.First());
        }

        // One type per name within the article: the type of the best-ranked recognizer. A word before one of
        // its mentions that says what kind of thing it is ("sebuah rumah di Deir Billa") outranks a tagger's
        // guess at another ("serangan terhadap Deir Billa"), though not a list or a title.
        var typeOf = new Dictionary<string, (NodeType Type, int Rank)>(StringComparer.Ordinal);
        foreach (var it in items)
        {
            int rank = cued is not null && cued.Contains(it.Index) ? CuedRank : Rank(mentions[it.Index].Recognizer);
            if (!typeOf.TryGetValue(it.Key, out var cur) || rank < cur.Rank) typeOf[it.Key] = (it.Type, rank);
        }

        // "Kabupaten Lerati" after "Kabupaten Lembah Raya Timur (Lerati)": a level word before the article's own
        // short form of a place is that place.
        foreach (var it in items)
            if (it.Type == NodeType.Place && it.Canonical is null && !_known.ContainsKey(it.Key) && !localAlias.ContainsKey(it.Key) && AfterLevelWord(it.Key) is { } bare
                && localAlias.TryGetValue(bare, out var shortFor) && shortFor.Item1 == NodeType.Place)
                localAlias[it.Key] = shortFor;

        var names = new ArticleNames(this, items.Select(it => (it.Key, it.Name, typeOf[it.Key].Type, it.Canonical)), localAlias);
        names.Group();

        // Full person names of this article (one per group), by each of their words: Indonesian
        // reporters shorten a name to any one of its words ("Tony" for "Yoyon Tony Surya Putra").
        var localSurnames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fuzzySurnames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reorderedSurnames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // "Mega" for "Megawati Soekarnoputri": a given name shortened to its first syllables.
        var shortGivenNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var soundedWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (root, type, canonical) in names.Groups())
        {
            if (type != NodeType.Person) continue;
            var words = NameKey.Words(root);
            // "Sutarjo" for "Sutarjonoto": one known by a single name is shortened the same way.
            for (int n = MinShortGivenName; n <= words[0].Length - 2 && (words.Length >= 2 || words[0].Length >= MinShortenedSingleName); n++)
            {
                if (!shortGivenNames.TryGetValue(words[0][..n], out var whose)) shortGivenNames[words[0][..n]] = whose = new(StringComparer.Ordinal);
                whose.Add(canonical);
            }
            if (words.Length < 2) continue;
            foreach (var w in words.Distinct())
            {
                // "Rudi" for "Rudy Sufahriadi": a word of the name spelt another way that sounds the same.
                if (w.Length >= MinShortGivenName && Lexicon.SoundKey(w) is var sound)
                {
                    if (!soundedWords.TryGetValue(sound, out var whose)) soundedWords[sound] = whose = new(StringComparer.Ordinal);
                    whose.Add(canonical);
                }
                if (!localSurnames.TryGetValue(w, out var set)) localSurnames[w] = set = new(StringComparer.Ordinal);
                set.Add(canonical);
            }
            if (words[^1].Length >= NameVariants.MinFuzzyWordLength)
                IndexSurname(fuzzySurnames, NameVariants.Deletions(words[^1]), words[^1], canonical);
            if (words[^1].Length >= NameVariants.MinReorderedWordLength)
                IndexSurname(reorderedSurnames, NameVariants.BagDeletions(NameVariants.LetterBag(words[^1])), words[^1], canonical);
        }

        var groupNames = names.Groups().Where(g => NameKey.Words(g.Key).Length >= 2).Select(g => g.Canonical).ToHashSet(StringComparer.Ordinal);
        // One id string per entity, not per mention: a long article names the same few entities
        // hundreds of thousands of times.
        var ids = new Dictionary<(NodeType, string), string>();
        var lastTold = new Dictionary<string, int>(StringComparer.Ordinal); // full person name → the sentence it was last told in
        foreach (var it in items)
        {
            var m = mentions[it.Index];
            var (type, canonical) = names.Resolution(it.Key);
            var words = NameKey.Words(it.Key);
            // "Presiden Ma": a title makes a person of a word otherwise known as something else.
            bool free = !_known.TryGetValue(it.Key, out var knownAs) || (type == NodeType.Person && knownAs.Type != NodeType.Person);
            // "Al-Hussaini" after "Abu Muntathar al-Hussaini": a surname with its particle is a lone word too.
            // A particle written only joined by a hyphen ("Aiwan-e-Sadr") is a capital initial when a space follows it ("Brigadir E Ginting").
            bool particled = words.Length == 2 && _shapes.Value.Resources.NameParticles.TryGetValue(words[0], out var spaced) && (spaced || it.Name.Contains('-'));
            if ((words.Length == 1 || particled) && it.Canonical is null && free && names.Alone(it.Key))
            {
                // A lone word that ends a person's full name in this article is that person; so is
                // one spelled one letter differently ("Araqhchi" for "Abbas Araghchi"). Of several
                // full names, the one person known by name wins.
                if (localSurnames.TryGetValue(words[^1], out var full) && (full.Count == 1 || full.Count(IsKnownPerson) == 1))
                { type = NodeType.Person; canonical = full.Count == 1 ? full.First() : full.First(IsKnownPerson); }
                // "Sung" after "Sung Ho Bak" and "Sung Mi Ra": a word two full names share names the one told last before it.
                else if (type == NodeType.Person && full is not null && LastTold(full, lastTold) is { } latest)
                    canonical = latest;
                else if (type == NodeType.Person && !particled && shortGivenNames.TryGetValue(it.Key, out var shortened) && shortened.Count == 1)
                    canonical = shortened.First();
                else if (type == NodeType.Person && !particled && it.Key.Length >= MinShortGivenName
                         && soundedWords.TryGetValue(Lexicon.SoundKey(it.Key), out var sounded) && sounded.Count == 1)
                    canonical = sounded.First();
                else if (!particled && FuzzySurname(fuzzySurnames, it.Key) is { } near)
                { type = NodeType.Person; canonical = near; }
                else if (particled) { }
                // "Presiden Indoneska": a word one letter off a listed country's one-word name is that country.
                else if (it.Key.Length >= MinListedWordLength
                         && UniqueFullName(_countryWords, NameVariants.Deletions(it.Key), w => w[0] == it.Key[0] && NameVariants.OneEditApart(w, it.Key)) is { } country)
                { type = NodeType.Place; canonical = country; }
                // "PP Muhamadiyah": a word one letter off a listed body's one-word name is that body.
                else if (it.Key.Length >= MinListedWordLength
                         && UniqueFullName(_bodyWords, NameVariants.Deletions(it.Key), w => w[0] == it.Key[0] && NameVariants.OneEditApart(w, it.Key)) is { } body)
                { type = NodeType.Organization; canonical = body; }
                else if (type == NodeType.Person && ReorderedSurname(reorderedSurnames, it.Key) is { } typo)
                    canonical = typo; // "Gokhale" after "Vijay Goklahel": one surname typed with its letters out of order
                else if (type == NodeType.Person && _surnames.TryGetValue(it.Key, out var seen) && seen.Count == 1)
                    canonical = seen.First();
                else if (type == NodeType.Person && it.Key.Length >= MinListedWordLength
                         && UniqueFullName(_listedWords, NameVariants.Deletions(it.Key), w => w[0] == it.Key[0] && NameVariants.OneEditApart(w, it.Key)) is { } listed)
                    canonical = listed; // "Paus Fansiskus": a listed one-word name with a letter missing
            }
            // "Aiptu M Sigalingging" after "Aiptu Martua Sigalingging": a given name cut to its initial before the surname
            // of the one full name of the article that opens with that letter and ends with that surname is that person.
            else if (type == NodeType.Person && words.Length == 2 && words[0].Length == 1 && it.Canonical is null && free
                     && localSurnames.TryGetValue(words[1], out var sharing)
                     && sharing.Where(c => NameKey.Words(Key(c)) is { Length: >= 2 } w && w[0].Length > 1 && w[0][0] == words[0][0] && w[^1] == words[1]).Take(2).ToList() is [var initialled])
                canonical = initialled;
            // "Yoon" after "Yoon Young Chan": a one-word alias the list gives another person names the one
            // full name of this article that it starts or ends, when that other person is not in the article.
            else if (words.Length == 1 && type == NodeType.Person && IsKnownPerson(canonical) && !groupNames.Contains(canonical)
                     && localSurnames.TryGetValue(it.Key, out var local) && local.Count == 1 && !IsKnownPerson(local.First()))
                canonical = local.First();
            _aliases.TryAdd((type, it.Key), canonical);
            if (type == NodeType.Person) IndexPerson(canonical);
            if (type == NodeType.Person && words.Length >= 2) lastTold[canonical] = m.SentenceIndex;
            if (!ids.TryGetValue((type, canonical), out var id)) ids[(type, canonical)] = id = NodeId.For(type, canonical);
            mentions[it.Index] = m with { Type = type, Canonical = canonical, EntityId = id };
        }
    }

    /// <summary>The body, known from the gazetteer or an earlier article, named after a headquarters phrase.</summary>
    private (NodeType, string)? SeatedBody(string key)
    {
        if (_known.TryGetValue(key, out var k)) return k.Type == NodeType.Organization ? (k.Type, k.Canonical) : null;
        return Lookup(NodeType.Organization, key) is { } learned ? (NodeType.Organization, learned) : null;
    }

    // A surname under each of its keys, with the full name it stands for.
    private static void IndexSurname(Dictionary<string, HashSet<string>> index, IEnumerable<string> keys, string surname, string canonical)
    {
        foreach (var d in keys)
        {
            if (!index.TryGetValue(d, out var set)) index[d] = set = new(StringComparer.Ordinal);
            set.Add(surname + "\u0001" + canonical);
        }
    }

    private static string? FuzzySurname(Dictionary<string, HashSet<string>> index, string word) =>
        word.Length < NameVariants.MinFuzzyWordLength ? null
            : UniqueFullName(index, NameVariants.Deletions(word), surname => surname[0] == word[0] && NameVariants.OneEditApart(surname, word));

    private static string? ReorderedSurname(Dictionary<string, HashSet<string>> index, string word) =>
        word.Length < NameVariants.MinReorderedWordLength ? null
            : UniqueFullName(index, NameVariants.BagDeletions(NameVariants.LetterBag(word)), surname => NameVariants.LettersReordered(surname, word));

    // The one full name whose indexed surname the word may be; null when none or two fit.
    private static string? UniqueFullName(Dictionary<string, HashSet<string>> index, IEnumerable<string> keys, Func<string, bool> fits)
    {
        string? found = null;
        foreach (var d in keys)
        {
            if (!index.TryGetValue(d, out var set)) continue;
            foreach (var entry in set)
            {
                int cut = entry.IndexOf('\u0001');
                if (!fits(entry[..cut])) continue;
                var canonical = entry[(cut + 1)..];
                if (found is not null && found != canonical) return null;
                found = canonical;
            }
        }
        return found;
    }

    // The known body a name of group words and that body's name names ("kelompok teror adf" → ADF), or null.
    private (NodeType Type, string Canonical)? GroupNamed(string key)
    {
        for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
        {
            if (!Lexicon.GroupWords.Contains(key[(key.LastIndexOf(' ', space - 1) + 1)..space])) return null;
            if (_known.TryGetValue(key[(space + 1)..], out var body) && body.Type == NodeType.Organization) return body;
        }
        return null;
    }

    // The words of the multiword person names among the mentions, as keys.
    private HashSet<string> PersonWords(List<Mention> mentions)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Type == NodeType.Person && Key(StripTitles(m.Surface)) is var key && key.IndexOf(' ') > 0)
                words.UnionWith(key.Split(' '));
        return words;
    }

    // Whether the word right before offset start is a title or form of address for a person ("Menteri", "Pak").
    private bool PersonTitleBefore(string text, int start)
    {
        var (begin, end) = Words.LettersBefore(text, start);
        return begin < end && _shapes.Value.Resources.Titles.TryGetValue(text[begin..end].ToLowerInvariant(), out var kind) && kind is "person-title" or "honorific";
    }

    private bool TitleWordBefore(string text, int at)
    {
        var (begin, end) = Words.LettersBefore(text, at);
        return begin < end && char.IsUpper(text[begin]) && _shapes.Value.Resources.Titles.ContainsKey(text[begin..end].ToLowerInvariant());
    }

    /// <summary>The type a lower-case cue noun right before the mention gives it ("provinsi X" → Place), if any.</summary>
    private NodeType? ContextType(string text, int start, NodeType type)
    {
        var (begin, end) = Words.LettersBefore(text, start);
        if (begin == end || begin == end - 1) return null;
        var word = text[begin..end];
        if (!char.IsLower(word[0])) return null;
        var cues = _shapes.Value.Resources.ContextCues;
        // Cues of two or three words ("kantor berita", "kantor berita negara") are keyed by all their words;
        // the longest wins over the one-word cue it ends with ("negara").
        var phrase = word;
        int from = begin;
        NodeType? longer = null;
        for (int n = 2; n <= 3; n++)
        {
            var (a, b) = Words.LettersBefore(text, from);
            if (a == b || !char.IsLower(text[a])) break;
            phrase = text[a..b] + " " + phrase;
            from = a;
            if (cues.TryGetValue(phrase, out var tn)) longer = tn;
        }
        if (longer is not null) return longer;
        // "Komandan milisi X": after a title the cue says what the holder leads; the name is the holder's.
        if (type == NodeType.Person && TitleWordBefore(text, begin)) return null;
        if (cues.TryGetValue(word, out var t)) return t;
        if (type == NodeType.Person && _shapes.Value.Resources.PersonContextCues.TryGetValue(word, out var retyped)) return retyped;
        return null;
    }

    /// <summary>
    /// The type a description after the mention's comma gives it ("X, sebuah kelompok relawan" →
    /// Organization): an opener word, then a cue noun of one or two words; null when none.
    /// </summary>
    private NodeType? AppositionType(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != ',') return null;
        var words = new List<string>(4);
        i++;
        while (words.Count < 4)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int b = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == b || !char.IsLower(text[b])) break;
            words.Add(text[b..i]);
        }
        var res = _shapes.Value.Resources;
        for (int o = 1; o <= 2 && o < words.Count; o++)
        {
            if (!res.AppositionOpeners.Contains(string.Join(' ', words.Take(o)))) continue;
            if (o + 1 < words.Count && res.ContextCues.TryGetValue(words[o] + " " + words[o + 1], out var two)) return two;
            if (res.ContextCues.TryGetValue(words[o], out var one)) return one;
        }
        return null;
    }

    /// <summary>
    /// Events keep the name their recognizer gave them, except that two names which differ only
    /// by a known acronym against its expansion ("AS" / "Amerika Serikat") or by a modifier that
    /// does not tell events apart (resolution/event-modifiers.txt) are one event: the name seen
    /// first. Called in input order, so the name kept is stable.
    /// </summary>
    // The rest of a place's key after its administrative level word ("kabupaten lerati" → "lerati"), or null.
    private string? AfterLevelWord(string key)
    {
        var words = NameKey.Words(key);
        int n = Lexicon.AdminPrefixLength(words);
        return n > 0 && words.Length > n ? string.Join(' ', words[n..]) : null;
    }

    // How long a single name must be for a shortened form of it to name the person.
    private const int MinShortenedSingleName = 8;

    // Of several full names, the one told in a later sentence than the others so far; null when none has
    // been told yet or two were last told in one sentence ("A Wibisono dan istrinya B Wibisono"): no one knows which.
    private static string? LastTold(HashSet<string> names, Dictionary<string, int> lastTold)
    {
        string? latest = null;
        int at = -1;
        bool tied = false;
        foreach (var n in names)
        {
            if (!lastTold.TryGetValue(n, out var sentence)) continue;
            if (sentence == at) tied = true;
            else if (sentence > at) { at = sentence; latest = n; tied = false; }
        }
        return tied ? null : latest;
    }

    public void ResolveEvents(Document doc)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string IdOf(string name) => ids.TryGetValue(name, out var id) ? id : ids[name] = NodeId.For(NodeType.Event, name);
        lock (_lock)
            for (int i = 0; i < doc.Mentions.Count; i++)
            {
                var m = doc.Mentions[i];
                if (m.Type != NodeType.Event || m.EntityId is not null) continue;
                var name = m.Canonical ?? m.Surface;
                var key = EventKey(name);
                if (key.Length == 0) { doc.Mentions[i] = m with { EntityId = IdOf(name) }; continue; }
                if (!_eventNames.TryGetValue(key, out var first)) _eventNames[key] = first = name;
                doc.Mentions[i] = m with { Canonical = first, EntityId = IdOf(first) };
            }
    }

    /// <summary>The comparison key of an event name: known acronyms written out, identity-neutral modifiers left out.</summary>
    internal string EventKey(string name)
    {
        var words = new List<string>();
        foreach (var token in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = NameKey.Of(token);
            if (key.Length == 0 || Lexicon.EventModifiers.Contains(key)) continue;
            if (NameToken.IsAcronymText(token) && _known.TryGetValue(Key(token), out var k)) key = Key(k.Canonical);
            words.Add(key);
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// Corpus-level pass: a person node named by a lone surname joins the one full name with that
    /// surname, when a later article brought it.
    /// </summary>
    public int FinishCorpus(EntityGraph graph)
    {
        int merged = MergeTypes(graph);
        var persons = graph.Nodes.Where(n => n.Type == NodeType.Person).ToList();
        foreach (var n in persons)
        {
            var key = Key(n.Name);
            if (NameKey.Words(key).Length != 1) continue;
            if (!_surnames.TryGetValue(key, out var full) || full.Count != 1) continue;
            var into = NodeId.For(NodeType.Person, full.First());
            if (into == n.Id || graph.FindNode(into) is null) continue;
            graph.MergeNodes(n.Id, into);
            merged++;
        }
        return merged;
    }

    /// <summary>
    /// One name found as two types in different articles is one node of one type: the type the
    /// gazetteer gives the name, else the type it was found as most often (then Organization,
    /// Place, Person). Nodes are grouped by name key, so the pass is linear in the nodes.
    /// </summary>
    private int MergeTypes(EntityGraph graph)
    {
        var byKey = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            if (n.Type is not (NodeType.Person or NodeType.Organization or NodeType.Place)) continue;
            var key = Key(n.Name);
            if (key.Length == 0) continue;
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(n);
        }
        int merged = 0;
        foreach (var (key, nodes) in byKey.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (nodes.Select(n => n.Type).Distinct().Count() < 2) continue;
            var into = _known.TryGetValue(key, out var k) && nodes.FirstOrDefault(n => n.Type == k.Type) is { } knownNode
                ? knownNode
                : nodes.OrderByDescending(n => nodes.Where(o => o.Type == n.Type).Sum(o => o.Mentions))
                    .ThenBy(n => TypeOrder(n.Type)).ThenBy(n => n.Id, StringComparer.Ordinal).First();
            foreach (var n in nodes)
            {
                if (n == into) continue;
                graph.MergeNodes(n.Id, into.Id, acrossTypes: true);
                merged++;
            }
        }
        return merged;
    }

    private static int TypeOrder(NodeType t) => t switch { NodeType.Organization => 0, NodeType.Place => 1, _ => 2 };

    /// <summary>The surface without leading titles ("Presiden Joko Widodo" → "Joko Widodo").</summary>
    public string StripTitles(string surface)
    {
        var tokens = NameToken.Tokenize(surface, 0, surface.Length);
        int i = 0;
        while (i < tokens.Count - 1)
        {
            int t = _shapes.Value.TitleAt(tokens, i);
            if (t == 0 || i + t >= tokens.Count) break;
            // "Habib Sutarjo": a religious honorific stays before a single name.
            if (tokens.Skip(i + t).Count(w => w.IsWord) == 1
                && _shapes.Value.Resources.NamingTitles.Contains(string.Join(' ', tokens.Skip(i).Take(t).Select(w => w.Text.ToLowerInvariant())))) break;
            i += t;
        }
        while (i < tokens.Count && !tokens[i].IsWord) i++;
        int j = tokens.Count - 1;
        while (j >= i && !tokens[j].IsWord && tokens[j].Text != ")") j--;
        if (i > j) return surface.Trim();
        return surface[tokens[i].Start..tokens[j].End];
    }

    private string? Lookup(NodeType type, string key) => _aliases.GetValueOrDefault((type, key));

    internal string? Learned(NodeType type, string key) => Lookup(type, key);

    internal bool IsKnown(string key) => _known.ContainsKey(key);

    private bool IsKnownPerson(string canonical) => _known.TryGetValue(Key(canonical), out var k) && k.Type == NodeType.Person;

    /// <summary>A place the gazetteer lists that is no country (a town, a province): a body's name may end with it.</summary>
    internal bool IsKnownSubnationalPlace(string key) => !_countries.Contains(key) && KnownType(key) == NodeType.Place;

    internal NodeType? KnownType(string key) => _known.TryGetValue(key, out var k) ? k.Type : null;

    // The unit a name describes before an acronym that spells only its last words ("Komisi I Dewan Perwakilan
    // Rakyat" before "DPR" → "Komisi I DPR"), or null when the acronym spells the whole name or not its end.
    private static string? UnitBeforeAcronym(string name, string acronym)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        if (letters.Length < 2 || words.Length <= letters.Length) return null;
        var tail = words[^letters.Length..];
        for (int i = 0; i < letters.Length; i++)
            if (!char.IsUpper(tail[i][0]) || char.ToUpperInvariant(tail[i][0]) != letters[i]) return null;
        return string.Join(' ', words[..^letters.Length]) + " " + acronym;
    }

    // Whether two names of as many words, most of them the same in the same places, differ in a word that is no
    // misspelling of the other's ("dewan pimpinan daerah" and "dewan perwakilan daerah"): two bodies sharing an
    // acronym. A name in another language shares few words so ("Badan Pers Saudi", "Saudi Press Agency").
    private static bool OtherBodySameLetters(string key, string listedKey)
    {
        var (a, b) = (NameKey.Words(key), NameKey.Words(listedKey));
        if (a.Length != b.Length || a.Length < 2) return false;
        int same = 0;
        bool other = false;
        for (int i = 0; i < a.Length; i++)
            if (a[i] == b[i]) same++;
            else if (!NameVariants.OneEditApart(a[i], b[i]) && !a[i].StartsWith(b[i], StringComparison.Ordinal) && !b[i].StartsWith(a[i], StringComparison.Ordinal))
                other = true; // "pemberantas" for "pemberantasan" is the same word cut short
        return other && 2 * same >= a.Length;
    }

    // "Kota Balikpapan" → "Balikpapan": a town's name without the word of its level.
    private string WithoutAdminPrefix(string name)
    {
        int space = name.IndexOf(' ');
        return space > 0 && Lexicon.AdminPrefixes.Contains(NameKey.Of(name[..space])) ? name[(space + 1)..] : name;
    }

    // Shortest given name taken as the first syllables of a longer one ("Mega" for "Megawati").
    private const int MinShortGivenName = 4;

    internal string? KnownCanonical(string key) => _known.TryGetValue(key, out var k) ? k.Canonical : null;

    internal bool IsFunctionWord(string word) => _shapes.Value.Resources.StopWords.Contains(word);

    // Whether a name key's word names part of a place ("utara" of "Maluku Utara").
    internal bool IsCompassWord(string word) => _shapes.Value.Resources.CompassWords.Contains(word);

    /// <summary>Whether a lower-case word may be a given name (see <see cref="LanguageResources.IsGivenNameWord"/>).</summary>
    internal bool IsGivenNameWord(string word) => _shapes.Value.Resources.IsGivenNameWord(word);

    /// <summary>
    /// A word that may head a name rather than be part of the proper name: a cue head word, a title,
    /// or an ordinary word of four letters or more ("jalan", "makam"); shorter ordinary words are as
    /// often syllables of foreign names ("Pa" of "Pa Zi Gyi").
    /// </summary>
    internal bool IsHeadWord(string word) => _shapes.Value.Resources.HeadCues.ContainsKey(word) || _shapes.Value.Resources.Titles.ContainsKey(word)
                                              || (word.Length >= 4 && _shapes.Value.Resources.IsCommon(word));

    /// <summary>Whether a word is a religious honorific kept before a single name ("syekh", "habib").</summary>
    internal bool IsNamingHonorific(string word) => _shapes.Value.Resources.NamingTitles.Contains(word);

    /// <summary>The name without a closing country qualifier ("komisi i dpr ri" → "komisi i dpr"), or null.</summary>
    internal string? WithoutQualifier(string[] words)
    {
        for (int n = Math.Min(2, words.Length - 1); n >= 1; n--)
            if (Lexicon.Qualifiers.Contains(string.Join(' ', words[^n..]))) return string.Join(' ', words[..^n]);
        return null;
    }

    /// <summary>
    /// The canonical name of an entity known from the gazetteer or earlier articles that this new
    /// name is a variant of: the same body without its country qualifier, a person's name one
    /// letter off, in another romanisation or with the surname first, a long name missing an inner word, an acronym with two letters swapped.
    /// </summary>
    internal string? CorpusVariant(NodeType type, string key, string[] words, bool acronym)
    {
        if (_known.ContainsKey(key)) return null;
        if (type != NodeType.Person && words.Length >= 2 && WithoutQualifier(words) is { } bare
            && (_known.TryGetValue(bare, out var k) && k.Type == type ? k.Canonical : Lookup(type, bare)) is { } plain)
            return plain;
        // "Kishida Fumio": a known person's surname written first, as East Asian names often are.
        if (type == NodeType.Person && words.Length == 2 && _known.TryGetValue(words[0], out var byFamily)
            && byFamily.Type == NodeType.Person && Key(byFamily.Canonical) == words[1] + " " + words[0])
            return byFamily.Canonical;
        // "Hassan Rouhani" = "Hasan Rohani", "Soeharto" spelt "Suharto": one name in two romanisations.
        if (type == NodeType.Person && words.Length >= 2 && _personSounds.TryGetValue(Lexicon.SoundKey(key), out var sounded) && sounded is not null)
            return sounded;
        // "Mohammed bin A Al B" = "Mohammed bin A bin C Al B": a chain of patronymics written shorter.
        if (type == NodeType.Person && words.Length >= 3 && NameVariants.FirstLineage(words, Lexicon.LineageParticles) is { } lineage
            && _personLineages.TryGetValue(lineage, out var kin) && kin is not null)
            return kin;
        // "Majed al-Ansari" = "Majed Mohammed Al-Ansari": a person named with and without an inner name, the first
        // and last the same. Only with a last name long enough to tell people apart ("Muhammad Ali" is many).
        if (type == NodeType.Person && words.Length >= 2 && SurnameStandsAlone(words))
        {
            if (_personMiddleDrops.TryGetValue(key, out var fuller) && fuller is not null) return fuller;
            if (words.Length >= 3)
            {
                string? shorter = null;
                foreach (var drop in NameVariants.InnerWordDrops(words))
                {
                    if (Lookup(NodeType.Person, drop) is not { } named) continue;
                    if (shorter is not null && shorter != named) { shorter = null; break; }
                    shorter = named;
                }
                if (shorter is not null) return shorter;
            }
        }
        if (type == NodeType.Person && words.Length >= 2)
        {
            string? found = null;
            foreach (var blank in NameVariants.WordBlanks(words))
            {
                if (!_personBlanks.TryGetValue(blank, out var list)) continue;
                foreach (var (other, canonical) in list)
                {
                    if (!NameVariants.SameNameMisspelt(words, other)) continue;
                    if (found is not null && found != canonical) return null;
                    found = canonical;
                }
            }
            return found;
        }
        if (type != NodeType.Person && words.Length >= 3 && _innerDrops.TryGetValue((type, key), out var longer)) return longer;
        // "Palangka Raya" / "Palangkaraya", "Hongkong" / "Hong Kong": one name written with and without a space.
        if (type != NodeType.Person && JoinedKey(key) is { Length: >= MinJoinedLength } joinedKey
            && _joined.TryGetValue((type, joinedKey), out var spaced) && spaced is not null)
            return spaced;
        if (acronym && key.Length >= 4)
        {
            string? found = null;
            foreach (var s in NameVariants.Swaps(key))
            {
                if (!_known.TryGetValue(s, out var a) || a.Type != type) continue;
                if (found is not null && found != a.Canonical) return null;
                found = a.Canonical;
            }
            return found;
        }
        return null;
    }

    // A name's key with its spaces left out; null for a name of digits or one with a hyphen, whose parts may be two names.
    private static string? JoinedKey(string key) =>
        key.Any(char.IsDigit) || key.Contains('-') ? null : key.Replace(" ", "", StringComparison.Ordinal);

    private void IndexPerson(string canonical)
    {
        // Called for every person mention; indexing a name again changes nothing, so a name is
        // cut into its keys once.
        if (!_personsSeen.Add(canonical)) return;
        IndexSurname(canonical);
        IndexPersonKey(NameKey.Words(Key(canonical)), canonical);
    }

    private void IndexPersonKey(string[] words, string canonical)
    {
        if (words.Length < 2 || !_personsIndexed.Add(string.Join(' ', words) + "\u0001" + canonical)) return;
        var sound = Lexicon.SoundKey(string.Join(' ', words));
        _personSounds[sound] = _personSounds.TryGetValue(sound, out var had) && had != canonical ? null : canonical;
        if (NameVariants.FirstLineage(words, Lexicon.LineageParticles) is { } lineage)
            _personLineages[lineage] = _personLineages.TryGetValue(lineage, out var kin) && kin != canonical ? null : canonical;
        if (words.Length >= 3 && SurnameStandsAlone(words))
            foreach (var drop in NameVariants.InnerWordDrops(words))
                _personMiddleDrops[drop] = _personMiddleDrops.TryGetValue(drop, out var other) && other != canonical ? null : canonical;
        foreach (var blank in NameVariants.WordBlanks(words))
        {
            if (!_personBlanks.TryGetValue(blank, out var list)) _personBlanks[blank] = list = [];
            list.Add((words, canonical));
        }
    }

    // A last name of five letters or more, and a first name of three: short names are shared by too many people to
    // join a name with an inner name to one without.
    private static bool SurnameStandsAlone(string[] words) =>
        words[^1].Length >= NameVariants.MinFuzzyWordLength && words[0].Length >= 3 && !words[^1].Any(char.IsDigit);

    private void IndexSurname(string canonical)
    {
        var words = NameKey.Words(NameKey.Of(canonical));
        if (words.Length < 2) return;
        if (!_surnames.TryGetValue(words[^1], out var set)) _surnames[words[^1]] = set = new(StringComparer.Ordinal);
        set.Add(canonical);
    }

    private static int Rank(string recognizer) => recognizer switch
    {
        GazetteerRecognizer.RecognizerName or CapitalizedNameRecognizer.CueRecognizerName => 0,
        TitleNameRecognizer.RecognizerName => 1,
        "ner" => 3,
        _ => 4,
    };

    // A type a word before the name gave: below a list and a title, above a tagger.
    private const int CuedRank = 2;
}
