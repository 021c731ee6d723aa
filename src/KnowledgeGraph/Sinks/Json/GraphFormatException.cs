using System.Text.Json;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>A file that is not a graph this tool wrote, with the reason in words.</summary>
public sealed class GraphFormatException(string message) : Exception(message);
