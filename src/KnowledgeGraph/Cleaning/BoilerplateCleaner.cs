using System.Text.RegularExpressions;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Blanks site boilerplate (teasers, bylines, prompts, captions, publisher datelines, page
/// footers) line by line, following the rules of a language's boilerplate file. The text keeps
/// its length: removed characters become spaces and line ends stay, so offsets are unchanged.
/// </summary>
public sealed class BoilerplateCleaner : ICleaner
{
    // A related-article list holds only a handful of titles; past that we are in the body again.
    private const int MaxListTitles = 8;
    private const int MaxTitleLength = 160;
    // Bylines sit in the page header, before the body starts.
    private const int BylineWindow = 8;
    // Shorter lines than this are headings, prompts or teasers rather than running text.
    private const int BodyLineLength = 80;
    // A photo caption is a line or two; a paragraph next to a credit is body text.
    private const int MaxCaptionLength = 200;

    private readonly BoilerplateRules _rules;

    public BoilerplateCleaner(BoilerplateRules rules) => _rules = rules;

    public static BoilerplateCleaner Load(string? resourceDirectory, string language = "id") =>
        new(BoilerplateRules.Load(resourceDirectory, language));

    public static BoilerplateCleaner FromPack(Packs.LanguagePack pack) => new(BoilerplateRules.FromPack(pack));

    public CleanText Clean(Article article)
    {
        var text = article.Text;
        var lines = SplitLines(text);
        var removed = new bool[lines.Count];
        var spans = new List<(int Start, int End)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int listLeft = 0;
        var credits = new List<int>();

        for (int i = 0; i < lines.Count; i++)
        {
            var (s, e) = lines[i];
            if (s == e) continue; // blank line: neither content nor a list item
            var line = text.AsSpan(s, e - s);

            if (_rules.Tail is { } tail && s >= text.Length / 2 && tail.IsMatch(line))
            {
                if (!BodyFollows(text, lines, i + 1))
                {
                    for (int j = i; j < lines.Count; j++) removed[j] = true;
                    break;
                }
                // Body text after it: only a heading inside the article, which goes alone.
                removed[i] = true;
                listLeft = MaxListTitles;
                continue;
            }
            if (_rules.List is { } list && list.IsMatch(line))
            {
                removed[i] = true;
                listLeft = MaxListTitles;
                continue;
            }
            if (listLeft > 0)
            {
                if (IsTitleLike(line)) { removed[i] = true; listLeft--; continue; }
                listLeft = 0;
            }
            if (_rules.Credit is { } credit && credit.IsMatch(line)) { removed[i] = true; credits.Add(i); continue; }
            if (_rules.Line is { } lineRx && lineRx.IsMatch(line)) { removed[i] = true; continue; }
            if (_rules.Repeat is { } repeat && repeat.IsMatch(line) && !seen.Add(line.ToString()))
            {
                removed[i] = true;
                continue;
            }
            foreach (var rx in _rules.Span) CollectSpans(rx, text, s, e, spans);
        }

        if (_rules.Byline is { } byline) RemoveBylines(byline, _rules.Meta, text, lines, removed, spans);
        RemoveCaptions(text, lines, removed, credits);
        RemoveClosingLinks(text, lines, removed);

        var buffer = text.ToCharArray();
        var ranges = new List<Range>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!removed[i] || lines[i].Start == lines[i].End) continue;
            Blank(buffer, lines[i].Start, lines[i].End, ranges);
        }
        foreach (var (s, e) in spans) Blank(buffer, s, e, ranges);
        if (ranges.Count == 0) return new CleanText(article, text, []);
        ranges.Sort((a, b) => a.Start.Value.CompareTo(b.Start.Value));
        return new CleanText(article, new string(buffer), Merge(ranges, buffer));
    }

    /// <summary>Lines as trimmed (start, end) ranges; a blank line has start == end.</summary>
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(s == e ? (pos, pos) : (s, e));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return lines;
    }

    private static void CollectSpans(Regex rx, string text, int s, int e, List<(int, int)> spans)
    {
        for (var m = rx.Match(text, s, e - s); m.Success; m = m.NextMatch())
        {
            if (m.Length == 0) continue;
            var keep = m.Groups["keep"];
            if (keep.Success && keep.Length > 0)
            {
                if (keep.Index > m.Index) spans.Add((m.Index, keep.Index));
                if (keep.Index + keep.Length < m.Index + m.Length) spans.Add((keep.Index + keep.Length, m.Index + m.Length));
            }
            else spans.Add((m.Index, m.Index + m.Length));
        }
    }

    private static void RemoveBylines(LineMatcher byline, LineMatcher? meta, string text, List<(int Start, int End)> lines, bool[] removed,
        List<(int Start, int End)> spans)
    {
        // A line is metadata as what its spans leave of it: "Nama Penulis Kamis, 3 Mar 2022" is a date stamp once the name goes.
        var leads = new Dictionary<int, int>();
        foreach (var (start, end) in spans) leads.TryAdd(start, end);
        bool IsMeta(int i) => removed[i] || (meta is not null && meta.IsMatch(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start)))
            || (meta is not null && leads.TryGetValue(lines[i].Start, out int lead) && lead < lines[i].End
                && meta.IsMatch(text.AsSpan(lead, lines[i].End - lead).Trim()));
        var nonBlank = new List<int>();
        for (int i = 0; i < lines.Count && nonBlank.Count < BylineWindow; i++)
            if (lines[i].Start != lines[i].End) nonBlank.Add(i);
        // The first line is the title, never a byline. Repeat while names are found: of two author
        // lines under a credit label, the one further from the label is beside the other name.
        for (bool found = true; found;)
        {
            found = false;
            for (int k = 1; k < nonBlank.Count; k++)
            {
                int i = nonBlank[k];
                if (removed[i]) continue;
                bool besideMeta = IsMeta(nonBlank[k - 1]) || (k + 1 < nonBlank.Count && IsMeta(nonBlank[k + 1]));
                if (besideMeta && byline.IsMatch(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start))) found = removed[i] = true;
            }
        }
    }

    // The caption a photo credit line ("Foto: AP") stands under or over: the nearest line on either side,
    // when it reads as a caption (short, no closing sentence punctuation), but never the title.
    private static void RemoveCaptions(string text, List<(int Start, int End)> lines, bool[] removed, List<int> credits)
    {
        if (credits.Count == 0) return;
        int title = lines.FindIndex(l => l.Start != l.End);
        foreach (int c in credits)
        {
            for (int i = c - 1; i > title; i--)
                if (lines[i].Start != lines[i].End) { if (IsCaption(text, lines[i])) removed[i] = true; break; }
            for (int i = c + 1; i < lines.Count; i++)
                if (lines[i].Start != lines[i].End) { if (IsCaption(text, lines[i])) removed[i] = true; break; }
        }
    }

    private static bool IsCaption(string text, (int Start, int End) line)
    {
        if (line.End - line.Start > MaxCaptionLength) return false;
        char last = text[line.End - 1];
        return last is not ('.' or '!' or '?' or '"' or '\u201D' or ':');
    }

    /// <summary>
    /// Whether a paragraph of running text comes after line <paramref name="from"/>: a long
    /// line closed by a period or a quote mark (a teaser cut off with "..." does not count, nor a
    /// related article's blurb, which a teaser line such as "Baca Selengkapnya" follows).
    /// </summary>
    private bool BodyFollows(string text, List<(int Start, int End)> lines, int from)
    {
        for (int j = from; j < lines.Count; j++)
        {
            var (s, e) = lines[j];
            if (e - s < BodyLineLength) continue;
            var line = text.AsSpan(s, e - s);
            if (line.EndsWith("...") || line.EndsWith("\u2026")) continue;
            if (line[^1] is '.' or '"' or '\u201D' && !BlurbAt(text, lines, j)) return true;
        }
        return false;
    }

    // Whether the next line with text after line j opens a list of related articles ("Baca Selengkapnya").
    private bool BlurbAt(string text, List<(int Start, int End)> lines, int j)
    {
        for (int k = j + 1; k < lines.Count; k++)
        {
            var (s, e) = lines[k];
            if (s == e) continue;
            return _rules.List is { } list && list.IsMatch(text.AsSpan(s, e - s));
        }
        return false;
    }

    /// <summary>A headline of another article: short, no closing sentence punctuation, mostly capitalised words.</summary>
    internal static bool IsTitleLike(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxTitleLength) return false;
        char last = line[^1];
        if (last is '.' or ',' or ';' or ':' or '"' or '\u201D' or '\u2019' or '\'') return false;
        int words = 0, capitalised = 0;
        bool inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!inWord)
            {
                inWord = true;
                words++;
                if (char.IsUpper(c) || char.IsDigit(c)) capitalised++;
            }
        }
        return words >= 2 && capitalised * 2 >= words;
    }

    // Headlines of other stories listed with dashes at the close of a page ("- KPK Periksa Pemilik X",
    // "- Soal Y, Z: Ada Pihak yang ..."): a run of at least three such lines in the second half of the
    // text, with nothing of the article after it, is the page's links, whatever heading it had or lost.
    private const int MinClosingLinks = 3;
    private const int MinLinkWords = 4;

    private static void RemoveClosingLinks(string text, List<(int Start, int End)> lines, bool[] removed)
    {
        int last = lines.Count - 1;
        while (last >= 0 && (removed[last] || lines[last].Start == lines[last].End)) last--;
        int first = last;
        while (first >= 0 && !removed[first] && IsDashedHeadline(text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start))) first--;
        first++;
        if (last - first + 1 < MinClosingLinks || lines[first].Start < text.Length / 2) return;
        for (int i = first; i <= last; i++) removed[i] = true;
    }

    private static bool IsDashedHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || line[0] is not ('-' or '\u2022' or '\u2013') || !char.IsWhiteSpace(line[1])) return false;
        var rest = line[1..].Trim();
        int words = 0;
        for (int k = 0; k < rest.Length; k++)
            if (!char.IsWhiteSpace(rest[k]) && (k == 0 || char.IsWhiteSpace(rest[k - 1]))) words++;
        return words >= MinLinkWords && IsTitleLike(rest);
    }

    private static void Blank(char[] buffer, int start, int end, List<Range> ranges)
    {
        for (int i = start; i < end; i++)
            if (buffer[i] != '\n') buffer[i] = ' ';
        ranges.Add(new Range(start, end));
    }

    // Ranges separated only by whitespace (line ends, blank lines) become one.
    private static List<Range> Merge(List<Range> sorted, char[] buffer)
    {
        var merged = new List<Range>(sorted.Count);
        int s = sorted[0].Start.Value, e = sorted[0].End.Value;
        foreach (var r in sorted.Skip(1))
        {
            if (r.Start.Value <= e || buffer.AsSpan(e, r.Start.Value - e).IsWhiteSpace()) { e = Math.Max(e, r.End.Value); continue; }
            merged.Add(new Range(s, e));
            (s, e) = (r.Start.Value, r.End.Value);
        }
        merged.Add(new Range(s, e));
        return merged;
    }
}
