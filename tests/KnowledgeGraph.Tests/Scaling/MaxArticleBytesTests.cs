using System.Text.Json;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

public class MaxArticleBytesTests
{
    private const string Line = "Presiden Joko Widodo bertemu Sekjen NATO Jens Stoltenberg di Brussels, Belgia.\n";

    [Test]
    public void An_article_over_the_limit_is_cut_at_a_line_end_with_a_warning_naming_it()
    {
        var dir = KgRunner.NewTempDir("maxbytes");
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "besar.txt"), string.Concat(Enumerable.Repeat(Line, 100)));
        File.WriteAllText(Path.Combine(input, "kecil.txt"), Line);

        var (code, _, err) = KgRunner.Run("build", input, "--out", Path.Combine(dir, "out"), "--max-article-bytes", "1000");

        Assert.That(code, Is.EqualTo(0), err);
        var warnings = err.Split('\n').Where(l => l.StartsWith("warning: cut", StringComparison.Ordinal)).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.Contain("besar.txt").And.Contain($"{Line.Length * 100} bytes").And.Contain($"first {Line.Length * 12} "));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out", "graph.json")));
        var ends = json.RootElement.GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("evidence").EnumerateArray())
            .Where(v => v.GetProperty("article").GetString() == "besar")
            .Select(v => v.GetProperty("end").GetInt32()).ToList();
        Assert.That(ends, Is.Not.Empty);
        Assert.That(ends, Has.All.LessThanOrEqualTo(1000));
    }

    [Test]
    public void Zero_means_no_limit_and_a_negative_limit_is_a_usage_error()
    {
        var article = new Article("a", string.Concat(Enumerable.Repeat(Line, 100)), "a.txt");
        Assert.That(ArticleSizeLimit.Cut(article, 0), Is.SameAs(article));
        Assert.That(ArticleSizeLimit.Cut(article, 1_000_000), Is.SameAs(article));
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", KgRunner.NewTempDir("maxbytes"), "--max-article-bytes", "-5");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--max-article-bytes"));
    }

    [Test]
    public void The_cut_counts_utf8_bytes_and_never_splits_a_character()
    {
        // No spaces or line ends: the cut falls at the last whole character that fits.
        var article = new Article("a", string.Concat(Enumerable.Repeat("\u00E9\U0001F600", 100)), "a.txt");
        var cut = ArticleSizeLimit.Cut(article, 100);
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(cut.Text), Is.LessThanOrEqualTo(100).And.GreaterThan(94));
        Assert.That(char.IsHighSurrogate(cut.Text[^1]), Is.False);
    }
}
