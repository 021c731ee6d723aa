using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>
/// The interchange format (graph-schema/graph.schema.json): every node and edge with all its
/// properties and evidence, in id order, so <see cref="JsonGraphReader"/> rebuilds the same
/// graph and the same input gives the same bytes.
/// </summary>
public sealed class JsonGraphSink : IGraphSink
{
    public const string FormatName = "knowledge-graph";
    public const int FormatVersion = 1;

    public string Format => "json";
    public string Extension => ".json";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JsonText.WriterOptions.Encoder,
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        SkipValidation = false,
    };

    public void Write(EntityGraph graph, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", FormatVersion);
        w.WriteStartArray("nodes");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", S(n.Id));
            w.WriteString("type", n.Type.ToString());
            w.WriteString("name", S(n.Name));
            StringArray(w, "aliases", n.Aliases);
            w.WriteNumber("mentions", n.Mentions);
            StringArray(w, "articles", n.Articles);
            if (n.Title is not null) w.WriteString("title", S(n.Title));
            if (n.Published is not null) w.WriteString("published", S(n.Published));
            if (n.Source is not null) w.WriteString("source", S(n.Source));
            w.WriteEndObject();
            if (w.BytesPending > 1 << 16) w.Flush();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var r in graph.Relations)
        {
            w.WriteStartObject();
            w.WriteString("source", S(r.Source.Id));
            w.WriteString("type", r.Type.ToString());
            w.WriteString("target", S(r.Target.Id));
            w.WriteNumber("weight", r.Weight);
            StringArray(w, "dates", r.Dates);
            w.WriteStartArray("evidence");
            foreach (var e in r.Evidence) JsonText.WriteEvidence(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
            if (w.BytesPending > 1 << 16) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
    }

    private static string S(string s) => TextSafety.ForUtf8(s);

    private static void StringArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(S(v));
        w.WriteEndArray();
    }
}
