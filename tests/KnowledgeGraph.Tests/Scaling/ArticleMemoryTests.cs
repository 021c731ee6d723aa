using System.Text;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// A long article is held in memory at a small multiple of its text: what the stages keep of it
/// (mentions, words, candidate edges and their evidence) is measured after every stage with a
/// full collection, so the figure is the data the build holds, not garbage waiting for the collector.
/// </summary>
[NonParallelizable]
public class ArticleMemoryTests
{
    private static readonly string[] Firsts = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Joko", "Ani"];
    private static readonly string[] Lasts = ["Santoso", "Wijaya", "Pratama", "Kusuma", "Hidayat", "Saputra"];
    private static readonly string[] Countries = ["Rusia", "Ukraina", "Amerika Serikat", "China", "Jepang", "Iran"];
    private static readonly string[] Towns = ["Kharkiv", "Odessa", "Surabaya", "Bandung", "Medan", "Makassar"];

    /// <summary>News sentences dense with names, quotes, meetings and attacks, on one line.</summary>
    private static string OneLineArticle(int chars)
    {
        var rng = new Random(11);
        var sb = new StringBuilder("JAKARTA - Sabtu, 08 Januari 2022 - 13:03 WIB ");
        while (sb.Length < chars)
        {
            string p = Firsts[rng.Next(Firsts.Length)] + " " + Lasts[rng.Next(Lasts.Length)];
            string a = Countries[rng.Next(Countries.Length)], b = Countries[rng.Next(Countries.Length)], t = Towns[rng.Next(Towns.Length)];
            sb.Append(rng.Next(6) switch
            {
                0 => $"Menteri Luar Negeri {a} {p} mengatakan bahwa {a} akan terus mendukung {b}.",
                1 => $"\"Kami tidak akan mundur dari {t},\" kata {p}.",
                2 => $"Pasukan {a} menyerang {t} pada Senin malam dan menewaskan {rng.Next(2, 90)} orang.",
                3 => $"{p} bertemu dengan Presiden {b} di {t} untuk membahas kerja sama pertahanan.",
                4 => $"Juru Bicara NATO, {p}, menegaskan aliansi itu siap membantu {b}.",
                _ => $"Sementara itu, warga {t} mengungsi ke kota lain sejak {rng.Next(1, 28)} Maret 2022.",
            }).Append(' ');
        }
        return sb.ToString();
    }

    [Test]
    public void A_two_megabyte_article_is_held_in_less_than_eighteen_bytes_per_character()
    {
        var text = OneLineArticle(2_000_000);
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Jobs = 1;
        // The models are loaded by a first small article, so what is measured is the long one's own.
        pipeline.Run([new Article("warm-up", OneLineArticle(2_000), "warm-up.txt")]);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long most = 0;
        string worst = "";
        pipeline.Times.AfterStage = stage =>
        {
            long held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            if (held > most) (most, worst) = (held, stage);
        };
        var graph = pipeline.Run([new Article("long", text, "long.txt")]);

        Assert.That(graph.RelationCount, Is.GreaterThan(1000), "the article must give the stages work to keep");
        // Two bytes a character are the text itself, which the baseline already holds.
        double perChar = (double)most / text.Length;
        Assert.That(perChar, Is.LessThan(18), $"after stage {worst} the build held {most / 1048576.0:F1} MB for {text.Length / 1e6:F1} M characters");
        TestContext.Out.WriteLine($"most held: {perChar:F1} bytes per character, after {worst}");
    }
}
