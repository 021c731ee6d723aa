namespace KnowledgeGraph.Sources;

/// <summary>How an input's bytes hold articles.</summary>
public enum InputFormat
{
    Unknown,
    Text,
    Html,
    /// <summary>One JSON object per line (.jsonl, .ndjson, and standard input).</summary>
    JsonLines,
    /// <summary>.json: an array of records, or objects one per line.</summary>
    Json,
    Gzip,
    Zip,
    Tar,
    TarGzip,
}
