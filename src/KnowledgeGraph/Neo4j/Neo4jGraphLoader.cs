using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>What a load did.</summary>
public sealed record Neo4jLoadReport(int Nodes, int Relationships, TimeSpan NodeTime, TimeSpan RelationshipTime);

/// <summary>
/// Loads an <see cref="EntityGraph"/> into Neo4j so that loading is idempotent and loads of
/// different corpora merge. Every node carries the shared label <see cref="SharedLabel"/>
/// (unique on id) beside its type label, so relationship MATCHes use one index.
/// Merge rules: aliases and articles are set unions; evidence is keyed by
/// "article:start:end" and only new keys are appended; mention counts are kept per loaded
/// corpus slice (keyed by the node's article set) and the total is their sum, so reloading
/// the same input replaces its count instead of adding it again.
/// Each batch is its own transaction and every statement is a MERGE, so a load interrupted
/// at any point is completed exactly by running it again.
/// </summary>
public sealed class Neo4jGraphLoader(Neo4jClient client, int batchSize = 10_000)
{
    public const string SharedLabel = "Entity";

    public Neo4jLoadReport Load(EntityGraph graph, Action<string>? progress = null, Action? batchDone = null)
    {
        EnsureConstraints();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int nodes = 0;
        foreach (var group in graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key))
        {
            var rows = group.Select(NodeRow).ToList();
            RunBatches(NodeStatement(group.Key), rows, $"{group.Key} nodes", batchDone);
            nodes += rows.Count;
            progress?.Invoke($"{rows.Count} {group.Key} nodes");
        }
        var nodeTime = sw.Elapsed;
        sw.Restart();
        int rels = 0;
        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            var rows = group.Select(RelationRow).ToList();
            RunBatches(RelationStatement(group.Key), rows, $"{group.Key} relationships", batchDone);
            rels += rows.Count;
            progress?.Invoke($"{rows.Count} {group.Key} relationships");
        }
        return new Neo4jLoadReport(nodes, rels, nodeTime, sw.Elapsed);
    }

    /// <summary>Schema first, each command in its own transaction; an existing constraint is fine.</summary>
    public void EnsureConstraints()
    {
        foreach (var label in new[] { SharedLabel }.Concat(Enum.GetNames<NodeType>()))
        {
            try
            {
                client.Run(client.Dialect.UniqueConstraint(label, "id"));
            }
            catch (Neo4jException ex) when (ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) || ex.Code.Contains("EquivalentSchemaRule", StringComparison.Ordinal))
            {
            }
            catch (Neo4jException ex)
            {
                throw ex.WithContext($"creating the unique constraint on :{label}(id)");
            }
        }
    }

    private void RunBatches(string statement, List<JsonObject> rows, string what, Action? batchDone)
    {
        for (int start = 0; start < rows.Count; start += batchSize)
        {
            int count = Math.Min(batchSize, rows.Count - start);
            var batch = new JsonArray(rows.GetRange(start, count).Select(r => (JsonNode)r.DeepClone()).ToArray());
            try
            {
                client.Run(statement, new JsonObject { ["rows"] = batch });
            }
            catch (Neo4jException ex)
            {
                throw ex.WithContext($"loading {what} rows {start}-{start + count - 1}");
            }
            batchDone?.Invoke();
        }
    }

    // Labels and types come from the enums only; every value is a parameter.
    // New nodes (the common case on a first load) take the cheap ON CREATE branch; only nodes
    // that exist already pay for the merging of aliases, articles and per-corpus mention counts.
    // Within ON MATCH every item reads the stored values, so `mentions` comes first and the
    // counts before the keys they are paired with.
    private static string NodeStatement(NodeType type) => $$"""
        UNWIND $rows AS row
        MERGE (n:{{SharedLabel}} {id: row.id})
        ON CREATE SET n:{{type}}, n.name = row.name, n.aliases = [a IN row.names WHERE a <> row.name],
            n.articles = row.articles, n.mention_keys = [row.mkey], n.mention_counts = [row.mentions],
            n.mentions = row.mentions, n.title = row.title, n.published = row.published, n.source = row.source
        ON MATCH SET n:{{type}},
            n.mentions = row.mentions + reduce(s = 0, i IN range(0, size(coalesce(n.mention_keys, [])) - 1) |
                s + CASE WHEN n.mention_keys[i] <> row.mkey THEN n.mention_counts[i] ELSE 0 END),
            n.mention_counts = [i IN range(0, size(coalesce(n.mention_keys, [])) - 1) WHERE n.mention_keys[i] <> row.mkey | n.mention_counts[i]] + row.mentions,
            n.mention_keys = [k IN coalesce(n.mention_keys, []) WHERE k <> row.mkey] + row.mkey,
            n.aliases = coalesce(n.aliases, []) + [a IN row.names WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])],
            n.articles = coalesce(n.articles, []) + [a IN row.articles WHERE NOT a IN coalesce(n.articles, [])],
            n.title = coalesce(n.title, row.title),
            n.published = coalesce(n.published, row.published),
            n.source = coalesce(n.source, row.source)
        """;

    // As for nodes: a new relationship takes its evidence as it is; an existing one adds only
    // the evidence it does not hold yet. Every ON MATCH item reads the stored keys, which are
    // therefore replaced last.
    private static string RelationStatement(RelationType type) => $$"""
        UNWIND $rows AS row
        MATCH (a:{{SharedLabel}} {id: row.s}), (b:{{SharedLabel}} {id: row.t})
        MERGE (a)-[r:{{type}}]->(b)
        ON CREATE SET r.evidence_key = row.ek, r.evidence_article = row.ea, r.evidence_sentence = row.es,
            r.evidence_start = row.est, r.evidence_end = row.een, r.evidence_quote = row.eq, r.evidence_date = row.ed,
            r.weight = CASE WHEN size(row.ek) = 0 THEN 1 ELSE size(row.ek) END
        ON MATCH SET
            r.weight = CASE WHEN size(coalesce(r.evidence_key, [])) + size([k IN row.ek WHERE NOT k IN coalesce(r.evidence_key, [])]) = 0 THEN 1
                            ELSE size(coalesce(r.evidence_key, [])) + size([k IN row.ek WHERE NOT k IN coalesce(r.evidence_key, [])]) END,
            r.evidence_article = coalesce(r.evidence_article, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.ea[i]],
            r.evidence_sentence = coalesce(r.evidence_sentence, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.es[i]],
            r.evidence_start = coalesce(r.evidence_start, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.est[i]],
            r.evidence_end = coalesce(r.evidence_end, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.een[i]],
            r.evidence_quote = coalesce(r.evidence_quote, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.eq[i]],
            r.evidence_date = coalesce(r.evidence_date, []) + [i IN range(0, size(row.ek) - 1) WHERE NOT row.ek[i] IN coalesce(r.evidence_key, []) | row.ed[i]],
            r.evidence_key = coalesce(r.evidence_key, []) + [k IN row.ek WHERE NOT k IN coalesce(r.evidence_key, [])]
        """;

    private static JsonObject NodeRow(Node n)
    {
        var names = new JsonArray { n.Name };
        foreach (var a in n.Aliases) names.Add(a);
        var articles = new JsonArray();
        foreach (var a in n.Articles) articles.Add(a);
        return new JsonObject
        {
            ["id"] = n.Id,
            ["name"] = n.Name,
            ["names"] = names,
            ["articles"] = articles,
            ["mentions"] = n.Mentions,
            ["mkey"] = MentionKey(n),
            ["title"] = n.Title,
            ["published"] = n.Published,
            ["source"] = n.Source,
        };
    }

    // The same corpus gives a node the same article set, hence the same key.
    private static string MentionKey(Node n)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', n.Articles)));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static JsonObject RelationRow(Relation r)
    {
        JsonArray Arr<T>(Func<Evidence, T> f) => new(r.Evidence.Select(e => JsonValue.Create(f(e))).Cast<JsonNode?>().ToArray());
        // Neo4j arrays cannot hold null: absent quotes and dates are stored as "".
        return new JsonObject
        {
            ["s"] = r.Source.Id,
            ["t"] = r.Target.Id,
            ["ek"] = Arr(EvidenceKey),
            ["ea"] = Arr(e => e.ArticleId),
            ["es"] = Arr(e => e.Sentence),
            ["est"] = Arr(e => e.Start),
            ["een"] = Arr(e => e.End),
            ["eq"] = Arr(e => e.Quote ?? ""),
            ["ed"] = Arr(e => e.Date ?? ""),
        };
    }

    public static string EvidenceKey(Evidence e) => $"{e.ArticleId}:{e.Start}:{e.End}";

    /// <summary>Deletes every node this tool loaded (tests and fresh loads).</summary>
    public static void DeleteAll(Neo4jClient client)
    {
        while (true)
        {
            var r = client.Run($"MATCH (n:{SharedLabel}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)");
            if (r.Rows.Count == 0 || r.Rows[0][0].GetInt64() == 0) break;
        }
    }
}
