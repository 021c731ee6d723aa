using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg export: re-export a saved graph in another format without extracting again.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The saved graph (graph.json) or a Neo4j URL (http://host:7474)", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: " + GraphSinks.Names, Required = true };
        var output = new Option<string>("--out") { Description = "Output file (or folder, for multi-file formats)", Required = true };
        var htmlLimit = HtmlOptions.Limit();
        OptionRules.NotEmpty(from);
        OptionRules.NotEmpty(output);

        var timeout = Neo4jOptions.TimeoutOption();
        var command = new Command("export", "Write a saved graph in another format.") { from, format, output, htmlLimit, timeout };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(htmlLimit), parse.GetValue(timeout)));
        return command;
    }

    private static int Run(string from, string format, string output, int htmlLimit, double? timeoutSeconds)
    {
        var sink = HtmlOptions.Configure(GraphSinks.Find(format), htmlLimit);
        if (sink is null)
        {
            Console.Error.WriteLine($"kg export: unknown format \"{format}\" (known: {GraphSinks.Names})");
            return 2;
        }
        var graph = GraphInput.TryLoad(from, "export", timeoutSeconds);
        if (graph is null) return 1;
        try
        {
            sink.Write(graph, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"kg export: cannot write {KnowledgeGraph.Sources.DisplayText.Escape(output)}: {ex.Message}");
            return 1;
        }
        Console.WriteLine($"wrote {KnowledgeGraph.Sources.DisplayText.Escape(output)} ({graph.NodeCount} nodes, {graph.RelationCount} edges)");
        return 0;
    }
}
