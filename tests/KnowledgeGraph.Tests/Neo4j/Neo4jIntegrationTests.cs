using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// Against a real server: NEO4J_URL (no auth) and NEO4J_AUTH_URL/NEO4J_AUTH_PASSWORD, as
/// scripts/neo4j-test-server.sh prints them. Without a server the tests are ignored locally
/// and fail in CI (CI=true).
/// </summary>
[NonParallelizable]
public class Neo4jIntegrationTests
{
    private static string Url() => ServerVariable("NEO4J_URL");

    /// <summary>A variable scripts/neo4j-test-server.sh exports; missing, the test is ignored locally and fails in CI.</summary>
    internal static string ServerVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(value))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{name} is not set: start the test server with scripts/neo4j-test-server.sh (scripts/test.sh does)");
            Assert.Ignore($"{name} is not set; no Neo4j test server");
        }
        return value!;
    }

    private static Neo4jClient Connect() => Neo4jClient.Connect(new Neo4jConnection(Url()));

    [SetUp]
    public void ClearDatabase()
    {
        using var client = Connect();
        Neo4jGraphLoader.DeleteAll(client);
        client.Run("MATCH (n) DETACH DELETE n");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string Dump(EntityGraph graph)
    {
        using var ms = new MemoryStream();
        new JsonGraphSink().Write(graph, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    internal static EntityGraph Synthetic(string article, string entityName = "Lloyd Austin", int start = 10)
    {
        var g = new EntityGraph();
        var a = g.GetOrAddNode(NodeId.For(NodeType.Article, article), NodeType.Article, article);
        a.Title = $"Judul {article}";
        a.Published = "2024-03-01";
        a.Source = $"samples/{article}.txt";
        a.Url = $"https://berita.example/{article}";
        a.Outlet = "Kabar Nusantara";
        a.Language = "id";
        var p = g.GetOrAddNode(NodeId.For(NodeType.Person, entityName), NodeType.Person, entityName);
        p.Mentions = 3;
        p.Articles.Add(article);
        p.AddAlias("Austin");
        var o = g.GetOrAddNode(NodeId.For(NodeType.Organization, "NATO"), NodeType.Organization, "NATO");
        o.Mentions = 2;
        o.Articles.Add(article);
        g.AddRelation(p.Id, RelationType.STATED, o.Id, new Evidence(article, "\"NATO kuat,\" kata Austin.", start, start + 24, "NATO kuat,", "2024-03-01"));
        g.AddRelation(p.Id, RelationType.AFFILIATED_WITH, o.Id, new Evidence(article, "Austin dari NATO.", start + 30, start + 47));
        g.AddRelation(p.Id, RelationType.MENTIONED_IN, a.Id, null);
        g.AddRelation(o.Id, RelationType.MENTIONED_IN, a.Id, null);
        return g;
    }

    private static Dictionary<string, long> Counts(Neo4jClient client)
    {
        var counts = new Dictionary<string, long>();
        foreach (var t in Enum.GetValues<NodeType>())
            counts[t.ToString()] = client.Run($"MATCH (n:{t}) RETURN count(n)").Rows[0][0].GetInt64();
        foreach (var t in Enum.GetValues<RelationType>())
            counts[t.ToString()] = client.Run($"MATCH ()-[r:{t}]->() RETURN count(r)").Rows[0][0].GetInt64();
        return counts;
    }

    private static Dictionary<string, long> Counts(EntityGraph g)
    {
        var counts = new Dictionary<string, long>();
        foreach (var t in Enum.GetValues<NodeType>()) counts[t.ToString()] = g.Nodes.Count(n => n.Type == t);
        foreach (var t in Enum.GetValues<RelationType>()) counts[t.ToString()] = g.Relations.Count(r => r.Type == t);
        return counts;
    }

    [Test]
    public void SamplesLoadWithCountsByLabelAndTypeAndReadBackUnchanged()
    {
        var samples = Path.Combine(RepoRoot(), "samples");
        var graph = ExtractionPipeline.CreateDefault().Run(new ArticleReader().Read(ArticleReader.ExpandInputs([samples])));
        Assert.That(graph.NodeCount, Is.GreaterThan(0));
        using var client = Connect();
        new Neo4jGraphLoader(client).Load(graph);
        Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
    }

    [Test]
    public void SecondLoadChangesNothing()
    {
        var graph = Synthetic("artikel-1");
        using var client = Connect();
        new Neo4jGraphLoader(client).Load(graph);
        var first = Dump(Neo4jGraphReader.Read(client));
        var rawFirst = RawDump(client);
        new Neo4jGraphLoader(client).Load(graph);
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(first));
        Assert.That(RawDump(client), Is.EqualTo(rawFirst));
        Assert.That(first, Is.EqualTo(Dump(graph)));
    }

    [Test]
    public void OneUniqueConstraintOnEntityIdGuardsIdsAcrossTypes()
    {
        var graph = Synthetic("artikel-1");
        using var client = Connect();
        new Neo4jGraphLoader(client).Load(graph);
        var constraints = client.Run("CALL db.constraints()").Rows.Select(r => r[0].GetString()).ToList();
        Assert.That(constraints, Has.Some.Matches<string?>(c => c!.Contains(":Entity )") && c.Contains(".id IS UNIQUE")));
        var person = graph.Nodes.First(n => n.Type == NodeType.Person);
        // The same id under another type label is still the same :Entity id, so it is refused.
        var ex = Assert.Throws<Neo4jException>(() => client.Run("CREATE (:Entity:Place {id: $id})", new Dictionary<string, object> { ["id"] = person.Id }));
        Assert.That(ex!.Code, Is.EqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
    }

    // Every property of every node and relationship, as the server stores them.
    private static string RawDump(Neo4jClient client)
    {
        var n = client.Run("MATCH (n) RETURN n.id, labels(n), properties(n) ORDER BY n.id");
        var r = client.Run("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) ORDER BY a.id, type(r), b.id");
        return string.Join("\n", n.Rows.Concat(r.Rows).Select(row => string.Join("\t", row.Select(v => v.GetRawText()))));
    }

    [Test]
    public void SecondCorpusMergesIntoTheFirst()
    {
        var a = Synthetic("artikel-1");
        var b = Synthetic("artikel-2", start: 100);
        b.FindNode(NodeId.For(NodeType.Person, "Lloyd Austin"))!.AddAlias("Menhan Austin");
        using var client = Connect();
        new Neo4jGraphLoader(client).Load(a);
        new Neo4jGraphLoader(client).Load(b);
        new Neo4jGraphLoader(client).Load(b);

        var expected = new EntityGraph();
        expected.Merge(a);
        expected.Merge(b);
        var back = Neo4jGraphReader.Read(client);
        Assert.That(Dump(back), Is.EqualTo(Dump(expected)));
        var austin = back.FindNode(NodeId.For(NodeType.Person, "Lloyd Austin"))!;
        Assert.That(austin.Mentions, Is.EqualTo(6));
        Assert.That(austin.Aliases, Is.EquivalentTo(new[] { "Austin", "Menhan Austin" }));
        Assert.That(back.Relations.Single(r => r.Type == RelationType.STATED).Weight, Is.EqualTo(2));
        // Relationships without evidence carry no evidence arrays, merged or not.
        var mentions = client.Run("MATCH ()-[r:MENTIONED_IN]->() RETURN count(r), sum(size(keys(r))), min(r.weight), max(r.weight)").Rows[0];
        Assert.That(mentions.Select(v => v.GetInt64()), Is.EqualTo(new long[] { 4, 4, 1, 1 }));
    }

    [TestCase(2)]
    [TestCase(3)]
    public void ConcurrentBatchesGiveExactlyTheGraphAndAReloadChangesNothing(int parallelism)
    {
        // Hubs make concurrent batches want the same nodes; small batches make many of them.
        var graph = HubGraph(3000, 6000);
        using var client = Connect();
        var report = new Neo4jGraphLoader(client, batchSize: 250, parallelism).Load(graph);
        Assert.That((report.Nodes, report.Relationships), Is.EqualTo((graph.NodeCount, graph.RelationCount)));
        Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
        var raw = RawDump(client);
        new Neo4jGraphLoader(client, batchSize: 400, parallelism).Load(graph);
        Assert.That(RawDump(client), Is.EqualTo(raw));
    }

    [Test]
    public void RelationshipsFindANodeThatWasReplacedDuringTheLoad()
    {
        // Relationship batches address nodes by the record ids the node batches answered; a
        // node deleted and created anew in between must still get its relationships.
        var graph = HubGraph(400, 1200);
        var victimNode = graph.Relations.First().Source;
        var victim = victimNode.Id;
        using var client = Connect();
        bool replaced = false;
        new Neo4jGraphLoader(client, batchSize: 100).Load(graph, progress: _ =>
        {
            if (replaced) return;
            replaced = true;
            client.Run("MATCH (n:Entity {id: $id}) DETACH DELETE n", new Dictionary<string, object> { ["id"] = victim });
            client.Run($"CREATE (:Entity:{victimNode.Type} {{id: $id, name: 'baru'}})", new Dictionary<string, object> { ["id"] = victim });
        });
        Assert.That(replaced);
        var expected = graph.Relations.Count(r => r.Source.Id == victim || r.Target.Id == victim);
        var found = client.Run("MATCH (n:Entity {id: $id})-[r]-() RETURN count(r)", new Dictionary<string, object> { ["id"] = victim });
        Assert.That(found.Rows[0][0].GetInt32(), Is.EqualTo(expected));
        Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
    }

    [Test]
    public void NodesCreatedByAnotherLoadMeanwhileAreMergedNotDuplicated()
    {
        // The first load finds the database empty and creates its nodes without looking them
        // up; a second load of the same graph runs to the end after its first batch. The unique
        // constraint refuses the first load's later create batches, which are then merged.
        var graph = BigGraph(900, 900);
        using var client = Connect();
        bool other = false;
        var report = new Neo4jGraphLoader(client, batchSize: 100, parallelism: 1).Load(graph, batchDone: () =>
        {
            if (other) return;
            other = true;
            using var second = Connect();
            new Neo4jGraphLoader(second, batchSize: 100).Load(graph);
        });
        Assert.That(other);
        Assert.That((report.Nodes, report.Relationships), Is.EqualTo((graph.NodeCount, graph.RelationCount)));
        Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
        Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
    }

    [Test]
    public void AFailureOnAWorkerThreadReachesTheCaller()
    {
        using var client = Connect();
        int batches = 0;
        var ex = Assert.Throws<InvalidOperationException>(() => new Neo4jGraphLoader(client, batchSize: 50, parallelism: 2)
            .Load(HubGraph(400, 800), batchDone: () => { if (Interlocked.Increment(ref batches) == 3) throw new InvalidOperationException("stop here"); }));
        Assert.That(ex!.Message, Is.EqualTo("stop here"));
    }

    private static EntityGraph HubGraph(int nodes, int rels)
    {
        var g = BigGraph(nodes, 0);
        var ids = g.Nodes.Select(n => n.Id).ToList();
        var rng = new Random(11);
        var types = new[] { RelationType.STATED, RelationType.ATTACKED, RelationType.MET_AT };
        while (g.RelationCount < rels)
        {
            // Every third relationship touches one of five hubs.
            var s = g.RelationCount % 3 == 0 ? ids[rng.Next(5)] : ids[rng.Next(nodes)];
            var t = ids[rng.Next(nodes)];
            if (s != t) g.AddRelation(s, types[g.RelationCount % 3], t, new Evidence($"a-{g.RelationCount % 50}", "Kalimat.", g.RelationCount, g.RelationCount + 5, null, "2024-05-01"));
        }
        return g;
    }

    [Test]
    public void AwkwardNameSurvivesTheRoundTrip()
    {
        const string name = "O'Brien \"Jr.\" \\ back}slash ${x} `tick` Łódź 😀";
        var graph = Synthetic("artikel-1", name);
        using var client = Connect();
        new Neo4jGraphLoader(client).Load(graph);
        var back = Neo4jGraphReader.Read(client);
        Assert.That(back.Nodes.Single(n => n.Type == NodeType.Person).Name, Is.EqualTo(name));
        Assert.That(Dump(back), Is.EqualTo(Dump(graph)));
    }

    [Test]
    public void WrongPasswordIsAClearError()
    {
        var url = Environment.GetEnvironmentVariable("NEO4J_AUTH_URL");
        if (string.IsNullOrEmpty(url)) Assert.Ignore("no NEO4J_AUTH_URL (server with auth)");
        Neo4jCliOptionsTests.AwaitLoginAllowed(url!, ServerVariable("NEO4J_AUTH_PASSWORD"));
        var ex = Assert.Throws<Neo4jException>(() => Neo4jClient.Connect(new Neo4jConnection(url!, User: "neo4j", Password: "not-the-password")));
        Assert.That(ex!.Message, Is.EqualTo($"authentication failed for user neo4j at {new Uri(url!).GetLeftPart(UriPartial.Authority)}/"));
        Assert.That(ex.Message, Does.Not.Contain("not-the-password"));

        using var ok = Neo4jClient.Connect(new Neo4jConnection(url!, User: "neo4j", Password: Environment.GetEnvironmentVariable("NEO4J_AUTH_PASSWORD")));
        Assert.That(ok.ServerVersion, Does.StartWith("3."));
    }

    [Test]
    public void UnreachableServerIsAClearError()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<Neo4jException>(() => Neo4jClient.Connect(new Neo4jConnection($"http://127.0.0.1:{port}") { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMilliseconds(10) }));
        Assert.That(ex!.Message, Does.StartWith($"cannot reach Neo4j at http://127.0.0.1:{port}/"));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void RejectedBatchNamesWhatFailed()
    {
        var graph = Synthetic("artikel-1");
        using var client = Connect();
        // A node edited by hand so that its mention_keys is a text, not a list: merging into it is
        // a type error, so the server rejects the batch that holds its id.
        var id = NodeId.For(NodeType.Person, "Lloyd Austin");
        client.Run("CREATE (:Entity:Person {id: $id, mention_keys: 'edited by hand'})", new Dictionary<string, object> { ["id"] = id });
        var ex = Assert.Throws<Neo4jException>(() => new Neo4jGraphLoader(client).Load(graph));
        Assert.That(ex!.Message, Does.StartWith("loading Person nodes rows 0-0: Neo.ClientError.Statement.TypeError"));
        client.Run("MATCH (n:Entity {id: $id}) DETACH DELETE n", new Dictionary<string, object> { ["id"] = id });
    }

    [Test]
    public void LoadKilledHalfwayConvergesOnRerun()
    {
        var state = Environment.GetEnvironmentVariable("NEO4J_TEST_SERVER_STATE");
        if (string.IsNullOrEmpty(state)) Assert.Ignore("the server was not started by scripts/neo4j-test-server.sh");
        var graph = BigGraph(6000, 6000);
        var script = Path.Combine(RepoRoot(), "scripts", "neo4j-test-server.sh");
        Neo4jException? failure = null;
        using (var client = Neo4jClient.Connect(new Neo4jConnection(Url()) { MaxAttempts = 1 }))
        {
            int batches = 0;
            var loader = new Neo4jGraphLoader(client, batchSize: 500);
            var killer = new Thread(() =>
            {
                while (Volatile.Read(ref batches) < 10) Thread.Sleep(20);
                RunScript(script, "kill");
            });
            killer.Start();
            try
            {
                loader.Load(graph, _ => Interlocked.Increment(ref batches), batchDone: () => Interlocked.Increment(ref batches));
            }
            catch (Neo4jException ex)
            {
                failure = ex;
            }
            killer.Join();
        }
        Assert.That(failure, Is.Not.Null, "the load should fail when the server dies");
        Assert.That(failure!.Message, Does.StartWith("loading ").And.Contain(" rows "));
        RunScript(script, "restart");
        using (var client = Connect())
        {
            new Neo4jGraphLoader(client, batchSize: 3000).Load(graph);
            Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
            Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
        }
    }

    [Test]
    public void LargeLoadKilledMidwayRecoversOnRestartAndConvergesOnRerun()
    {
        // Neo4j 3.1 replays on start-up every transaction since its last checkpoint, holding a
        // hundred of them at once and the index updates of every node they touched in memory;
        // the test server checkpoints often enough that this fits its heap however long the
        // load ran. Killed in its relationship phase, a load of 60,000 nodes and relationships
        // has about forty big transactions to recover.
        var state = ServerVariable("NEO4J_TEST_SERVER_STATE");
        var graph = BigGraph(60_000, 60_000);
        var script = Path.Combine(RepoRoot(), "scripts", "neo4j-test-server.sh");
        var log = Path.Combine(state, "main", "logs", "debug.log");
        Neo4jException? failure = null;
        using (var client = Neo4jClient.Connect(new Neo4jConnection(Url()) { MaxAttempts = 1 }))
        {
            int batches = 0, nodeBatches = (graph.NodeCount + Neo4jGraphLoader.DefaultBatchSize - 1) / Neo4jGraphLoader.DefaultBatchSize;
            bool ended = false;
            var killer = new Thread(() =>
            {
                while (Volatile.Read(ref batches) < nodeBatches + 12 && !Volatile.Read(ref ended)) Thread.Sleep(20);
                if (!Volatile.Read(ref ended)) RunScript(script, "kill");
            });
            killer.Start();
            try
            {
                new Neo4jGraphLoader(client).Load(graph, batchDone: () => Interlocked.Increment(ref batches));
            }
            catch (Neo4jException ex)
            {
                failure = ex;
            }
            finally
            {
                Volatile.Write(ref ended, true);
            }
            killer.Join();
        }
        Assert.That(failure, Is.Not.Null, "the load should fail when the server dies");
        Assert.That(failure!.Message, Does.StartWith("loading ").And.Contain(" relationships rows "));
        long logBefore = new FileInfo(log).Length;
        RunScript(script, "restart");
        string recoveryLog;
        using (var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)))
        {
            reader.BaseStream.Seek(logBefore, SeekOrigin.Begin);
            recoveryLog = reader.ReadToEnd();
        }
        Assert.That(recoveryLog, Does.Contain("Recovery completed"), "the restart replayed the transaction log");
        Assert.That(recoveryLog, Does.Not.Contain("OutOfMemoryError"));
        using (var client = Connect())
        {
            new Neo4jGraphLoader(client).Load(graph);
            Assert.That(Counts(client), Is.EqualTo(Counts(graph)));
            Assert.That(Dump(Neo4jGraphReader.Read(client)), Is.EqualTo(Dump(graph)));
        }
    }

    private static void RunScript(string script, string command)
    {
        var psi = new ProcessStartInfo("bash", [script, command]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{script} {command} failed: {err.Result}");
    }

    internal static EntityGraph BigGraph(int nodes, int rels)
    {
        var g = new EntityGraph();
        var ids = new List<string>();
        for (int i = 0; i < nodes; i++)
        {
            var type = GraphTypes.EntityTypes[i % 4];
            var n = g.GetOrAddNode($"{NodeId.Prefix(type)}:n-{i}", type, $"Nama {i}");
            n.Mentions = 1 + i % 5;
            n.Articles.Add($"a-{i % 50}");
            ids.Add(n.Id);
        }
        var rng = new Random(7);
        while (g.RelationCount < rels)
        {
            var s = ids[rng.Next(nodes)];
            var t = ids[rng.Next(nodes)];
            if (s != t) g.AddRelation(s, RelationType.STATED, t, new Evidence("a-1", "Kalimat.", g.RelationCount, g.RelationCount + 5));
        }
        return g;
    }
}
