using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// A graph reduced to what scoring compares: typed nodes with names, typed edges. Read from a
/// gold JSON file or from a predicted GraphML file.
/// </summary>
public sealed partial class ScoredGraph
{
    public static readonly string[] NodeTypes = ["Person", "Organization", "Place", "Event"];
    public static readonly string[] EdgeTypes = ["STATED", "ATTACKED", "MET_AT", "AFFILIATED_WITH", "HELD_IN"];
    public static readonly string[] EntityTypes = ["Person", "Organization", "Place"];
    public static readonly string[] MissionEdgeTypes = ["STATED", "ATTACKED", "MET_AT"];

    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    public ScoredGraph(IReadOnlyList<ScoredNode> nodes, IReadOnlyList<ScoredEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
        var byId = new Dictionary<string, ScoredNode>(StringComparer.Ordinal);
        foreach (var n in nodes) byId[n.Id] = n;
        ById = byId;
    }

    /// <summary>Nodes in file order; an id given twice keeps its last record.</summary>
    public IReadOnlyList<ScoredNode> Nodes { get; }
    public IReadOnlyList<ScoredEdge> Edges { get; }
    public IReadOnlyDictionary<string, ScoredNode> ById { get; }

    /// <summary>Gold graph: {"nodes":[{id,type,name,aliases?}], "edges":[{source,type,target}]}.</summary>
    public static ScoredGraph ReadGold(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var nodes = new List<ScoredNode>();
            foreach (var n in Required(root, "nodes", path).EnumerateArray())
            {
                var names = new List<string> { Str(n, "name", path) };
                if (n.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                    names.AddRange(aliases.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetRawText()));
                nodes.Add(new ScoredNode(Str(n, "id", path), Str(n, "type", path), names[0], names));
            }
            var edges = new List<ScoredEdge>();
            var seen = new HashSet<ScoredEdge>();
            foreach (var e in Required(root, "edges", path).EnumerateArray())
            {
                var edge = new ScoredEdge(Str(e, "source", path), Str(e, "type", path), Str(e, "target", path));
                if (seen.Add(edge)) edges.Add(edge);
            }
            var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var e in edges)
                if (!ids.Contains(e.Source) || !ids.Contains(e.Target))
                    throw new InvalidDataException($"{path}: gold edge {e.Source} {e.Type} {e.Target} names a node that is not in 'nodes'.");
            return new ScoredGraph(Dedupe(nodes), edges);
        }
        catch (JsonException e) { throw new InvalidDataException($"{path}: not valid gold JSON: {e.Message}", e); }
    }

    /// <summary>
    /// Predicted graph from GraphML. Node type: data "type", else data "labels"
    /// (":Entity:Person"), else the node's labels attribute, else data "label". Name: data
    /// "name", else data "label". Aliases: data "aliases" as a JSON array or split on | and ;.
    /// Edge type: data "type", else data "label", else the edge's label attribute, else data
    /// "labels". Nodes and edges of other types are left out.
    /// </summary>
    public static ScoredGraph ReadGraphMl(string path)
    {
        XDocument doc;
        try { doc = XDocument.Load(path); }
        catch (XmlException e) { throw new InvalidDataException($"{path}: not valid XML: {e.Message}", e); }
        var root = doc.Root ?? throw new InvalidDataException($"{path}: empty document");
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in root.Descendants(G + "key"))
        {
            var id = (string?)k.Attribute("id");
            if (id is null) continue;
            var name = (string?)k.Attribute("attr.name");
            keys[id] = string.IsNullOrEmpty(name) ? id : name;
        }
        var graph = root.Element(G + "graph") ?? throw new InvalidDataException($"{path}: no <graph> element");

        var nodes = new List<ScoredNode>();
        foreach (var n in graph.Descendants(G + "node"))
        {
            var d = DataOf(n, keys);
            var type = PickType([Get(d, "type"), Get(d, "labels"), (string?)n.Attribute("labels"), Get(d, "label")], NodeTypes);
            if (type is null) continue;
            var name = FirstNonEmpty(Get(d, "name"), Get(d, "label"));
            var names = new List<string> { name };
            names.AddRange(SplitAliases(Get(d, "aliases")));
            nodes.Add(new ScoredNode((string?)n.Attribute("id") ?? "", type, name, names.Where(x => x.Trim().Length > 0).ToList()));
        }
        var edges = new List<ScoredEdge>();
        foreach (var e in graph.Descendants(G + "edge"))
        {
            var d = DataOf(e, keys);
            var type = PickType([Get(d, "type"), Get(d, "label"), (string?)e.Attribute("label"), Get(d, "labels")], EdgeTypes);
            if (type is null) continue;
            edges.Add(new ScoredEdge((string?)e.Attribute("source") ?? "", type, (string?)e.Attribute("target") ?? ""));
        }
        return new ScoredGraph(Dedupe(nodes), edges);
    }

    public static IReadOnlyList<string> SplitAliases(string? raw)
    {
        if (raw is null) return [];
        raw = raw.Trim();
        if (raw.Length == 0) return [];
        if (raw.StartsWith('['))
        {
            try
            {
                using var doc = JsonDocument.Parse(raw);
                if (doc.RootElement.ValueKind == JsonValueKind.Array)
                    return doc.RootElement.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetRawText()).ToList();
            }
            catch (JsonException) { }
        }
        return AliasSeparator().Split(raw).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>The first of <paramref name="known"/> named by any part of the candidates, in order.</summary>
    public static string? PickType(IEnumerable<string?> candidates, IReadOnlyList<string> known)
    {
        foreach (var c in candidates)
        {
            if (string.IsNullOrEmpty(c)) continue;
            foreach (var part in TypeSeparator().Split(c))
                foreach (var k in known)
                    if (string.Equals(part.Trim(), k, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return null;
    }

    // A repeated id keeps the last record at the place of the first, like a dictionary would.
    private static List<ScoredNode> Dedupe(List<ScoredNode> nodes)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ScoredNode>();
        foreach (var n in nodes)
        {
            if (index.TryGetValue(n.Id, out int i)) result[i] = n;
            else { index[n.Id] = result.Count; result.Add(n); }
        }
        return result;
    }

    private static Dictionary<string, string> DataOf(XElement element, Dictionary<string, string> keys)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in element.Elements(G + "data"))
        {
            var key = (string?)data.Attribute("key") ?? "";
            d[keys.TryGetValue(key, out var name) ? name : key] = data.Value;
        }
        return d;
    }

    private static string? Get(Dictionary<string, string> d, string key) => d.TryGetValue(key, out var v) ? v : null;

    private static string FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";

    private static JsonElement Required(JsonElement root, string name, string path) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v : throw new InvalidDataException($"{path}: gold file needs an array '{name}'.");

    private static string Str(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()! : throw new InvalidDataException($"{path}: a gold record lacks the string field '{name}': {Shorten(e.GetRawText())}");

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..120] + "…";

    [GeneratedRegex(@"[|;]")] private static partial Regex AliasSeparator();
    [GeneratedRegex(@"[:,|; ]+")] private static partial Regex TypeSeparator();
}
