using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>The default pipeline on one worker, built once for the tests that run text through every stage.</summary>
internal static class WholePipeline
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() =>
    {
        var pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions());
        pipeline.Jobs = 1;
        return pipeline;
    });

    /// <summary>The graph of one article with <paramref name="text"/>.</summary>
    public static EntityGraph Build(string text) => Pipeline.Value.Run([new Article("a", text, "a.txt")]);
}
