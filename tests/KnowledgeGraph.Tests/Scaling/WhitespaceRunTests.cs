using KnowledgeGraph.Dates;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// A long run of spaces, tabs or no-break spaces inside one line costs the build time in
/// proportion to its length: the date finder's patterns put whitespace runs side by side, and a
/// backtracking engine tried every split of such a run (a 300k-space line took seconds, 1.9M
/// minutes). Blank lines were already bounded by the header limit.
/// </summary>
[NonParallelizable]
public class WhitespaceRunTests
{
    private const string Body =
        "Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg memberikan peringatan kepada Rusia.\n" +
        "\"Risiko serangan nuklir terhadap Ukraina sangat besar,\" kata Stoltenberg di Brussels, Belgia, Selasa (25/10/2022).\n" +
        "Presiden Joko Widodo bertemu Sekjen NATO Jens Stoltenberg di Jakarta.\n";

    private static readonly PublicationDateFinder Finder = PublicationDateFinder.Load(null, "id");

    private static string Run(string unit, int chars) => string.Concat(Enumerable.Repeat(unit, chars / unit.Length));

    // The shapes that were quadratic: a weekday or a header date followed by a run that does not
    // end the line, so every way of cutting the run between two whitespace quantifiers was tried.
    [TestCase(" ")]
    [TestCase("\t")]
    [TestCase("\u00A0")]
    [TestCase(" \t")]
    public void A_long_whitespace_run_after_a_header_date_is_searched_in_linear_time(string unit)
    {
        var text = "Judul\nSabtu, 08 Januari 2022" + Run(unit, 200_000) + "WIB x\nSenin" + Run(unit, 200_000) + "x\n" + Body;
        // Generous: the fix takes milliseconds, the backtracking patterns took about a minute.
        var find = Task.Run(() => Finder.FindDate(text));
        Assert.That(find.Wait(TimeSpan.FromSeconds(20)), Is.True, "the date search did not finish");
        Assert.That(find.Result?.Iso, Is.EqualTo("2022-10-25"), "not a header line: the agency date in the body wins");
    }

    [Test]
    public void A_header_date_followed_by_trailing_whitespace_is_still_the_dateline()
    {
        var text = "Judul\nSabtu, 08 Januari 2022 - 13:03 WIB" + Run(" \t", 100_000) + "\n" + Body;
        Assert.That(Finder.Find(text), Is.EqualTo("2022-01-08"));
    }

    [TestCase(" ")]
    [TestCase("\t")]
    [TestCase("\u00A0")]
    public void An_article_with_a_line_of_whitespace_gives_the_graph_of_the_article_without_it(string unit)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Jobs = 1;
        var plain = pipeline.Run([new Article("a", "Judul berita NATO\n" + Body, "a.txt")]);
        var padded = pipeline.Run([new Article("a", "Judul berita NATO\n" + Run(unit, 300_000) + "\n" + Body, "a.txt")]);

        Assert.That(plain.RelationCount, Is.GreaterThan(0));
        Assert.That(Names(padded), Is.EqualTo(Names(plain)));
        Assert.That(Edges(padded), Is.EqualTo(Edges(plain)));
    }

    private static List<string> Names(Schema.EntityGraph g) => g.Nodes.Select(n => $"{n.Type}:{n.Name}").ToList();

    private static List<string> Edges(Schema.EntityGraph g) => g.Relations.Select(r => $"{r.Source.Name} {r.Type} {r.Target.Name}").ToList();
}
