using KnowledgeGraph.Sinks.Cypher;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4jSinks;

public class ExportCliTests
{
    [Test]
    public void Kg_export_writes_cypher_and_neo4j_csv_through_the_registry()
    {
        var dir = KgRunner.NewTempDir("neo4jsinks-cli");
        try
        {
            var json = Path.Combine(dir, "graph.json");
            var graph = Neo4jSinkFixtures.NastyGraph();
            new JsonGraphSink().Write(graph, json);

            var cypher = Path.Combine(dir, "graph.cypher");
            var (code, _, err) = KgRunner.Run("export", "--from", json, "--format", "cypher", "--out", cypher);
            Assert.That(code, Is.Zero, err);
            using (var ms = new MemoryStream())
            {
                new CypherScriptSink().Write(graph, ms);
                Assert.That(File.ReadAllBytes(cypher), Is.EqualTo(ms.ToArray()), "same bytes as the sink on the original graph");
            }

            var csv = Path.Combine(dir, "csv");
            (code, _, err) = KgRunner.Run("export", "--from", json, "--format", "neo4j-csv", "--out", csv);
            Assert.That(code, Is.Zero, err);
            Assert.That(File.Exists(Path.Combine(csv, "nodes-Person.csv")) && File.Exists(Path.Combine(csv, "relationships-STATED.csv")) && File.Exists(Path.Combine(csv, "import.sh")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
