using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Cypher;

namespace KnowledgeGraph.Sinks.Neo4jCsv;

/// <summary>
/// CSV files for Neo4j's offline bulk importer (<c>neo4j-import</c> in 3.x,
/// <c>neo4j-admin import</c> in 4.x/5.x): <c>nodes-&lt;Label&gt;.csv</c> per label and
/// <c>relationships-&lt;TYPE&gt;.csv</c> per type, with <c>:ID</c>, <c>:LABEL</c>,
/// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c> and typed property columns, plus
/// <c>import.sh</c> and <c>README.txt</c> with the exact command lines.
/// Fields are quoted as RFC 4180 says (quotes doubled); fields with line breaks need
/// <c>--multiline-fields=true</c>. Array elements are separated by <see cref="ArrayDelimiter"/>
/// (U+001F, the ASCII unit separator), which the importer is told with
/// <c>--array-delimiter</c>; the importer has no escape for the delimiter, so the character is
/// replaced by U+FFFD inside values. The same graph always gives the same bytes.
/// </summary>
public sealed class Neo4jCsvSink : IGraphSink
{
    public const char ArrayDelimiter = '\u001f';
    private const char Replacement = '\ufffd';

    public string Format => "neo4j-csv";
    public string Extension => "";

    private static readonly string[] NodeHeader =
        ["id:ID", ":LABEL", "name", "aliases:string[]", "mentions:int", "articles:string[]"];

    private static readonly string[] ArticleExtraHeader = ["title", "published", "source", "url", "outlet", "language"];

    public static readonly string[] RelationshipHeader =
    [
        ":START_ID", ":END_ID", ":TYPE", "weight:int", "dates:string[]",
        "evidence_article:string[]", "evidence_sentence:string[]", "evidence_start:int[]", "evidence_end:int[]",
        "evidence_quote:string[]", "evidence_date:string[]",
    ];

    public static string NodeFileName(NodeType type) => "nodes-" + type + ".csv";
    public static string RelationshipFileName(RelationType type) => "relationships-" + type + ".csv";

    /// <summary>Writes the files into directory <paramref name="path"/>, replacing earlier exports there.</summary>
    public void Write(EntityGraph graph, string path)
    {
        Directory.CreateDirectory(path);
        foreach (var old in Directory.EnumerateFiles(path, "nodes-*.csv").Concat(Directory.EnumerateFiles(path, "relationships-*.csv")))
            File.Delete(old);

        var nodeFiles = new List<string>();
        foreach (var type in Enum.GetValues<NodeType>())
        {
            var nodes = graph.Nodes.Where(n => n.Type == type).ToList();
            if (nodes.Count == 0) continue;
            var name = NodeFileName(type);
            nodeFiles.Add(name);
            WriteFile(Path.Combine(path, name), NodeRows(type, nodes));
        }
        var relFiles = new List<string>();
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var rels = graph.Relations.Where(r => r.Type == type).ToList();
            if (rels.Count == 0) continue;
            var name = RelationshipFileName(type);
            relFiles.Add(name);
            WriteFile(Path.Combine(path, name), RelationshipRows(rels));
        }
        WriteText(Path.Combine(path, "import.sh"), ImportScript(nodeFiles, relFiles));
        WriteText(Path.Combine(path, "README.txt"), Readme(graph, nodeFiles, relFiles));
        if (!OperatingSystem.IsWindows())
        {
            var script = Path.Combine(path, "import.sh");
            File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }

    private static IEnumerable<string[]> NodeRows(NodeType type, IEnumerable<Node> nodes)
    {
        bool article = type == NodeType.Article;
        yield return article ? [.. NodeHeader, .. ArticleExtraHeader] : NodeHeader;
        foreach (var n in nodes)
        {
            var row = new List<string>
            {
                n.Id, CypherScriptSink.SharedLabel + ArrayDelimiter + type, n.Name, Array(n.Aliases),
                n.Mentions.ToString(CultureInfo.InvariantCulture), Array(n.Articles),
            };
            if (article) row.AddRange([n.Title ?? "", n.Published ?? "", n.Source ?? "", n.Url ?? "", n.Outlet ?? "", n.Language ?? ""]);
            yield return [.. row];
        }
    }

    private static IEnumerable<string[]> RelationshipRows(IEnumerable<Relation> relations)
    {
        yield return RelationshipHeader;
        foreach (var r in relations)
        {
            var ev = r.Evidence;
            yield return
            [
                r.Source.Id, r.Target.Id, r.Type.ToString(), r.Weight.ToString(CultureInfo.InvariantCulture), Array(r.Dates),
                Array(ev.Select(e => e.ArticleId)), Array(ev.Select(e => e.Sentence)),
                Ints(ev.Select(e => e.Start)), Ints(ev.Select(e => e.End)),
                Array(ev.Select(e => e.Quote ?? "")), Array(ev.Select(e => e.Date ?? "")),
            ];
        }
    }

    private static string Array(IEnumerable<string> items) =>
        string.Join(ArrayDelimiter, items.Select(s => s.Replace(ArrayDelimiter, Replacement)));

    private static string Ints(IEnumerable<int> items) =>
        string.Join(ArrayDelimiter, items.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static void WriteFile(string path, IEnumerable<string[]> rows)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Clear();
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) sb.Append(',');
                AppendField(sb, row[i]);
            }
            w.WriteLine(sb.ToString());
        }
    }

    /// <summary>RFC 4180: a field with a comma, quote, line break or edge space is quoted, inner quotes doubled.</summary>
    public static void AppendField(StringBuilder sb, string value)
    {
        bool quote = value.Length > 0 && (value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value[0] == ' ' || value[^1] == ' ');
        if (!quote) { sb.Append(value); return; }
        sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private static string Files(string option, IEnumerable<string> files, string prefix) =>
        string.Concat(files.Select(f => $" \\\n  {option}=\"{prefix}{f}\""));

    private static string ImportScript(IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relFiles) =>
        "#!/usr/bin/env bash\n"
        + "# Bulk-loads these CSV files into a new, empty Neo4j 3.x store with neo4j-import.\n"
        + "# Usage: NEO4J_HOME=/path/to/neo4j ./import.sh [STORE_DIR]\n"
        + "# STORE_DIR defaults to $NEO4J_HOME/data/databases/graph.db and must not exist yet.\n"
        + "# For Neo4j 4.x and 5.x see README.txt (neo4j-admin import).\n"
        + "set -euo pipefail\n"
        + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
        + ": \"${NEO4J_HOME:?set NEO4J_HOME to the Neo4j installation}\"\n"
        + "store=\"${1:-$NEO4J_HOME/data/databases/graph.db}\"\n"
        + "exec bash \"$NEO4J_HOME/bin/neo4j-import\" --into \"$store\""
        + Files("--nodes", nodeFiles, "$here/") + Files("--relationships", relFiles, "$here/")
        + " \\\n  --array-delimiter=$'\\x1f' --multiline-fields=true --id-type=STRING\n";

    private static string Readme(EntityGraph graph, IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relFiles)
    {
        var sb = new StringBuilder();
        sb.Append("Knowledge graph as CSV files for Neo4j's offline bulk importer\n\n");
        sb.Append(graph.NodeCount.ToString(CultureInfo.InvariantCulture)).Append(" nodes, ")
          .Append(graph.RelationCount.ToString(CultureInfo.InvariantCulture)).Append(" relationships.\n\n");
        sb.Append("Files: nodes-<Label>.csv (every node has the labels Entity and its type), relationships-<TYPE>.csv.\n");
        sb.Append("Fields are quoted as in RFC 4180; sentences can contain line breaks (--multiline-fields=true).\n");
        sb.Append("Array elements are separated by the ASCII unit separator U+001F (--array-delimiter), which also\n");
        sb.Append("separates the two labels in the :LABEL column. Evidence arrays are parallel: element i of\n");
        sb.Append("evidence_article, evidence_sentence, evidence_start, evidence_end, evidence_quote and evidence_date\n");
        sb.Append("describe the same supporting sentence (\"\" where there is no quote or date); article, start and end\n");
        sb.Append("identify it.\n\n");
        sb.Append("The importer writes a new database; stop Neo4j first and import into an empty store.\n\n");
        sb.Append("Neo4j 3.x (from this folder; or run ./import.sh with NEO4J_HOME set):\n\n");
        sb.Append("  $NEO4J_HOME/bin/neo4j-import --into $NEO4J_HOME/data/databases/graph.db")
          .Append(Files("--nodes", nodeFiles, "")).Append(Files("--relationships", relFiles, ""))
          .Append(" \\\n  --array-delimiter=$'\\x1f' --multiline-fields=true --id-type=STRING\n\n");
        sb.Append("Neo4j 4.x:\n\n");
        sb.Append("  $NEO4J_HOME/bin/neo4j-admin import --database=neo4j")
          .Append(Files("--nodes", nodeFiles, "")).Append(Files("--relationships", relFiles, ""))
          .Append(" \\\n  --array-delimiter=$'\\x1f' --multiline-fields=true --id-type=STRING\n\n");
        sb.Append("Neo4j 5.x:\n\n");
        sb.Append("  $NEO4J_HOME/bin/neo4j-admin database import full")
          .Append(Files("--nodes", nodeFiles, "")).Append(Files("--relationships", relFiles, ""))
          .Append(" \\\n  --array-delimiter=$'\\x1f' --multiline-fields=true --id-type=string neo4j\n\n");
        sb.Append("($'\\x1f' is bash's spelling of the U+001F character.) Afterwards create the uniqueness\n");
        sb.Append("constraints, e.g. CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE (3.x/4.x) or\n");
        sb.Append("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE (4.4+/5.x),\n");
        sb.Append("and the same for Person, Organization, Place, Event and Article.\n");
        return sb.ToString();
    }
}
