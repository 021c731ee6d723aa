using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Where a saved graph is read from (<c>--from</c>). Today a graph.json file; other kinds of
/// source (e.g. a database URL) are recognised here and nowhere else.
/// </summary>
internal static class GraphInput
{
    /// <summary>Loads the graph. Throws <see cref="InvalidDataException"/> or <see cref="FileNotFoundException"/> with a readable message.</summary>
    public static EntityGraph Load(string from)
    {
        if (Directory.Exists(from))
        {
            var inside = Path.Combine(from, "graph.json");
            if (File.Exists(inside)) return JsonGraphReader.Read(inside);
            throw new FileNotFoundException($"{from}: folder has no graph.json", inside);
        }
        return JsonGraphReader.Read(from);
    }
}
