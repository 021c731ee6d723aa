using System.Text.Json;
using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Loads a generated graph into an empty Neo4j and prints nodes/s and relationships/s.</summary>
public static class Neo4jLoadBenchmark
{
    public const string Help = "--url URL [--nodes N] [--relationships N] [--batch N] [--parallel N] [--runs N] [--baseline]: load a generated graph into Neo4j (deletes what the tool loaded before) N times and print each run and the medians; --baseline also times a minimal one-request-at-a-time client on the same server, alternating with the loader";

    public static int Run(string[] args)
    {
        string? url = null;
        int nodes = 200_000, rels = 200_000, batch = Neo4jGraphLoader.DefaultBatchSize, parallel = 2, runs = 1;
        bool baseline = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--baseline") { baseline = true; continue; }
            if (i + 1 >= args.Length) break;
            switch (args[i++])
            {
                case "--url": url = args[i]; break;
                case "--nodes": nodes = int.Parse(args[i]); break;
                case "--relationships": rels = int.Parse(args[i]); break;
                case "--batch": batch = int.Parse(args[i]); break;
                case "--parallel": parallel = int.Parse(args[i]); break;
                case "--runs": runs = Math.Max(1, int.Parse(args[i])); break;
            }
        }
        url ??= Environment.GetEnvironmentVariable("NEO4J_URL");
        if (url is null) { Console.Error.WriteLine("usage: kg-bench neo4j-load --url URL"); return 2; }

        try
        {
            return Load(url, nodes, rels, batch, parallel, runs, baseline);
        }
        catch (Neo4jException ex)
        {
            Console.Error.WriteLine($"kg-bench neo4j-load: {ex.Message}");
            return 1;
        }
    }

    private static int Load(string url, int nodes, int rels, int batch, int parallel, int runs, bool baseline)
    {
        var graph = Generate(nodes, rels);
        var pw = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        using var client = Neo4jClient.Connect(new Neo4jConnection(url, User: pw is null ? null : Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Password: pw));
        Neo4jGraphLoader.DeleteAll(client);
        var loader = new Neo4jGraphLoader(client, batch, parallel);
        loader.EnsureConstraints();
        // A freshly started server runs its first loads several times slower while the JVM
        // compiles its hot paths; warm it once so that the figures compare clients, not JIT states.
        var warm = Generate(Math.Max(1, nodes / 10), rels / 10);
        loader.Load(warm);
        if (baseline) { Neo4jGraphLoader.DeleteAll(client); MinimalClient(client, warm); }
        Neo4jGraphLoader.DeleteAll(client);
        Console.WriteLine($"Neo4j {client.ServerVersion}: {nodes} nodes, {rels} relationships, batches of {batch}, {parallel} in flight, {runs} run(s)");
        var ours = new List<(double Nodes, double Relationships)>();
        var minimal = new List<(double Nodes, double Relationships)>();
        // Alternating the two loaders spreads the server's own drift (JIT, checkpoints, the
        // machine's other load) over both instead of favouring whichever runs second.
        for (int run = 1; run <= runs; run++)
        {
            var report = loader.Load(graph);
            ours.Add((report.Nodes / report.NodeTime.TotalSeconds, report.Relationships / report.RelationshipTime.TotalSeconds));
            Console.WriteLine($"run {run}: {report.Nodes} nodes in {report.NodeTime.TotalSeconds:0.00} s = {ours[^1].Nodes:0} nodes/s, {report.Relationships} relationships in {report.RelationshipTime.TotalSeconds:0.00} s = {ours[^1].Relationships:0} relationships/s ({report.Retries} batches retried after lock conflicts)");
            Neo4jGraphLoader.DeleteAll(client);
            if (!baseline) continue;
            var (bn, br) = MinimalClient(client, graph);
            minimal.Add((nodes / bn.TotalSeconds, rels / br.TotalSeconds));
            Console.WriteLine($"run {run}, minimal client: {minimal[^1].Nodes:0} nodes/s, {minimal[^1].Relationships:0} relationships/s");
            Neo4jGraphLoader.DeleteAll(client);
        }
        double on = Median(ours.Select(r => r.Nodes)), or = Median(ours.Select(r => r.Relationships));
        Console.WriteLine($"median: {on:0} nodes/s, {or:0} relationships/s");
        if (baseline)
        {
            double mn = Median(minimal.Select(r => r.Nodes)), mr = Median(minimal.Select(r => r.Relationships));
            Console.WriteLine($"minimal client, same server, median: {mn:0} nodes/s, {mr:0} relationships/s");
            Console.WriteLine($"ratio of medians: nodes {on / mn:0.00}x, relationships {or / mr:0.00}x");
        }
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
    }

    /// <summary>
    /// The simplest loader one would write by hand: one request at a time, batches of 20,000,
    /// <c>UNWIND $rows MERGE (n:Label {id}) SET n += row.props</c> (and the same for relationships),
    /// carrying the same properties as the real loader. A yardstick measured on the same server.
    /// It gets the same planner choice as the real loader; without it a 3.x server sometimes
    /// plans its relationship MATCH as a scan right after the database was emptied.
    /// </summary>
    private static (TimeSpan Nodes, TimeSpan Relationships) MinimalClient(Neo4jClient client, EntityGraph graph)
    {
        const int size = 20_000;
        var sw = Stopwatch.StartNew();
        foreach (var group in graph.Nodes.GroupBy(n => n.Type))
            foreach (var chunk in group.Chunk(size))
                client.Run(client.Dialect.LoadPrefix + $"UNWIND $rows AS row MERGE (n:{Neo4jGraphLoader.SharedLabel} {{id: row.id}}) SET n:{group.Key}, n += row.props", Rows(chunk, (w, n) =>
                {
                    w.WriteString("id", n.Id);
                    w.WriteStartObject("props");
                    w.WriteString("name", n.Name);
                    JsonArrays.Strings(w, "aliases", n.Aliases, a => a);
                    JsonArrays.Strings(w, "articles", n.Articles, a => a);
                    w.WriteNumber("mentions", n.Mentions);
                    w.WriteEndObject();
                }));
        var nodeTime = sw.Elapsed;
        sw.Restart();
        foreach (var group in graph.Relations.GroupBy(r => r.Type))
            foreach (var chunk in group.Chunk(size))
                client.Run(client.Dialect.LoadPrefix + $"UNWIND $rows AS row MATCH (a:{Neo4jGraphLoader.SharedLabel} {{id: row.s}}), (b:{Neo4jGraphLoader.SharedLabel} {{id: row.t}}) MERGE (a)-[r:{group.Key}]->(b) SET r += row.props", Rows(chunk, (w, r) =>
                {
                    w.WriteString("s", r.Source.Id);
                    w.WriteString("t", r.Target.Id);
                    w.WriteStartObject("props");
                    JsonArrays.Strings(w, "evidence_article", r.Evidence, e => e.ArticleId);
                    JsonArrays.Strings(w, "evidence_sentence", r.Evidence, e => e.Sentence);
                    JsonArrays.Numbers(w, "evidence_start", r.Evidence, e => e.Start);
                    JsonArrays.Numbers(w, "evidence_end", r.Evidence, e => e.End);
                    w.WriteNumber("weight", r.Evidence.Count);
                    w.WriteEndObject();
                }));
        return (nodeTime, sw.Elapsed);
    }

    // {"rows": [{...}, ...]} with one object per item.
    private static Action<Utf8JsonWriter> Rows<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> row) => w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("rows");
        foreach (var item in items)
        {
            w.WriteStartObject();
            row(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    };

    /// <summary>Entities of the four types with names, aliases and one article each; relationships with one evidence each.</summary>
    public static EntityGraph Generate(int nodes, int rels)
    {
        var g = new EntityGraph();
        var types = GraphTypes.EntityTypes;
        var ids = new string[nodes];
        for (int i = 0; i < nodes; i++)
        {
            var type = types[i % types.Count];
            var n = g.GetOrAddNode($"{NodeId.Prefix(type)}:bench-{i}", type, $"Bench Entity {i}");
            n.AddAlias($"BE{i}");
            n.Mentions = 1 + i % 7;
            n.Articles.Add($"article-{i % 1000}");
            ids[i] = n.Id;
        }
        var rng = new Random(42);
        var relTypes = new[] { RelationType.STATED, RelationType.ATTACKED, RelationType.MET_AT };
        int made = 0;
        while (made < rels)
        {
            var s = ids[rng.Next(nodes)];
            var t = ids[rng.Next(nodes)];
            if (s == t) continue;
            var type = relTypes[made % relTypes.Length];
            if (g.TryGetNode(s, out _) && g.RelationCount == made)
            {
                var r = g.GetOrAddRelation(s, type, t);
                if (g.RelationCount == made) continue;
                r.AddEvidence(new Evidence($"article-{made % 1000}", "Kalimat bukti.", made % 500, made % 500 + 12, null, "2024-01-01"));
                made++;
            }
        }
        return g;
    }
}
