using System.CommandLine;
using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Cli.Commands;

internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold graph (JSON: nodes with id, type, name, aliases; edges with source, type, target).", Required = true };
        var graph = new Argument<FileInfo>("graph") { Description = "Predicted graph (GraphML)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also list missed and spurious nodes and edges, and duplicates." };
        var json = new Option<bool>("--json") { Description = "Print the full report as JSON." };
        var command = new Command("evaluate", "Score a graph against annotated gold data: precision, recall and F1 per node and edge type.")
        {
            gold, graph, verbose, json,
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            var graphFile = parse.GetValue(graph)!;
            foreach (var f in new[] { goldFile, graphFile })
                if (!f.Exists) { Console.Error.WriteLine($"kg evaluate: file not found: {f.FullName}"); return 2; }
            try
            {
                var report = GraphScorer.Score(ScoredGraph.ReadGold(goldFile.FullName), ScoredGraph.ReadGraphMl(graphFile.FullName));
                Console.Out.Write(parse.GetValue(json) ? ScoreFormatter.Json(report) : ScoreFormatter.Table(report, parse.GetValue(verbose)));
                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or KeyNotFoundException)
            {
                Console.Error.WriteLine($"kg evaluate: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
