using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Dates;

/// <summary>
/// Finds an article's publication date in its text. Datelines win over dates in the body, in
/// this order: a header line holding only a date ("Sabtu, 08 Januari 2022 - 13:03 WIB"); the
/// news-agency convention of a date in parentheses ("Rabu (12/10/2022)", "(25/10/2022)", and
/// "Selasa (20/6)" without a year only when a year written in the article makes its weekday
/// come out right), the latest of them when there are several; a full written date near the
/// top ("12 Oktober 2022", "October 12, 2022", "2022-10-12"). Anything else: no date (null) rather than a guess from an event in the body.
/// Month and weekday names come from Resources/&lt;lang&gt;/months.tsv, the time zones a dateline's
/// time may carry from time-zones.txt.
/// </summary>
public sealed class PublicationDateFinder
{
    public const string FileName = "months.tsv";
    public const string TimeZonesFile = "time-zones.txt";

    // How far from the top a bare written date still counts as the dateline.
    private const int LeadCharacters = 400;
    private const int HeaderLines = 10;
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;
    private readonly Regex _written;      // 12 Oktober 2022 / Sabtu, 08 Januari 2022
    private readonly Regex _english;      // October 12, 2022
    private readonly Regex _parenthesised;// Rabu (12/10/2022), (25/10/2022), Selasa (20/6)
    private readonly Regex _headerLine;   // a line that is only a date (and a time)
    private static readonly Regex Iso = new(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Year = new(@"\b(?:19|20)\d{2}\b", RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    public PublicationDateFinder(IReadOnlyDictionary<string, int> months, IReadOnlyDictionary<string, int> weekdays, IEnumerable<string>? timeZones = null)
    {
        var zones = Alternation((timeZones ?? []).ToList());
        _months = new Dictionary<string, int>(months, StringComparer.OrdinalIgnoreCase);
        _weekdays = new Dictionary<string, int>(weekdays, StringComparer.OrdinalIgnoreCase);
        var month = Alternation(_months.Keys);
        var weekday = Alternation(_weekdays.Keys);
        // Two whitespace runs never stand side by side ("\s*(?:,\s*)?", not "\s*,?\s*"): a backtracking
        // engine would try every way of splitting a long run of spaces between them, quadratic in its
        // length. Written so, every run has one way to match and a search stays linear in the text.
        const RegexOptions o = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
        _written = new Regex($@"(?:\b(?<wd>{weekday})\s*(?:,\s*)?)?\b(?<d>\d{{1,2}})\s+(?<monthName>{month})\.?\s+(?<y>(?:19|20)\d{{2}})\b", o, Timeout);
        _english = new Regex($@"\b(?<monthName>{month})\.?\s+(?<d>\d{{1,2}}),?\s+(?<y>(?:19|20)\d{{2}})\b", o, Timeout);
        _parenthesised = new Regex($@"(?:\b(?<wd>{weekday})\s*(?:,\s*)?)?\(\s*(?<d>\d{{1,2}})/(?<m>\d{{1,2}})(?:/(?<y>(?:19|20)?\d{{2}}))?\s*\)", o, Timeout);
        _headerLine = new Regex($@"^[\s\p{{P}}\p{{S}}-[()]]*(?:(?:{weekday})\s*(?:,\s*)?)?(?:\d{{1,2}}\s+(?:{month})\.?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:{month})\.?\s+\d{{1,2}},?\s+\d{{4}})(?:\s*(?:[-,|]\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*(?:{zones}))?)?\s*$", o | RegexOptions.Multiline, Timeout);
    }

    public static PublicationDateFinder Load(string? resourceDirectory, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory));

    /// <summary>The names of the pack's months.tsv; a pack without it finds only numeric dates.</summary>
    public static PublicationDateFinder FromPack(LanguagePack pack)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in pack.Rows(FileName))
        {
            if (row.Count < 3 || !int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                throw row.Error("expected 'kind<TAB>number<TAB>names'.");
            var target = row[0].ToLowerInvariant() switch
            {
                "month" when n is >= 1 and <= 12 => months,
                "weekday" when n is >= 1 and <= 7 => weekdays,
                _ => throw row.Error("expected 'month' 1-12 or 'weekday' 1-7."),
            };
            foreach (var name in row.List(2))
                target[name] = n;
        }
        var zones = pack.Rows(TimeZonesFile).Select(r => r[0]).ToList();
        return new PublicationDateFinder(months, weekdays, zones);
    }

    /// <summary>The publication date as ISO yyyy-MM-dd, or null when the text gives none.</summary>
    public string? Find(string text) => FindDate(text)?.Iso;

    public FoundDate? FindDate(string text)
    {
        // Only the header is searched: a header line may start on line HeaderLines + 1 at the
        // latest. Matching the whole text would retry the pattern's leading blank run at every
        // line start, quadratic in the number of blank lines.
        int headerLimit = LineOffset(text, HeaderLines);
        int headerEnd = LineEnd(text, headerLimit);
        foreach (Match m in _headerLine.Matches(text[..headerEnd]))
        {
            if (m.Index > headerLimit) break;
            var d = FirstFullDate(text, m.Index, m.Length, "header");
            if (d is not null) return d;
        }

        // A report cites its sources with the day they spoke or the events it covers, up to
        // the day it appeared: of the agency-style dates, the latest is the closest to it.
        FoundDate? latest = null;
        List<int>? years = null;
        foreach (Match m in _parenthesised.Matches(text))
        {
            var d = m.Groups["y"].Success
                ? Make(Year4(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), m, "parenthesised")
                : InferYear(years ??= YearsWritten(text), m);
            if (d is not null && (latest is null || string.CompareOrdinal(d.Iso, latest.Iso) > 0)) latest = d;
        }
        if (latest is not null) return latest;

        var lead = FirstFullDate(text, 0, Math.Min(text.Length, LeadCharacters), "lead");
        return lead;
    }

    private FoundDate? FirstFullDate(string text, int start, int length, string kind)
    {
        FoundDate? best = null;
        foreach (var (rx, mode) in new[] { (_written, 0), (_english, 0), (Iso, 1) })
        {
            var m = rx.Match(text, start, length);
            while (m.Success)
            {
                var d = mode == 1
                    ? Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), m, kind)
                    : Make(Int(m.Groups["y"].Value), _months[m.Groups["monthName"].Value], Int(m.Groups["d"].Value), m, kind);
                if (d is not null) { if (best is null || d.Start < best.Start) best = d; break; }
                m = m.NextMatch();
            }
        }
        // The d/m/yyyy form is also a complete date on a header line.
        if (best is null && kind == "header")
        {
            var m = Regex.Match(text.Substring(start, length), @"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})");
            if (m.Success) best = Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), m, kind, start);
        }
        return best;
    }

    /// <summary>
    /// "Selasa (20/6)": the year is one written elsewhere in the article for which 20 June
    /// falls on a Tuesday. Without a weekday to check, or with no such year, there is no date.
    /// </summary>
    private FoundDate? InferYear(List<int> years, Match m)
    {
        if (!m.Groups["wd"].Success || !_weekdays.TryGetValue(m.Groups["wd"].Value, out int weekday)) return null;
        int month = Int(m.Groups["m"].Value), day = Int(m.Groups["d"].Value);
        foreach (int year in years)
        {
            var d = Make(year, month, day, m, "yearless");
            if (d is null) continue;
            var date = DateOnly.ParseExact(d.Iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            int iso = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
            if (iso == weekday) return d;
        }
        return null;
    }

    /// <summary>
    /// The distinct years written in the text, in order of first appearance: read once per
    /// article (at most 200 of them), not once per yearless date.
    /// </summary>
    private static List<int> YearsWritten(string text)
    {
        var years = new List<int>();
        var seen = new HashSet<int>();
        foreach (Match y in Year.Matches(text))
            if (seen.Add(Int(y.Value))) years.Add(Int(y.Value));
        return years;
    }

    private static FoundDate? Make(int year, int month, int day, Match m, string kind, int offset = 0)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1900 || day > DateTime.DaysInMonth(year, month)) return null;
        return new FoundDate($"{year:D4}-{month:D2}-{day:D2}", offset + m.Index, offset + m.Index + m.Length, kind);
    }

    private static int Year4(string y) => y.Length == 2 ? 2000 + Int(y) : Int(y);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int LineOffset(string text, int lines)
    {
        int pos = 0;
        for (int i = 0; i < lines && pos >= 0; i++)
        {
            pos = text.IndexOf('\n', pos);
            if (pos < 0) return text.Length;
            pos++;
        }
        return pos;
    }

    // The end of the line starting at pos (its line end included), or the end of the text.
    private static int LineEnd(string text, int pos)
    {
        if (pos >= text.Length) return text.Length;
        int nl = text.IndexOf('\n', pos);
        return nl < 0 ? text.Length : nl + 1;
    }

    // No names (a language without the file): an alternative that never matches, not the empty one that always does.
    private static string Alternation(IReadOnlyCollection<string> names) => names.Count == 0 ? "(?!)" :
        string.Join("|", names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
}
