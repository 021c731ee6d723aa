using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The whole build on real articles at several --jobs: the articles of the given folders are
/// copied --copies times into a temporary folder (under distinct names, so every copy is its
/// own article), and each job count builds them in a fresh child process. Prints articles/s,
/// CPU seconds, cores in use (CPU time over wall time) and peak working set.
/// </summary>
public static class CorpusBenchmark
{
    public const string Help = "kg build on copies of real articles at several --jobs (options: FOLDER... --copies N [200] --jobs 1,2)";

    public static int Run(string[] args)
    {
        var folders = new List<string>();
        int copies = 200;
        var jobs = new[] { 1, 2 };
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--copies" && i + 1 < args.Length) copies = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--jobs" && i + 1 < args.Length) jobs = args[++i].Split(',').Select(j => int.Parse(j, CultureInfo.InvariantCulture)).ToArray();
            else if (args[i] == "--child" && i + 2 < args.Length) return Child(args[i + 1], int.Parse(args[i + 2], CultureInfo.InvariantCulture));
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) { Console.Error.WriteLine($"unknown option {args[i]}"); return 2; }
            else folders.Add(args[i]);
        }
        if (folders.Count == 0) { Console.Error.WriteLine("usage: kg-bench corpus FOLDER... [--copies N] [--jobs 1,2]"); return 2; }

        var temp = Directory.CreateTempSubdirectory("kg-corpus-bench-");
        try
        {
            var files = ArticleReader.ExpandInputs(folders);
            for (int c = 0; c < copies; c++)
                foreach (var f in files)
                    File.Copy(f.Path, Path.Combine(temp.FullName, $"c{c:D4}-{Path.GetFileName(f.Path)}"));
            Console.WriteLine($"{files.Count * copies} articles ({files.Count} x {copies})");
            Console.WriteLine($"{"jobs",4} {"wall s",8} {"articles/s",10} {"CPU s",7} {"cores",6} {"peak MB",8}");
            foreach (var j in jobs)
            {
                var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") psi.ArgumentList.Add(typeof(CorpusBenchmark).Assembly.Location);
                foreach (var a in new[] { "corpus", "--child", temp.FullName, j.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
                using var child = Process.Start(psi)!;
                Console.Write(child.StandardOutput.ReadToEnd());
                child.WaitForExit();
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
        return 0;
    }

    private static int Child(string folder, int jobs)
    {
        var files = ArticleReader.ExpandInputs([folder]);
        var proc = Process.GetCurrentProcess();
        var cpu0 = proc.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Jobs = jobs;
        var allocByStage = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        var lastAlloc = new ThreadLocal<long>(() => GC.GetAllocatedBytesForCurrentThread());
        if (Environment.GetEnvironmentVariable("KG_BENCH_STAGES") == "1")
            pipeline.Times.AfterStage = stage =>
            {
                long now = GC.GetAllocatedBytesForCurrentThread();
                allocByStage.AddOrUpdate(stage, now - lastAlloc.Value, (_, v) => v + now - lastAlloc.Value);
                lastAlloc.Value = GC.GetAllocatedBytesForCurrentThread();
            };
        var graph = pipeline.Run(new ArticleReader().Read(files));
        var outDir = Directory.CreateTempSubdirectory("kg-corpus-out-");
        // As kg build does: both files at once.
        _ = graph.Nodes.FirstOrDefault();
        Parallel.ForEach(new[] { "graphml", "json" }, new ParallelOptions { MaxDegreeOfParallelism = jobs }, format =>
        {
            var sink = GraphSinks.Find(format)!;
            sink.Write(graph, Path.Combine(outDir.FullName, "graph" + sink.Extension));
        });
        outDir.Delete(recursive: true);
        sw.Stop();
        proc.Refresh();
        double cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds, wall = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{jobs,4} {wall,8:F1} {files.Count / wall,10:F0} {cpu,7:F1} {cpu / wall,6:F2} {proc.PeakWorkingSet64 / 1048576.0,8:F0}"));
        // Where the time went (wall time per stage, summed over threads), on the error stream so the table stays a table.
        if (Environment.GetEnvironmentVariable("KG_BENCH_STAGES") != "1") return 0;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GC: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections (gen0/1/2), paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB"));
        foreach (var (stage, time) in pipeline.Times.All) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28} {time.TotalSeconds,7:F2} s {allocByStage.GetValueOrDefault(stage) / 1048576.0,8:F0} MB"));
        return 0;
    }
}
