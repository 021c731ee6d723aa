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
        var maxArticleBytes = new Option<long>("--max-article-bytes") { Description = $"Cut an article's text past this many bytes (UTF-8), with a warning naming it; 0: no limit", DefaultValueFactory = _ => ArticleSizeLimit.DefaultMaxBytes };

        var jobs = new Option<int>("--jobs") { Description = "Articles analysed in parallel (default: every core); the output is the same for any number", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be 1 or more"); });
        maxArticleBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() < 0) r.AddError("--max-article-bytes must be 0 (no limit) or more"); });
        var neo4j = new Neo4jOptions();
        var command = new Command("build", "Extract a knowledge graph from news articles.") { inputs, output, name, resources, maxArticleBytes, jobs };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var limits = new BuildLimits(parse.GetValue(maxArticleBytes), parse.GetValue(jobs));
            int code = Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(name)!, parse.GetValue(resources), limits, out var graph);
            var url = parse.GetValue(neo4j.Url);
            if (code != 0 || url is null || graph is null) return code;
            return Neo4jOptions.Load("build", graph, neo4j.Connection(parse));
        });
        return command;
    }

    /// <summary>How much of the input one build takes on.</summary>
    private sealed record BuildLimits(long MaxArticleBytes, int Jobs);

    private static int Run(string[] inputs, string outDir, string name, string[]? resources, BuildLimits limits, out EntityGraph? built)
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
            var articles = ArticleSizeLimit.Apply(reader.Read(files), limits.MaxArticleBytes, cut =>
                Console.Error.WriteLine($"warning: cut {cut.Article.Source}: {cut.OriginalBytes} bytes, kept the first {cut.KeptBytes} (--max-article-bytes {limits.MaxArticleBytes})"));
            var pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions { Overlays = resources ?? [] });
            pipeline.Jobs = limits.Jobs;
            graph = pipeline.Run(articles, progress);
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
