using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Sinks.Html;

/// <summary>
/// The graph as the explorer page reads it: compact arrays with indexes instead of repeated
/// ids, layout coordinates included. It is made from the graph's JSON interchange form, so
/// every Article property the JSON carries (title, outlet, published, url, language) reaches
/// the page without this code knowing the node model.
/// </summary>
/// <remarks>
/// Shape: <c>{"title", "limit", "nodeTypes", "relTypes", "articles": [{key, node, title,
/// outlet, published, url, language, source}], "nodes": [[id, type, name, aliases, mentions,
/// articleIndexes, x, y]], "edges": [[source, type, target, weight, [[article, sentence,
/// start, end, quote, date]]]]}</c>. Every string is escaped so that the text can sit inside
/// a script element: &lt;, &gt;, &amp; and quotes never appear raw.
/// </remarks>
public static class ExplorerData
{
    private static readonly string[] ArticleFields = ["title", "outlet", "published", "url", "language", "source"];

    public static byte[] Build(EntityGraph graph, string title, int limit)
    {
        using var json = new MemoryStream();
        new JsonGraphSink().Write(graph, json);
        json.Position = 0;
        using var doc = JsonDocument.Parse(json);
        return Build(doc.RootElement, title, limit);
    }

    public static byte[] Build(JsonElement root, string title, int limit)
    {
        var nodeTypes = Enum.GetNames<NodeType>();
        var relTypes = Enum.GetNames<RelationType>();
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        var edges = root.GetProperty("edges").EnumerateArray().ToList();

        var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++) index[nodes[i].GetProperty("id").GetString()!] = i;

        // Articles are known by the key that evidence and node.articles use; the Article node's
        // id is derived from that key.
        var articleKeys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in nodes) foreach (var a in Strings(n, "articles")) articleKeys.Add(a);
        foreach (var e in edges)
            if (e.TryGetProperty("evidence", out var ev))
                foreach (var item in ev.EnumerateArray()) articleKeys.Add(item.GetProperty("article").GetString()!);
        var articles = articleKeys.ToList();
        var articleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++) articleIndex[articles[i]] = i;
        var articleOfNode = new Dictionary<int, int>();
        for (int i = 0; i < articles.Count; i++)
            if (index.TryGetValue(NodeId.For(NodeType.Article, articles[i]), out var ni)) articleOfNode[ni] = i;

        var nodeType = nodes.Select(n => Array.IndexOf(nodeTypes, n.GetProperty("type").GetString())).ToArray();
        var edgeRows = edges.Select(e => (
            Source: index[e.GetProperty("source").GetString()!],
            Type: Array.IndexOf(relTypes, e.GetProperty("type").GetString()),
            Target: index[e.GetProperty("target").GetString()!],
            Element: e)).ToList();

        var (x, y) = Layout(nodes.Count, nodeType, edgeRows.Select(e => (e.Source, e.Type, e.Target)).ToList());

        using var output = new MemoryStream();
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            w.WriteStartObject();
            w.WriteString("title", title);
            w.WriteNumber("limit", limit);
            w.WriteStartArray("nodeTypes");
            foreach (var t in nodeTypes) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteStartArray("relTypes");
            foreach (var t in relTypes) w.WriteStringValue(t);
            w.WriteEndArray();

            w.WriteStartArray("articles");
            for (int i = 0; i < articles.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("key", articles[i]);
                if (index.TryGetValue(NodeId.For(NodeType.Article, articles[i]), out var ni))
                {
                    w.WriteNumber("node", ni);
                    foreach (var field in ArticleFields)
                        if (nodes[ni].TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
                            w.WriteString(field, v.GetString());
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("nodes");
            for (int i = 0; i < nodes.Count; i++)
            {
                var n = nodes[i];
                w.WriteStartArray();
                w.WriteStringValue(n.GetProperty("id").GetString());
                w.WriteNumberValue(nodeType[i]);
                w.WriteStringValue(n.GetProperty("name").GetString());
                w.WriteStartArray();
                foreach (var a in Strings(n, "aliases")) w.WriteStringValue(a);
                w.WriteEndArray();
                w.WriteNumberValue(n.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 0);
                w.WriteStartArray();
                if (articleOfNode.TryGetValue(i, out var own)) w.WriteNumberValue(own);
                foreach (var a in Strings(n, "articles")) w.WriteNumberValue(articleIndex[a]);
                w.WriteEndArray();
                w.WriteNumberValue(x[i]);
                w.WriteNumberValue(y[i]);
                w.WriteEndArray();
            }
            w.WriteEndArray();

            w.WriteStartArray("edges");
            foreach (var (source, type, target, e) in edgeRows)
            {
                w.WriteStartArray();
                w.WriteNumberValue(source);
                w.WriteNumberValue(type);
                w.WriteNumberValue(target);
                w.WriteNumberValue(e.TryGetProperty("weight", out var wt) && wt.ValueKind == JsonValueKind.Number ? wt.GetInt32() : 1);
                w.WriteStartArray();
                if (e.TryGetProperty("evidence", out var evidence))
                {
                    foreach (var ev in evidence.EnumerateArray())
                    {
                        w.WriteStartArray();
                        w.WriteNumberValue(articleIndex[ev.GetProperty("article").GetString()!]);
                        w.WriteStringValue(Optional(ev, "sentence") ?? "");
                        w.WriteNumberValue(ev.GetProperty("start").GetInt32());
                        w.WriteNumberValue(ev.GetProperty("end").GetInt32());
                        WriteOptional(w, Optional(ev, "quote"));
                        WriteOptional(w, Optional(ev, "date"));
                        w.WriteEndArray();
                    }
                }
                w.WriteEndArray();
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return output.ToArray();
    }

    /// <summary>
    /// Entities are laid out by their relations; Article nodes (provenance, hidden at first)
    /// are then put beside the entities they mention, so showing them does not move anything.
    /// </summary>
    private static (float[] X, float[] Y) Layout(int count, int[] nodeType, List<(int Source, int Type, int Target)> edges)
    {
        int article = (int)NodeType.Article, mentioned = (int)RelationType.MENTIONED_IN;
        var entities = Enumerable.Range(0, count).Where(i => nodeType[i] != article).ToList();
        var local = new int[count];
        for (int i = 0; i < entities.Count; i++) local[entities[i]] = i;
        var links = edges.Where(e => e.Type != mentioned && nodeType[e.Source] != article && nodeType[e.Target] != article)
            .Select(e => (local[e.Source], local[e.Target])).ToList();
        var degree = new int[entities.Count];
        foreach (var (a, b) in links) { degree[a]++; degree[b]++; }
        var order = Enumerable.Range(0, entities.Count).OrderByDescending(i => degree[i]).ThenBy(i => i).ToList();
        var (ex, ey) = ForceLayout.Run(entities.Count, links, order);

        var x = new float[count];
        var y = new float[count];
        for (int i = 0; i < entities.Count; i++) { x[entities[i]] = ex[i]; y[entities[i]] = ey[i]; }
        var sums = new Dictionary<int, (double X, double Y, int N)>();
        foreach (var e in edges.Where(e => e.Type == mentioned && nodeType[e.Target] == article && nodeType[e.Source] != article))
        {
            var s = sums.GetValueOrDefault(e.Target);
            sums[e.Target] = (s.X + x[e.Source], s.Y + y[e.Source], s.N + 1);
        }
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            if (nodeType[i] != article) continue;
            var s = sums.GetValueOrDefault(i);
            double cx = s.N > 0 ? s.X / s.N : 0, cy = s.N > 0 ? s.Y / s.N : 0;
            double angle = k++ * 2.39996322972865332;
            x[i] = (float)Math.Round(cx + 1.5 * Math.Cos(angle), 2);
            y[i] = (float)Math.Round(cy + 1.5 * Math.Sin(angle), 2);
        }
        return (x, y);
    }

    private static void WriteOptional(Utf8JsonWriter w, string? value)
    {
        if (value is null) w.WriteNullValue();
        else w.WriteStringValue(value);
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }
}
