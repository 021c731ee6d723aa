using System.Text.Json;
using NUnit.Framework;
using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Tests.TextPrep;

/// <summary>
/// A small gold graph and a predicted GraphML whose scores were worked out by hand
/// (figures in the comments).
/// </summary>
public class EvaluationTests
{
    private string _dir = "";
    private string _gold = "";
    private string _graph = "";

    private const string Gold = """
        {"nodes": [
          {"id": "p1", "type": "Person", "name": "Joko Widodo", "aliases": ["Jokowi"]},
          {"id": "o1", "type": "Organization", "name": "Kementerian Luar Negeri", "aliases": ["Kemlu"]},
          {"id": "pl1", "type": "Place", "name": "Jakarta"},
          {"id": "pl2", "type": "Place", "name": "Surabaya"},
          {"id": "e1", "type": "Event", "name": "pertemuan menteri di Jakarta"}],
         "edges": [
          {"source": "p1", "type": "STATED", "target": "pl2"},
          {"source": "p1", "type": "MET_AT", "target": "pl1"},
          {"source": "p1", "type": "MET_AT", "target": "e1"},
          {"source": "e1", "type": "HELD_IN", "target": "pl1"},
          {"source": "o1", "type": "ATTACKED", "target": "pl2"}]}
        """;

    // Conventions mixed on purpose: typed "type" data, APOC-style labels, a labels attribute,
    // aliases as a JSON array and as a |-list, names in "name" and in "label".
    private const string Graph = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="t" for="node" attr.name="type" attr.type="string"/>
          <key id="n" for="node" attr.name="name" attr.type="string"/>
          <key id="a" for="node" attr.name="aliases" attr.type="string"/>
          <key id="l" for="all" attr.name="label" attr.type="string"/>
          <key id="labels" for="node" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="person:a"><data key="t">Person</data><data key="n">JOKOWI.</data></node>
            <node id="person:b"><data key="labels">:Entity:Person</data><data key="n">Joko Widodo</data></node>
            <node id="org:c" labels=":Organization"><data key="l">Kemlu</data><data key="a">Kemenlu|Deplu</data></node>
            <node id="place:d"><data key="t">Place</data><data key="n">Jakarta</data><data key="a">["DKI Jakarta"]</data></node>
            <node id="place:e"><data key="t">Place</data><data key="n">Bandung</data></node>
            <node id="event:f"><data key="t">Event</data><data key="n">pertemuan para menteri Jakarta</data></node>
            <node id="event:g"><data key="t">Event</data><data key="n">konferensi pers</data></node>
            <node id="article:x"><data key="t">Article</data><data key="n">Artikel</data></node>
            <edge source="person:a" target="place:d"><data key="l">STATED</data></edge>
            <edge source="person:a" target="place:d" label="MET_AT"/>
            <edge source="person:b" target="event:f"><data key="l">MET_AT</data></edge>
            <edge source="event:f" target="place:d"><data key="l">HELD_IN</data></edge>
            <edge source="org:c" target="place:e"><data key="l">ATTACKED</data></edge>
            <edge source="person:a" target="article:x"><data key="l">MENTIONED_IN</data></edge>
          </graph>
        </graphml>
        """;

    [SetUp]
    public void SetUp()
    {
        _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kg-eval-{Guid.NewGuid():N}")).FullName;
        _gold = Path.Combine(_dir, "gold.json");
        _graph = Path.Combine(_dir, "graph.graphml");
        File.WriteAllText(_gold, Gold);
        File.WriteAllText(_graph, Graph);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private ScoreReport Score() => GraphScorer.Score(ScoredGraph.ReadGold(_gold), ScoredGraph.ReadGraphMl(_graph));

    private static void AssertPrf(Prf v, int tp, int fp, int fn, double p, double r, double f)
    {
        Assert.That((v.Tp, v.Fp, v.Fn), Is.EqualTo((tp, fp, fn)));
        Assert.That((v.Precision, v.Recall, v.F1), Is.EqualTo((p, r, f)));
    }

    [Test]
    public void Node_scores_per_type()
    {
        var r = Score();
        // "JOKOWI." normalises to an alias of Joko Widodo and comes first in id order, so the
        // second Person node naming him is a duplicate.
        AssertPrf(r.Nodes["Person"], 1, 1, 0, 0.5, 1.0, 0.6667);
        AssertPrf(r.Nodes["Organization"], 1, 0, 0, 1.0, 1.0, 1.0);
        AssertPrf(r.Nodes["Place"], 1, 1, 1, 0.5, 0.5, 0.5);
        // 3 shared words of 4 ("di" is too short): Jaccard 0.75 matches the gold event.
        AssertPrf(r.Nodes["Event"], 1, 1, 0, 0.5, 1.0, 0.6667);
        AssertPrf(r.Entities, 3, 2, 1, 0.6, 0.75, 0.6667);
        Assert.That(r.Detail.Duplicates, Is.EqualTo(new[] { "Joko Widodo -> Joko Widodo" }));
        Assert.That(r.Detail.MissedNodes, Is.EqualTo(new[] { "Place: Surabaya" }));
        Assert.That(r.Detail.SpuriousNodes, Is.EqualTo(new[] { "Event: konferensi pers", "Place: Bandung" }), "in predicted-id order");
    }

    [Test]
    public void Edge_scores_per_type_and_headline()
    {
        var r = Score();
        AssertPrf(r.Edges["STATED"], 0, 1, 1, 0, 0, 0);
        AssertPrf(r.Edges["ATTACKED"], 0, 1, 1, 0, 0, 0);
        // The duplicate's edge cannot match: its end is unmatched.
        AssertPrf(r.Edges["MET_AT"], 1, 1, 1, 0.5, 0.5, 0.5);
        AssertPrf(r.Edges["AFFILIATED_WITH"], 0, 0, 0, 0, 0, 0);
        AssertPrf(r.Edges["HELD_IN"], 1, 0, 0, 1.0, 1.0, 1.0);
        AssertPrf(r.MissionEdges, 1, 3, 3, 0.25, 0.25, 0.25);
        AssertPrf(r.AllEdges, 2, 3, 3, 0.4, 0.4, 0.4);
        Assert.That(r.Detail.SpuriousEdges, Is.EqualTo(new[]
        {
            "Joko Widodo STATED Jakarta",
            "Kementerian Luar Negeri ATTACKED Bandung(unmatched)",
            "Joko Widodo(unmatched) MET_AT pertemuan menteri di Jakarta",
        }));
        Assert.That(r.Detail.MissedEdges, Does.Contain("Joko Widodo STATED Surabaya"));
    }

    [Test]
    public void Evaluate_command_prints_the_table_and_json()
    {
        var (code, output) = Kg("evaluate", "--gold", _gold, _graph, "--verbose");
        Assert.That(code, Is.EqualTo(0), output);
        var lines = output.Split('\n');
        Assert.That(lines[0], Is.EqualTo("                        P      R     F1    tp    fp    fn"));
        Assert.That(lines, Does.Contain("Person              0.500  1.000  0.667     1     1     0"));
        Assert.That(lines, Does.Contain("= mission_edges     0.250  0.250  0.250     1     3     3"));
        Assert.That(output, Does.Contain("## duplicates (1)\n  Joko Widodo -> Joko Widodo"));

        var (jsonCode, json) = Kg("evaluate", "--gold", _gold, _graph, "--json");
        Assert.That(jsonCode, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("headline").GetProperty("entities");
        Assert.That(entities.GetProperty("f1").GetDouble(), Is.EqualTo(0.6667));
        Assert.That(json, Does.Contain("\"precision\": 1.0"));
    }

    [Test]
    public void Bad_input_fails_naming_the_file()
    {
        File.WriteAllText(_graph, "<graphml><graph>");
        var err = new StringWriter();
        var old = Console.Error;
        Console.SetError(err);
        try { Assert.That(Kg("evaluate", "--gold", _gold, _graph).Code, Is.Not.EqualTo(0)); }
        finally { Console.SetError(old); }
        Assert.That(err.ToString(), Does.Contain("graph.graphml"));

        File.WriteAllText(_gold, """{"nodes": [], "edges": [{"source": "a", "type": "STATED", "target": "b"}]}""");
        Assert.Throws<InvalidDataException>(() => ScoredGraph.ReadGold(_gold));
    }

    [TestCase(0.8125, 3, "0.812")]
    [TestCase(0.0625, 3, "0.062")]
    [TestCase(0.6667, 3, "0.667")]
    [TestCase(0.9999, 3, "1.000")]
    [TestCase(1.0, 3, "1.000")]
    [TestCase(0.03125, 4, "0.0312")]
    [TestCase(2.0 / 3.0, 4, "0.6667")]
    public void Rounding_is_half_even_on_the_exact_value(double x, int digits, string expected) =>
        Assert.That(ScoringText.Fixed(x, digits), Is.EqualTo(expected));

    [Test]
    public void Names_normalise_like_the_guidelines_say()
    {
        Assert.That(ScoringText.Normalize("  Dewan NATO–Rusia (NRC). "), Is.EqualTo("dewan nato rusia nrc"));
        Assert.That(ScoringText.Normalize("Jum’at"), Is.EqualTo("jum at"));
        // "AS" and "di" are too short to count: {perundingan, rusia} of {perundingan, rusia, jenewa}.
        Assert.That(ScoringText.Jaccard("perundingan AS-Rusia di Jenewa", "Perundingan AS-Rusia"), Is.EqualTo(2.0 / 3.0));
    }

    private static (int Code, string Out) Kg(params string[] args)
    {
        var writer = new StringWriter();
        var old = Console.Out;
        Console.SetOut(writer);
        try { return (KnowledgeGraph.Cli.Program.Main(args), writer.ToString()); }
        finally { Console.SetOut(old); }
    }
}
