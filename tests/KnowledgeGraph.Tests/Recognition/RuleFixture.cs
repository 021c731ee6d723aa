using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

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
}
