using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg build: articles in, GraphML and JSON out (and more sinks as configured).</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders (searched recursively for .txt)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for graph.graphml and graph.json", Required = true };
        var name = new Option<string>("--name") { Description = "Base name of the written files", DefaultValueFactory = _ => "graph" };
        var resources = new Option<string[]>("--resources") { Description = "Folder of extra language resources (gazetteers, titles, triggers) that extend the bundled ones; may be repeated", AllowMultipleArgumentsPerToken = false };

        var html = new Option<bool>("--html") { Description = "Also write the interactive explorer page (NAME.html)" };
        var htmlLimit = HtmlOptions.Limit();

        var neo4j = new Neo4jOptions();
        var command = new Command("build", "Extract a knowledge graph from news articles.") { inputs, output, name, resources, html, htmlLimit };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            int code = Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(name)!, parse.GetValue(resources), out var graph);
            if (code == 0 && graph is not null && parse.GetValue(html))
                HtmlOptions.Write(graph, Path.Combine(parse.GetValue(output)!, parse.GetValue(name)! + ".html"), parse.GetValue(htmlLimit));
            var url = parse.GetValue(neo4j.Url);
            if (code != 0 || url is null || graph is null) return code;
            return Neo4jOptions.Load("build", graph, Neo4jOptions.Connection(url, parse.GetValue(neo4j.Database), parse.GetValue(neo4j.User)));
        });
        return command;
    }

    private static int Run(string[] inputs, string outDir, string name, string[]? resources, out EntityGraph? built)
    {
        built = null;
        IReadOnlyList<string> files;
        try
        {
            files = ArticleReader.ExpandInputs(inputs);
        }
        catch (InputException ex)
        {
            Console.Error.WriteLine($"kg build: {ex.Message}");
            return 1;
        }

        int skipped = 0;
        var reader = new ArticleReader(s =>
        {
            skipped++;
            Console.Error.WriteLine($"warning: skipped {s.Path}: {s.Reason}");
        });

        var progress = new ConsoleProgress();
        EntityGraph graph;
        try
        {
            graph = ExtractionPipeline.CreateDefault(new ExtractionOptions { Overlays = resources ?? [] }).Run(reader.Read(files), progress);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine($"kg build: {ex.Message}");
            return 1;
        }
        progress.Finish();

        if (graph.Nodes.All(n => n.Type != NodeType.Article))
        {
            Console.Error.WriteLine($"kg build: none of the {files.Count} input files could be read");
            return 1;
        }

        Directory.CreateDirectory(outDir);
        foreach (var format in new[] { "graphml", "json" })
        {
            var sink = GraphSinks.Find(format)!;
            var path = Path.Combine(outDir, name + sink.Extension);
            sink.Write(graph, path);
            Console.WriteLine($"wrote {path}");
        }
        Console.WriteLine($"{graph.NodeCount} nodes, {graph.RelationCount} edges from {files.Count - skipped} articles" +
                          (skipped > 0 ? $" ({skipped} files skipped)" : ""));
        built = graph;
        return 0;
    }
}
