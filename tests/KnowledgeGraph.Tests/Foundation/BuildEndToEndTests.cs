using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Foundation;

[NonParallelizable]
public class BuildEndToEndTests
{
    private static string _out = "";
    private static (int Code, string Out, string Err) _result;

    [OneTimeSetUp]
    public void BuildSamples()
    {
        _out = KgRunner.NewTempDir("e2e");
        _result = KgRunner.Run("build", KgRunner.Samples, "--out", _out);
    }

    [OneTimeTearDown]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    private static string GraphMl => Path.Combine(_out, "graph.graphml");
    private static string Json => Path.Combine(_out, "graph.json");

    [Test]
    public void BuildSucceedsAndWritesBothFiles()
    {
        Assert.That(_result.Code, Is.EqualTo(0), _result.Err);
        Assert.That(File.Exists(GraphMl), Is.True);
        Assert.That(File.Exists(Json), Is.True);
        var graph = JsonGraphReader.Read(Json);
        var articleCount = Directory.GetFiles(KgRunner.Samples, "*.txt").Length;
        Assert.That(graph.Nodes.Count(n => n.Type == NodeType.Article), Is.EqualTo(articleCount));
    }

    [Test]
    public void NetworkXReadsTheGraphMlWithTheJsonCounts()
    {
        SystemPython.Require("networkx");
        var (nodes, edges) = JsonCounts();
        var (code, stdout, stderr) = SystemPython.Run(
            "import sys, json, networkx as nx\n" +
            "g = nx.read_graphml(sys.argv[1])\n" +
            "assert g.is_directed()\n" +
            "types = sorted({d['type'] for _, d in g.nodes(data=True)})\n" +
            "for _, d in g.nodes(data=True): json.loads(d['aliases']); assert d['label'] and d['name']\n" +
            "for _, _, d in g.edges(data=True): json.loads(d['evidence']); assert d['weight'] >= 1\n" +
            "print(g.number_of_nodes(), g.number_of_edges(), ','.join(types))", GraphMl);
        Assert.That(code, Is.EqualTo(0), stderr);
        var parts = stdout.Trim().Split(' ');
        Assert.That(int.Parse(parts[0]), Is.EqualTo(nodes), "nodes");
        Assert.That(int.Parse(parts[1]), Is.EqualTo(edges), "edges");
        Assert.That(parts[2], Does.Contain("Article"));
    }

    [Test]
    public void IGraphReadsTheGraphMlWithTheJsonCounts()
    {
        SystemPython.Require("igraph");
        var (nodes, edges) = JsonCounts();
        var (code, stdout, stderr) = SystemPython.Run(
            "import sys, warnings, igraph\n" +
            "warnings.simplefilter('ignore')\n" +
            "g = igraph.Graph.Read_GraphML(sys.argv[1])\n" +
            "assert g.is_directed()\n" +
            "assert 'name' in g.vs.attributes() and 'type' in g.vs.attributes()\n" +
            "print(g.vcount(), g.ecount())", GraphMl);
        Assert.That(code, Is.EqualTo(0), stderr);
        var parts = stdout.Trim().Split(' ');
        Assert.That(int.Parse(parts[0]), Is.EqualTo(nodes), "nodes");
        Assert.That(int.Parse(parts[1]), Is.EqualTo(edges), "edges");
    }

    [Test]
    public void JsonConformsToTheJsonSchema()
    {
        SystemPython.Require("jsonschema");
        var schema = Path.Combine(KgRunner.RepoRoot, "graph-schema", "graph.schema.json");
        var (code, stdout, stderr) = SystemPython.Run(
            "import sys, json, jsonschema\n" +
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n" +
            "doc = json.load(open(sys.argv[2], encoding='utf-8'))\n" +
            "jsonschema.Draft202012Validator.check_schema(schema)\n" +
            "errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))\n" +
            "print('\\n'.join(e.message for e in errors[:10]))\n" +
            "sys.exit(1 if errors else 0)", schema, Json);
        Assert.That(code, Is.EqualTo(0), stdout + stderr);
    }

    [Test]
    public void GraphConformsToTheModelSchema()
    {
        var graph = JsonGraphReader.Read(Json);
        Assert.That(GraphSchema.Default.Violations(graph), Is.Empty);
    }

    [Test]
    public void TwoBuildsGiveIdenticalBytes()
    {
        var second = KgRunner.NewTempDir("e2e2");
        try
        {
            Assert.That(KgRunner.Run("build", KgRunner.Samples, "--out", second).Code, Is.EqualTo(0));
            Assert.That(File.ReadAllBytes(Path.Combine(second, "graph.graphml")), Is.EqualTo(File.ReadAllBytes(GraphMl)));
            Assert.That(File.ReadAllBytes(Path.Combine(second, "graph.json")), Is.EqualTo(File.ReadAllBytes(Json)));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Test]
    public void ExportReproducesTheBuildOutput()
    {
        var dir = KgRunner.NewTempDir("export");
        try
        {
            var graphml = Path.Combine(dir, "again.graphml");
            var json = Path.Combine(dir, "again.json");
            Assert.That(KgRunner.Run("export", "--from", Json, "--format", "graphml", "--out", graphml).Code, Is.EqualTo(0));
            Assert.That(KgRunner.Run("export", "--from", Json, "--format", "json", "--out", json).Code, Is.EqualTo(0));
            Assert.That(File.ReadAllBytes(graphml), Is.EqualTo(File.ReadAllBytes(GraphMl)), "graphml from json = graphml from build");
            Assert.That(File.ReadAllBytes(json), Is.EqualTo(File.ReadAllBytes(Json)), "json round trip");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void StatsCountsEveryNode()
    {
        var (code, stdout, _) = KgRunner.Run("stats", Json);
        Assert.That(code, Is.EqualTo(0));
        var (nodes, edges) = JsonCounts();
        Assert.That(stdout, Does.Contain($"nodes {nodes}"));
        Assert.That(stdout, Does.Contain($"edges {edges}"));
        Assert.That(stdout, Does.Contain("Article"));
    }

    private static (int Nodes, int Edges) JsonCounts()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Json));
        return (doc.RootElement.GetProperty("nodes").GetArrayLength(), doc.RootElement.GetProperty("edges").GetArrayLength());
    }
}
