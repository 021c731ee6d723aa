using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Language;

/// <summary>
/// The language data the recognizers and the resolver read: gazetteers, titles, name cue words
/// and common words, from a language pack with the user's overlay folders merged in (see
/// <see cref="LanguagePack"/>), so users add or remove names without recompiling. Missing files
/// are empty: a language may lack some of them.
/// </summary>
public sealed class LanguageResources
{
    public static string DefaultDirectory => LanguagePack.BundledRoot;

    public List<GazetteerEntry> Gazetteer { get; } = [];

    /// <summary>Title phrases, lower case, with their kind ("person-title" or "role").</summary>
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Religious honorifics that are part of the name of one known by a single name after them
    /// ("Habib Sutarjo", "Syekh Marzuki"): titles.tsv rows marked "names-one".
    /// </summary>
    public HashSet<string> NamingTitles { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Ranks that always stand right before a name ("Irjen", "Kompol"): the capitalised words after one
    /// name a person even when they are ordinary words ("Irjen Sari Dewi"): titles.tsv rows marked "rank".
    /// </summary>
    public HashSet<string> RankTitles { get; } = new(StringComparer.Ordinal);
    /// <summary>Titles followed by their office's domain in ordinary words before the name ("Menteri Komunikasi X"): titles.tsv rows marked "portfolio".</summary>
    public HashSet<string> PortfolioTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised head words that type the name they start ("kementerian" → Organization).</summary>
    public Dictionary<string, NodeType> HeadCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Head cues whose names are often a person's ("jalan"): a listed person after them is part of the name.</summary>
    public HashSet<string> PersonNamedHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Heads of administrative areas ("Kampung", "Distrik"): one such head after another starts a new place.</summary>
    public HashSet<string> AreaHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Heads naming armed forces ("Pasukan", "Tentara"): before a listed place alone they say whose forces ("Pasukan Rusia"), not a name.</summary>
    public HashSet<string> ForcesHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Heads that after a title name the office's domain, not a body ("Menko Bidang Politik").</summary>
    public HashSet<string> DomainHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Common nouns before a name that type it ("pasukan" is no cue; "kota" → Place).</summary>
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Common words that are mostly personal names ("budi", "ali"): words/person-name-words.txt.</summary>
    public HashSet<string> PersonNameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case nouns that type the name written right after them ("provinsi" → Place), by their last word.</summary>
    public Dictionary<string, NodeType> ContextCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Context cues that also make a name of capitalised words no recogniser found after them ("geng Gran Grif").</summary>
    public HashSet<string> NamingContextCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words that retype only a name taken for a person ("di X": a person is not where something is).</summary>
    public Dictionary<string, NodeType> PersonContextCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Words opening an apposition after a name and its comma ("sebuah"), lower case, phrases joined by one space.</summary>
    public HashSet<string> AppositionOpeners { get; } = new(StringComparer.Ordinal);

    /// <summary>Short forms of titles and the words they stand for ("pm" → "perdana menteri"), from recognition/title-short-forms.tsv.</summary>
    public Dictionary<string, string> TitleShortForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that join two names of one person ("alias"), from recognition/alias-words.txt.</summary>
    public HashSet<string> AliasWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that join a body's name and its acronym ("X atau ADF"), from the rows of recognition/alias-words.txt marked "acronym".</summary>
    public HashSet<string> AcronymWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Words for the parties of a crime or an attack said in place of a name and the words around them
    /// (recognition/case-roles.tsv): word → perpetrator, victim, names, becomes, several, another or classifier.
    /// </summary>
    public Dictionary<string, string> CaseRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Words joining an envoy's title to the country of the posting ("untuk"), from recognition/posting-words.txt.</summary>
    public HashSet<string> PostingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after which a short run of capitals is a person's initials ("berinisial AR"), from recognition/initial-cues.txt.</summary>
    public HashSet<string> InitialCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after a number giving a person's age after their name or initials ("FS, 12 tahun").</summary>
    public HashSet<string> AgeWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before two people joined by a hyphen ("pasangan"), lower case, phrases joined by one space; from recognition/pair-words.txt.</summary>
    public HashSet<string> PairWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> StopWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Compass words that name part of a place after its name ("Jakarta Selatan").</summary>
    public HashSet<string> CompassWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Compass words that name a part of a country too, or in lower case ("Mali utara"): compass-words.txt rows marked "direction".</summary>
    public HashSet<string> CompassDirections { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case building nouns ("gedung", "sekolah dasar") and the locatives before them: role by phrase.</summary>
    public Dictionary<string, string> BuildingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Building nouns for a body's office that, capitalised and put nowhere by a locative, name the body acting
    /// ("Kantor PBB di Myanmar menyampaikan ..."): the third column "acts" of recognition/building-heads.tsv.</summary>
    public HashSet<string> ActingOffices { get; } = new(StringComparer.Ordinal);

    /// <summary>Corps and service abbreviations after a rank ("Inf", "Kav", "Pol"), case as written: part of the title, not the name.</summary>
    public HashSet<string> RankQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles of a unit's head, lower case, with the word naming the unit and its type ("kapolda" → "Polda", Organization).</summary>
    public Dictionary<string, (string Word, NodeType Type)> TitleUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case particles inside a personal name between two name words ("al", "bin", "van"): true when a space may follow them, false when only a hyphen.</summary>
    public Dictionary<string, bool> NameParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Nouns of a body named by its leader ("koalisi") and the words of leading ("pimpinan", "yang dipimpin"),
    /// matched ignoring case so that a word of the text is looked up without a lower-case copy.
    /// </summary>
    public HashSet<string> LedHeads { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> LeadingWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before and after a title said without a name that keep it from naming the article's holder ("mantan", "para"; "ke" of "ke-3").</summary>
    public HashSet<string> NotHolderBefore { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> NotHolderAfter { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Conjunctions joining two domains inside a body's name ("Dinas Kependudukan dan Pencatatan Sipil").</summary>
    public HashSet<string> NameJoiners { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words that open an address after a place's name, before a number ("No", "Lingkungan").</summary>
    public HashSet<string> AddressWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words joining the words of a foreign institution's name after its head ("Museum of Fine Arts").</summary>
    public HashSet<string> ForeignConnectors { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words and phrases that never name a person, with their kind (weekday, month, weapon, vehicle).</summary>
    public Dictionary<string, string> NotPerson { get; } = new(StringComparer.Ordinal);

    /// <summary>First words of the nouns that head an event (triggers/*.txt), lower case.</summary>
    public HashSet<string> EventHeadWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles of a region's head ("bupati"), lower case.</summary>
    public HashSet<string> RegionalTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>Words opening a personal name before the name words allowed after them ("I" before "Made"), as written.</summary>
    public Dictionary<string, HashSet<string>> NameOpeners { get; } = new(StringComparer.Ordinal);
    /// <summary>Endings of the one-word names news websites give themselves ("Baliglobalnews"), lower case.</summary>
    public List<string> OutletSuffixes { get; } = new();
    /// <summary>Degrees written after a name ("S.H.", "M.Si."), lower case without periods.</summary>
    public HashSet<string> Degrees { get; } = new(StringComparer.Ordinal);

    /// <summary>Ship prefixes ("KRI", "MV"), case as written: a name they start or follow is a vessel.</summary>
    public HashSet<string> VesselPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Ship prefixes of a navy ("KRI", "USS"): the ship they name is a unit, an organisation.</summary>
    public HashSet<string> WarshipPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words citing a news outlet as a source, before it ("dilansir") or after it ("melaporkan").</summary>
    public HashSet<string> SourceCuesBefore { get; } = new(StringComparer.Ordinal);
    public HashSet<string> SourceCuesAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that attribute speech ("kata", "mengatakan"), lower case, first word of each phrase.</summary>
    public HashSet<string> SpeechWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Affixes and the word classes they tell (morphology/).</summary>
    public Morphology Morphology { get; private set; } = new();

    /// <summary>Loads the pack of <paramref name="language"/> from <paramref name="resourceDirectory"/> (default: the bundled one) with the overlay folders on top.</summary>
    public static LanguageResources Load(string? resourceDirectory = null, IEnumerable<string>? overlays = null, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory, overlays));

    // "Wakapendam" from "Kapendam": a deputy's title made by a prefix before a head's one-word abbreviated title.
    private static void AddDeputyTitles(LanguageResources res, string prefix, string opening)
    {
        foreach (var (title, kind) in res.Titles.ToList())
            if (title.StartsWith(opening, StringComparison.Ordinal) && title.Length > opening.Length + 1 && !title.Contains(' '))
                res.Titles.TryAdd(prefix + title, kind);
        foreach (var (title, unit) in res.TitleUnits.ToList())
            if (title.StartsWith(opening, StringComparison.Ordinal) && title.Length > opening.Length + 1 && !title.Contains(' '))
                res.TitleUnits.TryAdd(prefix + title, unit);
    }

    public static LanguageResources FromPack(LanguagePack pack)
    {
        var res = new LanguageResources();
        // The gazetteers are most of the pack's lines: each is read on a thread of its own while this
        // one reads the word lists, and they are joined in a fixed order, so the entries never vary.
        var places = Task.Run(() => pack.Rows("gazetteer/places.tsv").Select(row => new GazetteerEntry(NodeType.Place, row[0], row.List(1), row[2], [])).ToList());
        var organizations = Task.Run(() => pack.Rows("gazetteer/organizations.tsv").Select(row => new GazetteerEntry(NodeType.Organization, row[0], row.List(1), row[2], row.List(3))).ToList());
        var persons = Task.Run(() => pack.Rows("gazetteer/persons.tsv").Select(row => new GazetteerEntry(NodeType.Person, row[0], WithSpacedSyllables(row[0], row.List(1)), "", row.List(2))).ToList());
        foreach (var row in pack.Rows("titles.tsv"))
        {
            res.Titles[row[0].ToLowerInvariant()] = row[1] is { Length: > 0 } k ? k : "person-title";
            if (row.Count > 2 && row[2] == "names-one") res.NamingTitles.Add(row[0].ToLowerInvariant());
            if (row.Count > 2 && row[2] == "rank") res.RankTitles.Add(row[0].ToLowerInvariant());
            if (row.Count > 2 && row[2] == "portfolio") res.PortfolioTitles.Add(row[0].ToLowerInvariant());
        }
        foreach (var row in pack.Rows("recognition/name-cues.tsv"))
        {
            if (!GraphTypes.TryParseNodeType(row[1], out var t)) continue;
            res.HeadCues[row[0].ToLowerInvariant()] = t;
            if (row.Count > 2 && row[2] == "person-named") res.PersonNamedHeads.Add(row[0].ToLowerInvariant());
            if (row.Count > 2 && row[2] == "area") res.AreaHeads.Add(row[0].ToLowerInvariant());
            if (row.Count > 2 && row[2] == "forces") res.ForcesHeads.Add(row[0].ToLowerInvariant());
            if (row.Count > 2 && row[2] == "domain") res.DomainHeads.Add(row[0].ToLowerInvariant());
        }
        foreach (var row in pack.Rows("recognition/context-cues.tsv"))
        {
            if (!GraphTypes.TryParseNodeType(row[1], out var t)) continue;
            if (row.Count > 2 && row[2] == "person") res.PersonContextCues[row[0].ToLowerInvariant()] = t;
            else res.ContextCues[row[0].ToLowerInvariant()] = t;
            if (row.Count > 2 && row[2] == "names") res.NamingContextCues.Add(row[0].ToLowerInvariant());
        }
        foreach (var row in pack.Rows("recognition/apposition-openers.txt")) res.AppositionOpeners.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/alias-words.txt"))
            (row.Count > 1 && row[1] == "acronym" ? res.AcronymWords : res.AliasWords).Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/initial-cues.txt")) res.InitialCues.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/age-words.txt")) res.AgeWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/pair-words.txt")) res.PairWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/compass-words.txt"))
        {
            res.CompassWords.Add(row[0].ToLowerInvariant());
            if (row.Count > 1 && row[1] == "direction") res.CompassDirections.Add(row[0].ToLowerInvariant());
        }
        foreach (var row in pack.Rows("recognition/building-heads.tsv"))
        {
            res.BuildingWords[row[0].ToLowerInvariant()] = row[1];
            if (row.Count > 2 && row[2] == "acts") res.ActingOffices.Add(row[0].ToLowerInvariant());
        }
        foreach (var row in pack.Rows("recognition/rank-qualifiers.txt")) res.RankQualifiers.Add(row[0]);
        foreach (var row in pack.Rows("recognition/regional-titles.txt")) res.RegionalTitles.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/degrees.txt")) res.Degrees.Add(row[0].Replace(".", "").ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/outlet-suffixes.txt")) res.OutletSuffixes.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/name-openers.tsv"))
            if (row.Count > 1) res.NameOpeners[row[0]] = row.List(1).ToHashSet(StringComparer.Ordinal);
        foreach (var row in pack.Rows("recognition/title-units.tsv"))
            res.TitleUnits[row[0].ToLowerInvariant()] = (row[1], GraphTypes.TryParseNodeType(row[2], out var t) ? t : NodeType.Organization);
        foreach (var row in pack.Rows("morphology/deputy-prefixes.tsv")) AddDeputyTitles(res, row[0].ToLowerInvariant(), row[1].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/title-short-forms.tsv"))
            if (row.Count > 1) res.TitleShortForms[row[0].ToLowerInvariant()] = row[1].ToLowerInvariant();
        foreach (var row in pack.Rows("recognition/name-particles.tsv")) res.NameParticles[row[0]] = row[1] == "spaced";
        foreach (var row in pack.Rows("recognition/name-joiners.txt")) res.NameJoiners.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/foreign-connectors.txt")) res.ForeignConnectors.Add(row[0]);
        foreach (var row in pack.Rows("recognition/address-words.txt")) res.AddressWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/not-holder-words.tsv"))
        {
            var side = (row.Count > 1 ? row[1] : "") switch
            {
                "before" => res.NotHolderBefore,
                "after" => res.NotHolderAfter,
                _ => throw row.Error("the second column is 'before' or 'after'"),
            };
            side.Add(row[0]);
        }
        foreach (var row in pack.Rows("recognition/posting-words.txt")) res.PostingWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/case-roles.tsv"))
            res.CaseRoles[row[0].ToLowerInvariant()] = row.Count > 1 && row[1] is "perpetrator" or "victim" or "names" or "becomes" or "several" or "another" or "classifier"
                ? row[1] : throw row.Error("the second column is perpetrator, victim, names, becomes, several, another or classifier");
        foreach (var row in pack.Rows("recognition/led-bodies.tsv"))
            (row[1] == "head" ? res.LedHeads : res.LeadingWords).Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("recognition/not-person.tsv"))
        {
            if (row[1] is "vessel" or "warship") res.VesselPrefixes.Add(row[0]);
            if (row[1] == "warship") res.WarshipPrefixes.Add(row[0]);
            else res.NotPerson[row[0].ToLowerInvariant()] = row[1];
        }
        foreach (var row in pack.Rows("recognition/source-cues.tsv"))
            (row[1] == "after" ? res.SourceCuesAfter : res.SourceCuesBefore).Add(row[0].ToLowerInvariant());
        res.CommonWords.UnionWith(pack.CommonWords);
        foreach (var row in pack.Rows("words/stopwords.txt")) res.StopWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("words/person-name-words.txt")) res.PersonNameWords.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("triggers/speech.txt"))
            res.SpeechWords.Add(row[0].Split(' ')[0].ToLowerInvariant());
        foreach (var file in new[] { "triggers/meeting.txt", "triggers/attack.txt" })
            foreach (var row in pack.Rows(file))
                if (row.Count > 1 && row[1] == "noun") res.EventHeadWords.Add(row[0].Split(' ')[0].ToLowerInvariant());
        foreach (var row in pack.Rows("triggers/event.txt")) res.EventHeadWords.Add(row[0].Split(' ')[0].ToLowerInvariant());
        res.Morphology = pack.Morphology;
        // GetResult rethrows a loader's own exception (a bad line's FormatException), not a wrapper.
        foreach (var part in new[] { places, organizations, persons }) res.Gazetteer.AddRange(part.GetAwaiter().GetResult());
        return res;
    }

    /// <summary>
    /// Whether a lower-case word may be a given name: a usual given name ("ani"), or a word that is no
    /// ordinary word ("iriana"); never a title or a name's head word ("kabinet", "menteri", "kantor").
    /// </summary>
    public bool IsGivenNameWord(string lower) =>
        !Titles.ContainsKey(lower) && !HeadCues.ContainsKey(lower) && (PersonNameWords.Contains(lower) || !IsCommon(lower));

    /// <summary>A word that is an ordinary word of the language when written in lower case.</summary>
    public bool IsCommon(string lower)
    {
        if (CommonWords.Contains(lower) || StopWords.Contains(lower)) return true;
        if (CommonWords.Count == 0) return false;
        // Dictionaries list stems; derived forms ("pertahanan", "menegaskan") are common too.
        return Morphology.HasStemIn(lower, CommonWords);
    }

    // "Moon Jae-in" is also written "Moon Jae In", "Kim Jong-un" "Kim Jong Un": a hyphen between the
    // syllables of a given name may be a space, with the second syllable capitalised.
    private static IReadOnlyList<string> WithSpacedSyllables(string canonical, IReadOnlyList<string> aliases)
    {
        List<string>? extra = null;
        foreach (var name in aliases.Prepend(canonical))
        {
            if (!name.Contains('-') || name.IndexOf(' ') < 0) continue;
            var spaced = System.Text.RegularExpressions.Regex.Replace(name, @"(?<=\p{Ll})-(\p{L})", m => " " + char.ToUpperInvariant(m.Groups[1].Value[0]));
            if (spaced != name && !aliases.Contains(spaced) && spaced != canonical) (extra ??= []).Add(spaced);
        }
        return extra is null ? aliases : [.. aliases, .. extra.Distinct()];
    }
}
