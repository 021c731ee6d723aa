using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Html;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Explorer;

public sealed class HtmlExplorerSinkTests
{
    private static EntityGraph Sample()
    {
        var g = new EntityGraph();
        g.GetOrAddNode("person:a", NodeType.Person, "A </script> <b>");
        g.GetOrAddNode("place:b", NodeType.Place, "B \u202e RTL");
        g.GetOrAddNode(NodeId.For(NodeType.Article, "doc1"), NodeType.Article, "Doc one").Published = "2024-05-01";
        g.AddRelation("person:a", RelationType.STATED, "place:b", new Evidence("doc1", "A said </script><script>x()</script>", 0, 5, "x()", "2024-05-01"));
        g.AddRelation("person:a", RelationType.MENTIONED_IN, NodeId.For(NodeType.Article, "doc1"), null);
        return g;
    }

    private static string Write(EntityGraph g, int limit = HtmlExplorerSink.DefaultInitialNodeLimit)
    {
        using var ms = new MemoryStream();
        new HtmlExplorerSink { InitialNodeLimit = limit }.Write(g, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Test]
    public void Same_graph_same_bytes()
    {
        Assert.That(Write(Sample()), Is.EqualTo(Write(Sample())));
    }

    [Test]
    public void Data_cannot_close_its_script_element_and_only_the_page_scripts_may_run()
    {
        var html = Write(Sample());
        // Exactly the three script elements of the template: data, libraries, explorer.
        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count, Is.EqualTo(3));
        Assert.That(Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count, Is.EqualTo(3));
        const string open = "id=\"kg-data\">";
        var data = html[(html.IndexOf(open, StringComparison.Ordinal) + open.Length)..];
        data = data[..data.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.That(data, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
        Assert.That(html, Does.Match("script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';"));
        Assert.That(html, Does.Contain("connect-src 'none'"));
    }

    [Test]
    public void Limit_is_written_for_the_page()
    {
        Assert.That(Write(Sample(), 123), Does.Contain("\"limit\":123"));
    }
}
