using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Html;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;
using PuppeteerSharp;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// The samples' explorer page in a real headless Chromium, opened from disk with the network
/// off: what it draws, search, the evidence panel, filters, a screenshot, and hostile data.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class ExplorerBrowserTests
{
    private string _dir = "";
    private string _page = "";
    private JsonElement _graph;
    private HeadlessChromium _chromium = null!;

    [OneTimeSetUp]
    public async Task BuildSamplesPage()
    {
        _dir = KgRunner.NewTempDir("explorer");
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", _dir, "--html");
        Assert.That(code, Is.EqualTo(0), err);
        _page = Path.Combine(_dir, "graph.html");
        _graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "graph.json"))).RootElement.Clone();
        _chromium = await HeadlessChromium.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private async Task<(IPage Page, List<string> Refused, List<string> Errors)> OpenAsync(string path)
    {
        var opened = await _chromium.OfflinePageAsync();
        await opened.Page.GoToAsync(new Uri(path).AbsoluteUri, new NavigationOptions { Timeout = 60_000 });
        await opened.Page.WaitForSelectorAsync("html[data-ready=true]", new WaitForSelectorOptions { Timeout = 30_000 });
        return opened;
    }

    private static async Task<int> Attr(IPage page, string name) =>
        int.Parse(await page.EvaluateExpressionAsync<string>($"document.getElementById('kg-status').getAttribute('{name}')"));

    private int EntityCount => _graph.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("type").GetString() != "Article");

    private int RelationCount => _graph.GetProperty("edges").EnumerateArray().Count(e => e.GetProperty("type").GetString() != "MENTIONED_IN");

    [Test]
    public async Task Draws_every_entity_and_relation_offline()
    {
        var (page, refused, errors) = await OpenAsync(_page);
        await using var _ = page;
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(EntityCount));
        Assert.That(await Attr(page, "data-edges"), Is.EqualTo(RelationCount));
        Assert.That(refused, Is.Empty, "the page asked for something outside the file");
        Assert.That(errors, Is.Empty);
        // Provenance on: the Article nodes and MENTIONED_IN edges are drawn too.
        await page.ClickAsync("#kg-provenance");
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(_graph.GetProperty("nodes").GetArrayLength()));
        Assert.That(await Attr(page, "data-edges"), Is.EqualTo(_graph.GetProperty("edges").GetArrayLength()));
    }

    [Test]
    public async Task Search_selects_the_entity_and_a_STATED_edge_shows_its_evidence()
    {
        var (page, _, errors) = await OpenAsync(_page);
        await using var _p = page;
        await page.TypeAsync("#kg-search", "Stoltenberg");
        await page.WaitForSelectorAsync("#kg-suggestions li");
        var first = await page.EvaluateExpressionAsync<string>("document.querySelector('#kg-suggestions li bdi').textContent");
        Assert.That(first, Is.EqualTo("Jens Stoltenberg"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#kg-details[data-selected='person:jens-stoltenberg']");
        Assert.That(await page.EvaluateExpressionAsync<string>("document.querySelector('#kg-details h2').textContent"), Is.EqualTo("Jens Stoltenberg"));
        // The renderer highlights him: his node is drawn highlighted, unrelated nodes are dimmed.
        Assert.That(await page.EvaluateExpressionAsync<bool>("kgExplorer.renderer.getNodeDisplayData('person:jens-stoltenberg').highlighted === true"), Is.True);

        var stated = _graph.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "STATED" && e.GetProperty("source").GetString() == "person:jens-stoltenberg")
            .ToList();
        Assert.That(stated, Is.Not.Empty, "the samples should hold STATED edges from Jens Stoltenberg");
        var button = await page.QuerySelectorAsync("#kg-details ul[data-relation=STATED] button");
        Assert.That(button, Is.Not.Null);
        var edgeKey = await button!.EvaluateFunctionAsync<string>("b => b.getAttribute('data-edge')");
        var target = await page.EvaluateExpressionAsync<string>($"kgExplorer.graph.target('{edgeKey}')");
        await button.ClickAsync();
        await page.WaitForSelectorAsync($"#kg-details[data-selected='{edgeKey}']");
        var edge = stated.Single(e => e.GetProperty("target").GetString() == target);
        var shown = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#kg-details .evidence blockquote')).map(b => b.textContent)");
        var expected = edge.GetProperty("evidence").EnumerateArray().Select(v => v.GetProperty("sentence").GetString()).ToArray();
        Assert.That(shown, Is.EqualTo(expected));
        var quotes = edge.GetProperty("evidence").EnumerateArray()
            .Where(v => v.TryGetProperty("quote", out var q) && v.GetProperty("sentence").GetString()!.Contains(q.GetString()!, StringComparison.Ordinal))
            .Select(v => v.GetProperty("quote").GetString()).ToArray();
        var marked = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#kg-details .evidence blockquote mark')).map(m => m.textContent)");
        Assert.That(marked, Is.EqualTo(quotes));
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task Clicking_a_drawn_edge_opens_its_evidence()
    {
        var (page, _, _) = await OpenAsync(_page);
        await using var _p = page;
        // Focus on Stoltenberg so his edges stand apart, then click the middle of a STATED edge on the canvas.
        await page.EvaluateExpressionAsync("kgExplorer.focus('person:jens-stoltenberg', 1)");
        await page.WaitForFunctionAsync("() => !kgExplorer.renderer.getCamera().isAnimated()", new WaitForFunctionOptions { Timeout = 10_000 });
        await page.EvaluateExpressionAsync("kgExplorer.renderer.refresh()");
        var point = await page.EvaluateExpressionAsync<double[]>(@"(() => {
            const r = kgExplorer.renderer, g = kgExplorer.graph;
            const box = document.getElementById('kg-graph').getBoundingClientRect();
            let best = null;
            g.forEachEdge((key, a, s, t) => {
              if (a.hidden || !key || s !== 'person:jens-stoltenberg') return;
              const d = r.getEdgeDisplayData(key); if (!d || d.hidden) return;
              const p = r.graphToViewport(g.getNodeAttributes(s)), q = r.graphToViewport(g.getNodeAttributes(t));
              const m = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
              // The thickest edge whose middle is well clear of every drawn node.
              let clear = Infinity;
              g.forEachNode((n, na) => { if (na.hidden) return; const v = r.graphToViewport(na); clear = Math.min(clear, Math.hypot(v.x - m.x, v.y - m.y)); });
              const score = (clear > 40 ? 1000 : 0) + d.size;
              if (!best || score > best[3]) best = [m.x + box.left, m.y + box.top, clear, score];
            });
            return best;
        })()");
        Assert.That(point, Is.Not.Null);
        await page.Mouse.MoveAsync((decimal)point[0], (decimal)point[1]);
        TestContext.Out.WriteLine($"edge midpoint {point[0]:F0},{point[1]:F0}, {point[2]:F0} px from the nearest node; tooltip: " +
            await page.EvaluateExpressionAsync<string>("document.getElementById('kg-tooltip').hidden + ' ' + document.getElementById('kg-tooltip').textContent"));
        await page.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "explorer-edge-click.png"));
        await page.Mouse.ClickAsync((decimal)point[0], (decimal)point[1]);
        await page.WaitForFunctionAsync("() => (document.getElementById('kg-details').getAttribute('data-selected') || '').startsWith('e')", new WaitForFunctionOptions { Timeout = 5000 });
        Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#kg-details .evidence blockquote').length"), Is.GreaterThan(0));
    }

    [Test]
    public async Task Filtering_out_Place_hides_every_Place()
    {
        var (page, _, _) = await OpenAsync(_page);
        await using var _p = page;
        var places = _graph.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("type").GetString() == "Place");
        Assert.That(places, Is.GreaterThan(0));
        await page.ClickAsync("input[data-node-type=Place]");
        var drawnPlaces = await page.EvaluateExpressionAsync<int>(
            "kgExplorer.graph.nodes().filter(k => k.startsWith('place:') && !kgExplorer.renderer.getNodeDisplayData(k).hidden).length");
        Assert.That(drawnPlaces, Is.EqualTo(0));
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(EntityCount - places));
        var placeIds = _graph.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("type").GetString() == "Place").Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var expectedEdges = _graph.GetProperty("edges").EnumerateArray().Count(e => e.GetProperty("type").GetString() != "MENTIONED_IN"
            && !placeIds.Contains(e.GetProperty("source").GetString()) && !placeIds.Contains(e.GetProperty("target").GetString()));
        Assert.That(await Attr(page, "data-edges"), Is.EqualTo(expectedEdges));
        await page.ClickAsync("input[data-node-type=Place]");
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(EntityCount));
    }

    [Test]
    public async Task The_filtered_view_saves_as_json_graphml_and_png()
    {
        var (page, _, _) = await OpenAsync(_page);
        await using var _p = page;
        var downloads = KgRunner.NewTempDir("explorer-downloads");
        await page.Client.SendAsync("Browser.setDownloadBehavior", new Dictionary<string, object> { ["behavior"] = "allow", ["downloadPath"] = downloads });
        await page.ClickAsync("input[data-node-type=Place]");
        int nodes = await Attr(page, "data-nodes"), edges = await Attr(page, "data-edges");
        foreach (var (button, file) in new[] { ("#kg-json", "graph-view.json"), ("#kg-graphml", "graph-view.graphml"), ("#kg-png", "graph-view.png") })
        {
            await page.ClickAsync(button);
            var path = Path.Combine(downloads, file);
            for (int i = 0; i < 100 && !File.Exists(path); i++) await Task.Delay(100);
            Assert.That(File.Exists(path), Is.True, $"{file} was not saved");
        }
        // The JSON is a graph file the tool itself reads back, holding exactly what was shown.
        var saved = KnowledgeGraph.Sinks.Json.JsonGraphReader.Read(Path.Combine(downloads, "graph-view.json"));
        Assert.That(saved.NodeCount, Is.EqualTo(nodes));
        Assert.That(saved.RelationCount, Is.EqualTo(edges));
        Assert.That(saved.Nodes.Any(n => n.Type == NodeType.Place), Is.False);
        Assert.That(saved.Relations.All(r => r.Evidence.Count > 0), Is.True);
        var graphml = System.Xml.Linq.XDocument.Load(Path.Combine(downloads, "graph-view.graphml"));
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.That(graphml.Descendants(ns + "node").Count(), Is.EqualTo(nodes));
        Assert.That(graphml.Descendants(ns + "edge").Count(), Is.EqualTo(edges));
        var png = await File.ReadAllBytesAsync(Path.Combine(downloads, "graph-view.png"));
        Assert.That(png[..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        Assert.That(png.Length, Is.GreaterThan(5_000));
        Directory.Delete(downloads, recursive: true);
    }

    [Test]
    public async Task Date_range_and_article_filters_narrow_the_graph()
    {
        var (page, _, _) = await OpenAsync(_page);
        await using var _p = page;
        int all = await Attr(page, "data-nodes");
        // Untick every article: only entities mentioned nowhere would stay.
        await page.ClickAsync("#kg-articles-box summary");
        await page.ClickAsync("#kg-articles-none");
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(0));
        await page.ClickAsync("#kg-articles-all");
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(all));
        // A date range that holds only the latest article's date.
        var latest = _graph.GetProperty("nodes").EnumerateArray()
            .Where(n => n.TryGetProperty("published", out _)).Select(n => n.GetProperty("published").GetString()!).Max()!;
        await page.EvaluateFunctionAsync(@"d => { const f = document.getElementById('kg-date-from'); f.value = d; f.dispatchEvent(new Event('change')); }", latest[..10]);
        int inRange = await Attr(page, "data-nodes");
        Assert.That(inRange, Is.GreaterThan(0).And.LessThan(all));
    }

    [Test]
    public async Task Screenshot_of_the_samples_view_is_not_blank()
    {
        var (page, _, _) = await OpenAsync(_page);
        await using var _p = page;
        await Task.Delay(300);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "explorer-samples.png");
        await page.ScreenshotAsync(path);
        TestContext.AddTestAttachment(path, "the samples in the explorer");
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(10_000));

        // Decode the PNG with the browser's own decoder on a blank page and measure the graph
        // area's pixel variance: a blank or single-colour canvas has (almost) none.
        var box = await page.EvaluateExpressionAsync<double[]>("(() => { const r = document.getElementById('kg-graph').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()");
        var blank = await _chromium.Browser.NewPageAsync();
        await using var _b = blank;
        var dataUrl = "data:image/png;base64," + Convert.ToBase64String(await File.ReadAllBytesAsync(path));
        var stats = await blank.EvaluateFunctionAsync<double[]>(@"async (url, box) => {
            const img = new Image(); img.src = url; await img.decode();
            const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
            const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
            const d = ctx.getImageData(box[0], box[1], box[2], box[3]).data;
            let n = 0, sum = 0, sq = 0, coloured = 0;
            for (let i = 0; i < d.length; i += 4) {
              const v = (d[i] + d[i + 1] + d[i + 2]) / 3; n++; sum += v; sq += v * v;
              if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) coloured++;
            }
            const mean = sum / n; return [sq / n - mean * mean, coloured / n];
        }", dataUrl, box);
        TestContext.Out.WriteLine($"graph area: variance {stats[0]:F1}, coloured pixels {stats[1]:P2}");
        Assert.That(stats[0], Is.GreaterThan(50), "the graph area looks blank");
        Assert.That(stats[1], Is.GreaterThan(0.002), "no coloured nodes or edges were drawn");
    }

    [Test]
    public async Task Hostile_names_and_sentences_are_shown_as_text_and_run_nothing()
    {
        string[] names =
        [
            "</script><script>window.__kgPwned = 1</script>",
            "<img src=x onerror=\"window.__kgPwned = 2\">",
            "Quote \" and ' and back\\slash \\u003c/script>",
            "<b>bold</b> & <i>italic</i> <!-- comment",
            "مرحبا بالعالم עברית",
            "Emoji 🚀🇮🇩 person",
        ];
        var graph = new EntityGraph();
        var ids = names.Select((n, i) => graph.GetOrAddNode(NodeId.For(NodeType.Person, "hostile " + i), NodeType.Person, n).Id).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            graph.FindNode(id)!.Mentions = i + 1;
            graph.FindNode(id)!.Articles.Add("evil</script>");
            graph.FindNode(id)!.AddAlias(names[(i + 1) % names.Length] + " alias");
        }
        var article = graph.GetOrAddNode(NodeId.For(NodeType.Article, "evil</script>"), NodeType.Article, "<script>window.__kgPwned = 3</script> title");
        article.Title = article.Name;
        for (int i = 0; i + 1 < ids.Count; i++)
            graph.AddRelation(ids[i], RelationType.STATED, ids[i + 1],
                new Evidence("evil</script>", names[i] + " said \"" + names[i + 1] + "\" </script><script>window.__kgPwned = 4</script>", 0, 10, names[i + 1], "2024-01-0" + (i + 1)));
        var path = Path.Combine(_dir, "hostile.html");
        new HtmlExplorerSink().Write(graph, path);

        var (page, refused, errors) = await OpenAsync(path);
        await using var _p = page;
        Assert.That(errors, Is.Empty);
        Assert.That(refused, Is.Empty);
        Assert.That(await Attr(page, "data-nodes"), Is.EqualTo(names.Length));
        Assert.That(await Attr(page, "data-edges"), Is.EqualTo(names.Length - 1));
        // Every node's panel shows its name as text, and every evidence sentence shows as text.
        for (int i = 0; i < ids.Count; i++)
        {
            await page.EvaluateExpressionAsync($"kgExplorer.select({JsonSerializer.Serialize(ids[i])})");
            Assert.That(await page.EvaluateExpressionAsync<string>("document.querySelector('#kg-details h2').textContent"), Is.EqualTo(names[i]));
            if (i + 1 < ids.Count)
            {
                // The outgoing one (→); the list also holds the incoming edge (←).
                await page.EvaluateExpressionAsync("Array.from(document.querySelectorAll('#kg-details ul[data-relation=STATED] button')).find(b => b.textContent.startsWith('→')).click()");
                var sentence = await page.EvaluateExpressionAsync<string>("document.querySelector('#kg-details .evidence blockquote').textContent");
                Assert.That(sentence, Is.EqualTo(graph.Relations.Single(r => r.Source.Id == ids[i]).Evidence[0].Sentence));
            }
        }
        // Search finds a hostile name by a piece of it.
        await page.EvaluateExpressionAsync("document.getElementById('kg-search').value = ''");
        await page.TypeAsync("#kg-search", "🚀");
        await page.WaitForSelectorAsync("#kg-suggestions li");
        Assert.That(await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#kg-suggestions li > bdi')).map(b => b.textContent)"),
            Does.Contain(names[5]));

        Assert.That(await page.EvaluateExpressionAsync<bool>("typeof window.__kgPwned === 'undefined'"), Is.True, "a script in the data ran");
        Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('img, b, i, iframe, object, embed').length"), Is.EqualTo(0), "markup in the data became elements");
        Assert.That(await page.EvaluateExpressionAsync<int>("document.scripts.length"), Is.EqualTo(3), "the data added a script element");
        Assert.That(errors, Is.Empty);
    }
}
