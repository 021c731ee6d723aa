using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Sources;

/// <summary>
/// The same three articles as plain text, saved news pages (in the shape of three Indonesian
/// news sites), a JSON Lines dump with its own field names, and that dump gzipped, zipped and
/// tarred: every form gives the same graph apart from the Article metadata.
/// </summary>
[NonParallelizable]
public class InputFormatTests
{
    private static readonly string[] RecordFieldArgs =
        ["--field", "id=uid", "--field", "title=judul", "--field", "text=isi", "--field", "date=tanggal_terbit",
         "--field", "outlet=media.nama", "--field", "url=tautan", "--field", "language=bahasa"];

    private static readonly string[] ArticleMetadata = ["name", "title", "published", "source", "url", "outlet", "language"];

    private string _dir = "";

    private static string Fixtures => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "inputs");

    [SetUp]
    public void SetUp() => _dir = KgRunner.NewTempDir("formats");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err, JsonObject? Graph) Build(string tag, params string[] args)
    {
        var outDir = Path.Combine(_dir, "out-" + tag);
        var (code, stdout, err) = KgRunner.Run(["build", .. args, "--out", outDir]);
        var json = Path.Combine(outDir, "graph.json");
        return (code, stdout, err, File.Exists(json) ? JsonNode.Parse(File.ReadAllText(json))!.AsObject() : null);
    }

    /// <summary>The graph without what only the Article metadata says.</summary>
    private static string WithoutArticleMetadata(JsonObject graph)
    {
        var copy = graph.DeepClone().AsObject();
        foreach (var n in copy["nodes"]!.AsArray())
            if ((string?)n!["type"] == "Article")
                foreach (var key in ArticleMetadata) n.AsObject().Remove(key);
        return copy.ToJsonString();
    }

    private static JsonObject ArticleNode(JsonObject graph, string id) =>
        graph["nodes"]!.AsArray().Single(n => (string?)n!["id"] == "article:" + id)!.AsObject();

    private string Gzip(string source, string name)
    {
        var path = Path.Combine(_dir, name);
        using var output = File.Create(path);
        using var gz = new GZipStream(output, CompressionLevel.Optimal);
        using var input = File.OpenRead(source);
        input.CopyTo(gz);
        return path;
    }

    [Test]
    public void EveryFormOfTheSameArticlesGivesTheSameGraph()
    {
        var txt = Build("txt", Path.Combine(Fixtures, "txt"));
        Assert.That(txt.Code, Is.EqualTo(0), txt.Err);
        var expected = WithoutArticleMetadata(txt.Graph!);
        Assert.That(txt.Graph!["nodes"]!.AsArray().Count(n => (string?)n!["type"] == "Person"), Is.GreaterThanOrEqualTo(5), "a graph worth comparing");

        var jsonl = Path.Combine(Fixtures, "berita.jsonl");
        var gz = Gzip(jsonl, "berita.jsonl.gz");
        var zip = Path.Combine(_dir, "halaman.zip");
        ZipFile.CreateFromDirectory(Path.Combine(Fixtures, "html"), zip);
        var tgz = Path.Combine(_dir, "teks.tar.gz");
        using (var output = File.Create(tgz))
        using (var gzStream = new GZipStream(output, CompressionLevel.Optimal))
            TarFile.CreateFromDirectory(Path.Combine(Fixtures, "txt"), gzStream, includeBaseDirectory: true);
        var array = Path.Combine(_dir, "berita.json");
        File.WriteAllText(array, "[" + string.Join(",\n", File.ReadLines(jsonl)) + "]");

        var forms = new Dictionary<string, string[]>
        {
            ["html"] = [Path.Combine(Fixtures, "html")],
            ["jsonl"] = [jsonl, .. RecordFieldArgs],
            ["jsonl.gz"] = [gz, .. RecordFieldArgs],
            ["json array"] = [array, .. RecordFieldArgs],
            ["zip of html"] = [zip],
            ["tar.gz of txt"] = [tgz],
        };
        foreach (var (form, args) in forms)
        {
            var built = Build(form.Replace(' ', '-'), args);
            Assert.That(built.Code, Is.EqualTo(0), form + ": " + built.Err);
            Assert.That(built.Err, Does.Not.Contain("warning"), form);
            Assert.That(WithoutArticleMetadata(built.Graph!), Is.EqualTo(expected), form);
        }
    }

    [Test]
    public void MainTextKeepsEveryBodyParagraphAndDropsMenusAndRelatedArticles()
    {
        var extractor = HtmlArticleExtractor.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Resources"), "id");
        foreach (var page in Directory.GetFiles(Path.Combine(Fixtures, "html")))
        {
            var name = Path.GetFileNameWithoutExtension(page);
            var result = extractor.Extract(File.ReadAllText(page), null, out var problem);
            Assert.That(result, Is.Not.Null, $"{name}: {problem}");
            // The plain-text version is the headline and every body paragraph, one a line, nothing else.
            Assert.That(result!.Text, Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures, "txt", name + ".txt"))), name);
            foreach (var junk in new[] { "Baca", "Terkait", "Terpopuler", "Lainnya", "Pilihan Editor", "Pedoman Media Siber", "Copyright", "Nasional", "ADVERTISEMENT", "SCROLL", "Foto:", "Komentar", "Editor:", "WIB" })
                Assert.That(result.Text, Does.Not.Contain(junk), $"{name} keeps \"{junk}\"");
        }
    }

    [Test]
    public void ArticleMetadataReachesTheGraphFromPagesAndRecords()
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "expected.json")))!.AsObject();
        var html = Build("html", Path.Combine(Fixtures, "html"));
        var jsonl = Build("jsonl", [Path.Combine(Fixtures, "berita.jsonl"), .. RecordFieldArgs]);
        Assert.That(html.Code + jsonl.Code, Is.EqualTo(0), html.Err + jsonl.Err);
        foreach (var (id, meta) in expected)
        {
            foreach (var graph in new[] { html.Graph!, jsonl.Graph! })
            {
                var node = ArticleNode(graph, id);
                foreach (var key in new[] { "title", "outlet", "published" })
                    Assert.That((string?)node[key], Is.EqualTo((string?)meta![key]), $"{id} {key}");
                Assert.That((string?)node["language"], Is.EqualTo("id"));
                Assert.That((string?)node["url"], Does.StartWith("https://").And.Contain(id));
            }
        }
        Assert.That((string?)ArticleNode(html.Graph!, "retno-marsudi-kunjungi-kyiv")["url"],
            Is.EqualTo("https://news.wartaharian.example/internasional/d-123456/retno-marsudi-kunjungi-kyiv"), "the canonical link");
        Assert.That((string?)ArticleNode(jsonl.Graph!, "serangan-rudal-odesa")["source"], Does.EndWith("berita.jsonl:3"));
    }

    [Test]
    public void RecordsWithoutIdGetStableIdsFromTheirUrlOrPlace()
    {
        var path = Path.Combine(_dir, "dump.ndjson");
        var text = File.ReadAllText(Path.Combine(Fixtures, "txt", "serangan-rudal-odesa.txt"));
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { url = "https://www.contoh.example/berita/odesa?id=7#atas", content = text, published_at = 1658585400 }),
            JsonSerializer.Serialize(new { body = text }),
        ]);
        var a = new ArticleReader().Read([path]).ToList();
        var b = new ArticleReader().Read([path]).ToList();
        Assert.That(a.Select(x => x.Id), Is.EqualTo(new[] { "contoh.example/berita/odesa?id=7", "dump-2" }));
        Assert.That(b.Select(x => x.Id), Is.EqualTo(a.Select(x => x.Id)), "the same ids on every run");
        Assert.That(a[0].Published, Is.EqualTo("2022-07-23"));
        Assert.That(a[0].Url, Is.EqualTo("https://www.contoh.example/berita/odesa?id=7#atas"));
    }

    [Test]
    public void EachBadInputIsSkippedWithItsPlaceAndTheRestBuilds()
    {
        var good = File.ReadAllText(Path.Combine(Fixtures, "txt", "retno-marsudi-kunjungi-kyiv.txt"));
        var odesa = File.ReadAllText(Path.Combine(Fixtures, "txt", "serangan-rudal-odesa.txt"));
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllLines(Path.Combine(dir, "dump.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "baik", text = good }),
            "{\"id\": \"rusak\", \"text\": \"Presiden bertemu",
            JsonSerializer.Serialize(new { id = "kosong", title = "Tanpa isi" }),
            "[1, 2, 3]",
            JsonSerializer.Serialize(new { id = "baik", text = good }),
            JsonSerializer.Serialize(new { id = "html-indeks", html = "<html><body><nav><a href='/a'>Nasional</a></nav><ul><li><a href='/1'>Judul satu</a></li></ul></body></html>" }),
        ]);
        File.WriteAllText(Path.Combine(dir, "indeks.html"),
            "<html><head><title>Indeks Berita</title></head><body><nav><a href='/'>Beranda</a> <a href='/n'>Nasional</a></nav>" +
            "<ul>" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href='/{i}'>Judul berita nomor {i} hari ini</a></li>")) + "</ul></body></html>");
        File.WriteAllText(Path.Combine(dir, "paywall.html"),
            "<html><head><title>Artikel Premium</title></head><body><article><h1>Artikel Premium</h1><p>Berlangganan untuk membaca artikel ini.</p></article></body></html>");
        // A gzip member whose deflate data is damaged after the first record.
        var gzBytes = GzipBytes(JsonSerializer.Serialize(new { id = "odesa", text = odesa }) + "\n" + string.Concat(Enumerable.Range(0, 20000).Select(i => JsonSerializer.Serialize(new { id = $"x{i}", text = $"Berita nomor {i} tentang kode {i * 7919 % 100003}" }) + "\n")));
        for (int i = gzBytes.Length / 2; i < gzBytes.Length / 2 + 40; i++) gzBytes[i] ^= 0x5A;
        File.WriteAllBytes(Path.Combine(dir, "rusak.jsonl.gz"), gzBytes);

        var (code, stdout, err, graph) = Build("bad", dir);

        Assert.That(code, Is.EqualTo(0), err);
        var warnings = err.Split('\n').Where(l => l.StartsWith("warning:")).ToList();
        Assert.That(warnings, Has.Some.Contains("dump.jsonl:2: broken JSON"), err);
        Assert.That(warnings, Has.Some.Contains("dump.jsonl:3: record has no text"), err);
        Assert.That(warnings, Has.Some.Contains("dump.jsonl:4: not a JSON object"), err);
        Assert.That(warnings, Has.Some.Contains("dump.jsonl:5: duplicate article id"), err);
        Assert.That(warnings, Has.Some.Contains("dump.jsonl:6: no article body"), err);
        Assert.That(warnings, Has.Some.Contains("indeks.html: no article body"), err);
        Assert.That(warnings, Has.Some.Contains("paywall.html: no article body"), err);
        Assert.That(warnings, Has.Some.Match(@"rusak\.jsonl\.gz:\d+: corrupt compressed data"), err);
        Assert.That(warnings.All(w => w.StartsWith("warning: skipped ")), Is.True, err);
        var ids = graph!["nodes"]!.AsArray().Where(n => (string?)n!["type"] == "Article").Select(n => (string?)n!["id"]).ToList();
        Assert.That(ids, Does.Contain("article:baik").And.Contain("article:odesa"), "the good records around the bad ones are read");
        Assert.That(stdout, Does.Match(@"articles: [\d,]+ read, [\d,]+ skipped \(.*broken JSON \d+, corrupt archive 1, duplicate 1, no article body 3, no text \d+, not a record 1\)"));
        Assert.That(stdout, Does.Contain("nodes: ").And.Contain("edges: ").And.Contain("MENTIONED_IN"));

        var strict = Build("strict", dir, "--strict");
        Assert.That(strict.Code, Is.EqualTo(1));
        Assert.That(strict.Err, Does.Contain("--strict"));
    }

    private static byte[] GzipBytes(string text)
    {
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal)) gz.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Test]
    public void AJsonArrayBrokenMidwayKeepsTheRecordsBeforeTheBreak()
    {
        var path = Path.Combine(_dir, "arsip.json");
        var text = File.ReadAllText(Path.Combine(Fixtures, "txt", "serangan-rudal-odesa.txt"));
        File.WriteAllText(path, "[" + JsonSerializer.Serialize(new { id = "satu", text }) + ", {\"id\": \"dua\", \"text\": \"Terpotong");
        var warnings = new List<InputWarning>();
        var articles = new ArticleReader(warnings.Add).Read([path]).ToList();
        Assert.That(articles.Select(a => a.Id), Is.EqualTo(new[] { "satu" }));
        Assert.That(warnings.Single().Message, Does.StartWith("skipped " + path + "[1]: broken JSON"));
    }

    [Test]
    public void ARecordWithHtmlGoesThroughThePageReaderAndItsFieldsWin()
    {
        var page = File.ReadAllText(Path.Combine(Fixtures, "html", "retno-marsudi-kunjungi-kyiv.html"));
        var path = Path.Combine(_dir, "crawl.jsonl");
        File.WriteAllText(path, JsonSerializer.Serialize(new { url = "https://crawler.example/x", html = page, source = "Crawler Outlet" }) + "\n");
        var article = new ArticleReader().Read([path]).Single();
        Assert.That(article.Text, Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures, "txt", "retno-marsudi-kunjungi-kyiv.txt"))));
        Assert.That(article.Id, Is.EqualTo("crawler.example/x"));
        Assert.That(article.Outlet, Is.EqualTo("Crawler Outlet"), "the record's field wins over og:site_name");
        Assert.That(article.Published, Is.EqualTo("2022-06-29"), "the page's date fills what the record lacks");
        Assert.That(article.Title, Is.EqualTo("Menlu Retno Marsudi Dampingi Presiden Joko Widodo ke Kyiv"));
    }

    [Test]
    public void AGraphFileInTheInputFolderIsOneWarningNotAFlood()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "korpus")).FullName;
        File.Copy(Path.Combine(Fixtures, "txt", "serangan-rudal-odesa.txt"), Path.Combine(dir, "odesa.txt"));
        var first = Build("first", dir);
        Assert.That(first.Code, Is.EqualTo(0), first.Err);
        File.Copy(Path.Combine(_dir, "out-first", "graph.json"), Path.Combine(dir, "graph.json"));
        var text = File.ReadAllText(Path.Combine(Fixtures, "txt", "retno-marsudi-kunjungi-kyiv.txt"));
        File.WriteAllText(Path.Combine(dir, "satu.json"), JsonSerializer.Serialize(new { id = "satu", text }, new JsonSerializerOptions { WriteIndented = true }));

        var again = Build("again", dir);

        Assert.That(again.Code, Is.EqualTo(0), again.Err);
        Assert.That(again.Err.Split('\n').Count(l => l.StartsWith("warning:")), Is.EqualTo(1), again.Err);
        Assert.That(again.Err, Does.Contain("graph.json: a knowledge graph written by kg"));
        Assert.That(again.Out, Does.Contain("articles: 2 read"), "an indented one-record .json is one article");
    }

    [Test]
    public void AWrongFieldMappingIsAUsageError()
    {
        var (code, _, err, _) = Build("field", Path.Combine(Fixtures, "berita.jsonl"), "--field", "tanggal=x");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("tanggal"));
    }

    [Test]
    public void JsonLinesAreReadFromStandardInput()
    {
        var kg = Path.Combine(TestContext.CurrentContext.TestDirectory, "kg.dll");
        var outDir = Path.Combine(_dir, "out-stdin");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { kg, "build", "-", "--out", outDir }.Concat(RecordFieldArgs)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        foreach (var line in File.ReadLines(Path.Combine(Fixtures, "berita.jsonl"))) p.StandardInput.WriteLine(line);
        p.StandardInput.Close();
        Assert.That(p.WaitForExit(120_000), Is.True, "kg build - did not finish");
        Assert.That(p.ExitCode, Is.EqualTo(0), stderr.Result);
        Assert.That(stdout.Result, Does.Contain("articles: 3 read"));
        var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "graph.json")))!.AsObject();
        Assert.That((string?)ArticleNode(graph, "retno-marsudi-kunjungi-kyiv")["source"], Is.EqualTo("stdin:2"));
    }

    [Test]
    public void DatesAndLanguagesAreNormalised()
    {
        Assert.That(MetadataValues.Date("2022-10-12T19:05:00+07:00"), Is.EqualTo("2022-10-12"));
        Assert.That(MetadataValues.Date("2022-10-12 23:30:00"), Is.EqualTo("2022-10-12"));
        Assert.That(MetadataValues.Date("Wed, 12 Oct 2022 12:05:00 GMT"), Is.EqualTo("2022-10-12"));
        Assert.That(MetadataValues.Date("1665576300"), Is.EqualTo("2022-10-12"));
        Assert.That(MetadataValues.Date("1665576300000"), Is.EqualTo("2022-10-12"));
        Assert.That(MetadataValues.Date("kemarin sore"), Is.Null);
        Assert.That(MetadataValues.Language("id-ID"), Is.EqualTo("id"));
        Assert.That(MetadataValues.Language("id_ID"), Is.EqualTo("id"));
        Assert.That(MetadataValues.Language("in"), Is.EqualTo("id"));
        Assert.That(MetadataValues.Language("Bahasa Indonesia"), Is.Null);
    }
}
