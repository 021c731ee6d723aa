using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// Writes a whole graph in one format. <paramref name="path"/> is a file for single-file
/// formats and a directory for formats made of several files (neo4j-admin CSV).
/// </summary>
public interface IGraphSink
{
    /// <summary>The name users pass to <c>--format</c>, e.g. "graphml".</summary>
    string Format { get; }

    /// <summary>File name extension including the dot (".graphml"), or "" for a directory.</summary>
    string Extension { get; }

    void Write(EntityGraph graph, string path);
}
