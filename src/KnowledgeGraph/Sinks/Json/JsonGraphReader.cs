using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>
/// Reads the file <see cref="JsonGraphSink"/> writes back into an <see cref="EntityGraph"/>.
/// Problems are reported as <see cref="InvalidDataException"/> naming the file and the place.
/// </summary>
public static class JsonGraphReader
{
    public static EntityGraph Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static EntityGraph Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("the top level is not an object");
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != JsonGraphSink.FormatName)
            throw new InvalidDataException($"not a graph file (\"format\" must be \"{JsonGraphSink.FormatName}\")");
        if (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number && version.GetInt32() > JsonGraphSink.FormatVersion)
            throw new InvalidDataException($"format version {version.GetInt32()} is newer than this tool reads ({JsonGraphSink.FormatVersion})");

        var graph = new EntityGraph();
        int i = 0;
        foreach (var n in Array(root, "nodes", "the top level"))
        {
            var where = $"nodes[{i++}]";
            var typeName = Str(n, "type", where);
            if (!GraphTypes.TryParseNodeType(typeName, out var type)) throw new InvalidDataException($"{where}: unknown node type \"{typeName}\"");
            var node = new Node(Str(n, "id", where), type, Str(n, "name", where));
            foreach (var a in OptStrings(n, "aliases", where)) node.Aliases.Add(a);
            foreach (var a in OptStrings(n, "articles", where)) node.Articles.Add(a);
            if (n.TryGetProperty("mentions", out var m)) node.Mentions = m.GetInt32();
            node.Title = OptStr(n, "title");
            node.Published = OptStr(n, "published");
            node.Source = OptStr(n, "source");
            if (graph.FindNode(node.Id) is not null) throw new InvalidDataException($"{where}: duplicate node id \"{node.Id}\"");
            graph.AddOrMerge(node);
        }
        i = 0;
        foreach (var e in Array(root, "edges", "the top level"))
        {
            var where = $"edges[{i++}]";
            var source = Str(e, "source", where);
            var target = Str(e, "target", where);
            var typeName = Str(e, "type", where);
            if (!GraphTypes.TryParseRelationType(typeName, out var type)) throw new InvalidDataException($"{where}: unknown edge type \"{typeName}\"");
            if (graph.FindNode(source) is null) throw new InvalidDataException($"{where}: source \"{source}\" is not a node");
            if (graph.FindNode(target) is null) throw new InvalidDataException($"{where}: target \"{target}\" is not a node");
            var relation = graph.GetOrAddRelation(source, type, target);
            if (!e.TryGetProperty("evidence", out var evidence)) continue;
            int j = 0;
            foreach (var ev in evidence.EnumerateArray())
            {
                var w = $"{where}.evidence[{j++}]";
                relation.AddEvidence(new Evidence(
                    Str(ev, "article", w), Str(ev, "sentence", w),
                    Int(ev, "start", w), Int(ev, "end", w),
                    OptStr(ev, "quote"), OptStr(ev, "date")));
            }
        }
        return graph;
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{where}: \"{name}\" must be an array");
        return v.EnumerateArray();
    }

    private static string Str(JsonElement e, string name, string where)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: not an object");
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
            throw new InvalidDataException($"{where}: \"{name}\" must be a string");
        return v.GetString()!;
    }

    private static int Int(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
            throw new InvalidDataException($"{where}: \"{name}\" must be an integer");
        return i;
    }

    private static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> OptStrings(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) yield break;
        if (v.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{where}: \"{name}\" must be an array");
        foreach (var x in v.EnumerateArray())
        {
            if (x.ValueKind != JsonValueKind.String) throw new InvalidDataException($"{where}: \"{name}\" must hold strings");
            yield return x.GetString()!;
        }
    }
}
