using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Html;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;
using PuppeteerSharp;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// Moving the view of a graph large enough that the page moves a picture of its last drawing
/// while the camera moves (software WebGL draws such a graph far slower than a drag moves), in
/// a real headless Chromium: a mouse drag and wheel steps move the view, nothing is redrawn
/// meanwhile, the full drawing comes back when the gesture ends, and what is drawn and what a
/// click selects are the same as without the picture.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class ExplorerMotionTests
{
    private string _dir = "";
    private string _page = "";
    private HeadlessChromium _chromium = null!;

    [OneTimeSetUp]
    public async Task BuildPage()
    {
        _dir = KgRunner.NewTempDir("explorer-motion");
        _page = Path.Combine(_dir, "graph.html");
        new HtmlExplorerSink { InitialNodeLimit = 0 }.Write(Graph(), _page);
        _chromium = await HeadlessChromium.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>1,500 people and 4,500 meetings, a few hubs and a long tail: 6,000 items drawn.</summary>
    private static EntityGraph Graph()
    {
        var g = new EntityGraph();
        var random = new Random(7);
        const int n = 1_500;
        for (int i = 0; i < n; i++) g.GetOrAddNode($"person:p{i}", NodeType.Person, $"Person {i}").Mentions = 1 + i % 9;
        int made = 0;
        while (made < 3 * n)
        {
            int a = (int)(Math.Pow(random.NextDouble(), 2) * n), b = random.Next(n);
            if (a == b) continue;
            int before = g.RelationCount;
            g.AddRelation($"person:p{a}", RelationType.MET_AT, $"person:p{b}", null);
            if (g.RelationCount > before) made++;
        }
        return g;
    }

    private static async Task<int> Attr(IPage page, string name) =>
        int.Parse(await page.EvaluateExpressionAsync<string>($"document.getElementById('kg-status').getAttribute('{name}')"));

    private static Task WaitForFullDrawing(IPage page) =>
        page.WaitForFunctionAsync(@"() => { const m = kgExplorer.motion;
            return !m.stale && !kgExplorer.renderer.getCamera().isAnimated() && m.lastFullFrameAt >= m.lastInputAt; }",
            new WaitForFunctionOptions { Timeout = 60_000, PollingInterval = 20 });

    private static Task<string[]> Transforms(IPage page) =>
        page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#kg-graph canvas')).map(c => c.style.transform || '')");

    private static Task<double[]> Camera(IPage page) =>
        page.EvaluateExpressionAsync<double[]>("(s => [s.x, s.y, s.ratio])(kgExplorer.renderer.getCamera().getState())");

    private static Task<double[]> Motion(IPage page) =>
        page.EvaluateExpressionAsync<double[]>("(m => [m.frames, m.pictureFrames, m.renders])(kgExplorer.motion)");

    /// <summary>A point of the graph view well away from every drawn node (page coordinates).</summary>
    private static Task<double[]> EmptyPoint(IPage page) =>
        page.EvaluateExpressionAsync<double[]>(@"(() => {
            const r = document.getElementById('kg-graph').getBoundingClientRect(), s = kgExplorer.renderer, g = kgExplorer.graph;
            const pts = []; g.forEachNode((k, a) => { if (!a.hidden) pts.push(s.graphToViewport(a)); });
            let best = null, bestGap = -1;
            for (let x = 0.25; x <= 0.75; x += 0.02) for (let y = 0.25; y <= 0.75; y += 0.02) {
              const px = r.width * x, py = r.height * y;
              let gap = Infinity; for (const p of pts) gap = Math.min(gap, Math.hypot(p.x - px, p.y - py));
              if (gap > bestGap) { bestGap = gap; best = [r.left + px, r.top + py, gap]; }
            }
            return best;
        })()");

    /// <summary>The drawn node inside the view that stands furthest from any other: its id and page coordinates.</summary>
    private static async Task<(string Id, double X, double Y)> LoneNode(IPage page)
    {
        var found = await page.EvaluateExpressionAsync<string[]>(@"(() => {
            const r = document.getElementById('kg-graph').getBoundingClientRect(), s = kgExplorer.renderer, g = kgExplorer.graph;
            const pts = []; g.forEachNode((k, a) => { if (!a.hidden) { const p = s.graphToViewport(a); pts.push([k, p.x, p.y]); } });
            let best = null, bestGap = -1;
            for (const p of pts) {
              if (p[1] < 60 || p[2] < 60 || p[1] > r.width - 60 || p[2] > r.height - 60) continue;
              let gap = Infinity; for (const q of pts) if (q !== p) gap = Math.min(gap, Math.hypot(p[1] - q[1], p[2] - q[2]));
              if (gap > bestGap) { bestGap = gap; best = p; }
            }
            return [best[0], String(r.left + best[1]), String(r.top + best[2])];
        })()");
        return (found[0], double.Parse(found[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(found[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task Dragging_and_wheel_zoom_move_a_picture_then_draw_again_and_clicks_still_select_the_right_node()
    {
        var (page, refused, errors) = await _chromium.OfflinePageAsync();
        await using var _p = page;
        await page.GoToAsync(new Uri(_page).AbsoluteUri, new NavigationOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("html[data-ready=true]", new WaitForSelectorOptions { Timeout = 60_000 });
        await WaitForFullDrawing(page);
        Assert.That(await page.EvaluateExpressionAsync<bool>("kgExplorer.motion.picture"), Is.True, "a graph of 6,000 items moves as a picture");
        int nodes = await Attr(page, "data-nodes"), edges = await Attr(page, "data-edges");
        Assert.That((nodes, edges), Is.EqualTo((1_500, 4_500)));

        // Drag the view 120 px right and 80 px down from an empty spot.
        var start = await EmptyPoint(page);
        var camera0 = await Camera(page);
        var motion0 = await Motion(page);
        var probe = await LoneNode(page);
        await page.Mouse.MoveAsync((decimal)start[0], (decimal)start[1]);
        await page.Mouse.DownAsync();
        for (int step = 1; step <= 12; step++)
            await page.Mouse.MoveAsync((decimal)(start[0] + 10 * step), (decimal)(start[1] + 20 * step / 3.0));
        await page.WaitForFunctionAsync($"() => kgExplorer.motion.pictureFrames > {motion0[1]}", new WaitForFunctionOptions { Timeout = 10_000 });
        // While the button is held the last drawing is moved, not redrawn.
        Assert.That(await Transforms(page), Has.Some.StartsWith("translate("), "the drawing is shown moved while dragging");
        Assert.That((await Motion(page))[2], Is.EqualTo(motion0[2]), "the graph was redrawn during the drag");
        Assert.That(await page.EvaluateExpressionAsync<bool>("kgExplorer.motion.stale"), Is.True);
        await page.Mouse.UpAsync();

        await WaitForFullDrawing(page);
        Assert.That(await Transforms(page), Has.All.Empty, "the full drawing is back in place");
        Assert.That((await Motion(page))[2], Is.GreaterThan(motion0[2]), "the graph was drawn again after the drag");
        var camera1 = await Camera(page);
        Assert.That(camera1[0], Is.LessThan(camera0[0]), "dragging right moves the camera left");
        Assert.That(camera1[1], Is.GreaterThan(camera0[1]), "dragging down moves the camera up");
        Assert.That(camera1[2], Is.EqualTo(camera0[2]), "a drag does not zoom");
        // The node seen before the drag sits where the drag (and its short glide) carried it.
        var moved = await page.EvaluateExpressionAsync<double[]>($@"(() => {{
            const r = document.getElementById('kg-graph').getBoundingClientRect();
            const p = kgExplorer.renderer.graphToViewport(kgExplorer.graph.getNodeAttributes('{probe.Id}'));
            return [r.left + p.x, r.top + p.y]; }})()");
        Assert.That(moved[0] - probe.X, Is.GreaterThanOrEqualTo(119), "the node moved right with the drag");
        Assert.That(moved[1] - probe.Y, Is.GreaterThanOrEqualTo(79), "the node moved down with the drag");
        Assert.That((await Attr(page, "data-nodes"), await Attr(page, "data-edges")), Is.EqualTo((nodes, edges)));

        // A click after the pan selects the node under the pointer.
        var target = await LoneNode(page);
        await page.Mouse.ClickAsync((decimal)target.X, (decimal)target.Y);
        await page.WaitForFunctionAsync($"() => document.getElementById('kg-details').getAttribute('data-selected') === '{target.Id}'", new WaitForFunctionOptions { Timeout = 10_000 });
        await WaitForFullDrawing(page);

        // Wheel zoom: three steps in at a node (which stays under the pointer), shown as a
        // scaled picture, then drawn again.
        var zoomAt = await LoneNode(page);
        var camera2 = await Camera(page);
        var motion2 = await Motion(page);
        await page.Mouse.MoveAsync((decimal)zoomAt.X + 3, (decimal)zoomAt.Y + 3);
        for (int i = 0; i < 3; i++)
        {
            await page.Mouse.WheelAsync(0, -120);
            await Task.Delay(80);
        }
        await page.WaitForFunctionAsync($"() => kgExplorer.motion.pictureFrames > {motion2[1]}", new WaitForFunctionOptions { Timeout = 10_000 });
        await WaitForFullDrawing(page);
        Assert.That(await Transforms(page), Has.All.Empty);
        var camera3 = await Camera(page);
        Assert.That(camera3[2], Is.LessThan(camera2[2] / 1.5), "the wheel steps zoomed in");
        Assert.That((await Attr(page, "data-nodes"), await Attr(page, "data-edges")), Is.EqualTo((nodes, edges)));

        // A click right after a wheel step, before the view is drawn again, still finds the node under the pointer.
        target = await LoneNode(page);
        await page.Mouse.MoveAsync((decimal)target.X + 40, (decimal)target.Y);
        await page.Mouse.WheelAsync(0, 120);
        await page.WaitForFunctionAsync("() => kgExplorer.motion.stale", new WaitForFunctionOptions { Timeout = 10_000 });
        await page.WaitForFunctionAsync("() => !kgExplorer.renderer.getCamera().isAnimated()", new WaitForFunctionOptions { Timeout = 10_000 });
        // Where the node is shown now (sigma's own conversion uses the camera of its last drawing).
        var point = await page.EvaluateExpressionAsync<double[]>($@"(() => {{
            const r = document.getElementById('kg-graph').getBoundingClientRect();
            const p = kgExplorer.renderer.graphToViewport(kgExplorer.graph.getNodeAttributes('{target.Id}'), {{ cameraState: kgExplorer.renderer.getCamera().getState() }});
            return [r.left + p.x, r.top + p.y, kgExplorer.motion.stale ? 1 : 0]; }})()");
        await page.Mouse.ClickAsync((decimal)point[0], (decimal)point[1]);
        await page.WaitForFunctionAsync($"() => document.getElementById('kg-details').getAttribute('data-selected') === '{target.Id}'", new WaitForFunctionOptions { Timeout = 10_000 });
        TestContext.Out.WriteLine($"clicked {target.Id} with the picture {(point[2] > 0 ? "still moved" : "already redrawn")}");

        Assert.That(refused, Is.Empty);
        Assert.That(errors, Is.Empty);
    }
}
