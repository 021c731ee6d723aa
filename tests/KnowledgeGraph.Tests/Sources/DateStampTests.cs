using System.Text.Json.Nodes;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Sources;

/// <summary>A web index's date stamp before a plain-text article is its date, not its words.</summary>
[NonParallelizable]
public class DateStampTests
{
    [Test]
    public void A_leading_stamp_is_blanked_and_gives_the_date_when_it_names_the_day()
    {
        var (text, date) = DateStamp.Read(" date 2024-07-31 SINGAPURA – Isi berita.");
        Assert.That(date, Is.EqualTo("2024-07-31"));
        Assert.That(text, Has.Length.EqualTo(" date 2024-07-31 SINGAPURA – Isi berita.".Length), "offsets into the article stay the file's");
        Assert.That(text.TrimStart(), Does.StartWith("SINGAPURA – Isi berita."));

        // A month alone is no publication date: the text's own date is read instead.
        var (month, none) = DateStamp.Read("date 2017-09 NEW YORK – Isi berita.");
        Assert.That(none, Is.Null);
        Assert.That(month.TrimStart(), Does.StartWith("NEW YORK"));
    }

    [Test]
    public void Text_that_only_mentions_a_date_is_left_alone()
    {
        foreach (var text in new[] { "Isi berita date 2024-07-31 di tengah.", "date: 2024-07-31 Isi.", "dated 2024-07-31 Isi.", "date 2024-13-45 Isi." })
        {
            var (read, date) = DateStamp.Read(text);
            if (text.StartsWith("date 2024-13", StringComparison.Ordinal))
            {
                // Shaped like a stamp, so it goes, but a day that does not exist gives no date.
                Assert.That(date, Is.Null);
                continue;
            }
            Assert.That((read, date), Is.EqualTo((text, (string?)null)), text);
        }
    }

    [Test]
    public void A_stamped_article_keeps_its_dateline_and_title()
    {
        var dir = KgRunner.NewTempDir("stamp");
        try
        {
            var input = Path.Combine(dir, "in");
            Directory.CreateDirectory(input);
            File.WriteAllText(Path.Combine(input, "a.txt"),
                " date 2024-07-31 SINGAPURA – Menteri Luar Negeri Indonesia Budi Hartono mengadakan pertemuan bilateral dengan Menteri Luar Negeri Malaysia Andi Wirawan pada Selasa.\n");
            var outDir = Path.Combine(dir, "out");
            var (code, _, err) = KgRunner.Run(["build", input, "--out", outDir]);
            Assert.That(code, Is.EqualTo(0), err);
            var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "graph.json")))!.AsObject();
            var nodes = graph["nodes"]!.AsArray().Select(n => n!.AsObject()).ToList();
            var article = nodes.Single(n => (string?)n["type"] == "Article");
            Assert.That((string?)article["title"], Does.StartWith("SINGAPURA"));
            Assert.That((string?)article["published"], Is.EqualTo("2024-07-31"));
            var names = nodes.ToDictionary(n => (string)n["id"]!, n => (string?)n["name"]);
            var heldIn = graph["edges"]!.AsArray().Select(e => e!.AsObject())
                .Where(e => (string?)e["type"] == "HELD_IN").Select(e => names[(string)e["target"]!]).ToList();
            // The dateline behind the stamp places the meeting, which names no place of its own.
            Assert.That(heldIn, Does.Contain("Singapura"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
