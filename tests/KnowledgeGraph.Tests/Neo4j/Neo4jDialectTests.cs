using System.Text.Json;
using KnowledgeGraph.Neo4j;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

public class Neo4jDialectTests
{
    // Discovery documents as the servers send them (trimmed to the fields that matter).
    private const string Discovery3 = """{"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/","bolt":"bolt://localhost:7687"}""";
    private const string Discovery4 = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.3.7","neo4j_edition":"community"}""";
    private const string Discovery44 = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.12","neo4j_edition":"enterprise"}""";
    private const string Discovery5 = """{"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.13.0","neo4j_edition":"community"}""";

    private static JsonElement Doc(string json) => JsonDocument.Parse(json).RootElement;
    private static readonly Uri Root = new("http://127.0.0.1:17474/");

    [Test]
    public void Neo4j3UsesTheDataLink()
    {
        var (commit, version) = Neo4jClient.ResolveCommitUri(Root, Doc(Discovery3), null);
        Assert.That(commit.ToString(), Is.EqualTo("http://127.0.0.1:17474/db/data/transaction/commit"));
        Assert.That(version, Is.Null);
    }

    [Test]
    public void Neo4j3RejectsANamedDatabase()
    {
        var ex = Assert.Throws<Neo4jException>(() => Neo4jClient.ResolveCommitUri(Root, Doc(Discovery3), "research"));
        Assert.That(ex!.Message, Does.Contain("\"research\"").And.Contain("single database"));
    }

    [Test]
    public void Neo4j4And5FillTheDatabaseIntoTheTemplate()
    {
        Assert.That(Neo4jClient.ResolveCommitUri(Root, Doc(Discovery4), null).Commit.ToString(), Is.EqualTo("http://127.0.0.1:17474/db/neo4j/tx/commit"));
        var (commit, version) = Neo4jClient.ResolveCommitUri(Root, Doc(Discovery5), "research");
        Assert.That(commit.ToString(), Is.EqualTo("http://127.0.0.1:17474/db/research/tx/commit"));
        Assert.That(version, Is.EqualTo("5.13.0"));
    }

    [Test]
    public void NonNeo4jDocumentIsAClearError()
    {
        var ex = Assert.Throws<Neo4jException>(() => Neo4jClient.ResolveCommitUri(Root, Doc("""{"hello":"world"}"""), null));
        Assert.That(ex!.Message, Does.Contain("does not look like a Neo4j"));
    }

    [TestCase("3.1.1", false)]
    [TestCase("3.5.35", false)]
    [TestCase("4.3.7", false)]
    [TestCase("4.4.12", true)]
    [TestCase("5.13.0", true)]
    [TestCase("5.26-aura", true)]
    [TestCase("2025.01.0", true)]
    public void ConstraintSyntaxFollowsTheVersion(string version, bool require)
    {
        var d = Neo4jDialect.ForVersion(version);
        Assert.That(d.UsesRequireSyntax, Is.EqualTo(require));
        Assert.That(d.UniqueConstraint("Person", "id"), require
            ? Is.EqualTo("CREATE CONSTRAINT kg_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE")
            : Is.EqualTo("CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE"));
    }

    [Test]
    public void VersionsFromDiscoveryDocumentsPickTheDialect()
    {
        Assert.That(Neo4jDialect.ForVersion(Neo4jDialect.VersionFromDiscovery(Doc(Discovery4))!).UsesRequireSyntax, Is.False);
        Assert.That(Neo4jDialect.ForVersion(Neo4jDialect.VersionFromDiscovery(Doc(Discovery44))!).UsesRequireSyntax, Is.True);
        Assert.That(Neo4jDialect.ForVersion(Neo4jDialect.VersionFromDiscovery(Doc(Discovery5))!).UsesRequireSyntax, Is.True);
    }

    [Test]
    public void GarbageVersionIsRejected() => Assert.Throws<FormatException>(() => Neo4jDialect.ParseVersion("unknown"));

    [TestCase("3.1.1", "CYPHER planner=rule ")]
    [TestCase("3.5.35", "CYPHER planner=rule ")]
    [TestCase("4.4.12", "")]
    [TestCase("5.13.0", "")]
    public void LoadStatementsPinThePlannerOnlyWhereTheRulePlannerExists(string version, string prefix)
    {
        Assert.That(Neo4jDialect.ForVersion(version).LoadPrefix, Is.EqualTo(prefix));
    }
}
