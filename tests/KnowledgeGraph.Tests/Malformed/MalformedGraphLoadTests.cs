using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Tests.Foundation;
using KnowledgeGraph.Tests.Neo4j;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Malformed;

/// <summary>
/// Against the real test server: a broken graph file loads nothing. The database holds the
/// samples; after kg load of each broken file it holds exactly what it held before.
/// </summary>
[NonParallelizable]
public class MalformedGraphLoadTests
{
    private static string Snapshot(Neo4jClient client)
    {
        var sb = new StringBuilder();
        foreach (var row in client.Run("MATCH (n) RETURN n.id, labels(n), properties(n) ORDER BY n.id").Rows)
            sb.AppendLine(string.Join('\t', row.Select(c => c.GetRawText())));
        foreach (var row in client.Run("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) ORDER BY a.id, type(r), b.id").Rows)
            sb.AppendLine(string.Join('\t', row.Select(c => c.GetRawText())));
        return sb.ToString();
    }

    [Test]
    public void Loading_broken_graph_files_leaves_the_database_unchanged()
    {
        var url = Neo4jIntegrationTests.ServerVariable("NEO4J_URL");
        using var client = Neo4jClient.Connect(new Neo4jConnection(url));
        Neo4jGraphLoader.DeleteAll(client);
        client.Run("MATCH (n) DETACH DELETE n");

        var dir = KgRunner.NewTempDir("malformed-load");
        var valid = Path.Combine(dir, "valid.json");
        File.WriteAllBytes(valid, MalformedGraphFileTests.ValidGraph());
        var (code, _, err) = KgRunner.Run("load", valid, "--neo4j", url);
        Assert.That(code, Is.EqualTo(0), err);
        var before = Snapshot(client);
        Assert.That(before.Split('\n').Length, Is.GreaterThan(50));

        // The broken files: a late problem (the last edge), so a loader that streamed the file
        // would already have sent the nodes; and a few refused fuzz mutations.
        var broken = new List<byte[]>();
        var g = JsonNode.Parse(MalformedGraphFileTests.ValidGraph())!;
        var edges = g["edges"]!.AsArray();
        edges[edges.Count - 1]!["evidence"]![0]!["start"] = 1.5;
        broken.Add(Encoding.UTF8.GetBytes(g.ToJsonString()));
        var renamed = JsonNode.Parse(MalformedGraphFileTests.ValidGraph())!;
        foreach (var n in renamed["nodes"]!.AsArray()) n!["name"] = "changed";
        renamed["nodes"]!.AsArray().Add(renamed["nodes"]![0]!.DeepClone());
        broken.Add(Encoding.UTF8.GetBytes(renamed.ToJsonString()));
        // Well-formed JSON whose edges break the model: a place that speaks, a node met at itself.
        var speakingPlace = JsonNode.Parse(MalformedGraphFileTests.ValidGraph())!.AsObject();
        MalformedGraphFileTests.EdgeOf(speakingPlace, "STATED")["source"] = MalformedGraphFileTests.NodeOf(speakingPlace, "Place");
        broken.Add(Encoding.UTF8.GetBytes(speakingPlace.ToJsonString()));
        var selfLoop = JsonNode.Parse(MalformedGraphFileTests.ValidGraph())!.AsObject();
        var loop = MalformedGraphFileTests.EdgeOf(selfLoop, "MET_AT");
        loop["target"] = loop["source"]!.GetValue<string>();
        broken.Add(Encoding.UTF8.GetBytes(selfLoop.ToJsonString()));
        var edits = Gen.ArrayOf(from t in Gen.Choose(0, 100_000) from a in Gen.Choose(0, 4) from v in Gen.Choose(0, 1000) select new FuzzTests.Edit(t, a, v), 3)
            .Sample(10, new Rnd(11UL, 1442695040888963407UL), 40);
        foreach (var e in edits)
        {
            var bytes = FuzzTests.Apply(MalformedGraphFileTests.ValidGraph(), e, 0);
            try { KnowledgeGraph.Sinks.Json.JsonGraphReader.Read(new MemoryStream(bytes)); }
            catch (KnowledgeGraph.Sinks.Json.GraphFormatException) { broken.Add(bytes); }
            if (broken.Count >= 8) break;
        }
        Assert.That(broken, Has.Count.GreaterThanOrEqualTo(6));

        for (int i = 0; i < broken.Count; i++)
        {
            var file = Path.Combine(dir, $"broken{i}.json");
            File.WriteAllBytes(file, broken[i]);
            var (bcode, _, berr) = KgRunner.Run("load", file, "--neo4j", url);
            Assert.That(bcode, Is.EqualTo(1), berr);
            Assert.That(berr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), berr);
            Assert.That(berr, Does.StartWith($"kg load: {file}: "));
            Assert.That(Snapshot(client), Is.EqualTo(before), $"broken{i}.json changed the database");
        }
    }
}
