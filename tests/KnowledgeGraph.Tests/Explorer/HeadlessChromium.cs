using NUnit.Framework;
using PuppeteerSharp;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// Debian's chromium (installed by scripts/install-test-deps.sh), started headless with a fresh
/// profile and no background network. Never downloads a browser: a missing chromium fails the test.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly string _profile;

    private HeadlessChromium(IBrowser browser, string profile)
    {
        Browser = browser;
        _profile = profile;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<HeadlessChromium> StartAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"{ExecutablePath} is missing (scripts/install-test-deps.sh installs Debian's chromium)");
        var profile = Path.Combine(Path.GetTempPath(), $"kg-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            UserDataDir = profile,
            DefaultViewport = new PuppeteerSharp.ViewPortOptions { Width = 1366, Height = 768 },
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                // Software WebGL, so sigma renders without a GPU.
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
            ],
            Timeout = 60_000,
        });
        return new HeadlessChromium(browser, profile);
    }

    /// <summary>
    /// A page that cannot reach the network: offline mode, and every request that is not the
    /// file itself (or a data:/blob: URL the page makes) is refused and recorded.
    /// </summary>
    public async Task<(IPage Page, List<string> Refused, List<string> Errors)> OfflinePageAsync()
    {
        var page = await Browser.NewPageAsync();
        var refused = new List<string>();
        var errors = new List<string>();
        await page.SetOfflineModeAsync(true);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
                await e.Request.ContinueAsync();
            else
            {
                lock (refused) refused.Add(url);
                await e.Request.AbortAsync();
            }
        };
        page.PageError += (_, e) => { lock (errors) errors.Add(e.Message); };
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (errors) errors.Add(e.Message.Text); };
        return (page, refused, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
