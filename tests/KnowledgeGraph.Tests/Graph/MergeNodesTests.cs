using KnowledgeGraph.Graph;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Graph;

public class MergeNodesTests
{
    [Test]
    public void Merge_rewires_edges_unites_aliases_and_drops_the_old_node()
    {
        var g = new EntityGraph();
        var a = g.GetOrAddNode("person:wibisono", NodeType.Person, "Wibisono");
        a.Mentions = 2; a.Articles.Add("a1");
        var b = g.GetOrAddNode("person:hartono-wibisono", NodeType.Person, "Hartono Wibisono");
        b.Mentions = 1; b.Articles.Add("a2");
        g.GetOrAddNode("place:jakarta", NodeType.Place, "Jakarta");
        g.AddRelation("person:wibisono", RelationType.STATED, "place:jakarta", new Evidence("a1", "s", 0, 5));
        g.AddRelation("person:hartono-wibisono", RelationType.STATED, "place:jakarta", new Evidence("a2", "s", 0, 5));
        g.AddRelation("person:wibisono", RelationType.STATED, "person:hartono-wibisono", new Evidence("a1", "s", 6, 9));

        g.MergeNodes("person:wibisono", "person:hartono-wibisono");

        Assert.That(g.FindNode("person:wibisono"), Is.Null);
        Assert.That(b.Aliases, Does.Contain("Wibisono"));
        Assert.That(b.Mentions, Is.EqualTo(3));
        Assert.That(b.Articles, Is.EquivalentTo(new[] { "a1", "a2" }));
        var edges = g.Relations.ToList();
        Assert.That(edges.Select(r => r.Id), Is.EqualTo(new[] { "person:hartono-wibisono|STATED|place:jakarta" }));
        Assert.That(edges[0].Evidence.Select(e => e.ArticleId), Is.EqualTo(new[] { "a1", "a2" }));
        Assert.That(g.Structure.VertexCount, Is.EqualTo(2));
    }

    [Test]
    public void Merging_different_types_is_refused()
    {
        var g = new EntityGraph();
        g.GetOrAddNode("place:x", NodeType.Place, "X");
        g.GetOrAddNode("person:x", NodeType.Person, "X");
        Assert.Throws<InvalidOperationException>(() => g.MergeNodes("place:x", "person:x"));
    }
}
