namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Benchmarks print figures; they are run by hand (or in CI for a smoke run), never as timed tests.
/// Usage: kg-bench NAME [options]. Each benchmark lives in its own file and registers itself below.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Benchmarks = new(StringComparer.Ordinal)
    {
        ["graphml"] = (GraphMlBenchmark.Help, GraphMlBenchmark.Run),
        ["ner"] = (NerBenchmark.Help, NerBenchmark.Run),
        ["neo4j-load"] = (Neo4jLoadBenchmark.Help, Neo4jLoadBenchmark.Run),
        ["extract"] = (ExtractBenchmark.Help, ExtractBenchmark.Run),
        ["textprep"] = (TextPrepBenchmark.Help, TextPrepBenchmark.Run),
        ["html"] = (HtmlExplorerBenchmark.Help, HtmlExplorerBenchmark.Run),
        ["parse"] = (ParseBenchmark.Help, ParseBenchmark.Run),
        ["scaling"] = (ScalingBenchmark.Help, ScalingBenchmark.Run),
        ["corpus"] = (CorpusBenchmark.Help, CorpusBenchmark.Run),
        ["inputs"] = (InputsBenchmark.Help, InputsBenchmark.Run),
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var bench))
        {
            Console.Error.WriteLine("usage: kg-bench NAME [options]");
            foreach (var (name, b) in Benchmarks.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                Console.Error.WriteLine($"  {name,-16} {b.Help}");
            return args.Length == 0 ? 2 : 2;
        }
        return bench.Run(args[1..]);
    }
}
