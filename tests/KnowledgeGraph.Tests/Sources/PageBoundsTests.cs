using System.Text;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Sources;

/// <summary>
/// A saved page reaches the HTML parser and the page reader only within bounds they read in
/// reasonable time: a page nested thousands deep is skipped, one of a hundred thousand
/// paragraphs or over the byte limit is cut, each with one warning naming it.
/// </summary>
public class PageBoundsTests
{
    private const string Head = "<html><head><title>Judul berita</title></head><body>";

    private static readonly string Paragraph =
        "<p>Presiden Joko Widodo bertemu Sekretaris Jenderal NATO Jens Stoltenberg di Brussels, Belgia, pada Senin untuk membahas perang di Ukraina.</p>";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static (List<Article> Articles, List<InputWarning> Warnings) Read(string html, long maxBytes = 2_000_000)
    {
        var warnings = new List<InputWarning>();
        var reader = new ArticleReader(warnings.Add, new ArticleReaderOptions { MaxArticleBytes = maxBytes });
        var dir = Path.Combine(Path.GetTempPath(), "kg-pagebounds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "halaman.html");
            File.WriteAllText(path, html);
            return (reader.Read([path]).ToList(), warnings);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void A_news_page_is_read_whole()
    {
        var html = Head + "<div><article>" + Repeat(Paragraph, 5) + "</article></div></body></html>";
        Assert.That(PageBounds.Scan(html, 2_000_000), Is.EqualTo(new PageScan(html.Length, PageLimit.None, 2)));
    }

    [TestCase(8_000)]
    [TestCase(100_000)]
    public void A_page_nested_thousands_deep_is_skipped_with_one_warning_naming_it(int depth)
    {
        // The parser and the reader took 15 s at 8,000 levels and minutes at 100,000.
        var html = Head + Repeat("<div>", depth) + Paragraph + Repeat("</div>", depth) + "</body></html>";
        var scan = PageBounds.Scan(html, 0);
        Assert.That(scan.Limit, Is.EqualTo(PageLimit.Depth));
        Assert.That(scan.Keep, Is.LessThan(PageBounds.MaxDepth * 6 + Head.Length), "the scan stops where the page gets too deep");

        var (articles, warnings) = Read(html);
        Assert.That(articles, Is.Empty);
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Skipped, Is.True);
        Assert.That(warnings[0].Message, Does.Contain("halaman.html").And.Contain("nested"));
    }

    [Test]
    public void Unclosed_paragraphs_list_items_and_void_elements_do_not_count_as_depth()
    {
        var html = Head + Repeat("<p>Satu dua tiga.<br><img src=a.png>", 2_000) + "<ul>" + Repeat("<li>butir", 2_000) + "</ul></body></html>";
        Assert.That(PageBounds.Scan(html, 0).Limit, Is.EqualTo(PageLimit.None));
    }

    [Test]
    public void Tags_inside_scripts_and_comments_are_not_read_as_elements()
    {
        var html = Head + "<script>var s = '" + Repeat("<div>", 1_000) + "';</script><!-- " + Repeat("<div>", 1_000) + " -->" + Paragraph + "</body></html>";
        Assert.That(PageBounds.Scan(html, 0), Is.EqualTo(new PageScan(html.Length, PageLimit.None, 0)));
    }

    [Test]
    public void A_page_of_a_hundred_thousand_paragraphs_is_cut_to_the_tag_limit_and_keeps_its_first_article_text()
    {
        // 80,000 paragraphs took the reader 36 s, 160,000 took 158 s.
        var html = Head + Repeat(Paragraph, 100_000) + "</body></html>";
        var scan = PageBounds.Scan(html, 0);
        Assert.That(scan.Limit, Is.EqualTo(PageLimit.Tags));
        Assert.That(html[scan.Keep], Is.EqualTo('<'));

        var (articles, warnings) = Read(html, maxBytes: 0);
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Skipped, Is.False);
        Assert.That(warnings[0].Message, Does.StartWith("cut ").And.Contain("halaman.html").And.Contain($"{PageBounds.MaxTags} tags"));
        Assert.That(articles, Has.Count.EqualTo(1));
        Assert.That(articles[0].Text, Does.Contain("Jens Stoltenberg di Brussels"));
    }

    [Test]
    public void A_page_over_the_byte_limit_is_cut_before_it_is_parsed()
    {
        var html = Head + Repeat(Paragraph, 200) + "</body></html>";
        var (articles, warnings) = Read(html, maxBytes: 10_000);
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Message, Does.StartWith("cut ").And.Contain("halaman.html")
            .And.Contain($"page of {Encoding.UTF8.GetByteCount(html)} bytes").And.Contain("--max-article-bytes 10000"));
        Assert.That(articles, Has.Count.EqualTo(1));
        Assert.That(Encoding.UTF8.GetByteCount(articles[0].Text), Is.LessThan(10_000));
    }
}
