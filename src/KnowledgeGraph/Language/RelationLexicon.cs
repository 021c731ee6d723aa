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
    public required PhraseSet AttackVerbs { get; init; }
    public required PhraseSet AttackPassives { get; init; }
    public required PhraseSet MeetingNouns { get; init; }
    public required PhraseSet MeetingVerbs { get; init; }
    public required PhraseSet EventNouns { get; init; }
    public required PhraseSet Modality { get; init; }
    public required IReadOnlyDictionary<string, string> ModalityKinds { get; init; }
    public required IReadOnlyDictionary<string, HashSet<string>> Roles { get; init; }
    public required IReadOnlyDictionary<string, string> HeadClasses { get; init; }
    public required IReadOnlySet<string> ArticleClasses { get; init; }

    /// <summary>Event head classes whose description with one anchor names one happening across articles ("KTT G20").</summary>
    public IReadOnlySet<string> SeriesClasses { get; init; } = new HashSet<string>();

    public static string DefaultResourceDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    public bool HasRole(string lowerWord, string role) =>
        Roles.TryGetValue(role, out var set) && set.Contains(lowerWord);

    /// <summary>Whether a word looks like a verb (and so ends a noun phrase), quantifiers like "berbagai" aside.</summary>
    public bool IsVerbLike(string lowerWord) =>
        !HasRole(lowerWord, "determiner") && LooksLikeVerb(lowerWord);

    /// <summary>Indonesian verbs carry a me-/ber-/di- prefix; such a word ends a noun phrase.</summary>
    public static bool LooksLikeVerb(string lower)
    {
        if (lower.Length < 5) return false;
        if (lower.StartsWith("me", StringComparison.Ordinal) || lower.StartsWith("ber", StringComparison.Ordinal)) return true;
        // ter- words are as often adjectives ("terpisah", "terbesar") as verbs, so they do not end a phrase.
        return lower.StartsWith("di", StringComparison.Ordinal) && !lower.EndsWith("si", StringComparison.Ordinal);
    }

    public string? ModalityKind(string phrase) => ModalityKinds.GetValueOrDefault(phrase.ToLowerInvariant());

    public static RelationLexicon Load(string? resourceDirectory = null, string language = "id")
    {
        var root = Path.Combine(resourceDirectory ?? DefaultResourceDirectory, language);
        var triggers = Path.Combine(root, "triggers");

        var speech = ReadRows(Path.Combine(triggers, "speech.txt"));
        var attack = ReadRows(Path.Combine(triggers, "attack.txt"));
        var meeting = ReadRows(Path.Combine(triggers, "meeting.txt"));
        var events = ReadRows(Path.Combine(triggers, "event.txt"));
        var modality = ReadRows(Path.Combine(triggers, "modality.txt"));
        var function = ReadRows(Path.Combine(root, "relations", "function-words.tsv"));
        var heads = ReadRows(Path.Combine(root, "relations", "event-heads.tsv"));

        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in function)
        {
            if (row.Length < 2) continue;
            if (!roles.TryGetValue(row[1], out var set)) roles[row[1]] = set = new(StringComparer.Ordinal);
            set.Add(row[0].ToLowerInvariant());
        }
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in modality)
            kinds[row[0].ToLowerInvariant()] = row.Length > 1 ? row[1] : "hedge";

        return new RelationLexicon
        {
            SpeechBefore = new(speech.Where(SpeakerBefore).Select(r => r[0])),
            SpeechAfter = new(speech.Where(r => !SpeakerBefore(r)).Select(r => r[0])),
            AttackNouns = new(attack.Where(r => KindOf(r) == "noun").Select(r => r[0])),
            AttackVerbs = new(attack.Where(r => KindOf(r) == "verb" && !IsPassive(r[0])).Select(r => r[0])),
            AttackPassives = new(attack.Where(r => KindOf(r) == "verb" && IsPassive(r[0])).Select(r => r[0])),
            MeetingNouns = new(meeting.Where(r => KindOf(r) == "noun").Select(r => r[0])),
            MeetingVerbs = new(meeting.Where(r => KindOf(r) == "verb").Select(r => r[0])),
            EventNouns = new(events.Where(r => r.Length < 2 || r[1] != "verb").Select(r => r[0])),
            Modality = new(kinds.Keys),
            ModalityKinds = kinds,
            Roles = roles,
            ArticleClasses = heads.Where(r => r.Length > 2 && r[2] == "article").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            SeriesClasses = heads.Where(r => r.Length > 2 && r[2] == "series").Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            HeadClasses = heads.Where(r => r.Length > 1)
                .GroupBy(r => r[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal),
        };
    }

    /// <summary>Rows of a data file: TAB-separated columns, '#' comments and blank lines skipped.</summary>
    public static List<string[]> ReadRows(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Language resource file not found: {path}", path);
        var rows = new List<string[]>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cols[0].Length == 0) continue;
            rows.Add(cols);
        }
        return rows;
    }

    // A second column "noun" or "verb" wins; otherwise Indonesian morphology decides:
    // pe-/per-/peng- forms are nouns, me-/ber- forms are verbs, di- forms passive verbs; bare
    // verbs ("luncurkan") need the column, since "-kan" also ends nouns ("ledakan").
    private static string KindOf(string[] row)
    {
        if (row.Length > 1 && (row[1] == "noun" || row[1] == "verb")) return row[1];
        var first = row[0].Split(' ')[0].ToLowerInvariant();
        if (first.StartsWith("pe", StringComparison.Ordinal)) return "noun";
        if (first.StartsWith("me", StringComparison.Ordinal) || first.StartsWith("ber", StringComparison.Ordinal)) return "verb";
        if (IsPassive(first)) return "verb";
        return "noun";
    }

    private static bool IsPassive(string phrase)
    {
        var first = phrase.Split(' ')[0].ToLowerInvariant();
        return first.Length > 4 && first.StartsWith("di", StringComparison.Ordinal)
            && !first.EndsWith("si", StringComparison.Ordinal) && !first.EndsWith("log", StringComparison.Ordinal);
    }

    // A second column "report" (speaker before) or "quote" (speaker after) wins; otherwise the form decides.
    private static bool SpeakerBefore(string[] row)
    {
        if (row.Length > 1 && row[1] is "report" or "quote") return row[1] == "report";
        var first = row[0].Split(' ')[0].ToLowerInvariant();
        if (first.StartsWith("me", StringComparison.Ordinal) || first.StartsWith("ber", StringComparison.Ordinal)) return true;
        return first is "said" or "told" or "warned";
    }
}
