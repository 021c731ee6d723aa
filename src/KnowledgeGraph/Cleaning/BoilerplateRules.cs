using System.Text.RegularExpressions;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// The boilerplate rules of one language, read from Resources/&lt;lang&gt;/boilerplate.tsv
/// (the file's header documents the format).
/// </summary>
public sealed class BoilerplateRules
{
    public const string FileName = "boilerplate.tsv";

    // The regexes that match are matched once per line of every article, so they are compiled;
    // a rule's own regex only checks its pattern and carries it into those, so it is not (each
    // compiled regex costs start-up time). No match timeout: a wall-clock limit fails at random
    // on a loaded machine (the first match also pays for compiling); rules keep their
    // repetitions bounded instead.
    private const RegexOptions Checked = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions Options = Checked | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    public BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Rules = rules;
        // Span rules anchored at the line start (datelines) are alternatives: one regex, first
        // match wins. The others each apply anywhere in the line.
        var spans = rules.Where(r => r.Kind == BoilerplateRuleKind.Span).ToList();
        var leading = spans.Where(r => r.Pattern.ToString().StartsWith('^')).Select(r => "(?:" + r.Pattern + ")").ToList();
        // The leading span rules stay one alternation even though the line rules come in groups: grouped, they
        // matched faster, but compiling the groups cost more at start-up than they saved on a few thousand articles.
        var span = spans.Where(r => !r.Pattern.ToString().StartsWith('^')).Select(r => new Regex(r.Pattern.ToString(), Options, Timeout)).ToList();
        if (leading.Count > 0) span.Insert(0, new Regex("^(?:" + string.Join("|", leading) + ")", Options, Timeout));
        Span = span.ToArray();
        Line = Combine(rules, BoilerplateRuleKind.Line);
        List = Combine(rules, BoilerplateRuleKind.List);
        Tail = Combine(rules, BoilerplateRuleKind.Tail);
        Byline = Combine(rules, BoilerplateRuleKind.Byline);
        Meta = Combine(rules, BoilerplateRuleKind.Meta);
        Repeat = Combine(rules, BoilerplateRuleKind.Repeat);
        Credit = Combine(rules, BoilerplateRuleKind.Credit);
    }

    public IReadOnlyList<BoilerplateRule> Rules { get; }
    internal LineMatcher? Line { get; }
    internal LineMatcher? List { get; }
    internal LineMatcher? Tail { get; }
    internal LineMatcher? Byline { get; }
    internal LineMatcher? Meta { get; }
    internal LineMatcher? Repeat { get; }
    internal LineMatcher? Credit { get; }
    internal Regex[] Span { get; }

    public static BoilerplateRules Load(string? resourceDirectory, string language) =>
        FromPack(LanguagePack.Open(language, resourceDirectory));

    public static BoilerplateRules FromPack(LanguagePack pack) => Parse(pack.Rows(FileName));

    /// <summary>Parses rule lines; <paramref name="sourceName"/> is used in error messages.</summary>
    public static BoilerplateRules Parse(IEnumerable<string> lines, string sourceName) =>
        Parse(DataFile.Parse(lines, sourceName));

    private static BoilerplateRules Parse(IEnumerable<DataRow> rows)
    {
        var rules = new List<BoilerplateRule>();
        foreach (var row in rows)
        {
            var origin = row.Origin;
            if (row.Count < 2 || row[1].Length == 0)
                throw new FormatException($"{origin}: expected 'kind<TAB>pattern<TAB>comment'.");
            var kind = row[0].ToLowerInvariant() switch
            {
                "line" => BoilerplateRuleKind.Line,
                "span" => BoilerplateRuleKind.Span,
                "list" => BoilerplateRuleKind.List,
                "tail" => BoilerplateRuleKind.Tail,
                "byline" => BoilerplateRuleKind.Byline,
                "repeat" => BoilerplateRuleKind.Repeat,
                "meta" => BoilerplateRuleKind.Meta,
                "credit" => BoilerplateRuleKind.Credit,
                var other => throw new FormatException($"{origin}: unknown rule kind '{other}' (line, span, list, tail, byline, repeat, meta, credit)."),
            };
            Regex rx;
            try { rx = new Regex(row[1], Checked, Timeout); }
            catch (ArgumentException e) { throw new FormatException($"{origin}: invalid pattern: {e.Message}", e); }
            rules.Add(new BoilerplateRule(kind, rx, row[2], origin));
        }
        return new BoilerplateRules(rules);
    }

    // Few alternations per kind, so a line is scanned a few times per kind instead of once per rule.
    // Rules anchored at the line start are grouped under an outer ^: the engine then tries
    // only the first position instead of every position of a long paragraph. The other rules
    // are a second alternation, so they do not take that anchor away.
    private static LineMatcher? Combine(IReadOnlyList<BoilerplateRule> rules, BoilerplateRuleKind kind)
    {
        var patterns = rules.Where(r => r.Kind == kind).Select(r => r.Pattern.ToString()).ToList();
        if (patterns.Count == 0) return null;
        var anchored = patterns.Where(p => p.StartsWith('^')).Select(p => "(?:" + p + ")").ToList();
        var floating = patterns.Where(p => !p.StartsWith('^')).Select(p => "(?:" + p + ")").ToList();
        return new LineMatcher(
            LineMatcher.Chunks(anchored, Options | RegexOptions.ExplicitCapture, Timeout),
            floating.Count > 0 ? new Regex(string.Join("|", floating), Options | RegexOptions.ExplicitCapture, Timeout) : null);
    }
}
