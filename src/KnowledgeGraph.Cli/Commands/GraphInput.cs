using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Where a saved graph is read from: the one place that turns a --from value into a graph.</summary>
internal static class GraphInput
{
    /// <summary>A graph.json path, or an http(s) URL of a Neo4j server (NEO4J_DATABASE/NEO4J_USER/NEO4J_PASSWORD from the environment).</summary>
    public static EntityGraph Load(string from, double? timeoutSeconds = null)
    {
        if (from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var connection = Neo4jOptions.Connection(from, Environment.GetEnvironmentVariable("NEO4J_DATABASE"), Environment.GetEnvironmentVariable("NEO4J_USER"), timeoutSeconds);
            try
            {
                using var client = Neo4jClient.Connect(connection);
                return Neo4jGraphReader.Read(client);
            }
            catch (Neo4jException ex)
            {
                throw new Neo4jException(ex.Code, ex.Message + Neo4jOptions.Hint(ex, connection), ex);
            }
        }
        return JsonGraphReader.Read(from);
    }

    /// <summary>
    /// Loads the graph, or prints the one-line reason as "kg COMMAND: ..." and returns null,
    /// so every command that reads a saved graph fails the same way.
    /// </summary>
    public static EntityGraph? TryLoad(string from, string command, double? timeoutSeconds = null)
    {
        try
        {
            return Load(from, timeoutSeconds);
        }
        catch (Exception ex) when (ex is IOException or GraphFormatException or UnauthorizedAccessException or Neo4jException)
        {
            Console.Error.WriteLine($"kg {command}: {ex.Message}");
            return null;
        }
    }
}
