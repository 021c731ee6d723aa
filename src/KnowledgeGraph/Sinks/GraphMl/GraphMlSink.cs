using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sinks.GraphMl;

/// <summary>
/// GraphML that Gephi, yEd, Cytoscape, NetworkX, igraph and APOC all read without manual
/// mapping: every key declared with a primitive attr.type, lists as JSON strings, APOC's
/// labels/label attributes, a display caption in <c>label</c>, and yFiles graphics so yEd
/// shows captions. Written as a stream in graph order (sorted by id), so the same graph always
/// gives the same bytes.
/// </summary>
public sealed class GraphMlSink : IGraphSink
{
    public const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    public const string YFilesNamespace = "http://www.yworks.com/xml/graphml";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public string Format => "graphml";
    public string Extension => ".graphml";

    /// <summary>A GraphML key: id used in data elements, the property name readers see, its domain and type.</summary>
    public sealed record Key(string Id, string Name, string For, string Type);

    // Node key ids equal the property names (what APOC expects); edge keys that share a name
    // with a node key get their own id, because key ids must be unique in the document.
    public static readonly IReadOnlyList<Key> Keys =
    [
        new("labels", "labels", "node", "string"),
        new("type", "type", "node", "string"),
        new("name", "name", "node", "string"),
        new("label", "label", "node", "string"),
        new("aliases", "aliases", "node", "string"),
        new("mentions", "mentions", "node", "int"),
        new("articles", "articles", "node", "string"),
        new("title", "title", "node", "string"),
        new("published", "published", "node", "string"),
        new("source", "source", "node", "string"),
        new("e_label", "label", "edge", "string"),
        new("e_type", "type", "edge", "string"),
        new("weight", "weight", "edge", "int"),
        new("dates", "dates", "edge", "string"),
        new("sentence", "sentence", "edge", "string"),
        new("evidence", "evidence", "edge", "string"),
    ];

    private static readonly IReadOnlyDictionary<NodeType, string> Colours = new Dictionary<NodeType, string>
    {
        [NodeType.Person] = "#F2B134",
        [NodeType.Organization] = "#4F9DDE",
        [NodeType.Place] = "#6CC08B",
        [NodeType.Event] = "#E0675A",
        [NodeType.Article] = "#C8C8C8",
    };

    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // One line per node and per edge (written by hand below): diffable, and far cheaper than indenting every element.
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        // Text is made legal by TextSafety before it is written; re-checking every char would cost time.
        CheckCharacters = false,
        CloseOutput = false,
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
        using var xml = XmlWriter.Create(stream, Settings);
        var json = new JsonText();
        xml.WriteStartDocument();
        xml.WriteWhitespace("\n");
        xml.WriteStartElement("graphml", GraphMlNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xmlns", "y", null, YFilesNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace,
            GraphMlNamespace + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");

        foreach (var k in Keys)
        {
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", k.Id);
            xml.WriteAttributeString("for", k.For);
            xml.WriteAttributeString("attr.name", k.Name);
            xml.WriteAttributeString("attr.type", k.Type);
            xml.WriteEndElement();
        }
        WriteYFilesKey(xml, "ng", "node", "nodegraphics");
        WriteYFilesKey(xml, "eg", "edge", "edgegraphics");

        xml.WriteWhitespace("\n");
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");

        foreach (var node in graph.Nodes) WriteNode(xml, json, node);
        foreach (var relation in graph.Relations) WriteEdge(xml, json, relation);

        xml.WriteWhitespace("\n");
        xml.WriteEndElement(); // graph
        xml.WriteWhitespace("\n");
        xml.WriteEndElement(); // graphml
        xml.WriteEndDocument();
        xml.Flush();
        stream.Write("\n"u8);
    }

    private static void WriteYFilesKey(XmlWriter xml, string id, string domain, string yType)
    {
        xml.WriteWhitespace("\n");
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("yfiles.type", yType);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, JsonText json, Node node)
    {
        var type = node.Type.ToString();
        var labels = ":" + type;
        var name = TextSafety.ForXml(node.Name);
        xml.WriteWhitespace("\n");
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", TextSafety.ForXml(node.Id));
        xml.WriteAttributeString("labels", labels);
        Data(xml, "labels", labels);
        Data(xml, "type", type);
        Data(xml, "name", name);
        Data(xml, "label", name);
        Data(xml, "aliases", TextSafety.ForXml(json.Array(node.Aliases)));
        Data(xml, "mentions", node.Mentions.ToString(CultureInfo.InvariantCulture));
        Data(xml, "articles", TextSafety.ForXml(json.Array(node.Articles)));
        if (node.Title is not null) Data(xml, "title", TextSafety.ForXml(node.Title));
        if (node.Published is not null) Data(xml, "published", TextSafety.ForXml(node.Published));
        if (node.Source is not null) Data(xml, "source", TextSafety.ForXml(node.Source));

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", "ng");
        xml.WriteStartElement("y", "ShapeNode", YFilesNamespace);
        xml.WriteStartElement("y", "Fill", YFilesNamespace);
        xml.WriteAttributeString("color", Colours[node.Type]);
        xml.WriteEndElement();
        xml.WriteElementString("y", "NodeLabel", YFilesNamespace, name);
        xml.WriteStartElement("y", "Shape", YFilesNamespace);
        xml.WriteAttributeString("type", node.Type == NodeType.Article ? "rectangle" : "ellipse");
        xml.WriteEndElement();
        xml.WriteEndElement(); // ShapeNode
        xml.WriteEndElement(); // data
        xml.WriteEndElement(); // node
    }

    private static void WriteEdge(XmlWriter xml, JsonText json, Relation r)
    {
        var type = r.Type.ToString();
        xml.WriteWhitespace("\n");
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("source", TextSafety.ForXml(r.Source.Id));
        xml.WriteAttributeString("target", TextSafety.ForXml(r.Target.Id));
        xml.WriteAttributeString("label", type);
        Data(xml, "e_label", type);
        Data(xml, "e_type", type);
        Data(xml, "weight", r.Weight.ToString(CultureInfo.InvariantCulture));
        Data(xml, "dates", TextSafety.ForXml(json.Array(r.Dates)));
        if (r.Evidence.Count > 0) Data(xml, "sentence", TextSafety.ForXml(r.Evidence[0].Sentence));
        Data(xml, "evidence", TextSafety.ForXml(json.Evidence(r.Evidence)));

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", "eg");
        xml.WriteStartElement("y", "PolyLineEdge", YFilesNamespace);
        xml.WriteStartElement("y", "Arrows", YFilesNamespace);
        xml.WriteAttributeString("source", "none");
        xml.WriteAttributeString("target", "standard");
        xml.WriteEndElement();
        xml.WriteElementString("y", "EdgeLabel", YFilesNamespace, type);
        xml.WriteEndElement(); // PolyLineEdge
        xml.WriteEndElement(); // data
        xml.WriteEndElement(); // edge
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
