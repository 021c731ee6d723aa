using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// Small JSON values (lists, evidence) rendered as strings, for formats whose attributes can
/// only hold primitives (GraphML, CSV, Cypher). One instance reuses its buffer; not thread-safe.
/// </summary>
public sealed class JsonText
{
    /// <summary>Keeps non-ASCII letters readable (Indonesian names, curly quotes) instead of \uXXXX.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public JsonText() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public string Array(IEnumerable<string> values)
    {
        Begin();
        _writer.WriteStartArray();
        foreach (var v in values) _writer.WriteStringValue(TextSafety.ForUtf8(v));
        _writer.WriteEndArray();
        return End();
    }

    public string Evidence(IReadOnlyList<Evidence> evidence)
    {
        Begin();
        _writer.WriteStartArray();
        foreach (var e in evidence) WriteEvidence(_writer, e);
        _writer.WriteEndArray();
        return End();
    }

    /// <summary>The evidence object shared by every format: article, sentence, start, end, quote, date.</summary>
    public static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject();
        w.WriteString("article", TextSafety.ForUtf8(e.ArticleId));
        w.WriteString("sentence", TextSafety.ForUtf8(e.Sentence));
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        if (e.Quote is null) w.WriteNull("quote"); else w.WriteString("quote", TextSafety.ForUtf8(e.Quote));
        if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", TextSafety.ForUtf8(e.Date));
        w.WriteEndObject();
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private string End()
    {
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
