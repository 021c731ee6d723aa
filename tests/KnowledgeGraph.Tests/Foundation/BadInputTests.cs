using System.Text;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Foundation;

[NonParallelizable]
public class BadInputTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = KgRunner.NewTempDir("bad");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Cp1252(string s)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(s);
    }

    [Test]
    public void MissingPathIsAnErrorNamingIt()
    {
        var missing = Path.Combine(_dir, "nowhere");
        var (code, _, err) = KgRunner.Run("build", missing, "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("nowhere"));
        Assert.That(Directory.Exists(Path.Combine(_dir, "out")), Is.False, "nothing written");
    }

    [Test]
    public void EmptyFolderIsAnErrorNamingIt()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var (code, _, err) = KgRunner.Run("build", empty, "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("empty").And.Contain("no article files"));
    }

    [Test]
    public void MissingArgumentsAreAUsageError()
    {
        var (code, _, err) = KgRunner.Run("build");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(KgRunner.Run("export", "--from", "x.json", "--format", "nope", "--out", "y").Code, Is.EqualTo(2));
    }

    [Test]
    public void UnreadableGraphFileIsBadInput()
    {
        var bad = Write("graph.json", "{ not json"u8.ToArray());
        var (code, _, err) = KgRunner.Run("stats", bad);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("graph.json"));
    }

    [Test]
    public void EachBadFileIsReadOrSkippedAndTheRestBuilds()
    {
        const string body = "Presiden Joko Widodo bertemu di Jakarta.\nIa berkata \u201ccaf\u00e9\u201d itu bagus.\n";
        Write("corpus/a_good.txt", Encoding.UTF8.GetBytes(body));
        Write("corpus/b_empty.txt", []);
        Write("corpus/c_blank.txt", "  \n\t \r\n"u8.ToArray());
        Write("corpus/d_binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);
        Write("corpus/e_cp1252.txt", Cp1252(body));
        Write("corpus/f_latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 di M\u00fcnchen, se\u00f1or.\n"));
        Write("corpus/g_bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body)]);
        Write("corpus/h_crlf.txt", Encoding.UTF8.GetBytes(body.Replace("\n", "\r\n")));
        Write("corpus/i_utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(body)]);
        Write("corpus/sub/j_cr.txt", Encoding.UTF8.GetBytes(body.Replace("\n", "\r")));
        Write("corpus/ignored.md", "not an article"u8.ToArray());

        var skipped = new List<InputWarning>();
        var articles = new ArticleReader(skipped.Add).Read(ArticleReader.ExpandInputs([Path.Combine(_dir, "corpus")])).ToList();

        Assert.That(articles.Select(a => a.Id), Is.EqualTo(new[] { "a_good", "e_cp1252", "f_latin1", "g_bom", "h_crlf", "i_utf16", "j_cr" }));
        foreach (var id in new[] { "a_good", "e_cp1252", "g_bom", "h_crlf", "i_utf16", "j_cr" })
            Assert.That(articles.Single(a => a.Id == id).Text, Is.EqualTo(body), id);
        Assert.That(articles.Single(a => a.Id == "f_latin1").Text, Is.EqualTo("Caf\u00e9 di M\u00fcnchen, se\u00f1or.\n"));

        string WarningFor(string name) => string.Join(" | ", skipped.Where(w => Path.GetFileName(w.Where) == name).Select(w => w.Reason));
        Assert.That(skipped.Select(w => Path.GetFileName(w.Where)), Is.EquivalentTo(new[] { "b_empty.txt", "c_blank.txt", "d_binary.txt" }));
        Assert.That(WarningFor("b_empty.txt"), Does.Contain("empty"));
        Assert.That(WarningFor("c_blank.txt"), Does.Contain("white space"));
        Assert.That(WarningFor("d_binary.txt"), Does.Contain("binary"));
    }

    [Test]
    public void CliBuildsTheGoodFilesAndNamesTheSkippedOnes()
    {
        Write("in/good.txt", "Menteri Luar Negeri Retno Marsudi tiba di Brussels.\n"u8.ToArray());
        Write("in/empty.txt", []);
        Write("in/binary.txt", [0x00, 0x01, 0x02, 0x03, 0xFF]);
        Write("in/cafe.txt", Cp1252("Kami minum caf\u00e9 di Paris \u201cpagi ini\u201d.\r\n"));
        var outDir = Path.Combine(_dir, "out");

        var (code, stdout, err) = KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", outDir);

        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(err, Does.Contain("empty.txt").And.Contain("binary.txt"));
        Assert.That(stdout, Does.Contain("from 2 articles (2 files skipped)"));
        var graph = JsonGraphReader.Read(Path.Combine(outDir, "graph.json"));
        var articleIds = graph.Nodes.Where(n => n.Type == NodeType.Article).Select(n => n.Id);
        Assert.That(articleIds, Is.EquivalentTo(new[] { "article:cafe", "article:good" }));
    }

    [Test]
    public void OnlyUnusableFilesIsAnError()
    {
        Write("in/empty.txt", []);
        var (code, _, err) = KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("empty.txt"));
    }

    [Test]
    public void FilesAreReadInAStableOrderWithDistinctIds()
    {
        Write("x/b/same.txt", "dua\n"u8.ToArray());
        Write("x/a/same.txt", "satu\n"u8.ToArray());
        Write("x/c.TXT", "tiga\n"u8.ToArray());
        var articles = new ArticleReader().Read(ArticleReader.ExpandInputs([Path.Combine(_dir, "x")])).ToList();
        Assert.That(articles.Select(a => a.Text), Is.EqualTo(new[] { "satu\n", "dua\n", "tiga\n" }));
        Assert.That(articles.Select(a => a.Id).Distinct().Count(), Is.EqualTo(3));
        Assert.That(articles[0].Id, Is.EqualTo("same"));
    }
}
