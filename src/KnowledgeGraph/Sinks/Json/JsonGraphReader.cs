using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Sinks.Json;

/// <summary>
/// Reads a graph written by <see cref="JsonGraphSink"/> back into memory, losslessly. The
/// whole file is checked before the graph is handed out, so a command that loads or exports
/// it never starts on a broken one: the first problem is reported as one line with its JSON
/// path (<c>nodes[12].mentions: expected an integer, got 1.5</c>). A file this tool writes
/// holds each node id once, each (source, type, target) edge once, each evidence (article,
/// start, end) of an edge once, and no negative count or offset; a file that does not is
/// refused rather than merged, because merging would hide the corruption. Every edge joins two
/// different nodes whose types the schema allows for its type (<see cref="GraphSchema"/>).
/// Only a regular file is opened, and it must be UTF-8 throughout (the first bad byte is named
/// by its offset).
/// </summary>
public static class JsonGraphReader
{
    private const int MaxShown = 40;

    public static EntityGraph Read(string path)
    {
        var shown = DisplayText.Escape(path);
        // Only a regular file is opened: opening a FIFO waits for a writer forever, and a
        // device such as /dev/zero never ends.
        switch (FileSystemProbe.KindOf(path))
        {
            case FileKind.Missing: throw new FileNotFoundException($"{shown}: no such file");
            case FileKind.Directory: throw new GraphFormatException($"{shown}: is a folder, not a graph file");
            case FileKind.Special: throw new GraphFormatException($"{shown}: not a regular file (a FIFO, socket or device); not opened");
        }
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (GraphFormatException ex)
        {
            throw new GraphFormatException($"{shown}: {ex.Message}");
        }
    }

    public static EntityGraph Read(Stream stream)
    {
        var bytes = ReadAll(stream);
        CheckUtf8(bytes.Span);
        var json = bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            // The parser's message names the line and byte; keep it to its first sentence and that.
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            throw new GraphFormatException($"not valid JSON{where}: {FirstSentence(ex.Message)}");
        }
        using (doc)
            return ReadRoot(doc.RootElement);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The parser holds the whole text anyway; reading it first lets it be checked as a whole.
    // More than 2 GB is an IOException ("Stream was too long"), one line like any unreadable file.
    private static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        int capacity = stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, System.Array.MaxLength) : 0;
        var buffer = new MemoryStream(capacity);
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>
    /// The file must be UTF-8 throughout. The parser decodes only the strings it is asked for,
    /// so a bad byte in a key, in a field this reader skips or in the format name would pass
    /// unseen, and one in a string where a number belongs would fail while the message is made.
    /// </summary>
    private static void CheckUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return;
        int offset = FirstInvalidUtf8(bytes);
        int line = bytes[..offset].Count((byte)'\n') + 1;
        throw new GraphFormatException($"not UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset} (line {line})");
    }

    // Decoding in pieces stops at the first sequence that is not UTF-8; only run on a file that has one.
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[1024];
        int done = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[done..], chars, out int read, out _, replaceInvalidSequences: false);
            done += read;
            if (status != OperationStatus.DestinationTooSmall) return Math.Min(done, bytes.Length - 1);
        }
    }

    private static EntityGraph ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw Problem("$", $"expected an object with \"nodes\" and \"edges\", got {Shown(root)}");
        if (root.TryGetProperty("version", out var version))
        {
            long v = Integer(version, "version", 1, long.MaxValue);
            if (v > JsonGraphSink.FormatVersion)
                throw Problem("version", $"format version {v} is newer than this tool reads ({JsonGraphSink.FormatVersion})");
        }
        var nodes = Array(root, "nodes", "");
        var edges = Array(root, "edges", "");

        var graph = new EntityGraph();
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        foreach (var n in nodes.EnumerateArray())
        {
            var at = $"nodes[{i}]";
            Object(n, at);
            var id = String(n, "id", at, required: true)!;
            if (string.IsNullOrWhiteSpace(id)) throw Problem(at + ".id", "empty id");
            if (!firstAt.TryAdd(id, i))
                throw Problem(at + ".id", $"duplicate node id {Quoted(id)} (first at nodes[{firstAt[id]}])");
            var typeName = String(n, "type", at, required: true)!;
            if (!GraphTypes.TryParseNodeType(typeName, out var type) || type.ToString() != typeName)
                throw Problem(at + ".type", $"unknown node type {Quoted(typeName)}");
            var node = new Node(id, type, String(n, "name", at, required: true)!)
            {
                Mentions = n.TryGetProperty("mentions", out var m) ? (int)Integer(m, at + ".mentions", 0, int.MaxValue) : 0,
                Title = String(n, "title", at),
                Published = String(n, "published", at),
                Source = String(n, "source", at),
                Url = String(n, "url", at),
                Outlet = String(n, "outlet", at),
                Language = String(n, "language", at),
            };
            foreach (var a in Strings(n, "aliases", at)) node.AddAlias(a);
            node.Articles.UnionWith(Strings(n, "articles", at));
            graph.AddOrMerge(node);
            i++;
        }

        var edgeAt = new Dictionary<string, int>(StringComparer.Ordinal);
        i = 0;
        foreach (var e in edges.EnumerateArray())
        {
            var at = $"edges[{i}]";
            Object(e, at);
            var source = String(e, "source", at, required: true)!;
            var typeName = String(e, "type", at, required: true)!;
            var target = String(e, "target", at, required: true)!;
            if (!GraphTypes.TryParseRelationType(typeName, out var type) || type.ToString() != typeName)
                throw Problem(at + ".type", $"unknown relationship type {Quoted(typeName)}");
            var from = graph.FindNode(source) ?? throw Problem(at + ".source", $"{Quoted(source)} is not a node of the file");
            var to = graph.FindNode(target) ?? throw Problem(at + ".target", $"{Quoted(target)} is not a node of the file");
            // The builder never writes these; a file holding one was edited or made elsewhere, and a
            // database loaded from it would break the model every query assumes.
            if (source == target) throw Problem(at, $"{typeName} from {Quoted(source)} to itself (an edge joins two nodes)");
            if (!GraphSchema.Default.Allows(type, from.Type, to.Type))
                throw Problem(at, $"{typeName} from {from.Type} {Quoted(source)} to {to.Type} {Quoted(target)} is not allowed by the schema");
            var key = Relation.MakeId(source, type, target);
            if (!edgeAt.TryAdd(key, i))
                throw Problem(at, $"duplicate edge {Quoted(source)} {typeName} {Quoted(target)} (first at edges[{edgeAt[key]}])");
            if (e.TryGetProperty("weight", out var weight)) Integer(weight, at + ".weight", 0, int.MaxValue);
            foreach (var _ in Strings(e, "dates", at)) { }
            var relation = graph.GetOrAddRelation(source, type, target);
            if (e.TryGetProperty("evidence", out var evidence) && evidence.ValueKind != JsonValueKind.Null)
            {
                if (evidence.ValueKind != JsonValueKind.Array) throw Problem(at + ".evidence", $"expected an array, got {Shown(evidence)}");
                int k = 0;
                foreach (var ev in evidence.EnumerateArray())
                {
                    var eat = $"{at}.evidence[{k}]";
                    Object(ev, eat);
                    var article = String(ev, "article", eat, required: true)!;
                    if (article.Length == 0) throw Problem(eat + ".article", "empty article id");
                    if (!ev.TryGetProperty("start", out var s)) throw Problem(eat, "missing \"start\"");
                    if (!ev.TryGetProperty("end", out var en)) throw Problem(eat, "missing \"end\"");
                    int start = (int)Integer(s, eat + ".start", 0, int.MaxValue);
                    int end = (int)Integer(en, eat + ".end", 0, int.MaxValue);
                    if (end < start) throw Problem(eat + ".end", $"end {end} is before start {start}");
                    var added = relation.AddEvidence(new Evidence(article, String(ev, "sentence", eat) ?? "", start, end, String(ev, "quote", eat), String(ev, "date", eat)));
                    if (!added) throw Problem(eat, $"duplicate evidence (article {Quoted(article)}, start {start}, end {end})");
                    k++;
                }
            }
            i++;
        }
        return graph;
    }

    private static GraphFormatException Problem(string path, string what) => new($"{path}: {what}");

    private static void Object(JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Problem(at, $"expected an object, got {Shown(e)}");
    }

    private static JsonElement Array(JsonElement parent, string name, string at)
    {
        var path = at.Length == 0 ? name : $"{at}.{name}";
        if (!parent.TryGetProperty(name, out var v)) throw Problem(path, "missing");
        if (v.ValueKind != JsonValueKind.Array) throw Problem(path, $"expected an array, got {Shown(v)}");
        return v;
    }

    /// <summary>A whole number within [min, max], written as an integer (1.5, "7", 3e9 and 1e20 are not).</summary>
    private static long Integer(JsonElement v, string path, long min, long max)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n))
            throw Problem(path, $"expected an integer, got {Shown(v)}");
        if (n < min) throw Problem(path, min == 0 ? $"expected a count or offset of 0 or more, got {n}" : $"expected {min} or more, got {n}");
        if (n > max) throw Problem(path, $"expected an integer up to {max}, got {n}");
        return n;
    }

    /// <summary>A string property; absent (or null when not required) gives null.</summary>
    private static string? String(JsonElement parent, string name, string at, bool required = false)
    {
        var path = $"{at}.{name}";
        if (!parent.TryGetProperty(name, out var v) || (!required && v.ValueKind == JsonValueKind.Null))
            return required ? throw Problem(path, "missing") : null;
        return Text(v, path);
    }

    private static IEnumerable<string> Strings(JsonElement parent, string name, string at)
    {
        var path = $"{at}.{name}";
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind != JsonValueKind.Array) throw Problem(path, $"expected an array of strings, got {Shown(v)}");
        var list = new List<string>(v.GetArrayLength());
        int i = 0;
        foreach (var item in v.EnumerateArray()) list.Add(Text(item, $"{path}[{i++}]"));
        return list;
    }

    private static string Text(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.String) throw Problem(path, $"expected a string, got {Shown(v)}");
        string s;
        try
        {
            s = v.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The bytes are known to be UTF-8 by now, but the parser does not check escapes
            // inside strings; reading the value does.
            throw Problem(path, "invalid text (a lone surrogate escape)");
        }
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i]))
                throw Problem(path, $"invalid text (a lone surrogate \\u{(int)s[i]:X4} at character {i})");
        }
        return s;
    }

    /// <summary>How a value looks in a message: numbers as written, strings quoted, the rest by kind.</summary>
    private static string Shown(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => Cut(v.GetRawText()),
        JsonValueKind.String => "the string " + Cut(v.GetRawText()),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => "null",
    };

    private static string Quoted(string s) => JsonSerializer.Serialize(s.Length > MaxShown ? s[..MaxShown] + "..." : s);

    private static string Cut(string raw) => raw.Length <= MaxShown ? raw : raw[..MaxShown] + "...";

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var s = (cut > 0 ? message[..cut] : message).Trim();
        s = s.Replace('\n', ' ').Replace('\r', ' ');
        return s.TrimEnd('.', ' ', '|');
    }
}
