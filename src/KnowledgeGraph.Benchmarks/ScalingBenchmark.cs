using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Builds the graph of ONE generated article of growing size: many short lines, and the same
/// kind of text on a single line, and prints time, seconds per MB and the memory the build adds to the process (peak working set above the working set before it). Every size
/// runs in a fresh child process so its peak working set is its own. Time per MB must stay
/// flat as the article grows; a quadratic stage shows as s/MB rising with size.
/// </summary>
public static class ScalingBenchmark
{
    public const string Help = "one article of 1k/10k/100k lines and 1/5/20 MB on one line (options: --cases lines:1000,mb:5,blank:100000,file:PATH --timeout S --stages --memory)";

    private static readonly string[] DefaultCases = ["lines:1000", "lines:10000", "lines:100000", "blank:100000", "mb:1", "mb:5", "mb:20"];

    public static int Run(string[] args)
    {
        var cases = DefaultCases;
        int timeout = 600;
        bool stages = false, memory = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--case" && i + 1 < args.Length) return RunCase(args[++i], args.Contains("--stages"), args.Contains("--memory"));
            if (args[i] == "--cases" && i + 1 < args.Length) cases = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries);
            else if (args[i] == "--stages") stages = true;
            else if (args[i] == "--memory") memory = true;
            else if (args[i] == "--timeout" && i + 1 < args.Length) timeout = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown option {args[i]}"); return 2; }
        }

        Console.WriteLine($"{"article",-16} {"MB",7} {"lines",8} {"build s",8} {"CPU s",7} {"s/MB",7} {"CPU s/MB",8} {"base MB",8} {"peak MB",8} {"grown/MB",9}");
        foreach (var c in cases)
        {
            var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
                psi.ArgumentList.Add(typeof(ScalingBenchmark).Assembly.Location);
            foreach (var a in new[] { "scaling", "--case", c }) psi.ArgumentList.Add(a);
            if (stages) psi.ArgumentList.Add("--stages");
            if (memory) psi.ArgumentList.Add("--memory");
            using var child = Process.Start(psi)!;
            var output = child.StandardOutput.ReadToEndAsync();
            if (!child.WaitForExit(timeout * 1000))
            {
                child.Kill(entireProcessTree: true);
                Console.WriteLine($"{c,-16} did not finish in {timeout} s");
                continue;
            }
            Console.Write(output.Result);
        }
        return 0;
    }

    /// <summary>One size in this process: generate, build, write the sinks, print one row.</summary>
    private static int RunCase(string spec, bool stages, bool memory)
    {
        string kind = spec.Split(':')[0];
        long size = kind == "file" ? 0 : long.Parse(spec.Split(':')[1], CultureInfo.InvariantCulture);
        var text = kind switch
        {
            "lines" => GeneratedNews.Lines(size, "\n"),
            "mb" => GeneratedNews.OfLength(size * 1_000_000, " "),
            "blank" => "Jakarta - Presiden Joko Widodo bertemu Sekjen NATO Jens Stoltenberg di Brussels.\n" + new string('\n', (int)size)
                       + "\"Kami mendukung Ukraina,\" kata Stoltenberg.\n",
            "file" => File.ReadAllText(spec[5..]),
            _ => throw new ArgumentException($"unknown case kind {kind} (lines, mb, blank, file)"),
        };
        double mb = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
        int lines = text.Count(ch => ch == '\n') + 1;
        var pipeline = ExtractionPipeline.CreateDefault();
        var article = new Article("scaling", text, "scaling.txt");
        text = null;
        // A small article first loads the models, so the figures are the big article's own.
        ExtractionPipeline.CreateDefault().Run([new Article("warm-up", GeneratedNews.Lines(50, "\n"), "warm-up.txt")]);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        double baseline = ResetPeakWorkingSet();
        long baseHeap = GC.GetTotalMemory(forceFullCollection: true), baseAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var memoryRows = new List<string>();
        if (memory)
        {
            // Heap still held after each stage (a full collection each time, so the times are not comparable).
            pipeline.Times.AfterStage = stage =>
            {
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - baseAllocated;
                long held = GC.GetTotalMemory(forceFullCollection: true) - baseHeap;
                double ws = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
                lock (memoryRows)
                    memoryRows.Add(string.Create(CultureInfo.InvariantCulture,
                        $"    {stage,-28} held {held / 1048576.0,8:F1} MB  allocated {allocated / 1048576.0,9:F1} MB  peak WS {ws,7:F0} MB"));
            };
        }
        var outDir = Directory.CreateTempSubdirectory("kg-scaling-");
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var graph = pipeline.Run([article]);
        foreach (var format in new[] { "graphml", "json" })
        {
            var sink = GraphSinks.Find(format)!;
            sink.Write(graph, Path.Combine(outDir.FullName, "graph" + sink.Extension));
        }
        sw.Stop();
        outDir.Delete(recursive: true);
        var proc = Process.GetCurrentProcess();
        double cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
        double peak = proc.PeakWorkingSet64 / 1048576.0;
        double s = sw.Elapsed.TotalSeconds;
        double grown = (peak - baseline) * 1.048576;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{spec,-16} {mb,7:F2} {lines,8} {s,8:F2} {cpu,7:F2} {s / mb,7:F2} {cpu / mb,8:F2} {baseline,8:F0} {peak,8:F0} {grown / mb,9:F1}"));
        pipeline.Times.AfterStage?.Invoke("sinks");
        foreach (var row in memoryRows) Console.WriteLine(row);
        if (stages)
            foreach (var (stage, time) in pipeline.Times.All) Console.WriteLine($"    {stage,-28} {time.TotalSeconds,7:F2} s");
        return 0;
    }

    /// <summary>
    /// The working set now, in MiB, after making it the process's peak too (Linux resets the peak
    /// when 5 is written to clear_refs), so the peak afterwards is the build's own.
    /// </summary>
    private static double ResetPeakWorkingSet()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        using var proc = Process.GetCurrentProcess();
        return proc.WorkingSet64 / 1048576.0;
    }
}
