using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg load: put a saved graph into Neo4j (idempotent; merges with what is there).</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("graph") { Description = "The saved graph (graph.json)" };
        var neo4j = new Neo4jOptions();
        OptionRules.NotEmpty(input, "graph file name");
        var command = new Command("load", "Load a saved graph into Neo4j over its HTTP API.") { input };
        neo4j.AddTo(command);
        neo4j.Url.Required = true;
        command.SetAction(parse => Run(parse.GetValue(input)!, neo4j, parse));
        return command;
    }

    private static int Run(string input, Neo4jOptions neo4j, ParseResult parse)
    {
        var graph = GraphInput.TryLoad(input, "load");
        if (graph is null) return 1;
        return Neo4jOptions.Load("load", graph, neo4j.Connection(parse));
    }
}
