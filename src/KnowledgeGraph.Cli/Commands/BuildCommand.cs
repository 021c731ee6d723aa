using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg build: articles in, GraphML and JSON out (and more sinks as configured).</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders (searched recursively for .txt, .html, .jsonl, .json and their .gz, .zip, .tar.gz archives); - reads JSON Lines from standard input", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for graph.graphml and graph.json", Required = true };
        var name = new Option<string>("--name") { Description = "Base name of the written files", DefaultValueFactory = _ => "graph" };
        var resources = new Option<string[]>("--resources") { Description = "Folder of language data in the layout of the bundled Resources folder (<language>/...), merged into every stage's data or adding a pack; may be repeated", AllowMultipleArgumentsPerToken = false };
        var language = new Option<string>("--language") { Description = "Language pack for articles that name no language, or one without a pack", DefaultValueFactory = _ => LanguagePack.DefaultLanguage };
        var maxArticleBytes = new Option<long>("--max-article-bytes") { Description = $"Cut an article's text past this many bytes (UTF-8), with a warning naming it; 0: no limit", DefaultValueFactory = _ => ArticleSizeLimit.DefaultMaxBytes };

        var jobs = new Option<int>("--jobs") { Description = "Articles analysed in parallel (default: every core); the output is the same for any number", DefaultValueFactory = _ => Environment.ProcessorCount };
        OptionRules.AtLeast(jobs, 1, "a whole number of 1 or more");
        OptionRules.NotEmpty(output);
        OptionRules.AtLeast(maxArticleBytes, 0, "a whole number of bytes, 0 (no limit) or more");
        var relationModel = new Option<FileInfo>("--relation-model") { Description = "A relation model written by kg train-relations that judges the extractors' candidate edges (none is shipped)" };
        var skipStages = new Option<string[]>("--skip-stage") { Description = "Leave out a stage of the pipeline by name (kg stages lists them); may be repeated" };
        var html = new Option<bool>("--html") { Description = "Also write the interactive explorer page (NAME.html)" };
        var htmlLimit = HtmlOptions.Limit();
        var neo4j = new Neo4jOptions();
        var command = new Command("build", "Extract a knowledge graph from news articles.") { inputs, output, name, resources, language, maxArticleBytes, jobs, relationModel, skipStages, html, htmlLimit };
        neo4j.AddTo(command);
        var input = new BuildInputs();
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var limits = new BuildLimits(parse.GetValue(maxArticleBytes), parse.GetValue(jobs), parse.GetValue(language)!, parse.GetValue(skipStages) ?? []);
            int code = Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(name)!, parse.GetValue(resources), parse.GetValue(relationModel)?.FullName, limits, input, parse.GetValue(input.Field) ?? [], out var graph);
            if (code == 0 && graph is not null && parse.GetValue(html))
                HtmlOptions.Write(graph, Path.Combine(parse.GetValue(output)!, parse.GetValue(name)! + ".html"), parse.GetValue(htmlLimit));
            if (code == 0) code = input.StrictExit(parse.GetValue(input.Strict));
            var url = parse.GetValue(neo4j.Url);
            if (code != 0 || url is null || graph is null) return code;
            return Neo4jOptions.Load("build", graph, neo4j.Connection(parse));
        });
        return command;
    }

    /// <summary>Why the output cannot go where --out and --name say, or null when it can.</summary>
    internal static string? OutputProblem(string outDir, string name)
    {
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('\\'))
            return $"--name expects a file name without a folder, got \"{Printable(name)}\"";
        if (File.Exists(outDir)) return $"--out {Printable(outDir)}: is a file, not a folder";
        // The nearest folder that exists must be one: "--out some-file/graphs" cannot be created either.
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(outDir)); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) break;
            if (File.Exists(dir)) return $"--out {Printable(outDir)}: {Printable(dir)} is a file, not a folder";
        }
        return null;
    }

    /// <summary>
    /// Why the build's files cannot be written, or null when they can: checked before the articles
    /// are read, so a long build does not end on "permission denied". A folder made for the check
    /// is removed again, so a build that fails later leaves nothing behind.
    /// </summary>
    internal static string? OutputNotWritable(string outDir, IEnumerable<string> files)
    {
        var full = Path.GetFullPath(outDir);
        var made = new List<string>();
        for (var dir = full; !string.IsNullOrEmpty(dir) && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)) made.Add(dir);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".kg-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            foreach (var file in files)
            {
                if (Directory.Exists(file)) return $"cannot write {Printable(file)}: it is a folder";
                // Opened for writing without truncating: a read-only graph.json is found now, unchanged.
                if (File.Exists(file)) using (new FileStream(file, FileMode.Open, FileAccess.Write)) { }
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write to --out {Printable(outDir)}: {ex.Message}";
        }
        finally
        {
            foreach (var dir in made) // deepest first; a folder something else wrote into stays
            {
                try { Directory.Delete(dir); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
    }

    private static string Printable(string text) => DisplayText.Escape(text);

    /// <summary>How much of the input one build takes on, in which language, and which stages it leaves out.</summary>
    private sealed record BuildLimits(long MaxArticleBytes, int Jobs, string Language, string[] SkipStages);

    private static int Run(string[] inputs, string outDir, string name, string[]? resources, string? relationModel, BuildLimits limits, BuildInputs input, string[] fieldMappings, out EntityGraph? built)
    {
        built = null;
        // Checked before the articles are read: a build may take minutes, and its output must not be lost to a typo.
        if (OutputProblem(outDir, name) is { } problem)
        {
            Console.Error.WriteLine($"kg build: {problem}");
            return 2;
        }
        try
        {
            var packs = LanguagePack.Available(null, resources);
            if (!packs.Contains(limits.Language)) throw new UnknownLanguageException(limits.Language, packs);
        }
        catch (UnknownLanguageException ex)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 2;
        }
        ExtractionPipeline pipeline;
        try
        {
            pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions { Overlays = resources ?? [], Language = limits.Language, RelationModelPath = relationModel, SkipStages = limits.SkipStages, Warn = input.Warn });
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 1;
        }
        RecordFields fields;
        try
        {
            fields = RecordFields.Parse(fieldMappings);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 2;
        }
        var sinks = new[] { "graphml", "json" }.Select(f => GraphSinks.Find(f)!).ToArray();
        var paths = sinks.Select(s => Path.Combine(outDir, name + s.Extension)).ToArray();
        if (OutputNotWritable(outDir, paths) is { } unwritable)
        {
            Console.Error.WriteLine($"kg build: {unwritable}");
            return 1;
        }
        IReadOnlyList<InputFile> files;
        try
        {
            files = ArticleReader.ExpandInputs(inputs, input.Warn);
        }
        catch (InputException ex)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 1;
        }

        var reader = new ArticleReader(input.Warn, new ArticleReaderOptions
        {
            Fields = fields,
            ResourceDirectories = [LanguagePack.BundledRoot, .. resources ?? []],
            Language = limits.Language,
            MaxArticleBytes = limits.MaxArticleBytes,
        });

        var progress = new ConsoleProgress(() => reader.Fraction);
        EntityGraph graph;
        try
        {
            var articles = ArticleSizeLimit.Apply(reader.Read(files), limits.MaxArticleBytes, cut =>
                input.Warn(new InputWarning("cut " + cut.Article.Source, $"{cut.OriginalBytes} bytes, kept the first {cut.KeptBytes} (--max-article-bytes {limits.MaxArticleBytes})", "cut", Skipped: false)));
            pipeline.Jobs = limits.Jobs;
            graph = pipeline.Run(articles.Select(a => { input.Read++; return a; }), progress);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine($"kg build: {Printable(ex.Message)}");
            return 1;
        }
        progress.Finish();

        if (graph.Nodes.All(n => n.Type != NodeType.Article))
        {
            Console.Error.WriteLine($"kg build: no article could be read from the {files.Count} input{(files.Count == 1 ? "" : "s")}");
            return 1;
        }

        // The two files are written at once, one per core: the graph is only read by now, and
        // its node order is settled first so neither writer computes it. Messages keep their order.
        var failures = new Exception?[sinks.Length];
        try
        {
            Directory.CreateDirectory(outDir);
            _ = graph.Nodes.FirstOrDefault();
            Parallel.For(0, sinks.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, limits.Jobs) }, i =>
            {
                try { sinks[i].Write(graph, paths[i]); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { failures[i] = ex; }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"kg build: cannot write {Printable(paths[0])}: {ex.Message}");
            return 1;
        }
        for (int i = 0; i < sinks.Length; i++)
        {
            if (failures[i] is { } ex)
            {
                Console.Error.WriteLine($"kg build: cannot write {Printable(paths[i])}: {ex.Message}");
                return 1;
            }
            Console.WriteLine($"wrote {Printable(paths[i])}");
        }
        Console.WriteLine($"{graph.NodeCount} nodes, {graph.RelationCount} edges from {input.Read} articles" +
                          (input.Skipped > 0 ? $" ({input.Skipped} files skipped)" : ""));
        input.PrintSummary(graph);
        built = graph;
        // The graph of the other articles is written, but one that lacks articles is no success.
        if (input.Failed > 0)
        {
            var count = input.Failed == 1 ? "1 article was" : $"{input.Failed} articles were";
            Console.Error.WriteLine($"kg build: {count} left out because a stage failed (see the warnings); the graph of the rest was written");
            return 1;
        }
        return 0;
    }
}
