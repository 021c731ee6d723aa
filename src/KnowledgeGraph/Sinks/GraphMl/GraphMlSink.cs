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

    /// <summary>Nodes or edges per independently written block.</summary>
    private const int BlockSize = 2048;

    private static XmlWriterSettings Settings(ConformanceLevel level) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // One line per node and per edge (newlines written below): diffable, and far cheaper
        // than the writer indenting every data element.
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        // Values pass through XmlText.Legal first; re-checking every character costs time.
        CheckCharacters = false,
        ConformanceLevel = level,
        OmitXmlDeclaration = level == ConformanceLevel.Fragment,
        CloseOutput = false,
    };

    public void Write(EntityGraph graph, Stream stream)
    {
        using (var w = XmlWriter.Create(stream, Settings(ConformanceLevel.Document)))
        {
            w.WriteStartDocument();
            w.WriteWhitespace("\n");
            w.WriteStartElement("graphml", GraphMlNs);
            w.WriteAttributeString("xmlns", "y", null, YNs);

            foreach (var (id, forWhat, name, type) in Keys)
            {
                w.WriteWhitespace("\n");
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

            w.WriteWhitespace("\n");
            w.WriteStartElement("graph", GraphMlNs);
            w.WriteAttributeString("id", "G");
            w.WriteAttributeString("edgedefault", "directed");
            w.WriteWhitespace("\n");
            w.Flush();

            WriteBlocks(stream, graph.Nodes.ToList(), (x, block, _) => { foreach (var n in block) WriteNode(x, n); });
            WriteBlocks(stream, graph.Relations.ToList(), (x, block, first) =>
            {
                int index = first;
                foreach (var r in block) WriteEdge(x, r, index++);
            });

            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.Write("\n"u8);
    }

    /// <summary>
    /// Nodes and edges are rendered in blocks, each by its own <see cref="XmlWriter"/> over a
    /// buffer, several blocks at a time on the available cores, and the buffers are written in
    /// order. Each block's bytes depend only on its elements, so the file is the same whatever
    /// the scheduling; memory stays bounded by one window of blocks.
    /// </summary>
    private static void WriteBlocks<T>(Stream stream, List<T> items, Action<XmlWriter, ArraySegment<T>, int> write)
    {
        if (items.Count == 0) return;
        var array = items.ToArray();
        int blocks = (array.Length + BlockSize - 1) / BlockSize;
        int window = Math.Max(2, Environment.ProcessorCount * 4);
        var buffers = new MemoryStream[window];
        for (int from = 0; from < blocks; from += window)
        {
            int count = Math.Min(window, blocks - from);
            Parallel.For(0, count, i =>
            {
                int block = from + i;
                int start = block * BlockSize;
                var segment = new ArraySegment<T>(array, start, Math.Min(BlockSize, array.Length - start));
                var buffer = buffers[i] ??= new MemoryStream(BlockSize * 512);
                buffer.SetLength(0);
                using var x = XmlWriter.Create(buffer, Settings(ConformanceLevel.Fragment));
                write(x, segment, start);
            });
            for (int i = 0; i < count; i++) stream.Write(buffers[i].GetBuffer(), 0, (int)buffers[i].Length);
        }
    }

    private static void WriteYKey(XmlWriter w, string id, string forWhat, string yType)
    {
        w.WriteWhitespace("\n");
        w.WriteStartElement("key", GraphMlNs);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", forWhat);
        w.WriteAttributeString("yfiles.type", yType);
        // Gephi and igraph reject or drop keys without a declared type; yEd reads yfiles.type only.
        w.WriteAttributeString("attr.name", yType);
        w.WriteAttributeString("attr.type", "string");
        w.WriteEndElement();
    }

    // Block writers run without the document's namespace declarations, so elements are
    // written unqualified (they inherit GraphML's default namespace where the block lands) and
    // the fixed yEd markup goes out as raw text with the prefix declared on the root.

    private void WriteNode(XmlWriter w, Node node)
    {
        string labels = ":" + node.Type;
        string caption = XmlText.Legal(node.Type == NodeType.Article ? (node.Title ?? node.Name) : node.Name);
        w.WriteStartElement("node");
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
            w.WriteRaw(NodeGraphicsStart[(int)node.Type]);
            w.WriteString(caption);
            w.WriteRaw(NodeGraphicsEnd[(int)node.Type]);
        }
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private void WriteEdge(XmlWriter w, Relation r, int index)
    {
        string type = r.Type.ToString();
        w.WriteStartElement("edge");
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
            w.WriteRaw("<data key=\"eg\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>");
            w.WriteString(type);
            w.WriteRaw("</y:EdgeLabel></y:PolyLineEdge></data>");
        }
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteRaw(DataStart(key));
        w.WriteString(value);
        w.WriteRaw("</data>");
    }

    private static readonly Dictionary<string, string> DataStarts =
        Keys.ToDictionary(k => k.Id, k => $"<data key=\"{k.Id}\">", StringComparer.Ordinal);

    private static string DataStart(string key) => DataStarts[key];

    private static readonly string[] NodeGraphicsStart = Enum.GetValues<NodeType>()
        .Select(t => $"<data key=\"ng\"><y:ShapeNode><y:Fill color=\"{Colour(t)}\"/><y:NodeLabel>").ToArray();

    private static readonly string[] NodeGraphicsEnd = Enum.GetValues<NodeType>()
        .Select(t => $"</y:NodeLabel><y:Shape type=\"{Shape(t)}\"/></y:ShapeNode></data>").ToArray();

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
