using System.Xml;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sinks.GraphMl;
using KnowledgeGraph.Sinks.Json;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Foundation;

public class SinkTests
{
    /// <summary>A small graph touching every property, with text that XML 1.0 cannot hold.</summary>
    private static EntityGraph Sample(bool loneSurrogate = true)
    {
        var g = new EntityGraph();
        var p = g.GetOrAddNode(NodeId.For(NodeType.Person, "Jens Stoltenberg"), NodeType.Person, "Jens Stoltenberg");
        p.AddAlias("Stoltenberg");
        p.AddAlias("Sekjen \"NATO\" <Jens>");
        p.Mentions = 4;
        p.Articles.Add("a1");
        var o = g.GetOrAddNode(NodeId.For(NodeType.Organization, "NATO"), NodeType.Organization, "NATO\u0001 & co" + (loneSurrogate ? "\uD800" : ""));
        o.Mentions = 2;
        var a = g.GetOrAddNode(NodeId.For(NodeType.Article, "a1"), NodeType.Article, "Judul");
        a.Title = "Judul \u201cberita\u201d";
        a.Published = "2022-10-25";
        a.Source = "samples/a1.txt";
        g.AddRelation(p.Id, RelationType.AFFILIATED_WITH, o.Id, new Evidence("a1", "Sekjen NATO Jens\u000B Stoltenberg.", 10, 40, null, "2022-10-25"));
        g.AddRelation(p.Id, RelationType.STATED, o.Id, new Evidence("a1", "\"Kami siap,\" kata Stoltenberg.", 50, 80, "Kami siap", "2022-10-25"));
        g.AddRelation(p.Id, RelationType.STATED, o.Id, new Evidence("a1", "Lagi.", 90, 95));
        g.AddRelation(p.Id, RelationType.MENTIONED_IN, a.Id, null);
        return g;
    }

    private static byte[] GraphMlBytes(EntityGraph g)
    {
        using var ms = new MemoryStream();
        new GraphMlSink().Write(g, ms);
        return ms.ToArray();
    }

    private static byte[] JsonBytes(EntityGraph g)
    {
        using var ms = new MemoryStream();
        new JsonGraphSink().Write(g, ms);
        return ms.ToArray();
    }

    [Test]
    public void GraphMlIsWellFormedXmlWithoutIllegalCharacters()
    {
        var bytes = GraphMlBytes(Sample());
        var doc = new XmlDocument();
        using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true }))
            doc.Load(reader);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"));
        Assert.That(text, Does.Not.Contain("\r"));
        Assert.That(text, Does.Not.Contain("\u0001").And.Not.Contain("\u000B").And.Not.Contain("\uD800"));
        Assert.That(text, Does.Contain("NATO &amp; co"));
    }

    [Test]
    public void GraphMlDeclaresEveryKeyItUsesWithAPrimitiveType()
    {
        var doc = new XmlDocument();
        doc.Load(new MemoryStream(GraphMlBytes(Sample())));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");
        ns.AddNamespace("y", "http://www.yworks.com/xml/graphml");
        var keys = doc.SelectNodes("//g:key", ns)!.Cast<XmlElement>().ToDictionary(k => k.GetAttribute("id"));
        foreach (XmlElement data in doc.SelectNodes("//g:data", ns)!)
            Assert.That(keys, Does.ContainKey(data.GetAttribute("key")));
        foreach (var k in keys.Values.Where(k => !k.HasAttribute("yfiles.type")))
            Assert.That(k.GetAttribute("attr.type"), Is.AnyOf("string", "int", "double", "boolean", "long"), k.GetAttribute("id"));

        var person = (XmlElement)doc.SelectSingleNode("//g:node[@id='person:jens-stoltenberg']", ns)!;
        Assert.That(person.GetAttribute("labels"), Is.EqualTo(":Person"));
        string Data(XmlElement e, string key) => e.SelectSingleNode($"g:data[@key='{key}']", ns)!.InnerText;
        Assert.That(Data(person, "type"), Is.EqualTo("Person"));
        Assert.That(Data(person, "label"), Is.EqualTo("Jens Stoltenberg"));
        Assert.That(Data(person, "aliases"), Is.EqualTo("[\"Sekjen \\\"NATO\\\" <Jens>\",\"Stoltenberg\"]"));
        Assert.That(person.SelectSingleNode("g:data[@key='ng']/y:ShapeNode/y:NodeLabel", ns)!.InnerText, Is.EqualTo("Jens Stoltenberg"));

        var stated = (XmlElement)doc.SelectSingleNode("//g:edge[@label='STATED']", ns)!;
        Assert.That(Data(stated, "weight"), Is.EqualTo("2"));
        Assert.That(Data(stated, "e_type"), Is.EqualTo("STATED"));
        Assert.That(Data(stated, "sentence"), Is.EqualTo("\"Kami siap,\" kata Stoltenberg."));
        Assert.That(Data(stated, "evidence"), Does.Contain("\"quote\":\"Kami siap\""));
        Assert.That(stated.SelectSingleNode("g:data[@key='eg']/y:PolyLineEdge/y:EdgeLabel", ns)!.InnerText, Is.EqualTo("STATED"));
    }

    [Test]
    public void LargeGraphsWrittenInBlocksAreWellFormedAndStable()
    {
        // More nodes and edges than one block holds, so several blocks are written in parallel.
        var g = new EntityGraph();
        for (int i = 0; i < 5000; i++) g.GetOrAddNode($"place:p{i:D5}", NodeType.Place, $"P {i}");
        for (int i = 0; i < 4999; i++)
            g.AddRelation($"place:p{i:D5}", RelationType.ATTACKED, $"place:p{i + 1:D5}", new Evidence("a", $"S {i} & <x>", i, i + 1));
        var first = GraphMlBytes(g);
        Assert.That(GraphMlBytes(g), Is.EqualTo(first));
        var doc = new XmlDocument();
        doc.Load(new MemoryStream(first));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");
        Assert.That(doc.SelectNodes("/g:graphml/g:graph/g:node", ns)!.Count, Is.EqualTo(5000));
        var edges = doc.SelectNodes("/g:graphml/g:graph/g:edge", ns)!.Cast<XmlElement>().ToList();
        Assert.That(edges, Has.Count.EqualTo(4999));
        Assert.That(edges.Select(e => e.GetAttribute("id")), Is.Unique);
        Assert.That(edges[4998].GetAttribute("source"), Is.EqualTo("place:p04998"));
    }

    [Test]
    public void JsonRoundTripIsLossless()
    {
        // A lone surrogate cannot survive UTF-8 in any format; everything else must.
        var original = Sample(loneSurrogate: false);
        var first = JsonBytes(original);
        var back = JsonGraphReader.Read(new MemoryStream(first));
        Assert.That(JsonBytes(back), Is.EqualTo(first));
        Assert.That(GraphMlBytes(back), Is.EqualTo(GraphMlBytes(original)));

        var p = back.FindNode("person:jens-stoltenberg")!;
        Assert.That(p.Aliases, Is.EqualTo(new[] { "Sekjen \"NATO\" <Jens>", "Stoltenberg" }));
        Assert.That(p.Mentions, Is.EqualTo(4));
        var stated = back.Relations.Single(r => r.Type == RelationType.STATED);
        Assert.That(stated.Evidence.Select(e => e.Quote), Is.EqualTo(new[] { "Kami siap", null }));
        Assert.That(back.FindNode("article:a1")!.Published, Is.EqualTo("2022-10-25"));
        // JSON escapes control characters, so they survive the round trip.
        Assert.That(back.FindNode("organization:nato")!.Name, Is.EqualTo("NATO\u0001 & co"));
    }

    [Test]
    public void ReaderRejectsEdgesToUnknownNodes()
    {
        var json = """{"format":"knowledge-graph","version":1,"nodes":[],"edges":[{"source":"person:a","type":"STATED","target":"place:b","weight":1,"dates":[],"evidence":[]}]}""";
        var e = Assert.Throws<GraphFormatException>(() => JsonGraphReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.That(e!.Message, Does.Contain("person:a"));
    }

    [Test]
    public void GraphMlDropsOnlyIllegalCharacters()
    {
        var g = new EntityGraph();
        g.GetOrAddNode(NodeId.For(NodeType.Place, "x"), NodeType.Place, "a\u0000b\u0008c\td\ne\uFFFEf\uD83D\uDE00g\uDC00");
        g.GetOrAddNode(NodeId.For(NodeType.Place, "y"), NodeType.Place, "Kyiv \u2013 \u201ckata\u201d");
        var doc = new XmlDocument();
        using (var reader = XmlReader.Create(new MemoryStream(GraphMlBytes(g)), new XmlReaderSettings { CheckCharacters = true }))
            doc.Load(reader);
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");
        var nameKey = doc.SelectSingleNode("//g:key[@attr.name='name'][@for='node']", ns)!.Attributes!["id"]!.Value;
        var names = doc.SelectNodes($"//g:node/g:data[@key='{nameKey}']", ns)!.Cast<XmlElement>().Select(e => e.InnerText).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "abc\td\nef\uD83D\uDE00g", "Kyiv \u2013 \u201ckata\u201d" }));
    }

    [Test]
    public void RegistryKnowsBothFormats()
    {
        Assert.That(GraphSinks.All.Select(s => s.Format), Does.Contain("graphml").And.Contain("json"));
        Assert.That(GraphSinks.Find("GraphML"), Is.InstanceOf<GraphMlSink>());
        Assert.That(GraphSinks.Find("nope"), Is.Null);
    }

    [Test]
    public void SchemaRejectsAnEdgeBetweenWrongTypes()
    {
        var g = new EntityGraph();
        var place = g.GetOrAddNode("place:kyiv", NodeType.Place, "Kyiv");
        var person = g.GetOrAddNode("person:x", NodeType.Person, "X");
        g.AddRelation(place.Id, RelationType.AFFILIATED_WITH, person.Id, null);
        var problems = GraphSchema.Default.Violations(g);
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("AFFILIATED_WITH").And.Contain("Place"));
        Assert.That(GraphSchema.Default.RelationshipTypes, Is.EquivalentTo(Enum.GetNames<RelationType>()));
        Assert.That(GraphSchema.Default.Labels, Is.EquivalentTo(Enum.GetNames<NodeType>()));
        foreach (var t in Enum.GetValues<NodeType>().Where(t => t != NodeType.Article))
            Assert.That(GraphSchema.Default.Allows(RelationType.MENTIONED_IN, t, NodeType.Article), Is.True, t.ToString());
    }
}
