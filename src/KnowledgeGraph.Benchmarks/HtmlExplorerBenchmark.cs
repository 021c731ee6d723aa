using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Html;
using PuppeteerSharp;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Writes the explorer page for a generated graph (default 20,000 entities and 60,000
/// relations, each with an evidence sentence) and opens it in Debian's headless chromium:
/// prints the file size, the time to write it, the time to first render and the frames per
/// second while the view pans, once with every entity drawn and once in the page's default
/// large-graph mode (best-connected entities first).
/// </summary>
public static class HtmlExplorerBenchmark
{
    public const string Help = "explorer page of a generated graph in headless chromium (first render, pan and zoom frames/s, time to full quality): [--nodes N] [--edges N] [--pan-seconds S] [--out FILE] [--chromium PATH] [--screencast]";

    private static bool Screencast;

    public static int Run(string[] args)
    {
        int nodes = 20_000, edges = 60_000;
        double panSeconds = 3;
        string? output = null, chromium = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--nodes": nodes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--edges": edges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--pan-seconds": panSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                case "--chromium": chromium = args[++i]; break;
                case "--screencast": Screencast = true; break;
                default: Console.Error.WriteLine($"kg-bench html: unknown option {args[i]}"); return 2;
            }
        }
        chromium ??= "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Console.Error.WriteLine($"kg-bench html: {chromium} not found (apt-get install chromium)");
            return 1;
        }
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
        var graph = Generate(nodes, edges);
        var dir = Path.Combine(Path.GetTempPath(), $"kg-bench-html-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var (label, limit) in new[] { ("all entities drawn", 0), ($"default mode (first {HtmlExplorerSink.DefaultInitialNodeLimit:N0})", HtmlExplorerSink.DefaultInitialNodeLimit) })
            {
                var path = limit == 0 && output is not null ? output : Path.Combine(dir, $"graph-{limit}.html");
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                new HtmlExplorerSink { InitialNodeLimit = limit }.Write(graph, path);
                sw.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var mb = new FileInfo(path).Length / 1e6;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"html {label}: {graph.NodeCount:N0} nodes, {graph.RelationCount:N0} edges, {mb:F1} MB written in {sw.Elapsed.TotalSeconds:F2} s ({cpuSeconds:F2} s CPU)"));
                var (firstRender, drawnNodes, drawnEdges, panFps, frames, zoomFps, fullQualityMs) = Measure(chromium, path, panSeconds).GetAwaiter().GetResult();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  first render {firstRender / 1000:F2} s ({drawnNodes:N0} nodes, {drawnEdges:N0} edges drawn); panning {panFps:F1} frames/s ({frames} frames in {panSeconds:F1} s); zooming {zoomFps:F1} frames/s; full quality back {fullQualityMs / 1000:F2} s after a gesture (slowest)"));
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task<(double FirstRenderMs, int Nodes, int Edges, double PanFps, int PanFrames, double ZoomFps, double FullQualityMs)> Measure(string chromium, string path, double panSeconds)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"kg-bench-chromium-{Guid.NewGuid():N}");
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            UserDataDir = profile,
            DefaultViewport = new ViewPortOptions { Width = 1366, Height = 768 },
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
            Timeout = 120_000,
        });
        try
        {
            await using var page = await browser.NewPageAsync();
            await page.SetOfflineModeAsync(true);
            int root = browser.Process.Id;
            double cpu0 = ChromiumCpuSeconds(root);
            await page.GoToAsync(new Uri(path).AbsoluteUri, new NavigationOptions { Timeout = 120_000 });
            await page.WaitForSelectorAsync("html[data-ready=true]", new WaitForSelectorOptions { Timeout = 120_000 });
            double loadCpu = ChromiumCpuSeconds(root) - cpu0;
            var firstRender = double.Parse(await page.EvaluateExpressionAsync<string>("document.documentElement.getAttribute('data-first-render-ms')"), CultureInfo.InvariantCulture);
            int drawnNodes = int.Parse(await page.EvaluateExpressionAsync<string>("document.getElementById('kg-status').getAttribute('data-nodes')"), CultureInfo.InvariantCulture);
            int drawnEdges = int.Parse(await page.EvaluateExpressionAsync<string>("document.getElementById('kg-status').getAttribute('data-edges')"), CultureInfo.InvariantCulture);
            // Pan with a real mouse drag and zoom with real wheel steps over the graph (what a
            // user does); the drag starts on empty canvas (a press on a node would drag that node instead).
            var box = await page.EvaluateExpressionAsync<double[]>(@"(() => {
                const r = document.getElementById('kg-graph').getBoundingClientRect(), s = kgExplorer.renderer, g = kgExplorer.graph;
                const pts = []; g.forEachNode((k, a) => { if (!a.hidden) pts.push(s.graphToViewport(a)); });
                let best = [r.width / 2, r.height / 2], bestGap = -1;
                for (let x = 0.2; x <= 0.8; x += 0.02) for (let y = 0.2; y <= 0.8; y += 0.02) {
                  const px = r.width * x, py = r.height * y;
                  let gap = Infinity; for (const p of pts) gap = Math.min(gap, Math.hypot(p.x - px, p.y - py));
                  if (gap > bestGap) { bestGap = gap; best = [px, py]; }
                }
                return [r.left + best[0], r.top + best[1], bestGap];
            })()");
            await page.EvaluateExpressionAsync("window.__kgPressed = []; kgExplorer.renderer.on('downNode', e => window.__kgPressed.push(e.node)); 0");
            decimal cx = (decimal)box[0], cy = (decimal)box[1];
            await page.Mouse.MoveAsync(cx, cy);
            await WaitForFullQuality(page);
            // Panning: one long drag in circles over the graph, as a user does.
            var pan = await Gesture(page, root, panSeconds, async clock =>
            {
                await page.Mouse.DownAsync();
                while (clock.Elapsed.TotalSeconds < panSeconds)
                {
                    double t = clock.Elapsed.TotalSeconds;
                    await page.Mouse.MoveAsync(cx + (decimal)(150 * Math.Cos(t * 3)), cy + (decimal)(100 * Math.Sin(t * 3)));
                }
                await page.Mouse.UpAsync();
            });
            Report("panning", pan);
            // A press on a node drags that node instead of the view: such a run measures something else.
            var pressed = await page.EvaluateExpressionAsync<string[]>("window.__kgPressed");
            if (pressed.Length > 0)
                Console.WriteLine($"  warning: the drag started on node {pressed[0]} ({box[2]:F0} px from the nearest node centre), so it moved that node, not the view");
            // Zooming: wheel steps every 60 ms, four in then four out, so the zoom never hits its bounds.
            var zoom = await Gesture(page, root, panSeconds, async clock =>
            {
                for (int step = 0; clock.Elapsed.TotalSeconds < panSeconds; step++)
                {
                    await page.Mouse.WheelAsync(0, step / 4 % 2 == 0 ? -120 : 120);
                    await Task.Delay(60);
                }
            });
            Report("zooming", zoom);
            double fps = pan.Frames / pan.Seconds;
            int frames = pan.Frames;
            var timings = await page.EvaluateExpressionAsync<string>("document.documentElement.getAttribute('data-timings')");
            Console.WriteLine($"  page timings (ms since navigation): {timings}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  chromium CPU: {loadCpu:F2} s to open and first render"));
            // The page's own cost of one frame (camera moved, everything redrawn, the GPU work
            // waited for with a pixel read), on the main thread, without mouse-event round trips.
            var renderMs = await page.EvaluateExpressionAsync<double>(@"(() => {
                const r = kgExplorer.renderer, cam = r.getCamera(), gl = r.webGLContexts && r.webGLContexts.nodes, px = new Uint8Array(4);
                const start = performance.now(); const n = 10;
                for (let i = 0; i < n; i++) {
                  const s = cam.getState(); cam.setState({ x: s.x + 0.01 * (i % 2 ? 1 : -1) }); r.render();
                  if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
                }
                return (performance.now() - start) / n;
            })()");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  one full redraw: {renderMs:F0} ms wall on the page's main thread ({1000 / renderMs:F1} frames/s if nothing else ran)"));
            return (firstRender, drawnNodes, drawnEdges, fps, frames, zoom.Frames / zoom.Seconds, Math.Max(pan.FullQualityMs, zoom.FullQualityMs));
        }
        finally
        {
            await browser.CloseAsync();
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record GestureResult(int Frames, int PictureFrames, int Renders, double Seconds, double FullQualityMs, double CpuSeconds, Dictionary<string, double> CpuByType);

    /// <summary>
    /// Runs one camera gesture and reads the page's frame counter: animation frames in which
    /// the picture changed (the last drawing moved or scaled, or the graph drawn again), never
    /// idle ones. Then waits for the full-quality drawing and times it from the last input.
    /// </summary>
    private static async Task<GestureResult> Gesture(IPage page, int root, double seconds, Func<Stopwatch, Task> act)
    {
        // Optionally, a cross-check from outside the page: the frames chromium's compositor
        // delivers to a screencast (each acknowledged at once; encoding them costs CPU, so the
        // rate can only be lower than without it).
        int screencastFrames = 0;
        ICDPSession? cast = null;
        if (Screencast)
        {
            cast = await page.CreateCDPSessionAsync();
            cast.MessageReceived += async (_, e) =>
            {
                if (e.MessageID != "Page.screencastFrame") return;
                Interlocked.Increment(ref screencastFrames);
                try { await cast.SendAsync("Page.screencastFrameAck", new { sessionId = e.MessageData.GetProperty("sessionId").GetInt32() }); }
                catch (PuppeteerException) { }
            };
            await cast.SendAsync("Page.startScreencast", new { format = "jpeg", quality = 20, maxWidth = 683, maxHeight = 384, everyNthFrame = 1 });
            await Task.Delay(500);
        }
        int castAtStart = screencastFrames;
        var before = await page.EvaluateExpressionAsync<double[]>("[kgExplorer.motion.frames, kgExplorer.motion.pictureFrames, kgExplorer.motion.renders]");
        double cpu0 = ChromiumCpuSeconds(root);
        var types0 = ChromiumCpuByProcessType(root);
        var clock = Stopwatch.StartNew();
        await act(clock);
        var elapsed = clock.Elapsed.TotalSeconds;
        int castFrames = screencastFrames - castAtStart;
        if (cast is not null)
        {
            await cast.SendAsync("Page.stopScreencast");
            await cast.DetachAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  screencast: {castFrames / elapsed:F1} compositor frames/s ({castFrames} in {elapsed:F1} s)"));
        }
        var after = await page.EvaluateExpressionAsync<double[]>("[kgExplorer.motion.frames, kgExplorer.motion.pictureFrames, kgExplorer.motion.renders]");
        double cpu = ChromiumCpuSeconds(root) - cpu0;
        var types = ChromiumCpuByProcessType(root);
        var fullMs = await WaitForFullQuality(page);
        return new GestureResult((int)(after[0] - before[0]), (int)(after[1] - before[1]), (int)(after[2] - before[2]), elapsed, fullMs, cpu,
            types.ToDictionary(kv => kv.Key, kv => kv.Value - (types0.TryGetValue(kv.Key, out var v0) ? v0 : 0), StringComparer.Ordinal));
    }

    /// <summary>Waits until the page shows a full drawing again; milliseconds from the last mouse release or wheel step to its first frame.</summary>
    private static async Task<double> WaitForFullQuality(IPage page)
    {
        await page.WaitForFunctionAsync(@"() => { const m = kgExplorer.motion, c = kgExplorer.renderer.getCamera();
            return !m.stale && !c.isAnimated() && m.lastFullFrameAt >= m.lastInputAt; }", new WaitForFunctionOptions { Timeout = 60_000, PollingInterval = 20 });
        // The page's frame can come before the GPU process has finished the drawing (software
        // WebGL runs behind the page): a pixel read from each WebGL layer waits for that, so the
        // time is when the drawing was really done (an upper bound, by up to one polling step).
        return await page.EvaluateExpressionAsync<double>(@"(() => {
            const m = kgExplorer.motion, r = kgExplorer.renderer, px = new Uint8Array(4);
            for (const k in r.webGLContexts) { const gl = r.webGLContexts[k]; gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); }
            return m.lastInputAt > 0 ? Math.max(m.lastFullFrameAt, performance.now()) - m.lastInputAt : 0;
        })()");
    }

    private static void Report(string what, GestureResult g)
    {
        var byType = string.Join(", ", g.CpuByType.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:F2}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: {g.Frames / g.Seconds:F1} frames/s ({g.Frames} changed frames in {g.Seconds:F1} s: {g.PictureFrames} moved picture, {g.Renders} full drawings); full quality {g.FullQualityMs / 1000:F2} s after the last input; chromium CPU {g.CpuSeconds:F2} s ({byType})"));
    }

    /// <summary>User plus system CPU seconds of a process and all its descendants (Linux /proc).</summary>
    private static double ChromiumCpuSeconds(int root) => ChromiumCpuByProcessType(root).Values.Sum();

    /// <summary>CPU seconds of chromium's processes by their --type (browser, renderer, gpu-process, ...).</summary>
    private static Dictionary<string, double> ChromiumCpuByProcessType(int root)
    {
        var parent = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            parent[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        var byType = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (pid, t) in ticks)
        {
            for (int p = pid, hops = 0; p > 1 && hops < 64; hops++)
            {
                if (p == root)
                {
                    string type = "browser";
                    try
                    {
                        // Chromium rewrites its command line in place (one string, spaces between arguments).
                        var cmd = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
                        var m = System.Text.RegularExpressions.Regex.Match(cmd, @"--type=(\S+)");
                        if (m.Success) type = m.Groups[1].Value;
                    }
                    catch (IOException) { }
                    byType[type] = byType.GetValueOrDefault(type) + t / 100.0; // USER_HZ is 100 on Linux
                    break;
                }
                if (!parent.TryGetValue(p, out p)) break;
            }
        }
        return byType;
    }

    /// <summary>A graph shaped like a large news corpus: few hubs, many rarely mentioned entities, 1 article per 40 entities.</summary>
    public static EntityGraph Generate(int nodes, int edges)
    {
        var random = new Random(12);
        var g = new EntityGraph();
        var types = GraphTypes.EntityTypes;
        int articles = Math.Max(1, nodes / 40);
        var ids = new string[nodes];
        for (int i = 0; i < nodes; i++)
        {
            var type = types[i % types.Count];
            var node = g.GetOrAddNode(NodeId.For(type, $"entity {i}"), type, $"Entity {i} {type}");
            node.Mentions = 1 + random.Next(20);
            node.Articles.Add($"article-{random.Next(articles)}");
            ids[i] = node.Id;
        }
        for (int a = 0; a < articles; a++)
        {
            var article = g.GetOrAddNode(NodeId.For(NodeType.Article, $"article-{a}"), NodeType.Article, $"Article {a}");
            article.Title = $"Article {a}";
            article.Published = $"2024-{1 + a % 12:00}-{1 + a % 28:00}";
        }
        var relTypes = new[] { RelationType.STATED, RelationType.ATTACKED, RelationType.MET_AT, RelationType.AFFILIATED_WITH, RelationType.HELD_IN };
        int made = 0;
        while (made < edges)
        {
            // Squaring a uniform number favours low indexes: a few hubs, a long tail.
            int s = (int)(Math.Pow(random.NextDouble(), 2) * nodes), t = random.Next(nodes);
            if (s == t) continue;
            var type = relTypes[random.Next(relTypes.Length)];
            var before = g.RelationCount;
            int a = random.Next(articles);
            g.AddRelation(ids[s], type, ids[t], new Evidence($"article-{a}",
                $"Entity {s} said something about entity {t} in a sentence of ordinary length for a news article.", 100 * made, 100 * made + 90, null, $"2024-{1 + a % 12:00}-{1 + a % 28:00}"));
            if (g.RelationCount > before) made++;
        }
        return g;
    }
}
