using System.Text;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks.GraphMl;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Quality;

/// <summary>
/// Runs the default pipeline over the bundled sample articles, writes GraphML and scores it
/// with the project's scorer against the project's copy of the gold graph, holding the bars.
/// </summary>
public class SampleQualityTests
{
    private static ScoreReport? _report;
    private static EntityGraph? _graph;

    private static string RepoPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (Path.Exists(path) && File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return path;
        }
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    private static ScoreReport Report()
    {
        if (_report is not null) return _report;
        var articles = Directory.GetFiles(RepoPath("samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f).Replace("\r\n", "\n"), f));
        _graph = ExtractionPipeline.CreateDefault().Run(articles);
        var path = Path.Combine(Path.GetTempPath(), $"kg-quality-{Guid.NewGuid():N}.graphml");
        try
        {
            new GraphMlSink().Write(_graph, path);
            _report = GraphScorer.Score(ScoredGraph.ReadGold(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gold.json")), ScoredGraph.ReadGraphMl(path));
        }
        finally { File.Delete(path); }
        TestContext.Out.WriteLine($"entities {_report.Entities}\nevents {_report.Events}\nmission {_report.MissionEdges}");
        return _report;
    }

    [Test]
    public void Entities_reach_the_bar() => Assert.That(Report().Entities.F1, Is.GreaterThanOrEqualTo(0.85), Report().Entities.ToString());

    [Test]
    public void Events_reach_the_bar() => Assert.That(Report().Events.F1, Is.GreaterThanOrEqualTo(0.50), Report().Events.ToString());

    [Test]
    public void Mission_edges_reach_the_bar() => Assert.That(Report().MissionEdges.F1, Is.GreaterThanOrEqualTo(0.60), Report().MissionEdges.ToString());

    [Test]
    public void No_two_nodes_share_a_name_within_a_type()
    {
        Report();
        var dup = _graph!.Nodes.Where(n => n.Type != NodeType.Article)
            .SelectMany(n => n.Aliases.Prepend(n.Name).Select(a => (n.Type, Name: Norm(a), n.Id)))
            .Distinct().GroupBy(x => (x.Type, x.Name)).Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}").ToList();
        Assert.That(dup, Is.Empty);
    }

    private static string Norm(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.ToLowerInvariant()) sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
