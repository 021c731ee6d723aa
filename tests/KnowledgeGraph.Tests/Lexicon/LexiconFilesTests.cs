using System.Globalization;
using NUnit.Framework;
using System.Text;

namespace KnowledgeGraph.Tests.LexiconFiles;

/// <summary>
/// The shipped language data must parse the way the readers expect: column counts, kinds from the
/// allowed sets, one canonical per name within a file, cross-references that resolve. Users edit
/// these files by hand, so a broken line should fail here with its file and line number.
/// </summary>
public class LexiconFilesTests
{
    private static readonly string Root = FindResources();

    private static string FindResources()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Resources", "id");
        if (Directory.Exists(copied)) return copied;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "KnowledgeGraph", "Resources", "id");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Resources/id not found next to the tests or in the source tree");
    }

    private sealed record Row(string File, int Line, string[] Cols)
    {
        public string Where => $"{File}:{Line}";
        public string Col(int i) => i < Cols.Length ? Cols[i] : "";
        public IEnumerable<string> List(int i) => Col(i).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static List<Row> Rows(string relative)
    {
        var path = Path.Combine(Root, relative);
        Assert.That(File.Exists(path), Is.True, $"missing resource file {relative}");
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, Is.False, $"{relative} starts with a BOM");
        var text = new UTF8Encoding(false, true).GetString(bytes);   // throws on invalid UTF-8
        var rows = new List<Row>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            rows.Add(new Row(relative, i + 1, line.Split('\t')));
        }
        return rows;
    }

    private static string Key(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, (int MinCols, int MaxCols, string[] Kinds)> Gazetteers = new()
    {
        ["gazetteer/places.tsv"] = (3, 3, ["country", "city", "region", "sea", "site", "continent"]),
        ["gazetteer/organizations.tsv"] = (3, 4, ["alliance", "intl", "ministry", "agency", "military", "party", "company", "media", "gov", "other"]),
        ["gazetteer/persons.tsv"] = (1, 3, []),
    };

    [TestCaseSource(nameof(GazetteerFiles))]
    public void Gazetteer_lines_have_valid_columns_and_kinds(string file)
    {
        var (min, max, kinds) = Gazetteers[file];
        var problems = new List<string>();
        foreach (var row in Rows(file))
        {
            if (row.Cols.Length < min || row.Cols.Length > max) problems.Add($"{row.Where}: {row.Cols.Length} columns, expected {min}-{max}");
            if (row.Col(0).Trim().Length == 0 || row.Col(0) != row.Col(0).Trim()) problems.Add($"{row.Where}: empty or padded canonical name");
            if (row.List(1).Any(a => a.Contains('\t'))) problems.Add($"{row.Where}: tab inside an alias");
            // A name of one letter ("c", or "Provinsi c" from a broken translation) would match any initial.
            if (row.List(1).Prepend(row.Col(0)).Any(a => a.Count(char.IsLetterOrDigit) < 2 || a.Length > 2 && a[^2] == ' ' && char.IsLower(a[^1])))
                problems.Add($"{row.Where}: a name of one letter");
            if (kinds.Length > 0 && !kinds.Contains(row.Col(2))) problems.Add($"{row.Where}: kind '{row.Col(2)}' not one of {string.Join(", ", kinds)}");
        }
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [TestCaseSource(nameof(GazetteerFiles))]
    public void A_name_belongs_to_one_entry_per_file(string file)
    {
        var owner = new Dictionary<string, Row>();
        var conflicts = new List<string>();
        foreach (var row in Rows(file))
        {
            foreach (var name in row.List(1).Prepend(row.Col(0)).Select(Key).Distinct())
            {
                if (owner.TryGetValue(name, out var first) && first.Col(0) != row.Col(0))
                    conflicts.Add($"'{name}' names both '{first.Col(0)}' ({first.Where}) and '{row.Col(0)}' ({row.Where})");
                else if (first is not null && first != row)
                    conflicts.Add($"'{row.Col(0)}' is listed twice ({first.Where}, {row.Where})");
                else owner.TryAdd(name, row);
            }
        }
        Assert.That(conflicts, Is.Empty, string.Join("\n", conflicts));
    }

    [Test]
    public void Affiliations_and_countries_name_known_entries()
    {
        var places = Rows("gazetteer/places.tsv").Select(r => r.Col(0)).ToHashSet();
        var orgs = Rows("gazetteer/organizations.tsv").Select(r => r.Col(0)).ToHashSet();
        var problems = new List<string>();
        foreach (var row in Rows("gazetteer/organizations.tsv"))
            if (row.Col(3).Length > 0 && !places.Contains(row.Col(3))) problems.Add($"{row.Where}: country '{row.Col(3)}' is not a canonical place");
        foreach (var row in Rows("gazetteer/persons.tsv"))
            foreach (var a in row.List(2))
                if (!places.Contains(a) && !orgs.Contains(a)) problems.Add($"{row.Where}: affiliation '{a}' is neither a canonical place nor organisation");
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [TestCase("titles.tsv", new[] { "person-title", "role", "honorific" }, 3)]
    [TestCase("triggers/speech.txt", new[] { "quote", "report" })]
    [TestCase("triggers/attack.txt", new[] { "noun", "verb" }, 3)]
    [TestCase("triggers/meeting.txt", new[] { "noun", "verb" }, 4)]
    [TestCase("triggers/modality.txt", new[] { "conditional", "speculative", "threat", "demand", "denial", "claim", "future", "negation", "purpose" })]
    public void Phrase_lists_have_a_known_kind_and_no_repeats(string file, string[] kinds, int maxColumns = 2)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in Rows(file))
        {
            if (row.Cols.Length < 2 || row.Cols.Length > maxColumns) problems.Add($"{row.Where}: {row.Cols.Length} columns, expected phrase<TAB>kind" + (maxColumns > 2 ? $" and at most {maxColumns - 2} more" : ""));
            // attack.txt: a third column marks a noun whose bare modifier is the one attacked ("pembunuhan X"),
            // or a verb of shooting something down, whose place is no target ("menembak jatuh").
            else if (row.Cols.Length == 3 && file.EndsWith("attack.txt", StringComparison.Ordinal))
            {
                if (!(row.Col(1) == "noun" && row.Col(2) == "patient" || row.Col(1) == "verb" && (row.Col(2) == "intercept" || row.Col(2) == "launch")))
                    problems.Add($"{row.Where}: a third column is 'patient' on a noun or 'intercept' or 'launch' on a verb");
            }
            // titles.tsv: a third column marks a religious honorific that stays before a single name, a
            // rank always written before a name, or a title followed by its office's domain.
            else if (row.Cols.Length == 3 && file == "titles.tsv")
            {
                if (row.Col(2) is not ("names-one" or "rank" or "portfolio") || !kinds.Contains(row.Col(1))) problems.Add($"{row.Where}: a title's third column is 'names-one', 'rank' or 'portfolio'");
            }
            else if (row.Cols.Length >= 3 && (row.Col(1) != "verb" || row.Col(2).Length == 0)) problems.Add($"{row.Where}: only a verb names the event it tells in a third column");
            // meeting.txt: a fourth column marks a verb that tells a meeting only with a person as its object,
            // or one whose object, when a place, is where the meeting was.
            else if (row.Cols.Length == 4 && row.Col(3) is not ("person-object" or "place-object")) problems.Add($"{row.Where}: a meeting verb's fourth column is 'person-object' or 'place-object'");
            else if (!kinds.Contains(row.Col(1))) problems.Add($"{row.Where}: kind '{row.Col(1)}' not one of {string.Join(", ", kinds)}");
            if (!seen.TryAdd(row.Col(0), row)) problems.Add($"{row.Where}: '{row.Col(0)}' repeats {seen[row.Col(0)].Where}");
        }
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [TestCase("triggers/event.txt")]
    [TestCase("words/stopwords.txt")]
    [TestCase("words/common.txt")]
    public void Word_lists_have_one_column_and_no_repeats(string file)
    {
        var rows = Rows(file);
        var problems = rows.Where(r => r.Cols.Length != 1 || r.Col(0).Trim() != r.Col(0) || r.Col(0).Length == 0)
            .Select(r => $"{r.Where}: expected one trimmed phrase").ToList();
        problems.AddRange(rows.GroupBy(r => r.Col(0).ToLowerInvariant()).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' repeats at {string.Join(", ", g.Select(r => r.Where))}"));
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Common_words_are_lower_case_and_leave_country_names_out()
    {
        var words = Rows("words/common.txt").Select(r => r.Col(0)).ToList();
        Assert.That(words, Has.Count.GreaterThan(20000));
        Assert.That(words.Where(w => w != w.ToLowerInvariant()), Is.Empty);
        Assert.That(words, Does.Contain("serangan").And.Contain("mengatakan").And.Contain("pertemuan").And.Contain("antara"));
        Assert.That(words, Does.Not.Contain("indonesia").And.Not.Contain("inggris"));
    }

    [Test]
    public void Key_entries_are_present()
    {
        var places = Rows("gazetteer/places.tsv").ToDictionary(r => r.Col(0));
        Assert.That(places["Amerika Serikat"].List(1), Does.Contain("AS").And.Contain("United States"));
        Assert.That(places["Amerika Serikat"].Col(2), Is.EqualTo("country"));
        Assert.That(places["Kyiv"].List(1), Does.Contain("Kiev"));
        Assert.That(places["Moskow"].List(1), Does.Contain("Moskwa"));
        // The Arabic article in both of its Latin spellings.
        Assert.That(places["El Fasher"].List(1), Does.Contain("Al Fasher"));
        Assert.That(places["Rusia"].List(1), Does.Contain("Russia"));
        Assert.That(places["Laut China Selatan"].Col(2), Is.EqualTo("sea"));
        Assert.That(places["Jawa Barat"].Col(2), Is.EqualTo("region"));
        Assert.That(places.Values.Count(r => r.Col(2) == "country"), Is.GreaterThanOrEqualTo(240));

        var orgs = Rows("gazetteer/organizations.tsv");
        Assert.That(orgs.Single(r => r.List(1).Contains("NATO")).Col(2), Is.EqualTo("alliance"));
        Assert.That(orgs.Single(r => r.Col(0) == "Kremlin").Col(3), Is.EqualTo("Rusia"));
        Assert.That(orgs.Any(r => r.Col(0) == "Rusia" || r.List(1).Contains("Rusia")), Is.False, "a metonym list must not swallow the country");

        var speech = Rows("triggers/speech.txt").ToDictionary(r => r.Col(0), r => r.Col(1));
        Assert.That(speech["kata"], Is.EqualTo("quote"));
        Assert.That(speech["mengatakan"], Is.EqualTo("report"));

        var titles = Rows("titles.tsv").ToDictionary(r => r.Col(0), r => r.Col(1));
        Assert.That(titles["Presiden"], Is.EqualTo("person-title"));
        Assert.That(titles["Juru Bicara"], Is.EqualTo("role"));
        Assert.That(titles["Pak"], Is.EqualTo("honorific"));

        var modality = Rows("triggers/modality.txt").ToDictionary(r => r.Col(0), r => r.Col(1));
        Assert.That(modality["jika"], Is.EqualTo("conditional"));
        Assert.That(modality["membantah"], Is.EqualTo("denial"));
    }

    [TestCaseSource(nameof(AllFiles))]
    public void Lines_are_sorted(string file)
    {
        var names = Rows(file).Select(r => r.Col(0)).ToList();
        var sorted = names.OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var firstOut = names.Zip(sorted).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First.ToLowerInvariant() != x.p.Second.ToLowerInvariant());
        Assert.That(firstOut.p.First is null, Is.True, $"{file} is not sorted near '{firstOut.p.First}' (run scripts/lexicon/tidy.py)");
    }

    private static IEnumerable<string> GazetteerFiles() => Gazetteers.Keys;

    private static IEnumerable<string> AllFiles() =>
    [
        "gazetteer/places.tsv", "gazetteer/organizations.tsv", "gazetteer/persons.tsv", "titles.tsv",
        "triggers/speech.txt", "triggers/attack.txt", "triggers/meeting.txt", "triggers/event.txt",
        "triggers/modality.txt", "words/common.txt", "words/stopwords.txt",
    ];
}
