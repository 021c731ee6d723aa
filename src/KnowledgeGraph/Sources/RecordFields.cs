using System.Text.Json;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Which JSON fields of a record hold which part of an article. Each part has a list of
/// candidate names, tried in order; a name may be a dotted path (<c>source.name</c>), and an
/// object value is read by its <c>name</c> (so NewsAPI's <c>source: {id, name}</c> works). The
/// defaults cover the usual news API and scraper exports; <c>--field text=body</c> replaces
/// the candidates of one part.
/// </summary>
public sealed record RecordFields
{
    public static readonly IReadOnlyList<string> Parts = ["id", "url", "title", "text", "html", "date", "outlet", "language"];

    public IReadOnlyList<string> Id { get; init; } = ["id", "_id", "uuid"];
    public IReadOnlyList<string> Url { get; init; } = ["url", "link", "canonical_url", "uri"];
    public IReadOnlyList<string> Title { get; init; } = ["title", "headline"];
    public IReadOnlyList<string> Text { get; init; } = ["text", "content", "body", "article", "maintext"];
    public IReadOnlyList<string> Html { get; init; } = ["html", "raw_html", "content_html"];
    public IReadOnlyList<string> Date { get; init; } = ["date", "published", "published_at", "publishedAt", "datePublished", "date_publish", "pubDate"];
    public IReadOnlyList<string> Outlet { get; init; } = ["outlet", "source", "site", "site_name", "publisher", "source_domain"];
    public IReadOnlyList<string> Language { get; init; } = ["language", "lang", "inLanguage"];

    public static RecordFields Default { get; } = new();

    /// <summary>
    /// Applies <c>part=field</c> mappings (<c>text=body</c>, <c>date=meta.published_at</c>).
    /// Throws <see cref="ArgumentException"/> naming a wrong one.
    /// </summary>
    public static RecordFields Parse(IEnumerable<string> mappings)
    {
        var fields = Default;
        foreach (var mapping in mappings)
        {
            int eq = mapping.IndexOf('=');
            if (eq <= 0 || eq == mapping.Length - 1)
                throw new ArgumentException($"--field {mapping}: expected PART=FIELD, e.g. text=body");
            var part = mapping[..eq].Trim().ToLowerInvariant();
            IReadOnlyList<string> names = mapping[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            fields = part switch
            {
                "id" => fields with { Id = names },
                "url" => fields with { Url = names },
                "title" or "headline" => fields with { Title = names },
                "text" or "content" or "body" => fields with { Text = names },
                "html" => fields with { Html = names },
                "date" or "published" => fields with { Date = names },
                "outlet" or "source" or "site" => fields with { Outlet = names },
                "language" or "lang" => fields with { Language = names },
                _ => throw new ArgumentException($"--field {mapping}: unknown part \"{part}\" (one of {string.Join(", ", Parts)})"),
            };
        }
        return fields;
    }

    /// <summary>The first candidate field that holds a non-empty value, as text.</summary>
    public static string? Find(JsonElement record, IReadOnlyList<string> names, string joinArrayWith = "\n")
    {
        foreach (var name in names)
        {
            if (!TryGet(record, name, out var value)) continue;
            var text = AsText(value, joinArrayWith);
            if (!string.IsNullOrWhiteSpace(text)) return text;
        }
        return null;
    }

    private static bool TryGet(JsonElement e, string path, out JsonElement value)
    {
        value = e;
        if (e.TryGetProperty(path, out value)) return true;
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(part, out e)) return false;
        }
        value = e;
        return true;
    }

    private static string? AsText(JsonElement v, string joinArrayWith) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Object => v.TryGetProperty("name", out var n) ? AsText(n, joinArrayWith) : null,
        // A text given as a list of paragraphs.
        JsonValueKind.Array => string.Join(joinArrayWith, v.EnumerateArray().Select(i => AsText(i, joinArrayWith)).Where(s => !string.IsNullOrWhiteSpace(s))),
        _ => null,
    };
}
