using System.CommandLine;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg stats: what a saved graph holds — counts per node and edge type, best-connected nodes.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("graph") { Description = "A graph.json file (or a folder holding one)" };
        var top = new Option<int>("--top") { Description = "How many top-degree nodes to list", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Count nodes and edges by type and list the best-connected nodes.") { input, top };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(top), Console.Out));
        return command;
    }

    public static int Run(string from, int top, TextWriter output)
    {
        if (top < 0) return ExitCodes.Fail("stats", ExitCodes.Usage, "--top must be 0 or more");
        EntityGraph graph;
        try
        {
            graph = GraphInput.Load(from);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return ExitCodes.Fail("stats", ExitCodes.BadInput, e.Message);
        }
        Write(graph, top, output);
        return ExitCodes.Ok;
    }

    public static void Write(EntityGraph graph, int top, TextWriter output)
    {
        output.WriteLine($"nodes {graph.NodeCount}");
        var nodes = graph.Nodes.ToList();
        foreach (var t in Enum.GetValues<NodeType>())
            output.WriteLine($"  {t,-16} {nodes.Count(n => n.Type == t)}");
        output.WriteLine($"edges {graph.RelationCount}");
        var relations = graph.Relations.ToList();
        foreach (var t in Enum.GetValues<RelationType>())
        {
            var ofType = relations.Where(r => r.Type == t).ToList();
            output.WriteLine($"  {t,-16} {ofType.Count}  (evidence {ofType.Sum(r => r.Evidence.Count)})");
        }
        if (top == 0) return;
        output.WriteLine($"top {top} nodes by degree");
        foreach (var (node, degree) in nodes
                     .Select(n => (Node: n, Degree: graph.Degree(n)))
                     .OrderByDescending(x => x.Degree)
                     .ThenBy(x => x.Node.Id, StringComparer.Ordinal)
                     .Take(top))
            output.WriteLine($"  {degree,6}  {node.Id}  ({node.Name})");
    }
}
