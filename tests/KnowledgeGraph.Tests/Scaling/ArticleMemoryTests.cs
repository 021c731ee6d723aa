using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Testing;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// A huge article is built window by window: what the build holds stays a small multiple of the
/// text, and the work per character does not grow with the article. Held memory is measured with a
/// full collection (so it is the data the build keeps, not garbage waiting for the collector), work
/// as the bytes allocated, which unlike a clock does not depend on what else the machine runs.
/// </summary>
[NonParallelizable]
public class ArticleMemoryTests
{
    [Test]
    public void A_huge_article_is_held_in_a_few_bytes_per_character_and_costs_the_same_per_character_as_a_smaller_one()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Jobs = 1;
        // The models are loaded by a first small article, so what is measured is the long ones' own.
        pipeline.Run([new Article("warm-up", GeneratedNews.Lines(50, "\n"), "warm-up.txt")]);

        var (smallText, bigText) = (GeneratedNews.OfLength(500_000, " "), GeneratedNews.OfLength(2_000_000, " "));
        double smallCost = AllocatedPerChar(pipeline, smallText, out _);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long most = 0, calls = 0;
        string worst = "";
        pipeline.Times.AfterStage = stage =>
        {
            // Every thirteenth stage (a window runs some twenty), so each stage is seen on some window.
            if (++calls % 13 != 0) return;
            long held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            if (held > most) (most, worst) = (held, stage);
        };
        double bigCost = AllocatedPerChar(pipeline, bigText, out var graph);
        pipeline.Times.AfterStage = null;

        Assert.That(graph.RelationCount, Is.GreaterThan(1000), "the article must give the stages work to keep");
        // The text itself (two bytes a character) is in the baseline already; what grows with the
        // article is its graph (every edge's evidence) and the cleaned text the evidence quotes.
        // Held whole, the article took some fourteen bytes a character.
        double perChar = (double)most / bigText.Length;
        TestContext.Out.WriteLine($"most held: {perChar:F1} bytes per character, after {worst}; allocated {smallCost:F0} and {bigCost:F0} bytes per character");
        Assert.That(perChar, Is.LessThan(10), $"after stage {worst} the build held {most / 1048576.0:F1} MB for {bigText.Length / 1e6:F1} M characters");
        Assert.That(bigCost / smallCost, Is.LessThan(1.15), "an article four times longer cost more per character");
    }

    private static double AllocatedPerChar(ExtractionPipeline pipeline, string text, out Schema.EntityGraph graph)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        graph = pipeline.Run([new Article("long-" + text.Length, text, "long.txt")]);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length;
    }
}
