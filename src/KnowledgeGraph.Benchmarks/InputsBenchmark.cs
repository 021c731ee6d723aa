using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The source stage under load. First a generated JSON Lines dump of --records articles,
/// gzipped, streams through the whole build: articles/s, peak working set and managed heap at
/// a quarter, half and all of it show whether memory grows with the input or only with the
/// graph. Then the same --compare articles as .txt files, saved .html pages and one
/// .jsonl.gz are read (reader alone, and reader plus extraction) to compare the formats.
/// Generated files go to a temporary folder that is removed at the end.
/// </summary>
public static class InputsBenchmark
{
    public const string Help = "inputs: a .jsonl.gz dump through the build, and .txt vs .jsonl.gz vs .html (options: --records N [100000], --compare N [2000])";

    public static int Run(string[] args)
    {
        int records = 100_000, compare = 2_000;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--records" && i + 1 < args.Length) records = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--compare" && i + 1 < args.Length) compare = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown option {args[i]}"); return 2; }
        }
        var dir = Path.Combine(Path.GetTempPath(), "kg-bench-inputs-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            Dump(dir, records);
            Compare(dir, compare);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static void Dump(string dir, int records)
    {
        var path = Path.Combine(dir, "dump.jsonl.gz");
        long textBytes = WriteJsonLinesGz(path, records);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dump: {records} records, {textBytes / 1048576.0:F1} MB of text, {new FileInfo(path).Length / 1048576.0:F1} MB gzipped"));

        // The reader alone: what the source stage costs per article.
        var sw = Stopwatch.StartNew();
        int n = 0;
        foreach (var _ in new ArticleReader().Read([path])) n++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read only: {n / sw.Elapsed.TotalSeconds:F0} articles/s"));

        GC.Collect();
        var pipeline = ExtractionPipeline.CreateDefault();
        var checkpoints = new SortedSet<int> { records / 4, records / 2, records };
        sw.Restart();
        var graph = pipeline.Run(new ArticleReader().Read([path]), new ExtractBenchmark.Reporter(checkpoints, sw, () => 0));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"build: {records} articles in {sw.Elapsed.TotalSeconds:F1} s, {records / sw.Elapsed.TotalSeconds:F0} articles/s; graph {graph.NodeCount} nodes, {graph.RelationCount} edges; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        // What the heap holds at the end is the graph (and the pipeline's corpus tables): dropping
        // them shows how little the reading itself keeps.
        long withGraph = GC.GetTotalMemory(forceFullCollection: true);
        int evidence = graph.Relations.Sum(r => r.Evidence.Count);
        GC.KeepAlive(graph);
        graph = null!;
        pipeline = null!;
        long without = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap after a full collection: {withGraph / 1048576.0:F0} MB with the graph ({evidence} evidence sentences), {without / 1048576.0:F0} MB without it"));
    }

    private static long WriteJsonLinesGz(string path, int count)
    {
        long bytes = 0;
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        using var json = new Utf8JsonWriter(gz);
        foreach (var a in ExtractBenchmark.Generate(count, b => bytes += b))
        {
            json.Reset(gz);
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("url", $"https://berita.example/{a.Id}");
            json.WriteString("title", a.Text[..a.Text.IndexOf('\n')]);
            json.WriteString("text", a.Text);
            json.WriteString("published_at", "2024-03-01T10:00:00+07:00");
            json.WriteString("source", "Berita Contoh");
            json.WriteEndObject();
            json.Flush();
            gz.WriteByte((byte)'\n');
        }
        return bytes;
    }

    private static void Compare(string dir, int count)
    {
        var txt = Directory.CreateDirectory(Path.Combine(dir, "txt")).FullName;
        var html = Directory.CreateDirectory(Path.Combine(dir, "html")).FullName;
        foreach (var a in ExtractBenchmark.Generate(count, _ => { }))
        {
            File.WriteAllText(Path.Combine(txt, a.Id + ".txt"), a.Text);
            File.WriteAllText(Path.Combine(html, a.Id + ".html"), Page(a));
        }
        var gz = Path.Combine(dir, "compare.jsonl.gz");
        WriteJsonLinesGz(gz, count);

        Console.WriteLine($"{count} articles in each format, articles/s by wall clock and (in brackets) per CPU-second, which a shared machine disturbs less:");
        Console.WriteLine("  format           read only        read + extract");
        // A first pass warms up the code paths so the first format measured is not charged for it.
        foreach (var input in new[] { txt, gz, html }) _ = new ArticleReader().Read(ArticleReader.ExpandInputs([input])).Take(50).Count();
        foreach (var (name, input) in new[] { (".txt", txt), (".jsonl.gz", gz), (".html", html) })
        {
            var files = ArticleReader.ExpandInputs([input]);
            var (n, read, readCpu) = Measure(() => new ArticleReader().Read(files).Count());
            int nodes = 0;
            var (_, build, buildCpu) = Measure(() => { nodes = ExtractionPipeline.CreateDefault().Run(new ArticleReader().Read(files)).NodeCount; return n; });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {read,8:F0} ({readCpu,6:F0}) {build,10:F0} ({buildCpu,5:F0})   graph {nodes} nodes"));
        }
    }

    private static (int Count, double PerSecond, double PerCpuSecond) Measure(Func<int> run)
    {
        var proc = Process.GetCurrentProcess();
        double cpu = proc.TotalProcessorTime.TotalSeconds;
        var sw = Stopwatch.StartNew();
        int n = run();
        double wall = sw.Elapsed.TotalSeconds;
        proc.Refresh();
        return (n, n / wall, n / Math.Max(1e-6, proc.TotalProcessorTime.TotalSeconds - cpu));
    }

    /// <summary>A saved page around the article: head with metadata, menu, related list, footer.</summary>
    private static string Page(Article a)
    {
        var sb = new StringBuilder();
        var lines = a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        sb.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(lines[0])).Append(" - Berita Contoh</title>");
        sb.Append("<meta property=\"og:site_name\" content=\"Berita Contoh\"><meta property=\"article:published_time\" content=\"2024-03-01T10:00:00+07:00\">");
        sb.Append("<link rel=\"canonical\" href=\"https://berita.example/").Append(a.Id).Append("\"></head><body>");
        sb.Append("<header><nav><ul><li><a href=\"/\">Beranda</a></li><li><a href=\"/nasional\">Nasional</a></li><li><a href=\"/dunia\">Dunia</a></li><li><a href=\"/ekonomi\">Ekonomi</a></li></ul></nav></header>");
        sb.Append("<main><article><h1>").Append(WebUtility.HtmlEncode(lines[0])).Append("</h1><div class=\"content\">");
        foreach (var line in lines)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
            if (line == lines[1]) sb.Append("<p><strong>Baca juga: <a href=\"/lain\">Judul Berita Lain Hari Ini</a></strong></p>");
        }
        sb.Append("</div></article><aside class=\"related\"><h2>Berita Terkait</h2><ul><li><a href=\"/1\">Satu</a></li><li><a href=\"/2\">Dua</a></li></ul></aside></main>");
        sb.Append("<footer><p>Copyright 2024 Berita Contoh</p></footer></body></html>");
        return sb.ToString();
    }
}
