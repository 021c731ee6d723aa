using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// A huge article is built in windows of whole sentences. Where no name or quotation reaches from
/// one window into the next, the windows give the graph the whole article gives, evidence offsets
/// and first mentions included.
/// </summary>
public class ArticleWindowsTests
{
    private static readonly string[] People = ["Joko Widodo", "Retno Marsudi", "Prabowo Subianto", "Sri Mulyani", "Anies Baswedan", "Ganjar Pranowo"];
    private static readonly string[] Cities = ["Brussels", "Tokyo", "Kharkiv", "Odessa", "Surabaya", "Bandung"];
    private static readonly string[] Countries = ["Rusia", "Ukraina", "Jepang", "China", "Iran", "Filipina"];

    // Each round says new things (a sentence said twice in an article counts once), every sentence
    // names its people in full and closes its own quotation.
    private static IEnumerable<string> Round(int r)
    {
        string p = People[r % People.Length], q = People[(r + 1) % People.Length], c = Cities[r % Cities.Length], d = Cities[(r + 2) % Cities.Length];
        string a = Countries[r % Countries.Length], b = Countries[(r + 1) % Countries.Length];
        // The meetings of one article are read as one event, which windows cannot see: one meeting only.
        if (r == 0) yield return $"Menteri {p} bertemu Menteri Luar Negeri {a} {q} di {c}, Rabu ({r + 10}/10/2022).";
        yield return $"\"Kami mendukung {b},\" kata {q}.";
        yield return $"Pasukan {a} menyerang {d} pada Senin malam dan menewaskan {r + 12} orang.";
        yield return $"Juru Bicara NATO, {p}, menegaskan aliansi itu siap membantu {b}.";
        yield return $"Sementara itu, warga {c} mengungsi ke kota lain sejak {r + 3} Maret 2022.";
    }

    private static string Text(int rounds) =>
        "JAKARTA - Sabtu, 08 Januari 2022 - 13:03 WIB\n" + string.Join(' ', Enumerable.Range(0, rounds).SelectMany(Round)) + "\n";

    [Test]
    public void The_windows_of_an_article_are_its_text_and_its_sentences()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var whole = new Documents.Document(new Article("a", Text(6), "a.txt"));
        foreach (var stage in pipeline.Stages.Where(s => s.WholeArticle)) stage.Run(whole, new Schema.EntityGraph());

        var windows = ArticleWindows.Of(whole, 300).ToList();

        Assert.That(windows, Has.Count.GreaterThan(3));
        Assert.That(string.Concat(windows.Select(w => w.Text)), Is.EqualTo(whole.Text));
        Assert.That(windows.Select(w => w.Offset), Is.EqualTo(windows.Select(w => windows.TakeWhile(x => x != w).Sum(x => x.Text.Length))));
        Assert.That(windows.SelectMany(w => w.Sentences.Select(s => (s.Start + w.Offset, s.End + w.Offset, s.Text))),
            Is.EqualTo(whole.Sentences.Select(s => (s.Start, s.End, s.Text))));
        Assert.That(windows.Select(w => w.MoreWindows), Is.EqualTo(windows.Select((_, i) => i < windows.Count - 1)));
        Assert.That(windows.Select(w => w.Date).Distinct(), Is.EqualTo(new[] { whole.Date }));
        Assert.That(whole.Date, Is.Not.Null);
    }

    [TestCase(1)]
    [TestCase(2)]
    public void An_article_built_in_windows_gives_the_graph_the_whole_article_gives(int jobs)
    {
        var text = Text(6);
        string Build(int windowChars)
        {
            var pipeline = ExtractionPipeline.CreateDefault();
            pipeline.Jobs = jobs;
            pipeline.WindowChars = windowChars;
            int reported = 0;
            var graph = pipeline.Run([new Article("besar", text, "besar.txt"), new Article("kecil", string.Join(' ', Round(0)), "kecil.txt")],
                new SynchronousProgress(() => reported++));
            Assert.That(reported, Is.EqualTo(2), "progress counts articles, not windows");
            var path = Path.Combine(KgRunner.NewTempDir("windows"), "graph.json");
            GraphSinks.Find("json")!.Write(graph, path);
            return File.ReadAllText(path);
        }

        var whole = Build(0);
        var windowed = Build(text.Length / 9);

        Assert.That(whole, Does.Contain("ATTACKED").And.Contain("MET_AT").And.Contain("STATED"), "the article must give edges of every kind");
        Assert.That(windowed, Is.EqualTo(whole));
    }

    private sealed class SynchronousProgress(Action report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report();
    }
}
