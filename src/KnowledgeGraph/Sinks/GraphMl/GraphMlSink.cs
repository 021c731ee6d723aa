using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.GraphMl;

/// <summary>
/// GraphML that Gephi, yEd, Cytoscape, NetworkX, igraph and APOC all read without manual
/// mapping: every key typed with a primitive type, lists as JSON strings, a display caption
/// in <c>label</c>, APOC's <c>labels</c>/<c>label</c>, and yEd's own label graphics.
/// Streams with <see cref="XmlWriter"/>; the same graph always gives the same bytes.
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
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(graph, stream);
    }

    public void Write(EntityGraph graph, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = false,
        };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", GraphMlNs);
        w.WriteAttributeString("xmlns", "y", null, YNs);

        foreach (var (id, forWhat, name, type) in Keys)
        {
            w.WriteStartElement("key", GraphMlNs);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", forWhat);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        if (YEdGraphics)
        {
            WriteYKey(w, "ng", "node", "nodegraphics");
            WriteYKey(w, "eg", "edge", "edgegraphics");
        }

        w.WriteStartElement("graph", GraphMlNs);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");

        foreach (var node in graph.Nodes) WriteNode(w, node);
        int edgeIndex = 0;
        foreach (var relation in graph.Relations) WriteEdge(w, relation, edgeIndex++);

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
        stream.Write("\n"u8);
    }

    private static void WriteYKey(XmlWriter w, string id, string forWhat, string yType)
    {
        w.WriteStartElement("key", GraphMlNs);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", forWhat);
        w.WriteAttributeString("yfiles.type", yType);
        // Gephi and igraph reject or drop keys without a declared type; yEd reads yfiles.type only.
        w.WriteAttributeString("attr.name", yType);
        w.WriteAttributeString("attr.type", "string");
        w.WriteEndElement();
    }

    private void WriteNode(XmlWriter w, Node node)
    {
        string labels = ":" + node.Type;
        string caption = XmlText.Legal(node.Type == NodeType.Article ? (node.Title ?? node.Name) : node.Name);
        w.WriteStartElement("node", GraphMlNs);
        w.WriteAttributeString("id", XmlText.Legal(node.Id));
        w.WriteAttributeString("labels", labels);
        Data(w, "labels", labels);
        Data(w, "type", node.Type.ToString());
        Data(w, "name", XmlText.Legal(node.Name));
        Data(w, "label", caption);
        Data(w, "aliases", XmlText.Legal(JsonText.Array(node.Aliases)));
        Data(w, "mentions", node.Mentions.ToString(CultureInfo.InvariantCulture));
        if (node.Articles.Count > 0) Data(w, "articles", XmlText.Legal(JsonText.Array(node.Articles)));
        if (node.Title is not null) Data(w, "title", XmlText.Legal(node.Title));
        if (node.Published is not null) Data(w, "published", XmlText.Legal(node.Published));
        if (node.Source is not null) Data(w, "source", XmlText.Legal(node.Source));
        if (YEdGraphics)
        {
            w.WriteStartElement("data", GraphMlNs);
            w.WriteAttributeString("key", "ng");
            w.WriteStartElement("y", "ShapeNode", YNs);
            w.WriteStartElement("y", "Fill", YNs);
            w.WriteAttributeString("color", Colour(node.Type));
            w.WriteEndElement();
            w.WriteStartElement("y", "NodeLabel", YNs);
            w.WriteString(caption);
            w.WriteEndElement();
            w.WriteStartElement("y", "Shape", YNs);
            w.WriteAttributeString("type", Shape(node.Type));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private void WriteEdge(XmlWriter w, Relation r, int index)
    {
        string type = r.Type.ToString();
        w.WriteStartElement("edge", GraphMlNs);
        w.WriteAttributeString("id", "e" + index.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("source", XmlText.Legal(r.Source.Id));
        w.WriteAttributeString("target", XmlText.Legal(r.Target.Id));
        w.WriteAttributeString("label", type);
        Data(w, "e_label", type);
        Data(w, "e_type", type);
        Data(w, "weight", r.Weight.ToString(CultureInfo.InvariantCulture));
        var dates = r.Dates.ToList();
        if (dates.Count > 0) Data(w, "dates", JsonText.Array(dates));
        if (r.Evidence.Count > 0)
        {
            Data(w, "e_articles", XmlText.Legal(JsonText.Array(r.Evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal))));
            var first = r.Evidence[0];
            Data(w, "sentence", XmlText.Legal(first.Sentence));
            var quote = r.Evidence.FirstOrDefault(e => e.Quote is not null)?.Quote;
            if (quote is not null) Data(w, "quote", XmlText.Legal(quote));
            Data(w, "evidence", XmlText.Legal(JsonText.Evidence(r.Evidence)));
        }
        if (YEdGraphics)
        {
            w.WriteStartElement("data", GraphMlNs);
            w.WriteAttributeString("key", "eg");
            w.WriteStartElement("y", "PolyLineEdge", YNs);
            w.WriteStartElement("y", "Arrows", YNs);
            w.WriteAttributeString("source", "none");
            w.WriteAttributeString("target", "standard");
            w.WriteEndElement();
            w.WriteStartElement("y", "EdgeLabel", YNs);
            w.WriteString(type);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", GraphMlNs);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }

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
