using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>A file that is not a graph this tool wrote, with the reason in words.</summary>
public sealed class GraphFormatException(string message) : Exception(message);

/// <summary>Reads a graph written by <see cref="JsonGraphSink"/> back into memory, losslessly.</summary>
public static class JsonGraphReader
{
    public static EntityGraph Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (JsonException ex)
        {
            throw new GraphFormatException($"{path}: not valid JSON ({ex.Message})");
        }
        catch (GraphFormatException ex)
        {
            throw new GraphFormatException($"{path}: {ex.Message}");
        }
    }

    public static EntityGraph Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodes) || !root.TryGetProperty("edges", out var edges))
            throw new GraphFormatException("not a knowledge graph file (expected an object with \"nodes\" and \"edges\")");
        if (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number && version.GetInt32() > JsonGraphSink.FormatVersion)
            throw new GraphFormatException($"format version {version.GetInt32()} is newer than this tool reads ({JsonGraphSink.FormatVersion})");

        var graph = new EntityGraph();
        foreach (var n in nodes.EnumerateArray())
        {
            var id = Required(n, "id");
            var typeName = Required(n, "type");
            if (!GraphTypes.TryParseNodeType(typeName, out var type))
                throw new GraphFormatException($"node {id}: unknown type \"{typeName}\"");
            var node = new Node(id, type, Required(n, "name"))
            {
                Mentions = n.TryGetProperty("mentions", out var m) ? m.GetInt32() : 0,
                Title = Optional(n, "title"),
                Published = Optional(n, "published"),
                Source = Optional(n, "source"),
                Url = Optional(n, "url"),
                Outlet = Optional(n, "outlet"),
                Language = Optional(n, "language"),
            };
            foreach (var a in Strings(n, "aliases")) node.AddAlias(a);
            node.Articles.UnionWith(Strings(n, "articles"));
            graph.AddOrMerge(node);
        }
        foreach (var e in edges.EnumerateArray())
        {
            var source = Required(e, "source");
            var target = Required(e, "target");
            var typeName = Required(e, "type");
            if (!GraphTypes.TryParseRelationType(typeName, out var type))
                throw new GraphFormatException($"edge {source} -> {target}: unknown type \"{typeName}\"");
            if (graph.FindNode(source) is null || graph.FindNode(target) is null)
                throw new GraphFormatException($"edge {source} {typeName} {target}: an end is not a node of the file");
            var relation = graph.GetOrAddRelation(source, type, target);
            if (e.TryGetProperty("evidence", out var evidence))
            {
                foreach (var ev in evidence.EnumerateArray())
                {
                    relation.AddEvidence(new Evidence(
                        Required(ev, "article"),
                        Optional(ev, "sentence") ?? "",
                        ev.GetProperty("start").GetInt32(),
                        ev.GetProperty("end").GetInt32(),
                        Optional(ev, "quote"),
                        Optional(ev, "date")));
                }
            }
        }
        return graph;
    }

    private static string Required(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new GraphFormatException($"missing string property \"{name}\"");

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }
}
