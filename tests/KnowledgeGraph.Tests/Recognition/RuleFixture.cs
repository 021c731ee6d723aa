using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>The shipped language data and a way to turn a sentence into a document.</summary>
internal static class RuleFixture
{
    private static readonly Lazy<NameShapes> LazyShapes = new(() =>
    {
        var res = LanguageResources.Load();
        return new NameShapes(res, new Gazetteer(res.Gazetteer));
    });

    public static NameShapes Shapes => LazyShapes.Value;

    public static Document Doc(string text, string id = "t")
    {
        var article = new Article(id, text, id + ".txt");
        return new Document(new CleanText(article, text, []), TestSegmenter.Segment(text));
    }

    /// <summary>A document with the given mentions, each surface found after the one before it.</summary>
    public static Document DocWith(string text, params (string Surface, NodeType Type)[] mentions)
    {
        var doc = Doc(text);
        int from = 0;
        foreach (var (surface, type) in mentions)
        {
            int at = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), surface);
            doc.Mentions.Add(new Mention(at, at + surface.Length, surface, type, 0, "ner"));
            from = at + surface.Length;
        }
        return doc;
    }
}
