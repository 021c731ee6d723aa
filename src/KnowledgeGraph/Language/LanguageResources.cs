using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Language;

/// <summary>
/// The language data the recognizers and the resolver read: gazetteers, titles, name cue words
/// and common words. Read from a resource folder (default: Resources next to the binaries) and
/// then from any number of user folders, whose rows extend the defaults, so users add names
/// without recompiling. Missing files are empty: a language may lack some of them.
/// </summary>
public sealed class LanguageResources
{
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    public List<GazetteerEntry> Gazetteer { get; } = [];

    /// <summary>Title phrases, lower case, with their kind ("person-title" or "role").</summary>
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised head words that type the name they start ("kementerian" → Organization).</summary>
    public Dictionary<string, NodeType> HeadCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Common nouns before a name that type it ("pasukan" is no cue; "kota" → Place).</summary>
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case nouns that type the name written right after them ("provinsi" → Place), by their last word.</summary>
    public Dictionary<string, NodeType> ContextCues { get; } = new(StringComparer.Ordinal);

    public HashSet<string> StopWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Compass words that name part of a place after its name ("Jakarta Selatan").</summary>
    public HashSet<string> CompassWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Corps and service abbreviations after a rank ("Inf", "Kav", "Pol"), case as written: part of the title, not the name.</summary>
    public HashSet<string> RankQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words and phrases that never name a person, with their kind (weekday, month, weapon, vehicle).</summary>
    public Dictionary<string, string> NotPerson { get; } = new(StringComparer.Ordinal);

    /// <summary>Ship prefixes ("KRI", "MV"), case as written: a name they start or follow is a vessel.</summary>
    public HashSet<string> VesselPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words citing a news outlet as a source, before it ("dilansir") or after it ("melaporkan").</summary>
    public HashSet<string> SourceCuesBefore { get; } = new(StringComparer.Ordinal);
    public HashSet<string> SourceCuesAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that attribute speech ("kata", "mengatakan"), lower case, first word of each phrase.</summary>
    public HashSet<string> SpeechWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Loads the default folder and then each overlay folder, in order.</summary>
    public static LanguageResources Load(string? resourceDirectory = null, IEnumerable<string>? overlays = null, string language = "id")
    {
        var res = new LanguageResources();
        var dirs = new List<string> { resourceDirectory ?? DefaultDirectory };
        if (overlays is not null) dirs.AddRange(overlays);
        foreach (var dir in dirs)
        {
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"Resource folder not found: {dir}");
            res.AddFolder(Path.Combine(dir, language));
        }
        return res;
    }

    /// <summary>Adds the files of one language folder (…/Resources/id).</summary>
    public void AddFolder(string root)
    {
        var gaz = Path.Combine(root, "gazetteer");
        foreach (var row in DataFile.Rows(Path.Combine(gaz, "places.tsv")))
            Gazetteer.Add(new(NodeType.Place, row[0], DataFile.List(row, 1), DataFile.Col(row, 2), []));
        foreach (var row in DataFile.Rows(Path.Combine(gaz, "organizations.tsv")))
            Gazetteer.Add(new(NodeType.Organization, row[0], DataFile.List(row, 1), DataFile.Col(row, 2), DataFile.List(row, 3)));
        foreach (var row in DataFile.Rows(Path.Combine(gaz, "persons.tsv")))
            Gazetteer.Add(new(NodeType.Person, row[0], DataFile.List(row, 1), "", DataFile.List(row, 2)));
        foreach (var row in DataFile.Rows(Path.Combine(root, "titles.tsv")))
            Titles[row[0].ToLowerInvariant()] = DataFile.Col(row, 1) is { Length: > 0 } k ? k : "person-title";
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "name-cues.tsv")))
            if (GraphTypes.TryParseNodeType(DataFile.Col(row, 1), out var t)) HeadCues[row[0].ToLowerInvariant()] = t;
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "context-cues.tsv")))
            if (GraphTypes.TryParseNodeType(DataFile.Col(row, 1), out var t)) ContextCues[row[0].ToLowerInvariant()] = t;
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "compass-words.txt"))) CompassWords.Add(row[0].ToLowerInvariant());
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "rank-qualifiers.txt"))) RankQualifiers.Add(row[0]);
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "not-person.tsv")))
        {
            if (DataFile.Col(row, 1) == "vessel") VesselPrefixes.Add(row[0]);
            else NotPerson[row[0].ToLowerInvariant()] = DataFile.Col(row, 1);
        }
        foreach (var row in DataFile.Rows(Path.Combine(root, "recognition", "source-cues.tsv")))
            (DataFile.Col(row, 1) == "after" ? SourceCuesAfter : SourceCuesBefore).Add(row[0].ToLowerInvariant());
        foreach (var row in DataFile.Rows(Path.Combine(root, "words", "common.txt"))) CommonWords.Add(row[0].ToLowerInvariant());
        foreach (var row in DataFile.Rows(Path.Combine(root, "words", "stopwords.txt"))) StopWords.Add(row[0].ToLowerInvariant());
        foreach (var row in DataFile.Rows(Path.Combine(root, "triggers", "speech.txt")))
            SpeechWords.Add(row[0].Split(' ')[0].ToLowerInvariant());
    }

    /// <summary>A word that is an ordinary Indonesian word when written in lower case.</summary>
    public bool IsCommon(string lower)
    {
        if (CommonWords.Contains(lower) || StopWords.Contains(lower)) return true;
        if (CommonWords.Count == 0) return false;
        // Dictionaries list stems; derived forms ("pertahanan", "menegaskan") are common too.
        foreach (var suffix in Suffixes)
        {
            var w = lower.EndsWith(suffix, StringComparison.Ordinal) ? lower[..^suffix.Length] : lower;
            if (w.Length < 3) continue;
            if (w != lower && CommonWords.Contains(w)) return true;
            foreach (var (prefix, restore) in Prefixes)
            {
                if (!w.StartsWith(prefix, StringComparison.Ordinal) || w.Length - prefix.Length < 3) continue;
                var stem = restore + w[prefix.Length..];
                if (CommonWords.Contains(stem)) return true;
            }
        }
        return false;
    }

    private static readonly string[] Suffixes = ["", "nya", "lah", "kan", "an", "i", "kannya", "annya"];

    private static readonly (string Prefix, string Restore)[] Prefixes =
    [
        ("meng", ""), ("meng", "k"), ("meny", "s"), ("mem", "p"), ("mem", ""), ("men", "t"), ("men", ""), ("me", ""),
        ("peng", ""), ("peng", "k"), ("peny", "s"), ("pem", "p"), ("pem", ""), ("pen", "t"), ("pen", ""), ("per", ""), ("pe", ""),
        ("ber", ""), ("be", ""), ("di", ""), ("ter", ""), ("ke", ""), ("se", ""),
        ("memper", ""), ("diper", ""), ("keber", ""), ("kete", ""),
    ];
}

/// <summary>Reading of the TAB-separated data files: '#' comments, blank lines skipped, '|' lists.</summary>
public static class DataFile
{
    public static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cols = line.Split('\t');
            for (int i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            if (cols[0].Length > 0) yield return cols;
        }
    }

    public static string Col(string[] row, int i) => i < row.Length ? row[i] : "";

    public static IReadOnlyList<string> List(string[] row, int i) =>
        Col(row, i).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
