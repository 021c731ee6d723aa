using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Cypher;

/// <summary>
/// A Cypher script that loads the graph: uniqueness constraints first, then batches of
/// <c>UNWIND [...] AS row MERGE ...</c> for nodes by label and relationships by type. Every
/// statement is one line ending in <c>;</c>, so the script works with <c>cypher-shell -f</c>,
/// pasted into Neo4j Browser, or sent line by line over the HTTP API. All values are Cypher
/// string/number literals (escaped); labels and types come only from the fixed schema.
/// Re-running the script changes nothing. The same graph always gives the same bytes.
/// </summary>
public sealed class CypherScriptSink : IGraphSink
{
    public CypherSchemaDialect Dialect { get; init; } = CypherSchemaDialect.Neo4j3;

    /// <summary>Rows per UNWIND statement.</summary>
    public int BatchSize { get; init; } = 200;

    public string Format => Dialect == CypherSchemaDialect.Neo4j3 ? "cypher" : "cypher5";
    public string Extension => ".cypher";

    /// <summary>The label every node carries besides its type label.</summary>
    public const string SharedLabel = "Entity";

    public void Write(EntityGraph graph, string path)
    {
        using var stream = SinkFile.Create(path);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in Lines(graph)) w.WriteLine(line);
    }

    /// <summary>The script's lines: comments (<c>//</c>), blank lines and one-line statements ending in <c>;</c>.</summary>
    public IEnumerable<string> Lines(EntityGraph graph)
    {
        yield return "// Knowledge graph as a Cypher script: " + graph.NodeCount.ToString(CultureInfo.InvariantCulture)
            + " nodes, " + graph.RelationCount.ToString(CultureInfo.InvariantCulture) + " relationships.";
        yield return "// Run it with:  cypher-shell -u neo4j -p PASSWORD -f graph.cypher";
        yield return "//           or:  cat graph.cypher | cypher-shell -u neo4j -p PASSWORD";
        yield return "// or paste it into Neo4j Browser (enable multi-statement query editor).";
        yield return "// Every line that is not a comment is one complete statement ending in ';', so the";
        yield return "// statements can also be sent one by one to the HTTP API (POST .../transaction/commit).";
        yield return Dialect == CypherSchemaDialect.Neo4j3
            ? "// Constraint syntax: Neo4j 3.x-4.x (CREATE CONSTRAINT ON ... ASSERT). For 4.4+/5.x export with --format cypher5."
            : "// Constraint syntax: Neo4j 4.4+/5.x (CREATE CONSTRAINT ... IF NOT EXISTS FOR ... REQUIRE).";
        yield return "// Loading is idempotent: nodes are merged by id, relationships by (source, type, target).";
        yield return "";
        yield return "// Schema";
        // One constraint on the shared label: ids are unique across types, and every further
        // unique index would be one more index write per node on each load.
        yield return Constraint(SharedLabel);
        yield return "";

        foreach (var type in Enum.GetValues<NodeType>())
        {
            var nodes = graph.Nodes.Where(n => n.Type == type).ToList();
            if (nodes.Count == 0) continue;
            yield return "// Nodes :" + SharedLabel + ":" + type + " (" + nodes.Count.ToString(CultureInfo.InvariantCulture) + ")";
            foreach (var batch in nodes.Chunk(Math.Max(1, BatchSize))) yield return NodeStatement(type, batch);
        }
        yield return "";
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var rels = graph.Relations.Where(r => r.Type == type).ToList();
            if (rels.Count == 0) continue;
            yield return "// Relationships :" + type + " (" + rels.Count.ToString(CultureInfo.InvariantCulture) + ")";
            foreach (var batch in rels.Chunk(Math.Max(1, BatchSize))) yield return RelationStatement(type, batch);
        }
    }

    public string Constraint(string label) => Dialect == CypherSchemaDialect.Neo4j3
        ? $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE;"
        : $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;";

    private static string NodeStatement(NodeType type, IEnumerable<Node> nodes)
    {
        bool article = type == NodeType.Article;
        var sb = new StringBuilder("UNWIND [");
        bool first = true;
        foreach (var n in nodes)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append("{id: "); AppendString(sb, n.Id);
            sb.Append(", name: "); AppendString(sb, n.Name);
            sb.Append(", aliases: "); AppendList(sb, n.Aliases);
            sb.Append(", mentions: ").Append(n.Mentions.ToString(CultureInfo.InvariantCulture));
            sb.Append(", articles: "); AppendList(sb, n.Articles);
            if (article)
            {
                sb.Append(", title: "); AppendString(sb, n.Title);
                sb.Append(", published: "); AppendString(sb, n.Published);
                sb.Append(", source: "); AppendString(sb, n.Source);
                sb.Append(", url: "); AppendString(sb, n.Url);
                sb.Append(", outlet: "); AppendString(sb, n.Outlet);
                sb.Append(", language: "); AppendString(sb, n.Language);
            }
            sb.Append('}');
        }
        sb.Append("] AS row MERGE (n:").Append(SharedLabel).Append(':').Append(type)
          .Append(" {id: row.id}) SET n.name = row.name, n.aliases = row.aliases, n.mentions = row.mentions, n.articles = row.articles");
        if (article) sb.Append(", n.title = row.title, n.published = row.published, n.source = row.source, n.url = row.url, n.outlet = row.outlet, n.language = row.language");
        return sb.Append(';').ToString();
    }

    private static string RelationStatement(RelationType type, IEnumerable<Relation> relations)
    {
        var sb = new StringBuilder("UNWIND [");
        bool first = true;
        foreach (var r in relations)
        {
            if (!first) sb.Append(", ");
            first = false;
            var ev = r.Evidence;
            sb.Append("{s: "); AppendString(sb, r.Source.Id);
            sb.Append(", t: "); AppendString(sb, r.Target.Id);
            sb.Append(", weight: ").Append(r.Weight.ToString(CultureInfo.InvariantCulture));
            sb.Append(", dates: "); AppendList(sb, r.Dates);
            sb.Append(", evidence_article: "); AppendList(sb, ev.Select(e => e.ArticleId));
            sb.Append(", evidence_sentence: "); AppendList(sb, ev.Select(e => e.Sentence));
            sb.Append(", evidence_start: "); AppendInts(sb, ev.Select(e => e.Start));
            sb.Append(", evidence_end: "); AppendInts(sb, ev.Select(e => e.End));
            sb.Append(", evidence_quote: "); AppendList(sb, ev.Select(e => e.Quote ?? ""));
            sb.Append(", evidence_date: "); AppendList(sb, ev.Select(e => e.Date ?? ""));
            sb.Append('}');
        }
        sb.Append("] AS row MATCH (a:").Append(SharedLabel).Append(" {id: row.s}) MATCH (b:").Append(SharedLabel)
          .Append(" {id: row.t}) MERGE (a)-[r:").Append(type).Append("]->(b) SET r.weight = row.weight, r.dates = row.dates, ")
          .Append("r.evidence_article = row.evidence_article, r.evidence_sentence = row.evidence_sentence, ")
          .Append("r.evidence_start = row.evidence_start, r.evidence_end = row.evidence_end, ")
          .Append("r.evidence_quote = row.evidence_quote, r.evidence_date = row.evidence_date;");
        return sb.ToString();
    }

    private static void AppendList(StringBuilder sb, IEnumerable<string> items)
    {
        sb.Append('[');
        bool first = true;
        foreach (var s in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            AppendString(sb, s);
        }
        sb.Append(']');
    }

    private static void AppendInts(StringBuilder sb, IEnumerable<int> items)
    {
        sb.Append('[');
        bool first = true;
        foreach (var i in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(i.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append(']');
    }

    /// <summary>A Cypher string literal in single quotes, or <c>null</c>.</summary>
    public static string Literal(string? s)
    {
        var sb = new StringBuilder();
        AppendString(sb, s);
        return sb.ToString();
    }

    /// <summary>
    /// Appends a single-quoted Cypher string literal that any Cypher parser reads back as the
    /// same text and that keeps a statement on one line. Quotes and backslashes are escaped;
    /// line breaks and tabs as <c>\n</c>, <c>\r</c>, <c>\t</c>; as <c>\uXXXX</c> every other
    /// character a literal cannot safely carry raw: C0 and C1 controls and DEL, the line and
    /// paragraph separators U+2028/U+2029 (line ends to JavaScript-based tools such as Neo4j
    /// Browser), the byte order mark U+FEFF (dropped by some readers), and the noncharacters
    /// U+FDD0–U+FDEF and U+FFFE/U+FFFF (also U+1FFFE and the like, as an escaped surrogate
    /// pair), which parsers use internally: Neo4j 3.x refuses a raw U+FFFF or U+FDEA–U+FDEF
    /// as a syntax error. A lone surrogate is not text: UTF-8 cannot encode it, and Neo4j 3.1
    /// stores an escaped one as "?". It becomes U+FFFD, as the loader's JSON writer and
    /// every UTF-8 encoder make it. Everything else
    /// (including <c>$</c>, braces and emoji) is literal text.
    /// </summary>
    public static void AppendString(StringBuilder sb, string? s)
    {
        if (s is null) { sb.Append("null"); return; }
        sb.Append('\'');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        char low = s[++i];
                        if (IsNoncharacter(char.ConvertToUtf32(c, low))) AppendEscape(AppendEscape(sb, c), low);
                        else sb.Append(c).Append(low);
                    }
                    else if (char.IsSurrogate(c))
                        AppendEscape(sb, '\uFFFD');
                    else if (MustEscape(c))
                        AppendEscape(sb, c);
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    private static bool MustEscape(char c) =>
        c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || IsNoncharacter(c);

    // U+FDD0..U+FDEF and the last two code points of every plane.
    private static bool IsNoncharacter(int codePoint) =>
        (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;

    private static StringBuilder AppendEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
