using System.Text.RegularExpressions;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Relations.Dependency;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>
/// Builds resolved documents by hand: each named entity is marked wherever its surface form
/// occurs, with the node id a resolver would give it, so relation rules can be tested alone.
/// </summary>
internal static class TestDocs
{
    private static RelationLexicon? _lexicon;
    public static RelationLexicon Lexicon => _lexicon ??= RelationLexicon.Load();

    private static SentenceParser? _parser;
    private static DependencyRelationExtractor? _dependencies;

    /// <summary>The shipped dependency patterns over the shipped parser.</summary>
    public static DependencyRelationExtractor Dependencies => _dependencies ??= DependencyRelationExtractor.Load(Lexicon);

    /// <summary>A document built as <see cref="Build"/> does, with its events found and its sentences parsed when read.</summary>
    public static Document Parsed(string text, params string[] entities)
    {
        var doc = Build(text, entities).WithEvents();
        doc.ParseOnDemand((_parser ??= SentenceParser.LoadDefault()).Parse);
        return doc;
    }

    /// <summary>Entities as "surface:Type" or "surface=Canonical:Type".</summary>
    public static Document Build(string text, params string[] entities)
    {
        var article = new Article("t", text, "t.txt", Published: "2024-01-02");
        var sentences = TestSegmenter.Segment(text);
        var doc = new Document(new CleanText(article, text, []), sentences) { Date = "2024-01-02" };
        var taken = new bool[text.Length];
        foreach (var spec in entities.OrderByDescending(e => e.Length))
        {
            var colon = spec.LastIndexOf(':');
            var type = Enum.Parse<NodeType>(spec[(colon + 1)..]);
            var names = spec[..colon].Split('=');
            var surface = names[0];
            var canonical = names.Length > 1 ? names[1] : surface;
            foreach (Match m in Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(surface) + @"(?![\p{L}\p{N}])"))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                for (int i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                var s = sentences.First(x => x.Start <= m.Index && m.Index < x.End);
                doc.Mentions.Add(new Mention(m.Index, m.Index + m.Length, m.Value, type, s.Index, "test", canonical, NodeId.For(type, canonical)));
            }
        }
        return doc;
    }

    /// <summary>Adds the event mentions the event recognizer finds.</summary>
    public static Document WithEvents(this Document doc)
    {
        doc.Mentions.AddRange(new EventRecognizer(Lexicon).Recognize(doc).ToList());
        return doc;
    }

    public static List<(string Source, string Target)> Edges(IRelationExtractor extractor, Document doc, RelationType type) =>
        extractor.Extract(doc).Where(c => c.Type == type).Select(c => (c.SourceId, c.TargetId)).Distinct().ToList();

    public static string Id(NodeType type, string name) => NodeId.For(type, name);
}
