using System.Text.Json;

namespace KnowledgeGraph.Schema;

/// <summary>
/// The graph model as data (graph-schema/schema.json, embedded): which labels and
/// relationship types exist and which endpoint types each relationship allows. Sinks and
/// tests check graphs against it, so the documented model and the output cannot drift apart.
/// </summary>
public sealed class GraphSchema
{
    private readonly HashSet<(RelationType, NodeType, NodeType)> _endpoints = [];

    private GraphSchema(IReadOnlySet<string> labels, IReadOnlySet<string> types, IEnumerable<(RelationType, NodeType, NodeType)> endpoints)
    {
        Labels = labels;
        RelationshipTypes = types;
        _endpoints.UnionWith(endpoints);
    }

    public IReadOnlySet<string> Labels { get; }
    public IReadOnlySet<string> RelationshipTypes { get; }

    public static GraphSchema Default { get; } = LoadEmbedded();

    public bool Allows(RelationType type, NodeType source, NodeType target) => _endpoints.Contains((type, source, target));

    /// <summary>Every way the graph breaks the schema, one line each; empty when it conforms.</summary>
    public IReadOnlyList<string> Violations(EntityGraph graph)
    {
        var problems = new List<string>();
        foreach (var n in graph.Nodes)
        {
            if (!Labels.Contains(n.Type.ToString())) problems.Add($"node {n.Id}: label {n.Type} is not in the schema");
            if (string.IsNullOrWhiteSpace(n.Name)) problems.Add($"node {n.Id}: empty name");
            if (!n.Id.StartsWith(NodeId.Prefix(n.Type) + ":", StringComparison.Ordinal)) problems.Add($"node {n.Id}: id does not start with its type");
        }
        foreach (var r in graph.Relations)
        {
            if (!RelationshipTypes.Contains(r.Type.ToString())) problems.Add($"edge {r.Id}: type is not in the schema");
            else if (!Allows(r.Type, r.Source.Type, r.Target.Type)) problems.Add($"edge {r.Id}: {r.Source.Type} -{r.Type}-> {r.Target.Type} is not allowed");
            if (r.Source == r.Target) problems.Add($"edge {r.Id}: a node related to itself");
        }
        return problems;
    }

    public static GraphSchema Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var labels = root.GetProperty("nodeLabels").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var endpoints = new List<(RelationType, NodeType, NodeType)>();
        foreach (var rel in root.GetProperty("relationshipTypes").EnumerateObject())
        {
            types.Add(rel.Name);
            if (!GraphTypes.TryParseRelationType(rel.Name, out var type)) continue;
            foreach (var pair in rel.Value.GetProperty("endpoints").EnumerateArray())
            {
                if (GraphTypes.TryParseNodeType(pair[0].GetString(), out var s) && GraphTypes.TryParseNodeType(pair[1].GetString(), out var t))
                    endpoints.Add((type, s, t));
            }
        }
        return new GraphSchema(labels, types, endpoints);
    }

    private static GraphSchema LoadEmbedded()
    {
        using var stream = typeof(GraphSchema).Assembly.GetManifestResourceStream("KnowledgeGraph.schema.json")
            ?? throw new InvalidOperationException("The graph schema is missing from the assembly.");
        return Parse(stream);
    }
}
