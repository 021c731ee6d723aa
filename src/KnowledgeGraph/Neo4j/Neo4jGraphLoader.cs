using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Loads an <see cref="EntityGraph"/> into Neo4j so that loading is idempotent and loads of
/// different corpora merge. Every node carries the shared label <see cref="SharedLabel"/>
/// (unique on id, the one index the load maintains) beside its type label.
/// Merge rules: aliases and articles are set unions; an evidence is known by its article,
/// start and end, and only evidence not held yet is appended; mention counts are kept per loaded
/// corpus slice (keyed by the node's article set) and the total is their sum, so reloading
/// the same input replaces its count instead of adding it again.
/// Each batch is its own transaction. Nodes are created only where none with their id
/// exists (and the unique constraint refuses a duplicate, whereupon the batch is merged
/// instead); everything else is a MERGE. So a load interrupted at any point is completed
/// exactly by running it again, and a batch that lost a lock conflict can simply be sent again.
/// Up to <c>parallelism</c> batches are in flight at once (the server runs each transaction on
/// one core); relationship batches are planned by <see cref="RelationshipSchedule"/> so that
/// concurrent ones never share an end node. Relationship rows lock both ends before merging,
/// so other loads running at the same time never duplicate a relationship, and duplicates an
/// earlier version left are folded into one when a load writes that relationship.
/// </summary>
public sealed class Neo4jGraphLoader(Neo4jClient client, int batchSize = Neo4jGraphLoader.DefaultBatchSize, int parallelism = 2)
{
    public const string SharedLabel = "Entity";

    /// <summary>
    /// A label no node carries: removing it from a node takes the node's write lock and
    /// changes nothing (see <see cref="RelationStatement"/>). Its token must exist, or Cypher
    /// skips the removal, so <see cref="EnsureConstraints"/> creates it.
    /// </summary>
    public const string LockLabel = "KgLock";
    // Measured on Neo4j 3.1 with 200,000 nodes and relationships: batches of 2,500 loaded nodes
    // about a fifth faster than batches of 10,000 (a large transaction makes each of its own
    // writes dearer), relationships no slower; 1,000 was slower again.
    public const int DefaultBatchSize = 2_500;
    private const int MaxConflictRetries = 8;
    private const string ConstraintFailedCode = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private readonly int _batchSize = Math.Max(1, batchSize);
    private readonly int _parallelism = Math.Max(1, parallelism);
    private int _retries;

    public Neo4jLoadReport Load(EntityGraph graph, Action<string>? progress = null, Action? batchDone = null)
    {
        EnsureConstraints();
        _retries = 0;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        // Nothing of this tool's is in an empty database, so no node needs looking up first.
        bool empty = client.Run($"MATCH (n:{SharedLabel}) RETURN id(n) LIMIT 1").Rows.Count == 0;
        var nodeSteps = new List<IReadOnlyList<Step>>();
        var internalIds = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var nodeCounts = new List<(NodeType Type, int Count)>();
        foreach (var group in graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key))
        {
            var nodes = group.ToList();
            for (int start = 0; start < nodes.Count; start += _batchSize)
            {
                var slice = nodes.GetRange(start, Math.Min(_batchSize, nodes.Count - start));
                // Distinct ids never contend, so every node batch is its own unit of work.
                nodeSteps.Add([new Step($"{group.Key} nodes rows {start}-{start + slice.Count - 1}", () => SendNodes(group.Key, slice, !empty, internalIds))]);
            }
            nodeCounts.Add((group.Key, nodes.Count));
        }
        RunRound(nodeSteps, batchDone);
        foreach (var (type, count) in nodeCounts) progress?.Invoke($"{count} {type} nodes");
        var nodeTime = sw.Elapsed;

        sw.Restart();
        var relations = graph.Relations.ToList();
        var sent = new Dictionary<RelationType, int>();
        foreach (var round in RelationshipSchedule.Plan(relations, _parallelism))
        {
            var units = new List<IReadOnlyList<Step>>();
            foreach (var bucket in round)
            {
                var unit = new List<Step>();
                foreach (var byType in bucket.Select(i => relations[i]).GroupBy(r => r.Type).OrderBy(g => g.Key))
                {
                    var rows = byType.ToList();
                    for (int start = 0; start < rows.Count; start += _batchSize)
                    {
                        var slice = rows.GetRange(start, Math.Min(_batchSize, rows.Count - start));
                        int first = sent.GetValueOrDefault(byType.Key);
                        sent[byType.Key] = first + slice.Count;
                        var repair = new Batch(RepairStatement(byType.Key), w => WriteRelationEnds(w, slice));
                        var byKey = new Batch(client.Dialect.LoadPrefix + RelationStatement(byType.Key, byInternalId: false), w => WriteRelationRows(w, slice, null))
                        {
                            Repair = repair,
                        };
                        var batch = slice.All(r => internalIds.ContainsKey(r.Source.Id) && internalIds.ContainsKey(r.Target.Id))
                            ? new Batch(client.Dialect.LoadPrefix + RelationStatement(byType.Key, byInternalId: true), w => WriteRelationRows(w, slice, internalIds))
                            {
                                Accept = result => result.Rows.Count == 1 && result.Rows[0][0].GetInt64() == slice.Count,
                                Fallback = byKey,
                                Repair = repair,
                            }
                            : byKey;
                        unit.Add(new Step($"{byType.Key} relationships rows {first}-{first + slice.Count - 1}", () => Send(batch)));
                    }
                }
                units.Add(unit);
            }
            RunRound(units, batchDone);
        }
        foreach (var (type, count) in sent.OrderBy(p => p.Key)) progress?.Invoke($"{count} {type} relationships");
        return new Neo4jLoadReport(graph.NodeCount, relations.Count, nodeTime, sw.Elapsed, _retries);
    }

    /// <summary>
    /// Schema first, in its own transaction; an existing constraint is fine. Only the shared
    /// label is constrained: ids are unique across types, relationship lookups use this index,
    /// and a second unique index per type label would cost a third more time per node.
    /// </summary>
    public void EnsureConstraints()
    {
        try
        {
            client.Run(client.Dialect.UniqueConstraint(SharedLabel, "id"));
            // Creates the lock label's token (tokens outlive the node), so that removing the
            // label really locks; nothing else stays behind.
            client.Run($"CREATE (n:{LockLabel}) DELETE n");
        }
        catch (Neo4jException ex) when (ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) || ex.Code.Contains("EquivalentSchemaRule", StringComparison.Ordinal))
        {
        }
        catch (Neo4jException ex)
        {
            throw ex.WithContext($"creating the unique constraint on :{SharedLabel}(id)");
        }
    }

    /// <summary>One step of a unit of work; <see cref="What"/> names it in errors.</summary>
    private sealed record Step(string What, Action Send);

    /// <summary>
    /// One transaction's worth of rows. When <see cref="Accept"/> rejects the answer, or the
    /// server refuses the batch for a uniqueness conflict and <see cref="FallbackOnConstraintConflict"/> is set,
    /// <see cref="Fallback"/> is sent instead. A relationship batch whose answer shows that a
    /// row met more than one relationship (see <see cref="HasDuplicates"/>) is followed by
    /// <see cref="Repair"/>.
    /// </summary>
    private sealed record Batch(string Statement, Action<Utf8JsonWriter> WriteRows)
    {
        public Func<Neo4jResult, bool>? Accept { get; init; }
        public Batch? Fallback { get; init; }
        public bool FallbackOnConstraintConflict { get; init; }
        public Batch? Repair { get; init; }
    }

    // A relationship batch answers (rows that found both ends, relationships merged). A row
    // meets one relationship, new or existing, unless earlier loads left duplicates.
    private static bool HasDuplicates(Neo4jResult result) =>
        result.Rows.Count == 1 && result.Rows[0].Length > 1 && result.Rows[0][1].GetInt64() > result.Rows[0][0].GetInt64();

    /// <summary>
    /// Creating a node costs the server about a quarter less than merging it, so nodes that do
    /// not exist yet are created, and only those found by a cheap read first are merged. If
    /// another writer created one of them in between, the unique constraint refuses the whole
    /// create batch (nothing of it is committed) and its rows are merged instead.
    /// </summary>
    private void SendNodes(NodeType type, List<Node> slice, bool lookUp, ConcurrentDictionary<string, long> internalIds)
    {
        var existing = lookUp ? Existing(slice) : [];
        var fresh = existing.Count == 0 ? slice : slice.Where(n => !existing.Contains(n.Id)).ToList();
        var known = existing.Count == 0 ? [] : slice.Where(n => existing.Contains(n.Id)).ToList();
        Batch Merge(List<Node> nodes) => new(client.Dialect.LoadPrefix + NodeStatement(type, create: false), w => WriteNodeRows(w, nodes))
        {
            Accept = result => RememberInternalIds(result, nodes, internalIds),
        };
        if (fresh.Count > 0)
        {
            Send(new Batch(client.Dialect.LoadPrefix + NodeStatement(type, create: true), w => WriteNodeRows(w, fresh))
            {
                Accept = result => RememberInternalIds(result, fresh, internalIds),
                Fallback = Merge(fresh),
                FallbackOnConstraintConflict = true,
            });
        }
        if (known.Count > 0) Send(Merge(known));
    }

    private HashSet<string> Existing(List<Node> nodes)
    {
        var result = client.Run(client.Dialect.LoadPrefix + $"UNWIND $ids AS id MATCH (n:{SharedLabel} {{id: id}}) RETURN collect(n.id)", w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("ids");
            foreach (var n in nodes) w.WriteStringValue(n.Id);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (result.Rows.Count == 1)
            foreach (var id in result.Rows[0][0].EnumerateArray()) found.Add(id.GetString()!);
        return found;
    }

    // Neo4j's own node ids let relationship batches find their ends by record id instead of
    // two unique-index lookups per row. They are only trusted within this load and only
    // together with the node's own id (see RelationStatement).
    // One list in row order, the smallest answer; a wrong pairing could only send a
    // relationship batch to its index-lookup fallback, since every use is checked.
    private static bool RememberInternalIds(Neo4jResult result, List<Node> slice, ConcurrentDictionary<string, long> ids)
    {
        if (result.Rows.Count != 1 || result.Rows[0][0].GetArrayLength() != slice.Count) return true;
        int i = 0;
        foreach (var id in result.Rows[0][0].EnumerateArray()) ids[slice[i++].Id] = id.GetInt64();
        return true;
    }

    /// <summary>
    /// Runs units of work on up to <c>parallelism</c> threads; the batches of one unit run in
    /// order on one thread. After the first failure no new batch starts; the failure of the
    /// earliest unit is reported, so the message does not depend on thread timing. Anything
    /// thrown on a worker (including a caller's callback) is carried back to the calling thread
    /// instead of ending the process.
    /// </summary>
    private void RunRound(IReadOnlyList<IReadOnlyList<Step>> units, Action? batchDone)
    {
        if (units.Count == 0) return;
        int next = -1;
        bool failed = false;
        var failures = new Exception?[units.Count];
        void Work()
        {
            int u;
            while (!Volatile.Read(ref failed) && (u = Interlocked.Increment(ref next)) < units.Count)
            {
                foreach (var step in units[u])
                {
                    if (Volatile.Read(ref failed)) return;
                    try
                    {
                        step.Send();
                        batchDone?.Invoke();
                    }
                    catch (Exception ex)
                    {
                        failures[u] = ex is Neo4jException n ? n.WithContext($"loading {step.What}") : ex;
                        Volatile.Write(ref failed, true);
                        return;
                    }
                }
            }
        }
        int threads = Math.Min(_parallelism, units.Count);
        if (threads == 1)
        {
            Work();
        }
        else
        {
            var workers = Enumerable.Range(0, threads).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
            workers.ForEach(t => t.Start());
            workers.ForEach(t => t.Join());
        }
        var first = failures.FirstOrDefault(f => f is not null);
        if (first is Neo4jException) throw first;
        if (first is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
    }

    // Lock conflicts between concurrent batches come back as a transient deadlock or, when
    // found at commit, as a failed commit; nothing of the batch was committed, so sending it
    // again is safe.
    private void Send(Batch batch)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var result = client.Run(batch.Statement, w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("rows");
                    batch.WriteRows(w);
                    w.WriteEndObject();
                });
                if (batch.Accept is not null && !batch.Accept(result) && batch.Fallback is not null) Send(batch.Fallback);
                else if (batch.Repair is not null && HasDuplicates(result)) Send(batch.Repair);
                return;
            }
            catch (Neo4jException ex) when (batch.FallbackOnConstraintConflict && batch.Fallback is not null && ex.Code == ConstraintFailedCode)
            {
                Send(batch.Fallback);
                return;
            }
            catch (Neo4jException ex) when (attempt < MaxConflictRetries && IsLockConflict(ex))
            {
                Interlocked.Increment(ref _retries);
                Thread.Sleep(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(50)));
                delay *= 2;
            }
        }
    }

    /// <summary>A batch that lost a lock conflict with a concurrent one; nothing of it was committed.</summary>
    public static bool IsLockConflict(Neo4jException ex) =>
        ex.Code.Contains("Deadlock", StringComparison.Ordinal) ||
        (ex.Code == "Neo.DatabaseError.Transaction.TransactionCommitFailed" &&
         (ex.Message.Contains("Deadlock", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)));

    // Labels and types come from the enums only; every value is a parameter.
    // Created nodes take the row as it is; only nodes that exist already pay for the merging of
    // aliases, articles and per-corpus mention counts (the ON CREATE branch covers a node
    // deleted since it was looked up). Within ON MATCH every item reads the stored values, so
    // `mentions` comes first and the counts before the keys they are paired with.
    private static string NodeStatement(NodeType type, bool create) => create
        ? $$"""
        UNWIND $rows AS row
        CREATE (n:{{SharedLabel}}:{{type}} {id: row.id, name: row.name, aliases: [a IN row.names WHERE a <> row.name],
            articles: row.articles, mention_keys: [row.mkey], mention_counts: [row.mentions],
            mentions: row.mentions, title: row.title, published: row.published, source: row.source,
            url: row.url, outlet: row.outlet, language: row.language})
        RETURN collect(id(n))
        """
        : $$"""
        UNWIND $rows AS row
        MERGE (n:{{SharedLabel}} {id: row.id})
        ON CREATE SET n:{{type}}, n.name = row.name, n.aliases = [a IN row.names WHERE a <> row.name],
            n.articles = row.articles, n.mention_keys = [row.mkey], n.mention_counts = [row.mentions],
            n.mentions = row.mentions, n.title = row.title, n.published = row.published, n.source = row.source,
            n.url = row.url, n.outlet = row.outlet, n.language = row.language
        ON MATCH SET n:{{type}},
            n.mentions = row.mentions + reduce(s = 0, i IN range(0, size(coalesce(n.mention_keys, [])) - 1) |
                s + CASE WHEN n.mention_keys[i] <> row.mkey THEN n.mention_counts[i] ELSE 0 END),
            n.mention_counts = [i IN range(0, size(coalesce(n.mention_keys, [])) - 1) WHERE n.mention_keys[i] <> row.mkey | n.mention_counts[i]] + row.mentions,
            n.mention_keys = [k IN coalesce(n.mention_keys, []) WHERE k <> row.mkey] + row.mkey,
            n.aliases = coalesce(n.aliases, []) + [a IN row.names WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])],
            n.articles = coalesce(n.articles, []) + [a IN row.articles WHERE NOT a IN coalesce(n.articles, [])],
            n.title = coalesce(n.title, row.title),
            n.published = coalesce(n.published, row.published),
            n.source = coalesce(n.source, row.source),
            n.url = coalesce(n.url, row.url),
            n.outlet = coalesce(n.outlet, row.outlet),
            n.language = coalesce(n.language, row.language)
        RETURN collect(id(n))
        """;

    // Two loads that merge the same relationship at once would each find none (neither sees
    // the other's uncommitted one) and each create it: no constraint guards a relationship
    // pattern. So, as Neo4j advises for concurrent MERGE, every row first write-locks both end
    // nodes; a second writer of the same pair then waits for the first to commit and finds its
    // relationship. Removing a label the node does not have takes the node's write lock and
    // changes nothing: no property is written and no index is consulted (re-adding Entity
    // would also lock, but first checks the unique constraint, which made relationships
    // loads two to three times slower). Creating the relationship would lock both ends anyway,
    // so this only moves the lock before the MERGE's read. Batches of one load never share an
    // end node (RelationshipSchedule), so within a load these locks never wait.
    // A new relationship takes its evidence as it is. An existing one adds only the evidence
    // it does not hold yet, an evidence being known by article, start and end (so no key
    // property is stored for it). Every ON MATCH item reads the stored arrays; evidence_end is
    // replaced last, so its size is the number of evidences held before this row, and the
    // appends before it only lengthen arrays beyond that size.
    // The ends are found by the record ids the node batches of this load answered, each
    // checked against its own id, so a node deleted and its record reused meanwhile cannot be
    // mistaken for it; the count tells whether every row found both ends, and a batch that
    // did not is sent again looking its ends up by id in the unique index. (Both ends of that
    // lookup in one MATCH can make Neo4j 3.1 plan a hash join over two index scans.)
    // A relationship without evidence (MENTIONED_IN) gets no evidence properties at all.
    private static string RelationStatement(RelationType type, bool byInternalId)
    {
        const string held = "range(0, size(coalesce(r.evidence_end, [])) - 1)";
        const string added = $"[i IN range(0, size(coalesce(row.ea, [])) - 1) WHERE NOT any(j IN {held} WHERE r.evidence_article[j] = row.ea[i] AND r.evidence_start[j] = row.est[i] AND r.evidence_end[j] = row.een[i])";
        static string Append(string property, string column) =>
            $"r.{property} = CASE WHEN row.ea IS NULL THEN r.{property} ELSE coalesce(r.{property}, []) + {added} | row.{column}[i]] END";
        return $$"""
        UNWIND $rows AS row
        {{(byInternalId
            ? "MATCH (a) WHERE id(a) = row.s AND a.id = row.sid\n    MATCH (b) WHERE id(b) = row.t AND b.id = row.tid"
            : $"MATCH (a:{SharedLabel} {{id: row.sid}})\n    WITH row, a\n    MATCH (b:{SharedLabel} {{id: row.tid}})")}}
        REMOVE a:{{LockLabel}}, b:{{LockLabel}}
        MERGE (a)-[r:{{type}}]->(b)
        ON CREATE SET r.evidence_article = row.ea, r.evidence_sentence = row.es, r.evidence_start = row.est,
            r.evidence_end = row.een, r.evidence_quote = row.eq, r.evidence_date = row.ed, r.weight = row.w
        ON MATCH SET
            r.weight = CASE WHEN size(coalesce(r.evidence_end, [])) + size({{added}}]) = 0 THEN 1 ELSE size(coalesce(r.evidence_end, [])) + size({{added}}]) END,
            {{Append("evidence_sentence", "es")}},
            {{Append("evidence_quote", "eq")}},
            {{Append("evidence_date", "ed")}},
            {{Append("evidence_article", "ea")}},
            {{Append("evidence_start", "est")}},
            {{Append("evidence_end", "een")}}
        RETURN count(DISTINCT row.i), count(*)
        """;
    }

    // Folds relationships of one type between the same two nodes, as earlier versions could
    // leave them, into the oldest one: evidence is the union by article, start and end (the
    // kept relationship's first), weight the number of evidences (1 without any), any other
    // property the kept one lacks is taken from the others, and the others are deleted. Both
    // ends are locked first, like a merge, so no concurrent load adds to a pair meanwhile.
    // Runs only after a batch that met duplicates. Planned by the cost planner with the index
    // named: the 3.x rule planner cannot match a typed relationship between two bound nodes on
    // newer Java runtimes.
    private static string RepairStatement(RelationType type) => $$"""
        UNWIND $rows AS row
        MATCH (a:{{SharedLabel}} {id: row.sid}) USING INDEX a:{{SharedLabel}}(id)
        MATCH (b:{{SharedLabel}} {id: row.tid}) USING INDEX b:{{SharedLabel}}(id)
        REMOVE a:{{LockLabel}}, b:{{LockLabel}}
        WITH a, b
        MATCH (a)-[r:{{type}}]->(b)
        WITH a, b, r ORDER BY id(r)
        WITH a, b, collect(r) AS rs
        WHERE size(rs) > 1
        WITH rs[0] AS keep, rs[1..] AS extra, properties(rs[0]) AS own,
            reduce(found = [], d IN rs | found + [j IN range(0, size(coalesce(d.evidence_end, [])) - 1) |
                {a: d.evidence_article[j], s: d.evidence_start[j], e: d.evidence_end[j],
                 t: d.evidence_sentence[j], q: d.evidence_quote[j], d: d.evidence_date[j]}]) AS found
        WITH keep, extra, own,
            reduce(u = [], ev IN found | CASE WHEN any(x IN u WHERE x.a = ev.a AND x.s = ev.s AND x.e = ev.e) THEN u ELSE u + [ev] END) AS evs
        FOREACH (i IN range(size(extra) - 1, 0, -1) | SET keep += properties(extra[i]))
        SET keep += own
        SET keep.evidence_article = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.a, '')] END,
            keep.evidence_sentence = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.t, '')] END,
            keep.evidence_start = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.s, 0)] END,
            keep.evidence_end = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.e, 0)] END,
            keep.evidence_quote = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.q, '')] END,
            keep.evidence_date = CASE WHEN size(evs) = 0 THEN null ELSE [x IN evs | coalesce(x.d, '')] END,
            keep.weight = CASE WHEN size(evs) = 0 THEN 1 ELSE size(evs) END
        FOREACH (d IN extra | DELETE d)
        RETURN count(*)
        """;

    private static void WriteNodeRows(Utf8JsonWriter w, List<Node> nodes)
    {
        w.WriteStartArray();
        foreach (var n in nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("name", n.Name);
            JsonArrays.Strings(w, "names", n.Aliases.Prepend(n.Name), a => a);
            JsonArrays.Strings(w, "articles", n.Articles, a => a);
            w.WriteNumber("mentions", n.Mentions);
            w.WriteString("mkey", MentionKey(n));
            // Absent keys read as null in Cypher, which is what SET needs for "no value".
            if (n.Title is not null) w.WriteString("title", n.Title);
            if (n.Published is not null) w.WriteString("published", n.Published);
            if (n.Source is not null) w.WriteString("source", n.Source);
            if (n.Url is not null) w.WriteString("url", n.Url);
            if (n.Outlet is not null) w.WriteString("outlet", n.Outlet);
            if (n.Language is not null) w.WriteString("language", n.Language);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // The same corpus gives a node the same article set, hence the same key.
    private static string MentionKey(Node n)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', n.Articles)));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static void WriteRelationEnds(Utf8JsonWriter w, List<Relation> relations)
    {
        w.WriteStartArray();
        foreach (var r in relations)
        {
            w.WriteStartObject();
            w.WriteString("sid", r.Source.Id);
            w.WriteString("tid", r.Target.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRelationRows(Utf8JsonWriter w, List<Relation> relations, ConcurrentDictionary<string, long>? internalIds)
    {
        w.WriteStartArray();
        for (int i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            w.WriteStartObject();
            // The row's number: the answer counts distinct rows apart from relationships met.
            w.WriteNumber("i", i);
            w.WriteString("sid", r.Source.Id);
            w.WriteString("tid", r.Target.Id);
            if (internalIds is not null)
            {
                w.WriteNumber("s", internalIds[r.Source.Id]);
                w.WriteNumber("t", internalIds[r.Target.Id]);
            }
            w.WriteNumber("w", Math.Max(1, r.Evidence.Count));
            if (r.Evidence.Count > 0)
            {
                JsonArrays.Strings(w, "ea", r.Evidence, e => e.ArticleId);
                JsonArrays.Strings(w, "es", r.Evidence, e => e.Sentence);
                JsonArrays.Numbers(w, "est", r.Evidence, e => e.Start);
                JsonArrays.Numbers(w, "een", r.Evidence, e => e.End);
                // Neo4j arrays cannot hold null: absent quotes and dates are stored as "".
                JsonArrays.Strings(w, "eq", r.Evidence, e => e.Quote ?? "");
                JsonArrays.Strings(w, "ed", r.Evidence, e => e.Date ?? "");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

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
