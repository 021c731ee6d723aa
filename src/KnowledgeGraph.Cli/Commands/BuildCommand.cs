using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg build: articles (files and folders) → graph.graphml and graph.json in the output folder.</summary>
internal static class BuildCommand
{
    /// <summary>The formats a build always writes, as DIR/graph.EXT.</summary>
    public static readonly IReadOnlyList<string> OutputFormats = ["graphml", "json"];

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files (.txt, UTF-8 preferred) and folders (searched recursively for *.txt)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created if needed)", DefaultValueFactory = _ => "exports" };
        var resources = new Option<string?>("--resources") { Description = "Language resource folder (default: the one shipped next to the program)" };
        var command = new Command("build", "Read articles and write the knowledge graph as GraphML and JSON.") { inputs, output, resources };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(output)!, parse.GetValue(resources)));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string outDir, string? resources)
    {
        IReadOnlyList<string> files;
        try
        {
            files = ArticleReader.ExpandPaths(inputs);
        }
        catch (ArticleSourceException e)
        {
            return ExitCodes.Fail("build", ExitCodes.BadInput, e.Message);
        }
        if (resources is not null && !Directory.Exists(resources))
            return ExitCodes.Fail("build", ExitCodes.BadInput, $"{resources}: no such resource folder");

        var clock = Stopwatch.StartNew();
        var warnings = new TextReadReporter(Console.Error);
        var reader = new ArticleReader(warnings);
        var progress = new ConsoleProgress(files.Count);
        EntityGraph graph;
        int articles = 0;
        try
        {
            var pipeline = ExtractionPipeline.CreateDefault(resources);
            graph = pipeline.Run(Count(reader.Read(inputs), () => articles++), progress);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            progress.Finish();
            return ExitCodes.Fail("build", ExitCodes.BadInput, e.Message);
        }
        progress.Finish();
        if (articles == 0)
            return ExitCodes.Fail("build", ExitCodes.BadInput, $"none of the {files.Count} input file(s) could be read as an article");

        // Extraction rules evolve; a graph outside the model is still written, but said so.
        var violations = GraphSchema.Default.Validate(graph);
        foreach (var v in violations.Take(5)) Console.Error.WriteLine($"warning: schema: {v}");
        if (violations.Count > 5) Console.Error.WriteLine($"warning: schema: {violations.Count - 5} more violation(s)");

        try
        {
            Directory.CreateDirectory(outDir);
            foreach (var format in OutputFormats)
            {
                var sink = GraphSinks.Get(format);
                var path = Path.Combine(outDir, "graph" + sink.Extension);
                sink.Write(graph, path);
                Console.WriteLine($"wrote {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExitCodes.Fail("build", ExitCodes.BadInput, $"cannot write to {outDir}: {e.Message}");
        }
        Console.WriteLine($"{articles} article(s), {files.Count - articles} skipped, {graph.NodeCount} nodes, {graph.RelationCount} edges, {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Ok;
    }

    private static IEnumerable<Article> Count(IEnumerable<Article> articles, Action onEach)
    {
        foreach (var a in articles)
        {
            onEach();
            yield return a;
        }
    }
}
