using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Sources;

/// <summary>Inputs that used to hang a build, multiply its articles, join different files or forge warning lines.</summary>
[NonParallelizable]
public class SourceHardeningTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = KgRunner.NewTempDir("src");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void MakeFifo(string path)
    {
        var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), "mkfifo");
    }

    [Test]
    public void AFifoNamedLikeAnArticleIsSkippedWithoutOpeningIt()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "FIFOs are a Unix thing");
        Write("in/good.txt", "Presiden Joko Widodo tiba di Jakarta.\n");
        MakeFifo(Path.Combine(_dir, "in", "x.txt"));
        var outDir = Path.Combine(_dir, "out");

        var run = Task.Run(() => KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", outDir));
        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the build hangs on the FIFO");
        var (code, _, err) = run.Result;

        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(err, Does.Contain("x.txt").And.Contain("not a regular file"));
        var graph = JsonGraphReader.Read(Path.Combine(outDir, "graph.json"));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Article).Select(n => n.Id), Is.EqualTo(new[] { "article:good" }));
    }

    [Test]
    public void AFifoNamedDirectlyIsSkippedToo()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "FIFOs are a Unix thing");
        var good = Write("good.txt", "Presiden Joko Widodo tiba di Jakarta.\n");
        var fifo = Path.Combine(_dir, "pipe.txt");
        MakeFifo(fifo);
        var warnings = new List<InputWarning>();
        var read = Task.Run(() => new ArticleReader(warnings.Add).Read(ArticleReader.ExpandInputs([fifo, good], warnings.Add)).ToList());
        Assert.That(read.Wait(TimeSpan.FromSeconds(30)), Is.True, "reading hangs on the FIFO");
        Assert.That(read.Result.Select(a => a.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(warnings.Single().Where, Is.EqualTo(fifo));
    }

    [Test]
    public void ASymlinkLoopDoesNotMultiplyArticles()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "symbolic links to folders need privileges on Windows");
        Write("corpus/a.txt", "Satu.\n");
        Write("corpus/dir/b.txt", "Dua.\n");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "corpus", "dir", "self"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "corpus", "again"), "dir");
        File.CreateSymbolicLink(Path.Combine(_dir, "corpus", "c.txt"), "a.txt");

        var files = ArticleReader.ExpandInputs([Path.Combine(_dir, "corpus"), Path.Combine(_dir, "corpus", "a.txt")]);
        var articles = new ArticleReader().Read(files).ToList();

        Assert.That(articles.Select(a => a.Text).Order(), Is.EqualTo(new[] { "Dua.\n", "Satu.\n" }));
        Assert.That(files, Has.Count.EqualTo(2));
    }

    [Test]
    public void NamesThatSlugAlikeGetDistinctStableIds()
    {
        Write("in/Berita 1.txt", "Pertama.\n");
        Write("in/berita-1.txt", "Kedua.\n");
        Write("in/BERITA_1.txt", "Ketiga.\n");
        var files = ArticleReader.ExpandInputs([Path.Combine(_dir, "in")]);
        var ids = new ArticleReader().Read(files).ToDictionary(a => a.Text, a => a.Id);
        var reversed = new ArticleReader().Read(files.Reverse().ToList()).ToDictionary(a => a.Text, a => a.Id);

        Assert.That(ids.Values.Select(NodeIdOf).Distinct().Count(), Is.EqualTo(3), string.Join(", ", ids.Values));
        Assert.That(reversed, Is.EquivalentTo(ids), "ids do not depend on the order files are read in");
        // The name already written as its slug keeps its plain id; the others carry a short hash of their name.
        Assert.That(ids["Kedua.\n"], Is.EqualTo("berita-1"));
        Assert.That(ids["Pertama.\n"], Does.Match("^Berita 1-[0-9a-f]{8}$"));
        Assert.That(ids["Ketiga.\n"], Does.Match("^BERITA_1-[0-9a-f]{8}$"));

        var outDir = Path.Combine(_dir, "out");
        var (code, _, err) = KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", outDir);
        Assert.That(code, Is.EqualTo(0), err);
        var graph = JsonGraphReader.Read(Path.Combine(outDir, "graph.json"));
        Assert.That(graph.Nodes.Count(n => n.Type == NodeType.Article), Is.EqualTo(3));
    }

    [Test]
    public void AnOversizedFileIsReadOnlyAsFarAsTheArticleLimitNeeds()
    {
        var line = "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta.\n";
        var text = "Judul\n" + string.Concat(Enumerable.Repeat(line, 5000));
        var path = Path.Combine(_dir, "big.txt.gz");
        Directory.CreateDirectory(_dir);
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(text));
        var reader = new ArticleReader(null, new ArticleReaderOptions { MaxArticleBytes = 10_000 });
        var article = reader.Read([path]).Single();
        Assert.That(article.Text.Length, Is.LessThanOrEqualTo(20_004), "no more than the limit needs is kept");
        Assert.That(article.Text, Does.EndWith(line), "the read stops at a line end");
        Assert.That(article.SourceBytes, Is.EqualTo(System.Text.Encoding.UTF8.GetByteCount(text)));
        var cuts = new List<KnowledgeGraph.Pipeline.CutArticle>();
        var cut = KnowledgeGraph.Pipeline.ArticleSizeLimit.Apply([article], 10_000, cuts.Add).Single();
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(cut.Text), Is.LessThanOrEqualTo(10_000));
        Assert.That(cuts.Single().OriginalBytes, Is.EqualTo(article.SourceBytes), "the warning names the file's whole size");
        // Without a limit the file is read whole.
        Assert.That(new ArticleReader().Read([path]).Single().Text, Is.EqualTo(text));
    }

    [Test]
    public void OverlappingInputFoldersAreReadOnce()
    {
        Write("in/a.txt", "Presiden Joko Widodo tiba di Jakarta.\n");
        Write("in/inner/b.txt", "Menteri Retno Marsudi tiba di Bandung.\n");
        var inDir = Path.Combine(_dir, "in");
        Assert.That(ArticleReader.ExpandInputs([inDir, inDir]).Count, Is.EqualTo(2));
        Assert.That(ArticleReader.ExpandInputs([inDir, Path.Combine(inDir, "inner")]).Count, Is.EqualTo(2));
        var (code, _, err) = KgRunner.Run("build", inDir, Path.Combine(inDir, "inner"), "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(0), err);
        // A folder with no article file at all is still an error.
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        Assert.Throws<InputException>(() => ArticleReader.ExpandInputs([inDir, Path.Combine(_dir, "empty")]));
    }

    [Test]
    public void IdsDoNotDependOnHowTheInputsAreNamedNorOnFilesAddedLater()
    {
        Write("in/berita-1.txt", "Kedua.\n");
        Write("in/BERITA_1.txt", "Ketiga.\n");
        var byFolder = Ids([Path.Combine(_dir, "in")]);
        var byFiles = Ids([Path.Combine(_dir, "in", "BERITA_1.txt"), Path.Combine(_dir, "in", "berita-1.txt")]);
        var byParent = Ids([_dir]);
        Assert.That(byFiles, Is.EquivalentTo(byFolder));
        Assert.That(byParent, Is.EquivalentTo(byFolder));
        Assert.That(byFolder["Kedua.\n"], Is.EqualTo("berita-1"));
        // A file added later keeps the others' ids.
        Write("in/Berita 1.txt", "Pertama.\n");
        var later = Ids([Path.Combine(_dir, "in")]);
        Assert.That(later["Kedua.\n"], Is.EqualTo(byFolder["Kedua.\n"]));
        Assert.That(later["Ketiga.\n"], Is.EqualTo(byFolder["Ketiga.\n"]));
    }

    [Test]
    public void AHashedIdNeverTakesAnotherFilesPlainId()
    {
        Write("in/berita-1.txt", "Kedua.\n");
        Write("in/BERITA_1.txt", "Ketiga.\n");
        var hashed = Ids([Path.Combine(_dir, "in")])["Ketiga.\n"];
        Write("in/" + hashed + ".txt", "Keempat.\n");
        var ids = Ids([Path.Combine(_dir, "in")]);
        Assert.That(ids.Values.Select(NodeIdOf).Distinct().Count(), Is.EqualTo(3), string.Join(", ", ids.Values));
        Assert.That(ids["Keempat.\n"], Is.EqualTo(hashed), "a plain name keeps its own id");
        var (code, _, err) = KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(JsonGraphReader.Read(Path.Combine(_dir, "out", "graph.json")).Nodes.Count(n => n.Type == NodeType.Article), Is.EqualTo(3));
    }

    private static Dictionary<string, string> Ids(string[] inputs) =>
        new ArticleReader().Read(ArticleReader.ExpandInputs(inputs)).ToDictionary(a => a.Text, a => a.Id);

    private static string NodeIdOf(string articleId) => NodeId.For(NodeType.Article, articleId);

    [Test]
    public void AFileNameWithANewlineCannotForgeAWarningLine()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows file names cannot hold a newline");
        Write("in/good.txt", "Presiden Joko Widodo tiba di Jakarta.\n");
        Write("in/evil\nwarning: skipped everything.txt", []);
        var (code, _, err) = KgRunner.Run("build", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(0), err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("warning:")).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), err);
        Assert.That(lines[0], Does.Contain("evil\\nwarning: skipped everything.txt"));
    }

    [Test]
    public void PathsInSuccessAndErrorLinesCannotForgeLines()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows file names cannot hold a newline");
        Write("in/good.txt", "Presiden Joko Widodo tiba di Jakarta.\n");
        var input = Path.Combine(_dir, "in", "good.txt");
        var (code, output, _) = KgRunner.Run("build", input, "--out", Path.Combine(_dir, "o\nwrote forged"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output.Split('\n').Where(l => l.StartsWith("wrote")), Has.All.Contain("o\\nwrote forged"));
        var (code2, _, err2) = KgRunner.Run("build", input, "--out", Path.Combine(_dir, "o2"), "--resources", Path.Combine(_dir, "no\nforged"));
        Assert.That(code2, Is.Not.EqualTo(0));
        Assert.That(err2.Trim().Split('\n'), Has.Length.EqualTo(1), err2);
        var (code3, _, err3) = KgRunner.Run("build", input, "--out", Path.Combine(_dir, "o3"), "--relation-model", Path.Combine(_dir, "no\nforged"));
        Assert.That(code3, Is.Not.EqualTo(0));
        Assert.That(err3.Trim().Split('\n'), Has.Length.EqualTo(1), err3);
    }

    [Test]
    public void EscapingCoversControlAndBidiCharacters()
    {
        Assert.That(DisplayText.Escape("plain name.txt"), Is.EqualTo("plain name.txt"));
        Assert.That(DisplayText.Escape("a\rb\tc\u001b[31md"), Is.EqualTo("a\\rb\\tc\\x1b[31md"));
        Assert.That(DisplayText.Escape("x\u202Etxt.exe"), Is.EqualTo("x\\u202etxt.exe"));
        Assert.That(DisplayText.Escape("C:\\dir\\a\nb"), Is.EqualTo("C:\\\\dir\\\\a\\nb"));
        Assert.That(DisplayText.Escape("C:\\dir\\a.txt"), Is.EqualTo("C:\\dir\\a.txt"));
    }

    [Test]
    public void NulBytesAreDroppedWithAWarningAndTheArticleKept()
    {
        var text = "Presiden Joko Widodo bertemu Jens Stoltenberg di Brussels.\n";
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(9, 0);
        bytes.Insert(30, 0);
        var path = Write("in/nul.txt", [.. bytes]);
        var warnings = new List<InputWarning>();
        var article = new ArticleReader(warnings.Add).Read([path]).Single();
        Assert.That(article.Text, Is.EqualTo(text));
        Assert.That(warnings.Single().Skipped, Is.False);
        Assert.That(warnings.Single().Message, Does.Contain("nul.txt").And.Contain("2 NUL bytes"));
    }

    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void Utf16WithoutAByteOrderMarkIsRead(string encoding)
    {
        var text = "Menteri Luar Negeri Retno Marsudi tiba di Brussels pada Kamis.\nIa bertemu Jens Stoltenberg.\n";
        var path = Write("in/u16.txt", Encoding.GetEncoding(encoding).GetBytes(text));
        var warnings = new List<InputWarning>();
        var articles = new ArticleReader(warnings.Add).Read([path]).ToList();
        Assert.That(warnings, Is.Empty);
        Assert.That(articles.Single().Text, Is.EqualTo(text));
    }
}
