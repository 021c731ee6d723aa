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
    public void Same_large_graph_same_bytes_though_the_layout_runs_on_every_core()
    {
        static EntityGraph Large()
        {
            var g = new EntityGraph();
            var random = new Random(5);
            for (int i = 0; i < 3_000; i++) g.GetOrAddNode($"person:p{i}", NodeType.Person, $"P {i}");
            for (int i = 0; i < 6_000; i++)
            {
                int a = (int)(Math.Pow(random.NextDouble(), 2) * 3_000), b = random.Next(3_000);
                if (a != b) g.AddRelation($"person:p{a}", RelationType.MET_AT, $"person:p{b}", null);
            }
            return g;
        }
        var first = Write(Large());
        Assert.That(Write(Large()), Is.EqualTo(first));
        // And the layout spreads the nodes out: no two share a position.
        var positions = Regex.Matches(first, @"\[""person:p\d+"",0,""[^""]*"",\[\],0,\[\],(-?[\d.]+),(-?[\d.]+)\]")
            .Select(m => m.Groups[1].Value + "," + m.Groups[2].Value).ToList();
        Assert.That(positions, Has.Count.EqualTo(3_000));
        Assert.That(positions.Distinct().Count(), Is.GreaterThan(2_950));
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
