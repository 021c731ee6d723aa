using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Neo4j;

/// <summary>One statement's answer: column names and rows of JSON values.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows);
