using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Language;

/// <summary>
/// The language data that event and relation rules read: trigger lists (speech, attack,
/// meeting, event heads), modality cues and the function words that shape phrases. Loaded
/// from plain files under Resources/&lt;lang&gt;/ so users can extend them.
/// </summary>
public sealed class RelationLexicon
{
    public required PhraseSet SpeechBefore { get; init; }   // speaker precedes: "X mengatakan"
    public required PhraseSet SpeechAfter { get; init; }    // speaker follows: "..., kata X"
    public required PhraseSet AttackNouns { get; init; }

    /// <summary>Attack nouns whose bare modifier is the one attacked, not the attacker ("pembunuhan X"), lower case.</summary>
    public IReadOnlySet<string> PatientAttackNouns { get; init; } = new HashSet<string>();
    /// <summary>Attack verbs of shooting something down in flight ("menembak jatuh"): where it was shot down is no target.</summary>
    public PhraseSet InterceptVerbs { get; init; } = PhraseSet.Empty;
    /// <summary>Attack verbs that attack only when what they send off is a weapon ("melepaskan rudal ke X", not "melepaskan tahanan").</summary>
    public PhraseSet LaunchVerbs { get; init; } = PhraseSet.Empty;
    /// <summary>Weapons and their fire, lower case: what a launch verb must send off to attack (the dependency patterns' weapon set).</summary>
    public IReadOnlySet<string> Weapons { get; init; } = new HashSet<string>();
    public required PhraseSet AttackVerbs { get; init; }
    public required PhraseSet AttackPassives { get; init; }
    public required PhraseSet MeetingNouns { get; init; }
    public required PhraseSet MeetingVerbs { get; init; }

    /// <summary>The noun that names a meeting told only by its verb ("bertemu" → "pertemuan"); verbs without one tie people to a meeting but make none.</summary>
    public IReadOnlyDictionary<string, string> MeetingVerbNouns { get; init; } = new Dictionary<string, string>();

    /// <summary>Meeting verbs that tell a meeting only with a person as their object ("menerima X").</summary>
    public IReadOnlySet<string> PersonObjectVerbs { get; init; } = new HashSet<string>();

    /// <summary>Meeting verbs whose object, when a place, is where the meeting was, not a party to it ("mengunjungi Manokwari").</summary>
    public IReadOnlySet<string> PlaceObjectVerbs { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether the words from <paramref name="from"/> name a person as a verb's object: capitalised title
    /// words, and the body or state of a title, up to a person's name (<paramref name="entityAt"/> gives the
    /// type of the mention starting at a word, or null).
    /// </summary>
    public static bool PersonObjectAt(IReadOnlyList<Word> words, int from, int stop, Func<int, (NodeType Type, int After)?> entityAt)
    {
        for (int k = from; k < stop && k < from + 8; k++)
        {
            if (entityAt(k) is { } m)
            {
                if (m.Type == NodeType.Person) return true;
                k = m.After - 1;
                continue;
            }
            if (!words[k].IsCapitalised) return false;
        }
        return false;
    }
    public required PhraseSet EventNouns { get; init; }

    /// <summary>Words for any deed that name a happening only as one told before, with a demonstrative ("tindakan tersebut").</summary>
    public PhraseSet AnaphorNouns { get; init; } = PhraseSet.Empty;

    /// <summary>Verbs that tell a happening by themselves ("X menyerbu Y"), matched as phrases.</summary>
    public PhraseSet EventVerbs { get; init; } = PhraseSet.Empty;

    /// <summary>Function words that never carry a phrase's content ("lagi", "sebuah"); lower case.</summary>
    public IReadOnlySet<string> StopWords { get; init; } = new HashSet<string>();

    /// <summary>Time zones a clock time may carry ("pukul 09.30 WIT"), lower-cased.</summary>
    public IReadOnlySet<string> TimeZones { get; init; } = new HashSet<string>();

    /// <summary>
    /// The noun that names a happening told by its verb ("menyerbu" → "penyerbuan"), whether it is an
    /// attack, and whether the verb's object is a device the doer sets off ("meledakkan bom"), never the target.
    /// </summary>
    public IReadOnlyDictionary<string, (string Noun, bool Attack, bool Device)> EventVerbNouns { get; init; } = new Dictionary<string, (string, bool, bool)>();

    /// <summary>The noun and flags the data gives the event verb phrase of <paramref name="length"/> words at <paramref name="start"/>.</summary>
    public bool TryEventVerbNoun(IReadOnlyList<Word> words, int start, int length, out (string Noun, bool Attack, bool Device) told) =>
        EventVerbNouns.TryGetValue(string.Join(' ', words.Skip(start).Take(length).Select(w => w.Lower)), out told);
    public required PhraseSet Modality { get; init; }
    public required IReadOnlyDictionary<string, string> ModalityKinds { get; init; }
    public required IReadOnlyDictionary<string, HashSet<string>> Roles { get; init; }
    public required IReadOnlyDictionary<string, string> HeadClasses { get; init; }
    public required IReadOnlySet<string> ArticleClasses { get; init; }

    /// <summary>Event head classes whose description with one anchor names one happening across articles ("KTT G20").</summary>
    public IReadOnlySet<string> SeriesClasses { get; init; } = new HashSet<string>();

    /// <summary>Event head classes whose description needs a place, a time or a proper name: a party alone tells a standing relation ("dialog dengan X").</summary>
    public IReadOnlySet<string> PlacedClasses { get; init; } = new HashSet<string>();

    /// <summary>Heads of the classes of happenings whose parties fight each other ("bentrokan", "baku tembak"): no one attends one as a meeting.</summary>
    public PhraseSet FoughtHeads { get; init; } = PhraseSet.Empty;

    /// <summary>Event head classes that name a happening only with a place right after the head ("bom Bali").</summary>
    public IReadOnlySet<string> NamedClasses { get; init; } = new HashSet<string>();

    /// <summary>Heads of an article class that also name one strike ("agresi"), lower case.</summary>
    public IReadOnlySet<string> StrikeHeads { get; init; } = new HashSet<string>();

    /// <summary>Heads of a happening the parties of a meeting give together ("keterangan pers bersama"), lower case.</summary>
    public IReadOnlySet<string> JointHeads { get; init; } = new HashSet<string>();

    /// <summary>Event head classes named with where someone went ("kunjungan X ke Y").</summary>
    public IReadOnlySet<string> DestinationClasses { get; init; } = new HashSet<string>();

    /// <summary>Event classes a description of which is picked out by the one speaking at it ("konferensi pers X").</summary>
    public IReadOnlySet<string> SpokenClasses { get; init; } = new HashSet<string>();

    /// <summary>Affixes and the word classes they tell: which words read as verbs, which carry a pronoun clitic.</summary>
    public Morphology Morphology { get; init; } = new();

    /// <summary>Words for a building or compound that open its name ("istana", "universitas"), lower-case.</summary>
    public PhraseSet BuildingHeads { get; init; } = PhraseSet.Empty;

    /// <summary>Head words of a site of its own ("gedung", "mapolda", "gereja"), lower case: the first word of a building's or compound's name.</summary>
    public IReadOnlySet<string> SiteHeads { get; init; } = new HashSet<string>();

    /// <summary>Whether a place's name opens with the word for a kind of building or site ("Mapolsek X", "Gereja Y"), not a town's or a country's.</summary>
    public bool NamesSite(string name) => name.IndexOf(' ') is > 0 and var space && SiteHeads.Contains(name[..space].ToLowerInvariant());

    /// <summary>Head words of a venue inside a town ("istana", "gedung", "ruang"): a meeting placed only in venues was held in the dateline's town too.</summary>
    public PhraseSet VenueHeads { get; init; } = PhraseSet.Empty;

    /// <summary>Known venues by canonical name, lower case, and the canonical name of the town each stands in.</summary>
    public IReadOnlyDictionary<string, string> VenueTowns { get; init; } = new Dictionary<string, string>();

    /// <summary>Words after a number that give a person's age ("18 tahun"), lower case.</summary>
    public IReadOnlySet<string> AgeWords { get; init; } = new HashSet<string>();

    /// <summary>The first word of an age set off right before word <paramref name="end"/> ("A (18) menyerang",
    /// "A, 18 tahun, menyerang"), or <paramref name="end"/> when there is none.</summary>
    public int AgeAsideBefore(string text, IReadOnlyList<Word> words, int end)
    {
        if (end >= 2 && end < words.Count && IsAge(words[end - 1].Text) && Words.Gap(text, words[end - 2], words[end - 1]).Trim().SequenceEqual("(")
            && Words.Gap(text, words[end - 1], words[end]).Trim() is var close && close.Length > 0 && close[0] == ')')
            return end - 1;
        if (end >= 3 && end < words.Count && AgeWords.Contains(words[end - 1].Lower) && IsAge(words[end - 2].Text)
            && Words.Gap(text, words[end - 3], words[end - 2]).Trim().SequenceEqual(",")
            && Words.Gap(text, words[end - 1], words[end]).Trim() is var after && (after.SequenceEqual(",") || after.IsEmpty))
            return end - 2;
        return end;
    }

    /// <summary>The word after an age set off right after a name ending before word <paramref name="from"/>
    /// ("(18)", ", 18 tahun"), or <paramref name="from"/> when there is none.</summary>
    public int AgeAsideAfter(string text, IReadOnlyList<Word> words, int from)
    {
        if (from < 1 || from >= words.Count || !IsAge(words[from].Text)) return from;
        var open = Words.Gap(text, words[from - 1], words[from]).Trim();
        if (open.SequenceEqual("(") && (from + 1 >= words.Count || Words.Gap(text, words[from], words[from + 1]).Trim() is var c && c.Length > 0 && c[0] == ')'))
            return from + 1;
        if (open.SequenceEqual(",") && from + 1 < words.Count && AgeWords.Contains(words[from + 1].Lower)) return from + 2;
        return from;
    }

    private static bool IsAge(string w) => w.Length is > 0 and <= 3 && w.All(char.IsAsciiDigit);

    /// <summary>Titles of a region's head written before the region's name ("Gubernur", "Wali Kota"): the region after one stands for the office.</summary>
    public PhraseSet RegionalTitles { get; init; } = PhraseSet.Empty;

    /// <summary>Whether a regional title ends right before word <paramref name="k"/> ("Gubernur Papua Barat": the province names the governor's office, not a party).</summary>
    public bool RegionalTitleBefore(IReadOnlyList<Word> words, int k)
    {
        for (int start = Math.Max(0, k - 3); start < k; start++)
            if (RegionalTitles.MatchAt(words, start) == k - start) return true;
        return false;
    }

    /// <summary>
    /// Names and aliases of news outlets (organisations the gazetteer lists as media): an outlet a
    /// report cites as its source is not a speaker of what it carries.
    /// </summary>
    public IReadOnlySet<string> Outlets { get; init; } = new HashSet<string>();

    /// <summary>Whether a name (canonical or as written) is a news outlet's.</summary>
    public bool IsOutlet(string? name) => name is not null && Outlets.Contains(name);

    /// <summary>Whether a place's name is a sea's or an ocean's ("Laut Jepang", "Samudera Hindia"): where things fall, no party.</summary>
    public bool IsWaterName(string name)
    {
        name = name.TrimStart();
        int space = name.IndexOf(' ');
        return HasRole((space < 0 ? name : name[..space]).ToLowerInvariant(), "water");
    }

    public bool HasRole(string lowerWord, string role) =>
        Roles.TryGetValue(role, out var set) && set.Contains(lowerWord);

    /// <summary>Every word the function-word list gives a role, lower-case; empty when none has it.</summary>
    public IReadOnlySet<string> WordsWithRole(string role) =>
        Roles.TryGetValue(role, out var set) ? set : EmptyWords;

    private static readonly HashSet<string> EmptyWords = [];

    /// <summary>The first word the function-word list gives a role, for writing it ("ke" for "direction"); null when none has it.</summary>
    public string? WordWithRole(string role) => FirstWordOfRole.GetValueOrDefault(role);

    private IReadOnlyDictionary<string, string> FirstWordOfRole { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether a word looks like a verb (and so ends a noun phrase), quantifiers like "berbagai" and adjectives like "mendadak" aside.</summary>
    public bool IsVerbLike(string lowerWord) =>
        !HasRole(lowerWord, "determiner") && !HasRole(lowerWord, "adjective") && Morphology.IsClass(lowerWord, "verb");

    // How many words a duration may take after its preposition ("selama lebih dari tiga jam").
    private const int MaxDurationWords = 4;

    /// <summary>
    /// The words of a duration at <paramref name="k"/> ("selama lebih dari tiga jam"): a word of role duration and
    /// lower-case words up to one of role time-unit; 0 when none starts there.
    /// </summary>
    public int DurationAt(IReadOnlyList<Word> words, int k)
    {
        if (k >= words.Count || !HasRole(words[k].Lower, "duration")) return 0;
        for (int j = k + 1; j < words.Count && j <= k + MaxDurationWords; j++)
        {
            if (words[j].IsCapitalised) return 0;
            if (HasRole(words[j].Lower, "time-unit")) return j - k + 1;
        }
        return 0;
    }

    /// <summary>Whether the cue at word <paramref name="k"/> doubts only the name that follows it ("pria yang diduga bernama X menyerang"), not the deed.</summary>
    public bool HedgesName(IReadOnlyList<Word> words, int k) => k + 1 < words.Count && HasRole(words[k + 1].Lower, "naming");

    public string? ModalityKind(string phrase) => ModalityKinds.GetValueOrDefault(phrase.ToLowerInvariant());

    /// <summary>
    /// Whether a cue among words [from, to) leaves what follows unasserted: conditional, speculative,
    /// threatened, negated, denied or demanded ("jika X bertemu Y", "X tidak bertemu Y"); with
    /// <paramref name="alsoFuture"/>, only expected too ("X diperkirakan akan hadir").
    /// </summary>
    public bool Unasserts(IReadOnlyList<Word> words, int from, int to, bool alsoFuture = false)
    {
        for (int k = Math.Max(0, from); k < to; k++)
            if (ModalityKind(words[k].Lower) is "conditional" or "speculative" or "threat" or "negation" or "denial" or "demand"
                || alsoFuture && ModalityKind(words[k].Lower) == "future") return true;
        return false;
    }

    public static RelationLexicon Load(string? resourceDirectory = null, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory));

    public static RelationLexicon FromPack(LanguagePack pack)
    {
        var speech = Columns(pack, "triggers/speech.txt");
        var attack = Columns(pack, "triggers/attack.txt");
        var meeting = Columns(pack, "triggers/meeting.txt");
        var events = Columns(pack, "triggers/event.txt");
        var modality = Columns(pack, "triggers/modality.txt");
        var function = Columns(pack, "relations/function-words.tsv");
        var heads = Columns(pack, "relations/event-heads.tsv");
        var weapons = WordSets.Read(pack.Rows(WordSets.File)).GetValueOrDefault("weapon") ?? new HashSet<string>(StringComparer.Ordinal);
        var eventVerbs = Columns(pack, "relations/event-verbs.tsv").Where(r => r.Length > 1 && r[1].Length > 0).ToList();
        var morphology = pack.Morphology;

        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var firstOfRole = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in function)
        {
            if (row.Length < 2) continue;
            firstOfRole.TryAdd(row[1], row[0].ToLowerInvariant());
            if (!roles.TryGetValue(row[1], out var set)) roles[row[1]] = set = new(StringComparer.Ordinal);
            set.Add(row[0].ToLowerInvariant());
        }
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in modality)
            kinds[row[0].ToLowerInvariant()] = row.Length > 1 ? row[1] : "hedge";

        string KindOf(string[] row) => RowKind(row, morphology);
        bool IsPassive(string phrase) => morphology.IsClass(FirstWord(phrase), "passive");
        return new RelationLexicon
        {
            Morphology = morphology,
            SpeechBefore = new(speech.Where(r => SpeakerBefore(r, morphology)).Select(r => r[0])),
            SpeechAfter = new(speech.Where(r => !SpeakerBefore(r, morphology)).Select(r => r[0])),
            AttackNouns = new(attack.Where(r => KindOf(r) == "noun").Select(r => r[0])),
            InterceptVerbs = new(attack.Where(r => KindOf(r) == "verb" && r.Length > 2 && r[2] == "intercept").Select(r => r[0])),
            Weapons = weapons,
            LaunchVerbs = new(attack.Where(r => KindOf(r) == "verb" && r.Length > 2 && r[2] == "launch").Select(r => r[0])),
            PatientAttackNouns = attack.Where(r => KindOf(r) == "noun" && r.Length > 2 && r[2] == "patient")
                .Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            AttackVerbs = new(attack.Where(r => KindOf(r) == "verb" && !IsPassive(r[0])).Select(r => r[0])),
            AttackPassives = new(attack.Where(r => KindOf(r) == "verb" && IsPassive(r[0])).Select(r => r[0])),
            MeetingNouns = new(meeting.Where(r => KindOf(r) == "noun").Select(r => r[0])),
            MeetingVerbs = new(meeting.Where(r => KindOf(r) == "verb").Select(r => r[0])),
            PersonObjectVerbs = meeting.Where(r => KindOf(r) == "verb" && r.Length > 3 && r[3] == "person-object")
                .Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            PlaceObjectVerbs = meeting.Where(r => KindOf(r) == "verb" && r.Length > 3 && r[3] == "place-object")
                .Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            MeetingVerbNouns = meeting.Where(r => KindOf(r) == "verb" && r.Length > 2 && r[2].Length > 0)
                .GroupBy(r => r[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[2], StringComparer.Ordinal),
            EventNouns = new(events.Where(r => r.Length < 2 || r[1] != "verb").Select(r => r[0])),
            AnaphorNouns = new(Columns(pack, "triggers/deeds.txt").Select(r => r[0])),
            EventVerbs = new(eventVerbs.Select(r => r[0])),
            BuildingHeads = new(pack.Rows("recognition/building-heads.tsv").Where(r => r.Columns.Length > 1 && r.Columns[1] != "locative").Select(r => r.Columns[0])),
            SiteHeads = pack.Rows("resolution/site-heads.txt").Select(r => r.Columns[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            VenueHeads = new(pack.Rows("relations/venue-heads.txt").Select(r => r.Columns[0])),
            VenueTowns = pack.Rows("relations/venue-towns.tsv").Where(r => r.Columns.Length > 1)
                .GroupBy(r => r.Columns[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Columns[1], StringComparer.Ordinal),
            AgeWords = pack.Rows("recognition/age-words.txt").Select(r => r.Columns[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            RegionalTitles = new(pack.Rows("recognition/regional-titles.txt").Select(r => r.Columns[0])),
            StopWords = pack.Rows("words/stopwords.txt").Select(r => r.Columns[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            TimeZones = pack.Rows("time-zones.txt").Select(r => r.Columns[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            EventVerbNouns = eventVerbs.GroupBy(r => r[0].ToLowerInvariant())
                .ToDictionary(g => g.Key, g => (g.First()[1], g.First().Length > 2 && g.First()[2] == "attack", g.First().Length > 3 && g.First()[3] == "device"), StringComparer.Ordinal),
            Modality = new(kinds.Keys),
            ModalityKinds = kinds,
            Roles = roles,
            FirstWordOfRole = firstOfRole,
            Outlets = OutletNames(pack),
            ArticleClasses = heads.Where(r => r.Length > 2 && r[2] == "article").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            DestinationClasses = heads.Where(r => r.Length > 2 && r[2] == "destination").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            SpokenClasses = heads.Where(r => r.Length > 2 && r[2] == "spoken").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            SeriesClasses = heads.Where(r => r.Length > 2 && r[2] == "series").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            NamedClasses = heads.Where(r => r.Length > 2 && r[2] == "named").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            PlacedClasses = heads.Where(r => r.Length > 2 && r[2] == "placed").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            FoughtHeads = new(heads.Where(r => r.Length > 1 && heads.Any(c => c.Length > 2 && c[2] == "fought" && c[1] == r[1])).Select(r => r[0])),
            StrikeHeads = heads.Where(r => r.Length > 3 && r[3] == "strike").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            JointHeads = heads.Where(r => r.Length > 3 && r[3] == "joint").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            HeadClasses = heads.Where(r => r.Length > 1)
                .GroupBy(r => r[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal),
        };
    }

    // Canonical names and aliases of the organisations whose kind column says media.
    private static HashSet<string> OutletNames(LanguagePack pack)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in pack.Rows("gazetteer/organizations.tsv"))
        {
            if (row.Columns.Length < 3 || row.Columns[2] != "media") continue;
            names.Add(row.Columns[0]);
            foreach (var alias in row.List(1)) names.Add(alias);
        }
        return names;
    }

    private static List<string[]> Columns(LanguagePack pack, string file) => pack.Rows(file).Select(r => r.Columns).ToList();

    private static string FirstWord(string phrase) => phrase.Split(' ')[0].ToLowerInvariant();

    // A second column "noun" or "verb" wins; otherwise the form decides (morphology/word-classes.tsv):
    // active and passive verb forms are verbs, anything else a noun. Bare verbs need the column,
    // since a verb's stem may also end a noun.
    private static string RowKind(string[] row, Morphology morphology)
    {
        if (row.Length > 1 && (row[1] == "noun" || row[1] == "verb")) return row[1];
        var first = FirstWord(row[0]);
        return morphology.IsClass(first, "active") || morphology.IsClass(first, "passive") ? "verb" : "noun";
    }

    // A second column "report" (speaker before) or "quote" (speaker after) wins; otherwise an active verb form reports.
    private static bool SpeakerBefore(string[] row, Morphology morphology)
    {
        if (row.Length > 1 && row[1] is "report" or "quote") return row[1] == "report";
        return morphology.IsClass(FirstWord(row[0]), "active");
    }
}
