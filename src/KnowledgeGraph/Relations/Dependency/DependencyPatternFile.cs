using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Relations.Dependency;

/// <summary>
/// Reads dependency patterns and the word sets they name. The format (TAB-separated, '#' comments):
/// <code>
/// name  RELATION  anchor  source  target  [option ...]
/// </code>
/// <list type="bullet">
/// <item>anchor: UPOS tags joined by '|', then optionally a word set (<c>@set</c>), forms that are never
/// the anchor (<c>!@set</c>), then optionally
/// <c>event</c> (the anchor must lie inside an Event mention), space-separated: <c>VERB|NOUN @attack</c>.</item>
/// <item>source and target: alternatives separated by ',' (the first that reaches a word wins), each a
/// '/'-separated path of steps: <c>dep</c> (children; <c>=dep</c>: that relation exactly, no subtype), <c>dep(ke|@target)</c> (children whose case
/// marker is listed; <c>dep(-)</c>: no case marker), <c>dep[@set]</c> (children whose own lemma is listed),
/// a trailing <c>&gt;</c> on a step (only children after the word: <c>obl(-)&gt;</c>),
/// <c>^dep</c> / <c>^dep[@set]</c> (the head, reached over relation dep), <c>.</c> (the anchor itself).
/// A target starting with <c>span:</c> takes every mention in the reached clause, outside the anchor's
/// own phrase and the source (what a speaker said).</item>
/// <item>options: <c>source=Type|Type</c>, <c>target=Type|Type</c> (node types accepted),
/// <c>block=kind|kind</c> (modality kinds from the modality list that cancel the match),
/// <c>skip=word|@set</c> (a span leaves out phrases with these case markers), <c>opener=word|@set</c> (a span
/// that such a word opens after the anchor starts at it), <c>event=noun</c> (a match
/// no event phrase tells is an event named "noun source ke target") and <c>place=path</c> (where that event was held).</item>
/// </list>
/// Word sets (<c>dependency-sets.tsv</c>) are read by <see cref="WordSets"/>.
/// </summary>
public static class DependencyPatternFile
{
    public const string PatternsFile = "relations/dependency-patterns.tsv";
    public static List<DependencyPattern> Read(IEnumerable<DataRow> rows, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        var patterns = new List<DependencyPattern>();
        foreach (var row in rows)
        {
            var cols = row.Columns.Where(c => c.Length > 0).ToArray();
            try
            {
                patterns.Add(Parse(cols, sets));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{row.Origin}: {e.Message}", e);
            }
        }
        return patterns;
    }

    public static DependencyPattern Parse(string[] cols, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        if (cols.Length < 5) throw new FormatException("expected name, relation, anchor, source and target separated by tabs");
        if (!Enum.TryParse<RelationType>(cols[1], out var relation)) throw new FormatException($"unknown relation '{cols[1]}'");
        var anchor = ParseAnchor(cols[2], sets);
        var source = ParsePath(cols[3], sets);
        var target = ParsePath(cols[4], sets);
        IReadOnlySet<NodeType> sourceTypes = new HashSet<NodeType> { NodeType.Person, NodeType.Organization, NodeType.Place };
        IReadOnlySet<NodeType> targetTypes = sourceTypes;
        IReadOnlySet<string> blocked = new HashSet<string>();
        IReadOnlySet<string> skip = new HashSet<string>();
        IReadOnlySet<string> opener = new HashSet<string>();
        string? eventNoun = null;
        RolePath? eventPlace = null;
        foreach (var opt in cols.Skip(5))
        {
            int eq = opt.IndexOf('=');
            if (eq <= 0) throw new FormatException($"option '{opt}' is not name=value");
            var key = opt[..eq];
            var values = opt[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (key)
            {
                case "source": sourceTypes = Types(values); break;
                case "target": targetTypes = Types(values); break;
                case "block": blocked = values.ToHashSet(StringComparer.Ordinal); break;
                case "skip": skip = Words(string.Join('|', values), sets); break;
                case "opener": opener = Words(string.Join('|', values), sets); break;
                case "event": eventNoun = opt[(eq + 1)..].Trim(); break;
                case "place": eventPlace = ParsePath(opt[(eq + 1)..], sets); break;
                default: throw new FormatException($"unknown option '{key}'");
            }
        }
        return new DependencyPattern(cols[0], relation, anchor, source, target, sourceTypes, targetTypes, blocked) { SpanSkip = skip, SpanOpener = opener, EventNoun = eventNoun, EventPlace = eventPlace };
    }

    private static HashSet<NodeType> Types(string[] names) =>
        names.Select(n => Enum.TryParse<NodeType>(n, out var t) ? t : throw new FormatException($"unknown node type '{n}'")).ToHashSet();

    private static AnchorSpec ParseAnchor(string text, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pos = parts[0].Split('|').ToHashSet(StringComparer.Ordinal);
        IReadOnlySet<string>? words = null, except = null;
        bool inEvent = false;
        foreach (var p in parts.Skip(1))
        {
            if (p == "event") inEvent = true;
            else if (p.StartsWith('!')) except = Words(p[1..], sets);
            else words = Words(p, sets);
        }
        return new AnchorSpec(pos, words, inEvent) { Except = except };
    }

    private static RolePath ParsePath(string text, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        bool span = text.StartsWith("span:", StringComparison.Ordinal);
        if (span) text = text["span:".Length..];
        var alternatives = new List<IReadOnlyList<PathStep>>();
        foreach (var alt in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            alternatives.Add(alt.Split('/').Select(s => ParseStep(s, sets)).ToList());
        if (alternatives.Count == 0) throw new FormatException($"empty path '{text}'");
        return new RolePath(alternatives, span);
    }

    private static PathStep ParseStep(string step, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        bool up = step.StartsWith('^');
        if (up) step = step[1..];
        bool exact = step.StartsWith('=');
        if (exact) step = step[1..];
        bool after = step.EndsWith('>');
        if (after) step = step[..^1];
        IReadOnlySet<string>? caseWords = null, wordFilter = null;
        int paren = step.IndexOf('(');
        int bracket = step.IndexOf('[');
        int cut = new[] { paren, bracket, step.Length }.Where(i => i >= 0).Min();
        var dep = step[..cut];
        if (dep.Length == 0) throw new FormatException($"step '{step}' names no relation");
        if (paren >= 0)
        {
            int close = step.IndexOf(')', paren);
            if (close < 0) throw new FormatException($"unclosed '(' in '{step}'");
            var inside = step[(paren + 1)..close];
            caseWords = inside == "-" ? new HashSet<string>() : Words(inside, sets);
        }
        if (bracket >= 0)
        {
            int close = step.IndexOf(']', bracket);
            if (close < 0) throw new FormatException($"unclosed '[' in '{step}'");
            wordFilter = Words(step[(bracket + 1)..close], sets);
        }
        return new PathStep(up, dep, caseWords, wordFilter) { Exact = exact, After = after };
    }

    // "ke|terhadap|@target": listed words and named sets.
    private static HashSet<string> Words(string text, IReadOnlyDictionary<string, HashSet<string>> sets)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in text.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith('@'))
            {
                if (!sets.TryGetValue(item[1..], out var set)) throw new FormatException($"unknown word set '{item}'");
                result.UnionWith(set);
            }
            else result.Add(item.ToLowerInvariant());
        }
        return result;
    }
}
