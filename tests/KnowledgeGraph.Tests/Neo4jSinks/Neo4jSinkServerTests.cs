using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks.Cypher;
using KnowledgeGraph.Sinks.Neo4jCsv;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4jSinks;

/// <summary>
/// The Cypher script run statement by statement over the HTTP API, and the CSV files run
/// through the server's own neo4j-import, against the test server (scripts/neo4j-test-server.sh:
/// NEO4J_URL, NEO4J_HOME). Without a server these tests are skipped locally and fail on CI.
/// </summary>
[NonParallelizable]
public class Neo4jSinkServerTests
{
    private static EntityGraph? _samples;

    private static EntityGraph Samples() => _samples ??=
        ExtractionPipeline.CreateDefault().Run(new ArticleReader().Read(ArticleReader.ExpandInputs([KgRunner.Samples])));

    private static EntityGraph Graph(string which) => which == "samples" ? Samples() : Neo4jSinkFixtures.NastyGraph();

    private static string Require(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (!string.IsNullOrEmpty(value)) return value;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{name} is not set: start scripts/neo4j-test-server.sh before the tests");
        Assert.Ignore($"{name} is not set (no Neo4j test server)");
        return "";
    }

    private sealed class Http : IDisposable
    {
        private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(120) };
        private readonly string _commit;

        public Http(string url)
        {
            var user = Environment.GetEnvironmentVariable("NEO4J_USER");
            var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
            if (!string.IsNullOrEmpty(password))
                _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes((user ?? "neo4j") + ":" + password)));
            var root = JsonNode.Parse(_client.GetStringAsync(url.TrimEnd('/') + "/").GetAwaiter().GetResult())!;
            _commit = root["transaction"] is { } tx
                ? tx.GetValue<string>().Replace("{databaseName}", "neo4j") + "/commit"
                : root["data"]!.GetValue<string>().TrimEnd('/') + "/transaction/commit";
        }

        public JsonArray Run(string statement, object? parameters = null)
        {
            var body = JsonSerializer.Serialize(new { statements = new[] { new { statement, parameters = parameters ?? new { } } } });
            using var response = _client.PostAsync(_commit, new StringContent(body, Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
            var json = JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())!;
            Assert.That((int)response.StatusCode, Is.EqualTo(200), json.ToJsonString());
            var errors = json["errors"]!.AsArray();
            Assert.That(errors, Is.Empty, () => statement[..Math.Min(200, statement.Length)] + " → " + errors.ToJsonString());
            return json["results"]![0]!["data"]!.AsArray();
        }

        public long Count(string statement) => Run(statement)[0]!["row"]![0]!.GetValue<long>();

        public void Dispose() => _client.Dispose();
    }

    private static Dictionary<string, long> Expected(EntityGraph g)
    {
        var d = new Dictionary<string, long> { ["Entity"] = g.NodeCount };
        foreach (var t in Enum.GetValues<NodeType>()) d[t.ToString()] = g.Nodes.Count(n => n.Type == t);
        foreach (var t in Enum.GetValues<RelationType>()) d[t.ToString()] = g.Relations.Count(r => r.Type == t);
        return d;
    }

    private static Dictionary<string, long> Counted(Http http)
    {
        var d = new Dictionary<string, long> { ["Entity"] = http.Count("MATCH (n:Entity) RETURN count(n)") };
        foreach (var t in Enum.GetValues<NodeType>()) d[t.ToString()] = http.Count($"MATCH (n:{t}) RETURN count(n)");
        foreach (var t in Enum.GetValues<RelationType>()) d[t.ToString()] = http.Count($"MATCH ()-[r:{t}]->() RETURN count(r)");
        return d;
    }

    [TestCase("samples")]
    [TestCase("nasty")]
    public void Cypher_script_over_http_gives_the_graph_counts_and_a_rerun_changes_nothing(string which)
    {
        var url = Require("NEO4J_URL");
        var g = Graph(which);
        using var http = new Http(url);
        http.Run("MATCH (n) DETACH DELETE n");
        var statements = new CypherScriptSink().Lines(g)
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.TrimEnd(';')).ToList();
        Assert.That(http.Count("MATCH (n) RETURN count(n)"), Is.Zero);

        foreach (var s in statements) http.Run(s);
        var expected = Expected(g);
        Assert.That(Counted(http), Is.EqualTo(expected));
        Assert.That(http.Count("MATCH (n) RETURN count(n)"), Is.EqualTo(g.NodeCount), "every node has :Entity");

        foreach (var s in statements) http.Run(s);
        Assert.That(Counted(http), Is.EqualTo(expected), "second run");
        Assert.That(http.Count("MATCH ()-[r]->() WHERE size(r.evidence_quote) <> size(r.evidence_start) OR size(r.evidence_date) <> size(r.evidence_article) RETURN count(r)"), Is.Zero);

        if (which == "nasty")
        {
            var row = http.Run("MATCH (n:Entity:Person {id: $id}) RETURN n.name, n.aliases, n.mentions", new { id = "person:nasty" })[0]!["row"]!;
            Assert.That(row[0]!.GetValue<string>(), Is.EqualTo(Neo4jSinkFixtures.NastyName));
            Assert.That(row[1]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(g.FindNode("person:nasty")!.Aliases));
            var rel = http.Run("MATCH (:Person {id: 'person:nasty'})-[r:STATED]->() RETURN r.evidence_sentence, r.evidence_quote, r.weight")[0]!["row"]!;
            Assert.That(rel[0]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(g.Relations.First(r => r.Type == RelationType.STATED).Evidence.Select(e => e.Sentence)));
            Assert.That(rel[1]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "it's } $here", "" }));
            Assert.That(rel[2]!.GetValue<long>(), Is.EqualTo(2));
        }
    }

    [TestCase(CypherSchemaDialect.Neo4j3)]
    [TestCase(CypherSchemaDialect.Neo4j5)]
    public void Cypher_script_with_awkward_characters_loads_completely_and_reads_back_equal(CypherSchemaDialect dialect)
    {
        var url = Require("NEO4J_URL");
        using var client = Neo4jClient.Connect(new Neo4jConnection(url));
        Neo4jGraphLoader.DeleteAll(client);
        client.Run("MATCH (n) DETACH DELETE n");
        var g = Neo4jSinkFixtures.AwkwardGraph();
        var statements = new CypherScriptSink { Dialect = dialect }.Lines(g)
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.TrimEnd(';')).ToList();
        // The test server is 3.x, which has no 4.4+ constraint syntax: the cypher5 script's data
        // statements, the same text as the cypher script's, are what is tested there.
        if (dialect == CypherSchemaDialect.Neo4j5 && !client.Dialect.UsesRequireSyntax)
            statements[0] = new CypherScriptSink().Constraint(CypherScriptSink.SharedLabel).TrimEnd(';');

        var failures = new List<string>();
        foreach (var s in statements)
        {
            try { client.Run(s); }
            catch (Neo4jException ex) { failures.Add(ex.Message); }
        }
        Assert.That(failures, Is.Empty, "statements the server refused");
        Assert.That(client.Run("MATCH (n:Entity) RETURN count(n)").Rows[0][0].GetInt64(), Is.EqualTo(g.NodeCount));
        Assert.That(client.Run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)").Rows[0][0].GetInt64(), Is.EqualTo(g.RelationCount));
        // Every value reads back as written; lone surrogates, which are not text, as U+FFFD.
        var expected = Neo4jSinkFixtures.AwkwardGraph(Neo4jSinkFixtures.WithoutLoneSurrogates);
        Assert.That(JsonText(Neo4jGraphReader.Read(client)), Is.EqualTo(JsonText(expected)));
        var name = client.Run("MATCH (n:Entity:Person) RETURN n.name").Rows[0][0].GetString();
        Assert.That(name, Is.EqualTo("Nama " + Neo4jSinkFixtures.Awkward));
    }

    private static string JsonText(EntityGraph g)
    {
        using var ms = new MemoryStream();
        new KnowledgeGraph.Sinks.Json.JsonGraphSink().Write(g, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static readonly string JavaOpts = string.Join(' ',
        new[] { "java.lang", "java.nio", "sun.nio.ch", "java.util", "java.lang.reflect", "java.io", "java.util.concurrent", "java.net" }
            .Select(p => $"--add-opens=java.base/{p}=ALL-UNNAMED")
            .Append("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
            .Append("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"));

    private static string RunBash(string neo4jHome, string script, params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NEO4J_HOME"] = neo4jHome;
        psi.Environment["JAVA_OPTS"] = JavaOpts;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(180_000)) { p.Kill(true); Assert.Fail(script + " did not finish"); }
        var all = stdout + stderr.GetAwaiter().GetResult();
        Assert.That(p.ExitCode, Is.Zero, all);
        return all;
    }

    [TestCase("samples")]
    [TestCase("nasty")]
    public void Csv_files_through_neo4j_import_give_the_graph_counts(string which)
    {
        Require("NEO4J_URL");
        var home = Require("NEO4J_HOME");
        var g = Graph(which);
        var work = Path.Combine(Path.GetTempPath(), "kg-neo4j-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var csv = Path.Combine(work, "csv");
            var store = Path.Combine(work, "store");
            new Neo4jCsvSink().Write(g, csv);

            var output = RunBash(home, Path.Combine(csv, "import.sh"), store);
            var done = Regex.Match(output, @"IMPORT DONE.*?Imported:\s+(\d+) nodes\s+(\d+) relationships", RegexOptions.Singleline);
            Assert.That(done.Success, output);
            Assert.That(long.Parse(done.Groups[1].Value), Is.EqualTo(g.NodeCount), output);
            // neo4j-import 3.1.1 on Java 17 reports "0 relationships" although it writes them, so the
            // relationships (and the labels) are counted in the store itself.
            var query = "MATCH (n:Entity) WITH count(n) AS c RETURN 'Entity' AS k, c UNION ALL "
                + "MATCH (n) UNWIND labels(n) AS l WITH l, count(*) AS c WHERE l <> 'Entity' RETURN l AS k, c UNION ALL "
                + "MATCH ()-[r]->() RETURN type(r) AS k, count(r) AS c UNION ALL "
                + "MATCH ()-[r]->() WHERE size(r.evidence_quote) <> size(r.evidence_start) OR size(r.evidence_date) <> size(r.evidence_article) WITH count(r) AS c RETURN 'uneven' AS k, c;";
            var shell = RunBash(home, Path.Combine(home, "bin", "neo4j-shell"), "-path", store, "-c", query);
            var counted = Regex.Matches(shell, @"\|\s*""(\w+)""\s*\|\s*(\d+)\s*\|")
                .ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value));
            var expected = Expected(g).Where(kv => kv.Value > 0).ToDictionary();
            expected["uneven"] = 0;
            Assert.That(counted, Is.EqualTo(expected), shell);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
