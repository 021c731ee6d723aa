namespace KnowledgeGraph.Segmentation;

/// <summary>Splits an article's text into sentences and tokens with their offsets.</summary>
public interface ISegmenter
{
    IReadOnlyList<Sentence> Segment(string text);
}
