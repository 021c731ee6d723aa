using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Where a saved graph is read from: the one place that turns a --from value into a graph.</summary>
internal static class GraphInput
{
    public static EntityGraph Load(string from) => JsonGraphReader.Read(from);
}
