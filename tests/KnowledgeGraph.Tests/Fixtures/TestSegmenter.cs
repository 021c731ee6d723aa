using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Tests;

/// <summary>The production segmenter with the shipped data, shared by tests that build documents by hand.</summary>
internal static class TestSegmenter
{
    private static readonly Lazy<IndonesianSegmenter> Instance = new(() => IndonesianSegmenter.Load(null, "id"));

    public static IReadOnlyList<Sentence> Segment(string text) => Instance.Value.Segment(text);
}
