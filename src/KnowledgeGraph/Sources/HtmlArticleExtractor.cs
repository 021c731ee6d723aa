using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Sources;

/// <summary>
/// A saved news page to article text and metadata. The main text is found by SmartReader (a
/// port of Mozilla's Readability, the reader view of Firefox), which drops the header, menus,
/// side bars and footer; what it keeps is walked block by block, and the paragraphs that
/// still are not article text ("Baca juga" blocks and other related-article titles inside the
/// body, advert markers) are dropped by the language's page-boilerplate rules. Metadata comes
/// from the page's head: JSON-LD NewsArticle, Open Graph and article meta tags, the canonical
/// link, the title and the html lang attribute.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Fewer characters of body text than this is not an article (an index page, a paywall stub).</summary>
    public int MinBodyChars { get; init; } = 200;

    private readonly Regex[] _drop;
    private readonly Regex[] _teaser;

    public HtmlArticleExtractor(IEnumerable<(string Kind, Regex Pattern)> rules)
    {
        var list = rules.ToList();
        _drop = list.Where(r => r.Kind == "drop").Select(r => r.Pattern).ToArray();
        _teaser = list.Where(r => r.Kind == "teaser").Select(r => r.Pattern).ToArray();
    }

    public const string RulesFile = "page-boilerplate.tsv";

    /// <summary>The rules of <paramref name="language"/> from a resource folder (none when the file is absent).</summary>
    public static HtmlArticleExtractor Load(string resourceDirectory, string language) => Load([resourceDirectory], language);

    /// <summary>The rules of <paramref name="language"/> from the first resource folder with the others as overlays on top.</summary>
    public static HtmlArticleExtractor Load(IEnumerable<string> resourceDirectories, string language)
    {
        var dirs = resourceDirectories.ToList();
        return FromPack(LanguagePack.Open(language, dirs.Count > 0 ? dirs[0] : null, dirs.Skip(1)));
    }

    public static HtmlArticleExtractor FromPack(LanguagePack pack)
    {
        var rules = new List<(string, Regex)>();
        foreach (var row in pack.Rows(RulesFile))
        {
            if (row.Count < 2 || row[0] is not ("drop" or "teaser"))
                throw new InvalidDataException($"{row.Origin}: expected \"drop|teaser<TAB>pattern\"");
            try
            {
                rules.Add((row[0], new Regex(row[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{row.Origin}: bad pattern: {ex.Message}");
            }
        }
        return new HtmlArticleExtractor(rules);
    }

    /// <summary>The page's article, or null with <paramref name="problem"/> saying why there is none.</summary>
    public HtmlPage? Extract(string html, string? url, out string? problem)
    {
        problem = null;
        var document = new HtmlParser().ParseDocument(html);
        var meta = PageMetadata.Read(document);
        var pageUrl = meta.Url ?? url;

        SmartReader.Article readable;
        try
        {
            var reader = new SmartReader.Reader(AbsoluteUri(pageUrl), document) { ContinueIfNotReadable = true };
            readable = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problem = "the page could not be read as an article: " + ex.Message;
            return null;
        }

        var paragraphs = Paragraphs(readable.Content ?? "");
        int bodyChars = paragraphs.Sum(p => p.Length);
        if (bodyChars < MinBodyChars)
        {
            problem = bodyChars == 0 ? "no article body found (an index page or a paywall stub?)"
                                     : $"no article body found: only {bodyChars} characters of text (an index page or a paywall stub?)";
            return null;
        }

        var title = MetadataValues.OneLine(meta.Title ?? readable.Title);
        title = WithoutSiteSuffix(title, meta.Outlet);
        var text = new StringBuilder();
        if (title is not null && !string.Equals(paragraphs[0], title, StringComparison.Ordinal)) text.Append(title).Append('\n');
        foreach (var p in paragraphs) text.Append(p).Append('\n');
        return new HtmlPage(
            TextDecoder.NormaliseLineEnds(text.ToString()).Normalize(NormalizationForm.FormC),
            title, MetadataValues.OneLine(meta.Outlet ?? readable.SiteName), MetadataValues.Date(meta.Published),
            pageUrl, MetadataValues.Language(meta.Language ?? readable.Language));
    }

    private static string AbsoluteUri(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https")
            ? u.AbsoluteUri
            : "http://localhost/";

    // "Judul berita - Kompas.com" → "Judul berita" when the outlet is known.
    private static string? WithoutSiteSuffix(string? title, string? outlet)
    {
        if (title is null || outlet is null) return title;
        foreach (var sep in new[] { " - ", " | ", " – ", " — " })
        {
            var suffix = sep + outlet.Trim();
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                return title[..^suffix.Length].TrimEnd();
        }
        return title;
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "figure", "figcaption", "iframe", "nav", "aside", "form",
        "button", "svg", "select", "input", "textarea", "video", "audio", "picture", "img", "object", "embed",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "address",
    };

    private readonly record struct Block(string Text, bool LinkOnly);

    /// <summary>The readable content's paragraphs, one string each, boilerplate dropped.</summary>
    private List<string> Paragraphs(string contentHtml)
    {
        var content = new HtmlParser().ParseDocument("<html><body>" + contentHtml + "</body></html>");
        var blocks = new List<Block>();
        var text = new StringBuilder();
        int linkChars = 0;
        Walk(content.Body!, blocks, text, ref linkChars, inLink: false);
        Flush(blocks, text, ref linkChars);

        var kept = new List<string>(blocks.Count);
        bool inTeaser = false;
        foreach (var b in blocks)
        {
            if (_teaser.Any(r => r.IsMatch(b.Text)))
            {
                inTeaser = true;
                continue;
            }
            if (b.LinkOnly) continue;
            // The titles of a teaser block, when they are plain text rather than links.
            if (inTeaser && b.Text.Length < 160 && !EndsSentence(b.Text)) continue;
            inTeaser = false;
            if (_drop.Any(r => r.IsMatch(b.Text))) continue;
            kept.Add(b.Text);
        }
        return kept;
    }

    private static void Walk(INode node, List<Block> blocks, StringBuilder text, ref int linkChars, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                if (inLink) linkChars += t.Data.Count(c => !char.IsWhiteSpace(c));
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.LocalName)) continue;
            if (e.LocalName == "br")
            {
                Flush(blocks, text, ref linkChars);
                continue;
            }
            bool block = Blocks.Contains(e.LocalName);
            if (block) Flush(blocks, text, ref linkChars);
            Walk(e, blocks, text, ref linkChars, inLink || e.LocalName == "a");
            if (block) Flush(blocks, text, ref linkChars);
        }
    }

    private static void Flush(List<Block> blocks, StringBuilder text, ref int linkChars)
    {
        var s = MetadataValues.OneLine(text.ToString());
        text.Clear();
        if (s is not null)
        {
            int chars = s.Count(c => !char.IsWhiteSpace(c));
            // Almost all link text and no sentence end: the title of another article.
            bool linkOnly = linkChars * 10 >= chars * 8 && !EndsSentence(s);
            blocks.Add(new Block(s, linkOnly));
        }
        linkChars = 0;
    }

    private static bool EndsSentence(string s)
    {
        var t = s.TrimEnd('"', '\'', '\u201D', '\u2019', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':';
    }
}

/// <summary>A page's metadata as its head declares it, the most specific source first.</summary>
internal sealed record PageMetadata(string? Title, string? Outlet, string? Published, string? Url, string? Language)
{
    public static PageMetadata Read(IHtmlDocument doc)
    {
        var ld = JsonLd(doc);
        // The first meta element of each key (property, name, itemprop or http-equiv), read once.
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.Head?.GetElementsByTagName("meta") ?? doc.GetElementsByTagName("meta"))
        {
            if (NonEmpty(m.GetAttribute("content")) is not { } content) continue;
            foreach (var attr in new[] { "property", "name", "itemprop", "http-equiv" })
                if (NonEmpty(m.GetAttribute(attr)) is { } key) metas.TryAdd(key, content);
        }
        string? Meta(string key) => metas.GetValueOrDefault(key);

        var canonical = doc.QuerySelectorAll("link").FirstOrDefault(l =>
            (l.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href");
        return new PageMetadata(
            Title: ld.Headline ?? Meta("og:title") ?? Meta("twitter:title") ?? NonEmpty(doc.Title),
            Outlet: Meta("og:site_name") ?? ld.Publisher ?? Meta("application-name"),
            Published: Meta("article:published_time") ?? ld.DatePublished ?? Meta("datePublished") ?? Meta("pubdate")
                       ?? Meta("publishdate") ?? Meta("date") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Url: NonEmpty(canonical) ?? Meta("og:url") ?? ld.Url,
            Language: NonEmpty(doc.DocumentElement.GetAttribute("lang")) ?? Meta("og:locale") ?? ld.Language
                      ?? Meta("content-language") ?? Meta("language"));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private readonly record struct LdArticle(string? Headline, string? DatePublished, string? Publisher, string? Url, string? Language);

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
        { "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage" };

    // The first NewsArticle (or Article) object in the page's JSON-LD scripts, also inside @graph
    // arrays; a script that is not valid JSON is ignored, as browsers do.
    private static LdArticle JsonLd(IHtmlDocument doc)
    {
        JsonElement? best = null;
        int bestRank = int.MaxValue;
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
            {
                JsonDocument parsed;
                try { parsed = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
                catch (JsonException) { continue; }
                docs.Add(parsed);
                foreach (var obj in Objects(parsed.RootElement))
                {
                    int rank = Rank(obj);
                    if (rank < bestRank) { best = obj; bestRank = rank; }
                }
            }
            if (best is not { } a) return default;
            return new LdArticle(Str(a, "headline") ?? Str(a, "name"), Str(a, "datePublished"), Name(a, "publisher"),
                Str(a, "url") ?? Name(a, "mainEntityOfPage", "@id"), Str(a, "inLanguage"));
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
    }

    private static int Rank(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var type)) return int.MaxValue;
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString() ?? "") : [type.GetString() ?? ""];
        int rank = int.MaxValue;
        foreach (var n in names)
        {
            if (!ArticleTypes.Contains(n)) continue;
            rank = Math.Min(rank, n.EndsWith("NewsArticle", StringComparison.OrdinalIgnoreCase) ? 0 : n == "WebPage" ? 2 : 1);
        }
        return rank;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                foreach (var o in Objects(item)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph)) yield return o;
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static string? Name(JsonElement e, string name, string inner = "name")
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return NonEmpty(v.GetString());
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        return v.ValueKind == JsonValueKind.Object ? Str(v, inner) : null;
    }
}
