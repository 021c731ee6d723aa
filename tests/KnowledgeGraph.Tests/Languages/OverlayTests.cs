using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Languages;

/// <summary>
/// An overlay folder (kg build --resources DIR) reaches every stage that reads language data: a
/// speech verb reaches the relation rules, a boilerplate line the cleaner, a month name the date
/// finder, and a '-' row takes a bundled entry away. Each test builds the same articles with and
/// without the overlay, so the difference is the overlay's alone.
/// </summary>
public class OverlayTests
{
    private static EntityGraph Build(IReadOnlyList<string> overlays, params (string Id, string Text)[] articles)
    {
        var pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions { Overlays = overlays, UseStatisticalNer = false });
        pipeline.Jobs = 1;
        return pipeline.Run(articles.Select(a => new Article(a.Id, a.Text, a.Id + ".txt")));
    }

    private static IEnumerable<string> Edges(EntityGraph graph, RelationType type) =>
        graph.Relations.Where(r => r.Type == type).Select(r => r.Source.Id + " -> " + r.Target.Id);

    private const string Speech = "Ketegangan di perbatasan\n\nMenteri Luar Negeri Retno Marsudi berkelakar bahwa Jepang harus berunding dengan Korea Selatan.\n";

    [Test]
    public void A_speech_verb_added_by_an_overlay_makes_its_speaker_state()
    {
        using var dir = new TempFolder();
        dir.Write("id/triggers/speech.txt", "berkelakar\treport\n");
        var before = Edges(Build([], ("a", Speech)), RelationType.STATED).ToList();
        var after = Edges(Build([dir.Path], ("a", Speech)), RelationType.STATED).ToList();
        Assert.That(before, Is.Empty, "the verb is not bundled");
        Assert.That(after, Does.Contain("person:retno-marsudi -> place:jepang"));
    }

    [Test]
    public void A_dash_row_in_an_overlay_removes_a_bundled_speech_verb()
    {
        const string text = "Ketegangan di perbatasan\n\nMenteri Luar Negeri Retno Marsudi berpesan agar Jepang menahan diri.\n";
        using var dir = new TempFolder();
        dir.Write("id/triggers/speech.txt", "-berpesan\n");
        Assert.That(Edges(Build([], ("a", text)), RelationType.STATED), Does.Contain("person:retno-marsudi -> place:jepang"));
        Assert.That(Edges(Build([dir.Path], ("a", text)), RelationType.STATED), Is.Empty);
    }

    [Test]
    public void A_boilerplate_line_added_by_an_overlay_is_cleaned_away()
    {
        const string text = "Kapal nelayan tenggelam di Natuna\n\nSimak siaran langsung dari Surabaya setiap pagi.\nPresiden Joko Widodo meninjau Kabupaten Natuna pada Senin.\n";
        using var dir = new TempFolder();
        dir.Write("id/boilerplate.tsv", "line\t^Simak siaran\\b\tradio prompt\n");
        var before = Build([], ("b", text)).Nodes.Select(n => n.Id).ToList();
        var after = Build([dir.Path], ("b", text)).Nodes.Select(n => n.Id).ToList();
        Assert.That(before, Does.Contain("place:surabaya"));
        Assert.That(after, Does.Not.Contain("place:surabaya"));
        Assert.That(after, Does.Contain("person:joko-widodo"), "the rest of the article stays");
    }

    [Test]
    public void A_month_name_added_by_an_overlay_dates_the_article()
    {
        const string text = "Banjir melanda Semarang\n\nSemarang, 5 Agts 2023 - Banjir merendam ribuan rumah di Kota Semarang.\n";
        using var dir = new TempFolder();
        dir.Write("id/months.tsv", "month\t8\tAgts\n");
        Assert.That(Build([], ("c", text)).FindNode("article:c")!.Published, Is.Null);
        Assert.That(Build([dir.Path], ("c", text)).FindNode("article:c")!.Published, Is.EqualTo("2023-08-05"));
    }
}
