using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>Reads what <see cref="Neo4jGraphLoader"/> loaded (and researchers curated) back into an <see cref="EntityGraph"/>.</summary>
public static class Neo4jGraphReader
{
    public static EntityGraph Read(Neo4jClient client)
    {
        var graph = new EntityGraph();
        var nodes = client.Run($"MATCH (n:{Neo4jGraphLoader.SharedLabel}) RETURN n.id, labels(n), properties(n) ORDER BY n.id");
        foreach (var row in nodes.Rows)
        {
            var id = row[0].GetString()!;
            NodeType? type = null;
            foreach (var l in row[1].EnumerateArray())
                if (GraphTypes.TryParseNodeType(l.GetString(), out var t)) type = t;
            if (type is null) continue;
            var p = row[2];
            var node = new Node(id, type.Value, Str(p, "name") ?? id)
            {
                Mentions = p.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 0,
                Title = Str(p, "title"),
                Published = Str(p, "published"),
                Source = Str(p, "source"),
                Url = Str(p, "url"),
                Outlet = Str(p, "outlet"),
                Language = Str(p, "language"),
            };
            foreach (var a in Strs(p, "aliases")) node.AddAlias(a);
            node.Articles.UnionWith(Strs(p, "articles"));
            graph.AddOrMerge(node);
        }
        var rels = client.Run($"MATCH (a:{Neo4jGraphLoader.SharedLabel})-[r]->(b:{Neo4jGraphLoader.SharedLabel}) RETURN a.id, type(r), b.id, properties(r)");
        foreach (var row in rels.Rows)
        {
            if (!GraphTypes.TryParseRelationType(row[1].GetString(), out var type)) continue;
            var s = row[0].GetString()!;
            var t = row[2].GetString()!;
            if (graph.FindNode(s) is null || graph.FindNode(t) is null) continue;
            var rel = graph.GetOrAddRelation(s, type, t);
            var p = row[3];
            var articles = Strs(p, "evidence_article").ToList();
            var sentences = Strs(p, "evidence_sentence").ToList();
            var starts = Ints(p, "evidence_start").ToList();
            var ends = Ints(p, "evidence_end").ToList();
            var quotes = Strs(p, "evidence_quote").ToList();
            var dates = Strs(p, "evidence_date").ToList();
            for (int i = 0; i < articles.Count; i++)
            {
                string? At(List<string> l) => i < l.Count && l[i].Length > 0 ? l[i] : null;
                rel.AddEvidence(new Evidence(articles[i], At(sentences) ?? "", i < starts.Count ? starts[i] : 0, i < ends.Count ? ends[i] : 0, At(quotes), At(dates)));
            }
        }
        return graph;
    }

    private static string? Str(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strs(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.ToString())
            : [];

    private static IEnumerable<int> Ints(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Number ? x.GetInt32() : 0)
            : [];
}
