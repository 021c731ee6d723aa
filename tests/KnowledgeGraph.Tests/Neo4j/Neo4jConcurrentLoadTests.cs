using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Schema;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// Loads that run at the same time into one database, and duplicates an earlier version left,
/// against the real test server (NEO4J_URL).
/// </summary>
[NonParallelizable]
public class Neo4jConcurrentLoadTests
{
    private static string Url() => Neo4jIntegrationTests.ServerVariable("NEO4J_URL");

    private static Neo4jClient Connect() => Neo4jClient.Connect(new Neo4jConnection(Url()));

    private static void Clear(Neo4jClient client)
    {
        Neo4jGraphLoader.DeleteAll(client);
        client.Run("MATCH (n) DETACH DELETE n");
    }

    /// <summary>
    /// Two graphs that share nodes and relationships, as two corpora about the same events do.
    /// A shared node has the same name and type in both but its own aliases, articles and
    /// mention count in each; a shared relationship has one evidence in common and one of its
    /// own in each graph. Five hubs make many relationships meet at the same nodes.
    /// </summary>
    internal static (EntityGraph A, EntityGraph B) Overlapping(int shared, int own, int sharedRels, int ownRels)
    {
        var a = new EntityGraph();
        var b = new EntityGraph();
        var sharedIds = new List<string>();
        for (int i = 0; i < shared; i++)
        {
            var type = GraphTypes.EntityTypes[i % 4];
            var id = $"{NodeId.Prefix(type)}:s-{i}";
            foreach (var (g, tag) in new[] { (a, "a"), (b, "b") })
            {
                var n = g.GetOrAddNode(id, type, $"Bersama {i}");
                n.AddAlias($"{tag.ToUpperInvariant()}{i}");
                n.Mentions = 1 + (i + tag[0]) % 4;
                n.Articles.Add($"{tag}-{i % 40}");
            }
            sharedIds.Add(id);
        }
        var rng = new Random(3);
        foreach (var (g, tag) in new[] { (a, "a"), (b, "b") })
        {
            var ids = new List<string>(sharedIds);
            for (int i = 0; i < own; i++)
            {
                var type = GraphTypes.EntityTypes[i % 4];
                var n = g.GetOrAddNode($"{NodeId.Prefix(type)}:{tag}-{i}", type, $"Sendiri {tag} {i}");
                n.Mentions = 1;
                n.Articles.Add($"{tag}-{i % 40}");
                ids.Add(n.Id);
            }
            while (g.RelationCount < ownRels)
            {
                var s = rng.Next(4) == 0 ? sharedIds[rng.Next(5)] : ids[rng.Next(ids.Count)];
                var t = ids[rng.Next(ids.Count)];
                if (s != t && Allowed(g, s, RelationType.ATTACKED, t)) g.AddRelation(s, RelationType.ATTACKED, t, new Evidence($"{tag}-{g.RelationCount % 40}", "Kalimat sendiri.", g.RelationCount, g.RelationCount + 9));
            }
        }
        var types = new[] { RelationType.STATED, RelationType.MET_AT };
        var made = new HashSet<string>();
        for (int k = 0; made.Count < sharedRels; k++)
        {
            var s = k % 3 == 0 ? sharedIds[rng.Next(5)] : sharedIds[rng.Next(shared)];
            var t = sharedIds[rng.Next(shared)];
            var type = types[k % 2];
            if (s == t || !Allowed(a, s, type, t) || !made.Add(Relation.MakeId(s, type, t))) continue;
            var common = new Evidence($"c-{k % 40}", "Kalimat bersama.", k, k + 7, k % 2 == 0 ? "kutipan" : null, "2024-02-02");
            a.AddRelation(s, type, t, common);
            b.AddRelation(s, type, t, common);
            a.AddRelation(s, type, t, new Evidence($"a-{k % 40}", "Kalimat A.", k, k + 5));
            b.AddRelation(s, type, t, new Evidence($"b-{k % 40}", "Kalimat B.", k, k + 6));
        }
        return (a, b);
    }

    // Only edges the schema allows: a graph file holding any other is refused before loading.
    private static bool Allowed(EntityGraph g, string source, RelationType type, string target) =>
        GraphSchema.Default.Allows(type, g.FindNode(source)!.Type, g.FindNode(target)!.Type);

    /// <summary>
    /// What the database holds, in a form independent of the order things were written in:
    /// the graph as read back (evidence sorted), plus every relationship's stored weight and
    /// evidence count and the number of relationships per type and ends, so a duplicate or a
    /// weight that disagrees with the evidence changes it.
    /// </summary>
    internal static string Checksum(Neo4jClient client)
    {
        using var ms = new MemoryStream();
        new JsonGraphSink().Write(Neo4jGraphReader.Read(client), ms);
        var rels = client.Run("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + '|' + type(r) + '|' + b.id + '|' + toString(r.weight) + '|' + toString(size(coalesce(r.evidence_end, []))) AS k ORDER BY k");
        var text = Encoding.UTF8.GetString(ms.ToArray()) + "\n" + string.Join("\n", rels.Rows.Select(r => r[0].GetString()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal static long Duplicates(Neo4jClient client) =>
        client.Run("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS c WHERE c > 1 RETURN count(*)").Rows[0][0].GetInt64();

    [Test]
    public void OverlappingLoadsAtOnceNeverDuplicateAndEndAsASequentialLoadDoes()
    {
        var (a, b) = Overlapping(shared: 3000, own: 1500, sharedRels: 6000, ownRels: 3000);
        var dir = KgRunner.NewTempDir("neo4j-concurrent");
        try
        {
            var jsonA = Path.Combine(dir, "a.json");
            var jsonB = Path.Combine(dir, "b.json");
            new JsonGraphSink().Write(a, jsonA);
            new JsonGraphSink().Write(b, jsonB);
            var expected = new EntityGraph();
            expected.Merge(a);
            expected.Merge(b);

            string sequential;
            using (var client = Connect())
            {
                Clear(client);
                new Neo4jGraphLoader(client).Load(a);
                new Neo4jGraphLoader(client).Load(b);
                sequential = Checksum(client);
                Assert.That(Duplicates(client), Is.Zero);
                Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(expected)));
            }

            for (int trial = 1; trial <= 5; trial++)
            {
                using var client = Connect();
                Clear(client);
                // Two loader processes started together, as two users would.
                var loads = new[] { StartLoad(jsonA), StartLoad(jsonB) };
                foreach (var (process, output) in loads)
                {
                    Assert.That(process.WaitForExit(600_000), $"trial {trial}: a load did not finish");
                    Assert.That(process.ExitCode, Is.Zero, $"trial {trial}: {output()}");
                    process.Dispose();
                }
                Assert.That(Duplicates(client), Is.Zero, $"trial {trial}: duplicate relationships");
                Assert.That(Checksum(client), Is.EqualTo(sequential), $"trial {trial}: the database differs from a sequential load");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void ALoadRepairsDuplicatesAnEarlierVersionLeft()
    {
        var graph = Neo4jIntegrationTests.Synthetic("artikel-1");
        var person = NodeId.For(NodeType.Person, "Lloyd Austin");
        var org = NodeId.For(NodeType.Organization, "NATO");
        var article = NodeId.For(NodeType.Article, "artikel-1");
        var stated = graph.Relations.Single(r => r.Type == RelationType.STATED).Evidence.Single();
        using var client = Connect();
        Clear(client);
        new Neo4jGraphLoader(client).Load(graph);
        var ends = new Dictionary<string, object> { ["p"] = person, ["o"] = org, ["a"] = article };
        // Made by hand as an unguarded concurrent MERGE leaves them: a second STATED holding the
        // same evidence plus one of its own (and a wrong weight and a curator's note), a third
        // STATED with nothing, and a second MENTIONED_IN.
        client.Run("""
            MATCH (p:Entity {id: $p}), (o:Entity {id: $o}), (a:Entity {id: $a})
            CREATE (p)-[:STATED {evidence_article: ['artikel-1', 'artikel-9'], evidence_sentence: ['lama', 'Kalimat lain.'],
                evidence_start: [$start, 500], evidence_end: [$end, 520], evidence_quote: ['', 'kutipan lain'], evidence_date: ['', '2024-04-04'],
                weight: 7, note: 'dicatat kurator'}]->(o),
                (p)-[:STATED]->(o),
                (p)-[:MENTIONED_IN {weight: 1}]->(a)
            """, new Dictionary<string, object>(ends) { ["start"] = stated.Start, ["end"] = stated.End });
        Assert.That(Duplicates(client), Is.EqualTo(2));

        new Neo4jGraphLoader(client).Load(graph);

        Assert.That(Duplicates(client), Is.Zero);
        var expected = Neo4jIntegrationTests.Synthetic("artikel-1");
        expected.AddRelation(person, RelationType.STATED, org, new Evidence("artikel-9", "Kalimat lain.", 500, 520, "kutipan lain", "2024-04-04"));
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(expected)));
        var row = client.Run("MATCH (:Entity {id: $p})-[r:STATED]->(:Entity {id: $o}) RETURN r.weight, r.note, r.evidence_sentence, r.evidence_quote", ends).Rows.Single();
        Assert.That(row[0].GetInt64(), Is.EqualTo(2), "weight = number of distinct evidences");
        Assert.That(row[1].GetString(), Is.EqualTo("dicatat kurator"), "a property only a duplicate had is kept");
        // The evidence both held is kept once, as the oldest relationship (the loader's) had it.
        Assert.That(row[2].EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { stated.Sentence, "Kalimat lain." }));
        Assert.That(row[3].EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { stated.Quote, "kutipan lain" }));
        var mentioned = client.Run("MATCH (:Entity {id: $p})-[r:MENTIONED_IN]->(:Entity {id: $a}) RETURN r.weight, size(keys(r))", ends).Rows.Single();
        Assert.That(mentioned.Select(v => v.GetInt64()), Is.EqualTo(new long[] { 1, 1 }));

        // Duplicates already there before this tool's first load of the graph are repaired too.
        Clear(client);
        client.Run("""
            CREATE (p:Entity:Person {id: $p, name: 'Lloyd Austin'}), (o:Entity:Organization {id: $o, name: 'NATO'}),
                (p)-[:AFFILIATED_WITH]->(o), (p)-[:AFFILIATED_WITH]->(o), (p)-[:AFFILIATED_WITH]->(o)
            """, ends);
        new Neo4jGraphLoader(client).Load(graph);
        Assert.That(Duplicates(client), Is.Zero);
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
        Assert.That(client.Run("MATCH ()-[r:AFFILIATED_WITH]->() RETURN r.weight").Rows.Single()[0].GetInt64(), Is.EqualTo(1));
    }

    private static (Process, Func<string>) StartLoad(string json)
    {
        var kg = Path.Combine(TestContext.CurrentContext.TestDirectory, "kg.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { kg, "load", json, "--neo4j", Url() }) psi.ArgumentList.Add(arg);
        psi.Environment.Remove("NEO4J_PASSWORD");
        var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        return (p, () => stdout.Result + stderr.Result);
    }

    private static string Dump(EntityGraph graph)
    {
        using var ms = new MemoryStream();
        new JsonGraphSink().Write(graph, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
