using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Runs the full default pipeline over generated Indonesian news articles, produced one at a
/// time (never all in memory), whose people and towns are made up from syllables so that the
/// number of distinct entities grows with the corpus. Prints articles/s, MB/s, peak working
/// set and managed heap at checkpoints, so a flat memory curve (apart from the graph) shows.
/// </summary>
public static class ExtractBenchmark
{
    public const string Help = "full extraction over generated articles (options: --articles N [20000], --no-ner)";

    private static readonly string[] Syllables = ["ka", "ri", "mo", "ne", "sa", "tu", "vi", "lo", "de", "ga", "ru", "pe", "an", "si", "ba", "ho"];
    private static readonly string[] Countries = ["Rusia", "Ukraina", "Amerika Serikat", "China", "Jepang", "Indonesia", "Filipina", "Iran", "Israel", "Suriah", "Thailand", "Kamboja"];
    private static readonly string[] Bodies = ["NATO", "PBB", "ASEAN", "Uni Eropa", "Kremlin", "KPK"];
    private static readonly string[] Titles = ["Menteri Pertahanan", "Menteri Luar Negeri", "Juru Bicara", "Presiden", "Duta Besar"];
    private static readonly string[] Days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

    public static int Run(string[] args)
    {
        int total = 20_000;
        bool ner = true;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length) total = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--no-ner") ner = false;
            else { Console.Error.WriteLine($"unknown option {args[i]}"); return 2; }
        }
        var checkpoints = new SortedSet<int> { total / 4, total / 2, total };
        var pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions { UseStatisticalNer = ner });
        long chars = 0;
        var sw = Stopwatch.StartNew();
        var progress = new Reporter(checkpoints, sw, () => chars);
        var graph = pipeline.Run(Generate(total, n => chars += n), progress);
        sw.Stop();
        var proc = Process.GetCurrentProcess();
        foreach (var (stage, time) in pipeline.Times.All) Console.WriteLine($"  {stage,-28} {time.TotalSeconds,7:F2} s");
        Console.WriteLine($"done: {total} articles in {sw.Elapsed.TotalSeconds:F1} s; graph {graph.NodeCount} nodes, {graph.RelationCount} edges; peak working set {proc.PeakWorkingSet64 / 1048576.0:F0} MB");
        return 0;
    }

    internal sealed class Reporter(SortedSet<int> checkpoints, Stopwatch sw, Func<long> chars) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress p)
        {
            if (!checkpoints.Contains(p.ArticlesDone)) return;
            double s = sw.Elapsed.TotalSeconds;
            var proc = Process.GetCurrentProcess();
            proc.Refresh();
            // The machine may be shared: CPU time shows the cost independent of other load.
            double cpu = proc.TotalProcessorTime.TotalSeconds;
            long heap = GC.GetTotalMemory(forceFullCollection: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.ArticlesDone,7} articles  {p.ArticlesDone / s,6:F0} articles/s ({p.ArticlesDone / cpu,5:F0} per CPU-s)  {chars() / 1048576.0 / s,5:F2} MB/s  peak WS {proc.PeakWorkingSet64 / 1048576.0,6:F0} MB  heap {heap / 1048576.0,6:F0} MB  gen2 GCs {GC.CollectionCount(2)}"));
        }
    }

    /// <summary>Articles made on demand; article i names people and towns derived from i.</summary>
    internal static IEnumerable<Article> Generate(int count, Action<int> onText)
    {
        var rng = new Random(20240101);
        var sb = new StringBuilder(2048);
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            string a = Country(rng), b = Country(rng), body = Bodies[rng.Next(Bodies.Length)];
            string p1 = Person(rng.Next(i / 4 + 50)), p2 = Person(rng.Next(i / 4 + 50) + 7919);
            string town = "Kota " + Word(rng.Next(i / 8 + 20) + 31, 3);
            string day = Days[rng.Next(Days.Length)];
            int d = rng.Next(1, 28), m = rng.Next(1, 13);
            sb.Append("JAKARTA - ").Append(Titles[rng.Next(Titles.Length)]).Append(' ').Append(a).Append(' ').Append(p1)
              .Append(" menegaskan bahwa ").Append(a).Append(" akan terus mendukung ").Append(b).Append(", ").Append(day)
              .Append($" ({d}/{m}/2024).\n");
            sb.Append('"').Append("Kami memberikan peringatan kepada ").Append(b).Append(" bahwa serangan terhadap ").Append(town)
              .Append(" tidak dapat diterima,\" kata ").Append(p1.Split(' ')[^1]).Append(".\n");
            sb.Append("Serangan rudal ").Append(a).Append(" ke ").Append(town).Append(" menewaskan sedikitnya ").Append(rng.Next(3, 90)).Append(" orang.\n");
            sb.Append("Juru Bicara ").Append(body).Append(", ").Append(p2).Append(", mengatakan pertemuan di ").Append(town)
              .Append(" akan membahas bantuan bagi warga.\n");
            sb.Append(p2).Append(" menghadiri pertemuan ").Append(body).Append(" di Brussels bersama para menteri pertahanan.\n");
            sb.Append("Sementara itu, ").Append(b).Append(" membantah tuduhan bahwa pasukannya menyerang wilayah ").Append(a).Append(".\n");
            var text = sb.ToString();
            onText(Encoding.UTF8.GetByteCount(text));
            yield return new Article($"gen-{i:D6}", text, $"gen-{i:D6}.txt");
        }
    }

    private static string Country(Random rng) => Countries[rng.Next(Countries.Length)];

    private static string Person(int n) => Cap(Word(n, 2)) + " " + Cap(Word(n / 3 + 101, 3));

    private static string Word(int n, int syllables)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < syllables; k++) { sb.Append(Syllables[n % Syllables.Length]); n = n / Syllables.Length + k * 7 + 3; }
        return Cap(sb.ToString());
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();
}
