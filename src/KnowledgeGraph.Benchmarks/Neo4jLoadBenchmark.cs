using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Loads a generated graph into an empty Neo4j and prints nodes/s and relationships/s.</summary>
public static class Neo4jLoadBenchmark
{
    public const string Help = "--url URL [--nodes N] [--relationships N] [--batch N]: load a generated graph into Neo4j (deletes what the tool loaded before)";

    public static int Run(string[] args)
    {
        string? url = null;
        int nodes = 200_000, rels = 200_000, batch = 10_000;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = args[i + 1]; break;
                case "--nodes": nodes = int.Parse(args[i + 1]); break;
                case "--relationships": rels = int.Parse(args[i + 1]); break;
                case "--batch": batch = int.Parse(args[i + 1]); break;
            }
        }
        url ??= Environment.GetEnvironmentVariable("NEO4J_URL");
        if (url is null) { Console.Error.WriteLine("usage: kg-bench neo4j-load --url URL"); return 2; }

        try
        {
            return Load(url, nodes, rels, batch);
        }
        catch (Neo4jException ex)
        {
            Console.Error.WriteLine($"kg-bench neo4j-load: {ex.Message}");
            return 1;
        }
    }

    private static int Load(string url, int nodes, int rels, int batch)
    {
        var graph = Generate(nodes, rels);
        var pw = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        using var client = Neo4jClient.Connect(new Neo4jConnection(url, User: pw is null ? null : Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Password: pw));
        Neo4jGraphLoader.DeleteAll(client);
        var loader = new Neo4jGraphLoader(client, batch);
        loader.EnsureConstraints();
        var total = Stopwatch.StartNew();
        var report = loader.Load(graph);
        total.Stop();
        Console.WriteLine($"Neo4j {client.ServerVersion}: {report.Nodes} nodes in {report.NodeTime.TotalSeconds:0.00} s = {report.Nodes / report.NodeTime.TotalSeconds:0} nodes/s");
        Console.WriteLine($"{report.Relationships} relationships in {report.RelationshipTime.TotalSeconds:0.00} s = {report.Relationships / report.RelationshipTime.TotalSeconds:0} relationships/s");
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.00} s (batches of {batch})");
        return 0;
    }

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
