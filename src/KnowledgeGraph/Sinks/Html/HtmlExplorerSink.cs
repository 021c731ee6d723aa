using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Html;

/// <summary>
/// One self-contained HTML file in which an analyst explores the graph offline: the graph
/// data, the vendored graph libraries (sigma.js, graphology, ForceAtlas2) and the explorer's
/// own script and style are all inlined; nothing is fetched. A content security policy lets
/// only the page's own two scripts run (by hash) and forbids every network request, so
/// neither a hostile name in the data nor a mistake in the page can reach out or inject code.
/// Same graph, same bytes.
/// </summary>
public sealed class HtmlExplorerSink : IGraphSink
{
    /// <summary>Above this many entities the page starts from the best-connected ones and loads the rest on demand.</summary>
    public const int DefaultInitialNodeLimit = 5_000;

    public string Format => "html";
    public string Extension => ".html";

    public int InitialNodeLimit { get; init; } = DefaultInitialNodeLimit;

    public string Title { get; init; } = "Knowledge graph explorer";

    public void Write(EntityGraph graph, string path)
    {
        using var stream = SinkFile.Create(path);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        var data = ExplorerData.Build(graph, Title, InitialNodeLimit);
        var libs = ScriptText(Asset("vendor/graph-libs.js"));
        var app = ScriptText(Asset("explorer.motion.js") + "\n" + Asset("explorer.js"));
        var template = Asset("explorer.html");

        // The page is cut at its placeholders and written piece by piece: the data can be tens
        // of megabytes and is never copied into a string.
        var parts = new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            ["{{CSP}}"] = () => WriteText(stream, Csp(libs, app)),
            ["{{TITLE}}"] = () => WriteText(stream, WebUtility.HtmlEncode(Title)),
            ["{{STYLE}}"] = () => WriteText(stream, Asset("explorer.css")),
            ["{{DATA}}"] = () => stream.Write(data),
            ["{{LIBS}}"] = () => WriteText(stream, libs),
            ["{{APP}}"] = () => WriteText(stream, app),
        };
        int at = 0;
        while (true)
        {
            int next = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (next < 0) break;
            int end = template.IndexOf("}}", next, StringComparison.Ordinal) + 2;
            var marker = template[next..end];
            if (!parts.TryGetValue(marker, out var write)) throw new InvalidOperationException($"explorer.html: unknown placeholder {marker}");
            WriteText(stream, template[at..next]);
            write();
            at = end;
        }
        WriteText(stream, template[at..]);
    }

    private static string Csp(string libs, string app) =>
        "default-src 'none'; " +
        $"script-src '{Hash(libs)}' '{Hash(app)}'; " +
        "style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'; " +
        "base-uri 'none'; form-action 'none'";

    private static string Hash(string script) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    /// <summary>Script text safe inside a script element (a closing tag in a string literal would end it early).</summary>
    private static string ScriptText(string js) =>
        js.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)
          .Replace("<!--", "<\\!--", StringComparison.Ordinal);

    private static void WriteText(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static string Asset(string name)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var text)) return text;
            var resource = "KnowledgeGraph.Explorer." + name.Replace('/', '.');
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"missing embedded resource {resource}");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // Line ends are normalised so a checkout with CRLF still writes the same bytes.
            return Cache[name] = reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
