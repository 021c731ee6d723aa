using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg stats: what a saved graph holds, by type, and its most connected nodes.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var graphFile = new Argument<string>("graph") { Description = "The saved graph (graph.json)" };
        var top = new Option<int>("--top") { Description = "How many top-degree nodes to list", DefaultValueFactory = _ => 10 };
        OptionRules.AtLeast(top, 0, "a whole number of nodes, 0 or more");
        OptionRules.NotEmpty(graphFile, "graph file name");
        var command = new Command("stats", "Counts by node and edge type, and the top-degree nodes.") { graphFile, top };
        command.SetAction(parse => Run(parse.GetValue(graphFile)!, parse.GetValue(top)));
        return command;
    }

    private static int Run(string path, int top)
    {
        var graph = GraphInput.TryLoad(path, "stats");
        if (graph is null) return 1;

        Console.WriteLine($"nodes {graph.NodeCount}");
        foreach (var t in Enum.GetValues<NodeType>())
            Console.WriteLine($"  {t,-16} {graph.Nodes.Count(n => n.Type == t),8}");
        Console.WriteLine($"edges {graph.RelationCount}");
        foreach (var t in Enum.GetValues<RelationType>())
            Console.WriteLine($"  {t,-16} {graph.Relations.Count(r => r.Type == t),8}");

        Console.WriteLine($"top {top} nodes by degree (MENTIONED_IN not counted)");
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in graph.Relations)
        {
            if (r.Type == RelationType.MENTIONED_IN) continue;
            degree[r.Source.Id] = degree.GetValueOrDefault(r.Source.Id) + 1;
            degree[r.Target.Id] = degree.GetValueOrDefault(r.Target.Id) + 1;
        }
        foreach (var (id, d) in degree.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            var node = graph.FindNode(id)!;
            Console.WriteLine($"  {d,6}  {node.Type,-12} {node.Name}");
        }
        return 0;
    }
}
