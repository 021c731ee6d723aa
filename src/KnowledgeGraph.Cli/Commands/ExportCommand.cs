using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg export: re-export a saved graph in another format without extracting again.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The saved graph: a graph.json file (or a folder holding one)", Required = true };
        var format = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", GraphSinks.Formats)}", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output file (a folder for multi-file formats)", Required = true };
        var command = new Command("export", "Write a saved graph in another format.") { from, format, output };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(format)!, parse.GetValue(output)!));
        return command;
    }

    public static int Run(string from, string format, string output)
    {
        if (!GraphSinks.TryGet(format, out var sink))
            return ExitCodes.Fail("export", ExitCodes.Usage, $"unknown format \"{format}\" (known: {string.Join(", ", GraphSinks.Formats)})");
        EntityGraph graph;
        try
        {
            graph = GraphInput.Load(from);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return ExitCodes.Fail("export", ExitCodes.BadInput, e.Message);
        }
        try
        {
            sink.Write(graph, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExitCodes.Fail("export", ExitCodes.BadInput, $"cannot write {output}: {e.Message}");
        }
        Console.WriteLine($"wrote {output} ({sink.Format}: {graph.NodeCount} nodes, {graph.RelationCount} edges)");
        return ExitCodes.Ok;
    }
}
