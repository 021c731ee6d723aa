using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.GraphMl;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Writes GraphML for a generated graph (default 200,000 nodes and 200,000 edges, one
/// evidence sentence per edge) and prints the time and size. The graph is built before the
/// clock starts; only the writing is timed. Several runs, so JIT warm-up shows separately.
/// CPU time is printed next to wall time because on a shared machine the wall time mostly
/// measures the other tenants.
/// </summary>
public static class GraphMlBenchmark
{
    public const string Help = "write GraphML for a generated graph: [--nodes N] [--edges N] [--runs N] [--out FILE]";

    public static int Run(string[] args)
    {
        int nodes = 200_000, edges = 200_000, runs = 3;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--nodes": nodes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--edges": edges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                default: Console.Error.WriteLine($"kg-bench graphml: unknown option {args[i]}"); return 2;
            }
        }
        var graph = Generate(nodes, edges);
        var path = output ?? Path.Combine(Path.GetTempPath(), $"kg-bench-{Environment.ProcessId}.graphml");
        var sink = new GraphMlSink();
        var times = new List<double>();
        try
        {
            for (int r = 0; r < runs; r++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                sink.Write(graph, path);
                sw.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                times.Add(sw.Elapsed.TotalSeconds);
                var mb = new FileInfo(path).Length / 1e6;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"graphml run {r + 1}: {graph.NodeCount} nodes, {graph.RelationCount} edges, {sw.Elapsed.TotalSeconds:F3} s wall, {cpuSeconds:F3} s CPU, {mb:F1} MB"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graphml best: {times.Min():F3} s"));
        }
        finally
        {
            if (output is null) File.Delete(path);
        }
        return 0;
    }

    /// <summary>A graph shaped like real output: entity types in proportion, readable names, one sentence of evidence per edge.</summary>
    public static EntityGraph Generate(int nodeCount, int edgeCount)
    {
        var g = new EntityGraph();
        var types = new[] { NodeType.Person, NodeType.Organization, NodeType.Place, NodeType.Event, NodeType.Article };
        var ids = new string[nodeCount];
        var rng = new Random(12345);
        for (int i = 0; i < nodeCount; i++)
        {
            var type = types[i % types.Length];
            var name = $"{type} Nama {i.ToString(CultureInfo.InvariantCulture)}";
            var node = g.GetOrAddNode(NodeId.For(type, name), type, name);
            node.Mentions = 1 + i % 7;
            if (type == NodeType.Article)
            {
                node.Title = $"Judul berita nomor {i}";
                node.Published = "2022-10-25";
                node.Source = $"corpus/{i}.txt";
            }
            else
            {
                node.AddAlias($"N{i}");
                node.Articles.Add($"article-{i % 1000:D4}");
            }
            ids[i] = node.Id;
        }
        var relationTypes = Enum.GetValues<RelationType>();
        int made = 0;
        while (made < edgeCount)
        {
            var s = ids[rng.Next(nodeCount)];
            var t = ids[rng.Next(nodeCount)];
            if (s == t) continue;
            var type = relationTypes[rng.Next(relationTypes.Length)];
            if (g.Structure.ContainsEdge(g.FindNode(s)!, g.FindNode(t)!) ) continue;
            int start = rng.Next(5000);
            g.AddRelation(s, type, t, new Evidence($"article-{made % 1000:D4}",
                "Sekretaris Jenderal NATO Jens Stoltenberg mengatakan \"kami siap\" kepada wartawan di Brussels pada Selasa.",
                start, start + 104, made % 3 == 0 ? "kami siap" : null, "2022-10-25"));
            made++;
        }
        return g;
    }
}
