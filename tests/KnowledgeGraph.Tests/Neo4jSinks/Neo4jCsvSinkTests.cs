using KnowledgeGraph.Sinks.Neo4jCsv;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Neo4jSinks.Neo4jSinkFixtures;

namespace KnowledgeGraph.Tests.Neo4jSinks;

public class Neo4jCsvSinkTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Path.Combine(Path.GetTempPath(), "kg-neo4jcsv-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private List<string[]> Read(string file) => ReadCsv(File.ReadAllText(Path.Combine(_dir, file)));

    [Test]
    public void Writes_one_file_per_label_and_type_with_import_headers()
    {
        new Neo4jCsvSink().Write(NastyGraph(), _dir);
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "README.txt", "import.sh", "nodes-Article.csv", "nodes-Person.csv", "nodes-Place.csv",
            "relationships-MENTIONED_IN.csv", "relationships-STATED.csv",
        }));
        Assert.That(Read("nodes-Person.csv")[0], Is.EqualTo(new[] { "id:ID", ":LABEL", "name", "aliases:string[]", "mentions:int", "articles:string[]" }));
        Assert.That(Read("nodes-Article.csv")[0][^6..], Is.EqualTo(new[] { "title", "published", "source", "url", "outlet", "language" }));
        Assert.That(Read("relationships-STATED.csv")[0], Is.EqualTo(Neo4jCsvSink.RelationshipHeader));
        var script = File.ReadAllText(Path.Combine(_dir, "import.sh"));
        Assert.That(script, Does.Contain("--nodes=\"$here/nodes-Person.csv\"").And.Contain("--relationships=\"$here/relationships-STATED.csv\"")
            .And.Contain("--array-delimiter=$'\\x1f' --multiline-fields=true"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "README.txt")), Does.Contain("neo4j-admin import").And.Contain("neo4j-admin database import full"));
    }

    [Test]
    public void Nasty_values_parse_back_unchanged()
    {
        new Neo4jCsvSink().Write(NastyGraph(), _dir);
        var person = Read("nodes-Person.csv");
        Assert.That(person, Has.Count.EqualTo(2));
        Assert.That(person[1][0], Is.EqualTo("person:nasty"));
        Assert.That(Split(person[1][1]), Is.EqualTo(new[] { "Entity", "Person" }));
        Assert.That(person[1][2], Is.EqualTo(NastyName));
        Assert.That(Split(person[1][3]), Is.EqualTo(new[] { "al'ias; with \\ and \"quotes\"", "plain" }));
        Assert.That(person[1][4], Is.EqualTo("3"));
        var article = Read("nodes-Article.csv")[1];
        Assert.That(article[6..], Is.EqualTo(new[] { "Title with 'quote', \"dq\"\nand newline", "2022-10-25", "samples/a1.txt", "https://berita.example/a1?x=1&y='2'", "Kabar \"Nusantara\", Jakarta", "id" }));

        var stated = Read("relationships-STATED.csv");
        Assert.That(stated, Has.Count.EqualTo(2));
        var r = stated[1];
        Assert.That(r[..4], Is.EqualTo(new[] { "person:nasty", "place:x", "STATED", "2" }));
        Assert.That(Split(r[4]), Is.EqualTo(new[] { "2022-10-25" }));
        Assert.That(Split(r[6]), Is.EqualTo(new[] { "He said: \"it's } $here\"\nnext", "Second; sentence, plain" }));
        Assert.That(Split(r[7]), Is.EqualTo(new[] { "3", "50" }));
        Assert.That(Split(r[8]), Is.EqualTo(new[] { "40", "70" }));
        Assert.That(Split(r[9]), Is.EqualTo(new[] { "it's } $here", "" }));
        Assert.That(Split(r[10]), Is.EqualTo(new[] { "2022-10-25", "" }));
        Assert.That(r, Has.Length.EqualTo(Neo4jCsvSink.RelationshipHeader.Length));
    }

    [Test]
    public void Array_delimiter_inside_a_value_cannot_split_it()
    {
        var g = NastyGraph();
        g.FindNode("person:nasty")!.AddAlias("x\u001fy");
        new Neo4jCsvSink().Write(g, _dir);
        Assert.That(Split(Read("nodes-Person.csv")[1][3]), Has.Member("x\ufffdy").And.Length.EqualTo(3));
    }

    [Test]
    public void Same_graph_gives_the_same_bytes()
    {
        var sink = new Neo4jCsvSink();
        sink.Write(NastyGraph(), _dir);
        var first = Directory.GetFiles(_dir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        sink.Write(NastyGraph(), _dir);
        var second = Directory.GetFiles(_dir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.That(second, Is.EqualTo(first));
    }
}
