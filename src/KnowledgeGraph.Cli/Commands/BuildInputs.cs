using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg build's input options (--field, --strict) and its account of the inputs: warnings as they come, a summary at the end.</summary>
internal sealed class BuildInputs
{
    public Option<string[]> Field { get; } = new("--field")
    {
        Description = "Map a part of an article to a JSON field of the records, e.g. text=body, date=published_at, outlet=source.name (parts: id, url, title, text, html, date, outlet, language); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Exit with code 1 when any input was skipped or repaired (the graph is still written)",
    };

    public void AddTo(Command command)
    {
        command.Add(Field);
        command.Add(Strict);
    }

    private readonly SortedDictionary<string, int> _skippedByKind = new(StringComparer.Ordinal);

    public int Skipped { get; private set; }

    /// <summary>Articles left out because a stage failed on them (an internal error, reported as it came).</summary>
    public int Failed => _skippedByKind.GetValueOrDefault("failed");
    public int Warnings { get; private set; }
    public int Read { get; set; }

    public void Warn(InputWarning w)
    {
        Warnings++;
        if (w.Skipped)
        {
            Skipped++;
            _skippedByKind[w.Kind] = _skippedByKind.GetValueOrDefault(w.Kind) + 1;
        }
        Console.Error.WriteLine("warning: " + w.Message);
    }

    /// <summary>The end-of-run account on stdout: articles read, skipped by reason, nodes and edges by type.</summary>
    public void PrintSummary(EntityGraph graph)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine($"articles: {N(Read)} read" + (Skipped > 0
            ? $", {N(Skipped)} skipped (" + string.Join(", ", _skippedByKind.Select(kv => $"{kv.Key} {N(kv.Value)}")) + ")"
            : ""));
        var nodes = graph.Nodes.GroupBy(n => n.Type).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine($"nodes: {N(graph.NodeCount)} (" + string.Join(", ",
            Enum.GetValues<NodeType>().Where(nodes.ContainsKey).Select(t => $"{t} {N(nodes[t])}")) + ")");
        var edges = graph.Relations.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine($"edges: {N(graph.RelationCount)} (" + string.Join(", ",
            Enum.GetValues<RelationType>().Where(edges.ContainsKey).Select(t => $"{t} {N(edges[t])}")) + ")");
    }

    /// <summary>With --strict, any warning fails the run: one line saying so, exit code 1.</summary>
    public int StrictExit(bool strict)
    {
        if (!strict || Warnings == 0) return 0;
        Console.Error.WriteLine($"kg build: {Warnings} input warning{(Warnings == 1 ? "" : "s")} ({Skipped} skipped) and --strict is set");
        return 1;
    }
}
