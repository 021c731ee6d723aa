using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.GraphMl;

/// <summary>
/// GraphML that Gephi, yEd, Cytoscape, NetworkX, igraph and APOC all read without manual
/// mapping: every key typed with a primitive type, lists as JSON strings, a display caption
/// in <c>label</c>, APOC's <c>labels</c>/<c>label</c>, and yEd's own label graphics.
/// Streams through a small hand-written UTF-8 XML writer (<see cref="Utf8XmlOutput"/>), one
/// line per node and per edge; the same graph always gives the same bytes.
/// </summary>
public sealed class GraphMlSink : IGraphSink
{
    private const string GraphMlNs = "http://graphml.graphdrawing.org/xmlns";
    private const string YNs = "http://www.yworks.com/xml/graphml";

    public string Format => "graphml";
    public string Extension => ".graphml";

    /// <summary>Whether to add yEd's label graphics (a few bytes per element).</summary>
    public bool YEdGraphics { get; init; } = true;

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("labels", "node", "labels", "string"),
        ("type", "node", "type", "string"),
        ("name", "node", "name", "string"),
        ("label", "node", "label", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mentions", "int"),
        ("articles", "node", "articles", "string"),
        ("title", "node", "title", "string"),
        ("published", "node", "published", "string"),
        ("source", "node", "source", "string"),
        ("url", "node", "url", "string"),
        ("outlet", "node", "outlet", "string"),
        ("language", "node", "language", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_type", "edge", "type", "string"),
        ("weight", "edge", "weight", "int"),
        ("dates", "edge", "dates", "string"),
        ("e_articles", "edge", "articles", "string"),
        ("sentence", "edge", "sentence", "string"),
        ("quote", "edge", "quote", "string"),
        ("evidence", "edge", "evidence", "string"),
    ];

    public void Write(EntityGraph graph, string path)
    {
        using var stream = SinkFile.Create(path, bufferSize: 0);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        using (var w = new Utf8XmlOutput(stream, 1 << 18))
        {
            w.Raw(Header(YEdGraphics));
            foreach (var n in graph.Nodes) WriteNode(w, n);
            int index = 0;
            foreach (var r in graph.Relations) WriteEdge(w, r, index++);
            w.Raw("</graph>\n</graphml>\n"u8);
        }
        stream.Flush();
    }

    private static readonly byte[] HeaderWithGraphics = MakeHeader(true), HeaderPlain = MakeHeader(false);

    private static byte[] Header(bool graphics) => graphics ? HeaderWithGraphics : HeaderPlain;

    private static byte[] MakeHeader(bool graphics)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append($"<graphml xmlns:y=\"{YNs}\" xmlns=\"{GraphMlNs}\">");
        foreach (var (id, forWhat, name, type) in Keys)
            sb.Append($"\n<key id=\"{id}\" for=\"{forWhat}\" attr.name=\"{name}\" attr.type=\"{type}\" />");
        if (graphics)
        {
            // Gephi and igraph reject or drop keys without a declared type; yEd reads yfiles.type only.
            sb.Append("\n<key id=\"ng\" for=\"node\" yfiles.type=\"nodegraphics\" attr.name=\"nodegraphics\" attr.type=\"string\" />");
            sb.Append("\n<key id=\"eg\" for=\"edge\" yfiles.type=\"edgegraphics\" attr.name=\"edgegraphics\" attr.type=\"string\" />");
        }
        sb.Append("\n<graph id=\"G\" edgedefault=\"directed\">\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private void WriteNode(Utf8XmlOutput w, Node node)
    {
        int t = (int)node.Type;
        string caption = node.Type == NodeType.Article ? (node.Title ?? node.Name) : node.Name;
        w.Raw("<node id=\""u8);
        w.Attr(node.Id);
        w.Raw(NodeTypeMarkup[t]);
        w.Text(node.Name);
        w.Raw("</data><data key=\"label\">"u8);
        w.Text(caption);
        w.Raw("</data><data key=\"aliases\">"u8);
        JsonArray(w, node.Aliases);
        w.Raw("</data><data key=\"mentions\">"u8);
        w.Int(node.Mentions);
        w.Raw("</data>"u8);
        if (node.Articles.Count > 0)
        {
            w.Raw("<data key=\"articles\">"u8);
            JsonArray(w, node.Articles);
            w.Raw("</data>"u8);
        }
        if (node.Title is not null) Data(w, "<data key=\"title\">"u8, node.Title);
        if (node.Published is not null) Data(w, "<data key=\"published\">"u8, node.Published);
        if (node.Source is not null) Data(w, "<data key=\"source\">"u8, node.Source);
        if (node.Url is not null) Data(w, "<data key=\"url\">"u8, node.Url);
        if (node.Outlet is not null) Data(w, "<data key=\"outlet\">"u8, node.Outlet);
        if (node.Language is not null) Data(w, "<data key=\"language\">"u8, node.Language);
        if (YEdGraphics)
        {
            w.Raw(NodeGraphicsStart[t]);
            w.Text(caption);
            w.Raw(NodeGraphicsEnd[t]);
        }
        w.Raw("</node>\n"u8);
    }

    private void WriteEdge(Utf8XmlOutput w, Relation r, int index)
    {
        int t = (int)r.Type;
        w.Raw("<edge id=\"e"u8);
        w.Int(index);
        w.Raw("\" source=\""u8);
        w.Attr(r.Source.Id);
        w.Raw("\" target=\""u8);
        w.Attr(r.Target.Id);
        w.Raw(EdgeTypeMarkup[t]);
        w.Int(r.Weight);
        w.Raw("</data>"u8);
        var evidence = r.Evidence;
        WriteDates(w, evidence);
        if (evidence.Count > 0)
        {
            w.Raw("<data key=\"e_articles\">["u8);
            string? previous = null;
            // Evidence is sorted by article, so equal ids are adjacent: skipping repeats is Distinct.
            foreach (var e in evidence)
            {
                if (previous is not null)
                {
                    if (string.Equals(previous, e.ArticleId, StringComparison.Ordinal)) continue;
                    w.Byte((byte)',');
                }
                w.JsonString(e.ArticleId);
                previous = e.ArticleId;
            }
            w.Raw("]</data>"u8);
            Data(w, "<data key=\"sentence\">"u8, evidence[0].Sentence);
            string? quote = null;
            foreach (var e in evidence) if (e.Quote is not null) { quote = e.Quote; break; }
            if (quote is not null) Data(w, "<data key=\"quote\">"u8, quote);
            w.Raw("<data key=\"evidence\">["u8);
            for (int i = 0; i < evidence.Count; i++)
            {
                var e = evidence[i];
                w.Raw(i == 0 ? "{\"article\":"u8 : ",{\"article\":"u8);
                w.JsonString(e.ArticleId);
                w.Raw(",\"sentence\":"u8);
                w.JsonString(e.Sentence);
                w.Raw(",\"start\":"u8);
                w.Int(e.Start);
                w.Raw(",\"end\":"u8);
                w.Int(e.End);
                if (e.Quote is not null) { w.Raw(",\"quote\":"u8); w.JsonString(e.Quote); }
                if (e.Date is not null) { w.Raw(",\"date\":"u8); w.JsonString(e.Date); }
                w.Byte((byte)'}');
            }
            w.Raw("]</data>"u8);
        }
        if (YEdGraphics) w.Raw(EdgeGraphics[t]);
        w.Raw("</edge>\n"u8);
    }

    /// <summary>The distinct dates of the evidence, sorted (as <see cref="Relation.Dates"/>), without LINQ for the usual one or two.</summary>
    private static void WriteDates(Utf8XmlOutput w, IReadOnlyList<Evidence> evidence)
    {
        string? single = null;
        List<string>? many = null;
        foreach (var e in evidence)
        {
            if (e.Date is null) continue;
            if (single is null) { single = e.Date; continue; }
            if (many is null)
            {
                if (string.Equals(single, e.Date, StringComparison.Ordinal)) continue;
                many = [single];
            }
            many.Add(e.Date);
        }
        if (single is null) return;
        w.Raw("<data key=\"dates\">["u8);
        if (many is null) w.JsonString(single);
        else
        {
            many.Sort(StringComparer.Ordinal);
            for (int i = 0; i < many.Count; i++)
            {
                if (i > 0 && string.Equals(many[i], many[i - 1], StringComparison.Ordinal)) continue;
                if (i > 0) w.Byte((byte)',');
                w.JsonString(many[i]);
            }
        }
        w.Raw("]</data>"u8);
    }

    private static void JsonArray(Utf8XmlOutput w, IEnumerable<string> items)
    {
        w.Byte((byte)'[');
        bool first = true;
        foreach (var item in items)
        {
            if (!first) w.Byte((byte)',');
            first = false;
            w.JsonString(item);
        }
        w.Byte((byte)']');
    }

    private static void Data(Utf8XmlOutput w, ReadOnlySpan<byte> start, string value)
    {
        w.Raw(start);
        w.Text(value);
        w.Raw("</data>"u8);
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    // Fixed per-type markup, from the end of the node id attribute up to the name's text.
    private static readonly byte[][] NodeTypeMarkup = Enum.GetValues<NodeType>()
        .Select(t => Utf8($"\" labels=\":{t}\"><data key=\"labels\">:{t}</data><data key=\"type\">{t}</data><data key=\"name\">")).ToArray();

    // From the end of the edge target attribute up to the weight's digits.
    private static readonly byte[][] EdgeTypeMarkup = Enum.GetValues<RelationType>()
        .Select(t => Utf8($"\" label=\"{t}\"><data key=\"e_label\">{t}</data><data key=\"e_type\">{t}</data><data key=\"weight\">")).ToArray();

    private static readonly byte[][] EdgeGraphics = Enum.GetValues<RelationType>()
        .Select(t => Utf8($"<data key=\"eg\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>{t}</y:EdgeLabel></y:PolyLineEdge></data>")).ToArray();

    private static readonly byte[][] NodeGraphicsStart = Enum.GetValues<NodeType>()
        .Select(t => Utf8($"<data key=\"ng\"><y:ShapeNode><y:Fill color=\"{Colour(t)}\"/><y:NodeLabel>")).ToArray();

    private static readonly byte[][] NodeGraphicsEnd = Enum.GetValues<NodeType>()
        .Select(t => Utf8($"</y:NodeLabel><y:Shape type=\"{Shape(t)}\"/></y:ShapeNode></data>")).ToArray();

    private static string Colour(NodeType type) => type switch
    {
        NodeType.Person => "#F4A261",
        NodeType.Organization => "#2A9D8F",
        NodeType.Place => "#8AB17D",
        NodeType.Event => "#E76F51",
        _ => "#CCCCCC",
    };

    private static string Shape(NodeType type) => type switch
    {
        NodeType.Person => "ellipse",
        NodeType.Organization => "roundrectangle",
        NodeType.Place => "hexagon",
        NodeType.Event => "diamond",
        _ => "rectangle",
    };
}
