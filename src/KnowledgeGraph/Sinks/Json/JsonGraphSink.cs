using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>
/// The project's interchange format (documented in graph-schema/graph.schema.json): every
/// node and edge with all evidence, so a saved graph can be re-exported or loaded into Neo4j
/// without extracting again. Same graph, same bytes.
/// </summary>
public sealed class JsonGraphSink : IGraphSink
{
    public const string FormatName = "knowledgegraph";
    public const int FormatVersion = 1;

    public string Format => "json";
    public string Extension => ".json";

    public void Write(EntityGraph graph, string path)
    {
        using var stream = SinkFile.Create(path);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteNumber("version", FormatVersion);
            w.WriteStartArray("nodes");
            foreach (var n in graph.Nodes)
            {
                WriteNode(w, n);
                FlushFull(w);
            }
            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var r in graph.Relations)
            {
                WriteEdge(w, r);
                FlushFull(w);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.Write("\n"u8);
    }

    // The writer keeps everything until it is flushed: without this the whole file would sit in memory.
    private static void FlushFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= 1 << 16) w.Flush();
    }

    private static void WriteNode(Utf8JsonWriter w, Node n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("type", n.Type.ToString());
        w.WriteString("name", n.Name);
        WriteStrings(w, "aliases", n.Aliases);
        w.WriteNumber("mentions", n.Mentions);
        WriteStrings(w, "articles", n.Articles);
        if (n.Title is not null) w.WriteString("title", n.Title);
        if (n.Published is not null) w.WriteString("published", n.Published);
        if (n.Source is not null) w.WriteString("source", n.Source);
        if (n.Url is not null) w.WriteString("url", n.Url);
        if (n.Outlet is not null) w.WriteString("outlet", n.Outlet);
        if (n.Language is not null) w.WriteString("language", n.Language);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, Relation r)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Source.Id);
        w.WriteString("type", r.Type.ToString());
        w.WriteString("target", r.Target.Id);
        w.WriteNumber("weight", r.Weight);
        WriteStrings(w, "dates", r.Dates);
        w.WriteStartArray("evidence");
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("article", e.ArticleId);
            w.WriteString("sentence", e.Sentence);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            if (e.Quote is not null) w.WriteString("quote", e.Quote);
            if (e.Date is not null) w.WriteString("date", e.Date);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
