using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph;

/// <summary>A property as the schema declares it.</summary>
public sealed record SchemaProperty(string Name, string Type, bool Required, string Description);

/// <summary>A relationship type and the node labels allowed at each end.</summary>
public sealed record SchemaRelationship(string Type, IReadOnlyList<string> From, IReadOnlyList<string> To, string Description);

/// <summary>One way a graph breaks the schema, naming the node or edge.</summary>
public sealed record SchemaViolation(string Element, string Problem)
{
    public override string ToString() => $"{Element}: {Problem}";
}

/// <summary>
/// The machine-readable model in graph-schema/schema.json (compiled into this library, so the
/// code and the published file cannot drift apart): node labels, relationship types with their
/// allowed endpoints, and properties. <see cref="Validate"/> checks a graph against it.
/// </summary>
public sealed class GraphSchema
{
    private const string ResourceName = "KnowledgeGraph.graph-schema.schema.json";
    private static readonly Lazy<GraphSchema> Shipped = new(LoadShipped);

    public required int Version { get; init; }
    public required Regex IdPattern { get; init; }
    public required IReadOnlyDictionary<string, string> IdPrefixes { get; init; }
    public required IReadOnlyDictionary<string, SchemaRelationship> Relationships { get; init; }
    public required IReadOnlyList<SchemaProperty> NodeProperties { get; init; }
    public required IReadOnlyList<SchemaProperty> RelationshipProperties { get; init; }

    public IEnumerable<string> NodeLabels => IdPrefixes.Keys;

    /// <summary>The schema shipped with this version of the library.</summary>
    public static GraphSchema Default => Shipped.Value;

    /// <summary>The raw schema.json text, for writing it next to exports.</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(GraphSchema).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static GraphSchema LoadShipped() => Parse(DefaultJson());

    public static GraphSchema Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in root.GetProperty("nodeLabels").EnumerateArray())
            prefixes[n.GetProperty("label").GetString()!] = n.GetProperty("idPrefix").GetString()!;
        var rels = new Dictionary<string, SchemaRelationship>(StringComparer.Ordinal);
        foreach (var r in root.GetProperty("relationshipTypes").EnumerateArray())
        {
            var type = r.GetProperty("type").GetString()!;
            rels[type] = new SchemaRelationship(type, Strings(r.GetProperty("from")), Strings(r.GetProperty("to")),
                r.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "");
        }
        return new GraphSchema
        {
            Version = root.GetProperty("version").GetInt32(),
            IdPattern = new Regex(root.GetProperty("idPattern").GetString()!, RegexOptions.CultureInvariant),
            IdPrefixes = prefixes,
            Relationships = rels,
            NodeProperties = Properties(root.GetProperty("nodeProperties")),
            RelationshipProperties = Properties(root.GetProperty("relationshipProperties")),
        };
    }

    /// <summary>Every way the graph departs from the schema; empty when it conforms.</summary>
    public IReadOnlyList<SchemaViolation> Validate(EntityGraph graph)
    {
        var problems = new List<SchemaViolation>();
        foreach (var n in graph.Nodes)
        {
            var label = n.Type.ToString();
            if (!IdPrefixes.TryGetValue(label, out var prefix)) { problems.Add(new(n.Id, $"label {label} is not in the schema")); continue; }
            if (!IdPattern.IsMatch(n.Id)) problems.Add(new(n.Id, $"id does not match {IdPattern}"));
            if (!n.Id.StartsWith(prefix + ":", StringComparison.Ordinal)) problems.Add(new(n.Id, $"id of a {label} must start with \"{prefix}:\""));
            if (string.IsNullOrWhiteSpace(n.Name)) problems.Add(new(n.Id, "name is empty"));
            if (n.Aliases.Contains(n.Name)) problems.Add(new(n.Id, "aliases repeat the name"));
            if (n.Mentions < 0) problems.Add(new(n.Id, "mentions is negative"));
            if (n.Published is not null && !IsDate(n.Published)) problems.Add(new(n.Id, $"published \"{n.Published}\" is not yyyy-MM-dd"));
            if (n.Type != NodeType.Article && (n.Title ?? n.Published ?? n.Source) is not null)
                problems.Add(new(n.Id, "title/published/source belong to Article nodes only"));
        }
        foreach (var r in graph.Relations)
        {
            var type = r.Type.ToString();
            if (!Relationships.TryGetValue(type, out var rel)) { problems.Add(new(r.Id, $"relationship type {type} is not in the schema")); continue; }
            var from = r.Source.Type.ToString();
            var to = r.Target.Type.ToString();
            if (!rel.From.Contains(from) || !rel.To.Contains(to))
                problems.Add(new(r.Id, $"{type} does not allow {from} → {to} (allowed: {string.Join("|", rel.From)} → {string.Join("|", rel.To)})"));
            if (r.Source.Id == r.Target.Id) problems.Add(new(r.Id, "an edge from a node to itself"));
            foreach (var e in r.Evidence)
            {
                if (e.Start < 0 || e.End < e.Start) problems.Add(new(r.Id, $"evidence offsets {e.Start}..{e.End} in {e.ArticleId} are not a span"));
                if (e.Date is not null && !IsDate(e.Date)) problems.Add(new(r.Id, $"evidence date \"{e.Date}\" is not yyyy-MM-dd"));
            }
        }
        return problems;
    }

    private static bool IsDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();

    private static IReadOnlyList<SchemaProperty> Properties(JsonElement array) =>
        array.EnumerateArray().Select(p => new SchemaProperty(
            p.GetProperty("name").GetString()!, p.GetProperty("type").GetString()!,
            p.TryGetProperty("required", out var req) && req.GetBoolean(),
            p.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "")).ToList();
}
