using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Quality;

/// <summary>
/// Runs the default pipeline over the bundled sample articles and holds the quality bars
/// against the project's copy of their gold graph.
/// </summary>
public class SampleQualityTests
{
    private static Dictionary<string, GoldScorer.Score>? _scores;
    private static EntityGraph? _graph;

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (Path.Exists(path) && File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return path;
        }
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    private static Dictionary<string, GoldScorer.Score> Scores()
    {
        if (_scores is not null) return _scores;
        var articles = Directory.GetFiles(RepoFile("samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f).Replace("\r\n", "\n"), f));
        _graph = ExtractionPipeline.CreateDefault().Run(articles);
        _scores = new GoldScorer().Run(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gold.json"), _graph);
        foreach (var (k, v) in _scores) TestContext.Out.WriteLine($"{k,-16} {v}");
        return _scores;
    }

    [Test]
    public void Entities_reach_the_bar() => Assert.That(Scores()["entities"].F1, Is.GreaterThanOrEqualTo(0.85), Scores()["entities"].ToString());

    [Test]
    public void Events_reach_the_bar() => Assert.That(Scores()["events"].F1, Is.GreaterThanOrEqualTo(0.50), Scores()["events"].ToString());

    [Test]
    public void Mission_edges_reach_the_bar() => Assert.That(Scores()["mission_edges"].F1, Is.GreaterThanOrEqualTo(0.60), Scores()["mission_edges"].ToString());

    [Test]
    public void No_two_nodes_share_a_name_within_a_type()
    {
        Scores();
        var dup = _graph!.Nodes.Where(n => n.Type != NodeType.Article)
            .SelectMany(n => n.Aliases.Prepend(n.Name).Select(a => (n.Type, Name: GoldScorer.Norm(a), n.Id)))
            .Distinct().GroupBy(x => (x.Type, x.Name)).Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}").ToList();
        Assert.That(dup, Is.Empty);
    }
}
