using KnowledgeGraph.Sinks.Cypher;
using KnowledgeGraph.Sinks.GraphMl;
using KnowledgeGraph.Sinks.Html;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Sinks.Neo4jCsv;

namespace KnowledgeGraph.Sinks;

/// <summary>The file formats the tool writes, by the name users pass to <c>--format</c>.</summary>
public static class GraphSinks
{
    public static IReadOnlyList<IGraphSink> All { get; } =
    [
        new GraphMlSink(),
        new JsonGraphSink(),
        new CypherScriptSink(),
        new CypherScriptSink { Dialect = CypherSchemaDialect.Neo4j5 },
        new Neo4jCsvSink(),
        new HtmlExplorerSink(),
    ];

    public static IGraphSink? Find(string format) =>
        All.FirstOrDefault(s => string.Equals(s.Format, format, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(s => s.Format));
}
