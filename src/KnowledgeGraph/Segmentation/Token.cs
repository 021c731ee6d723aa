namespace KnowledgeGraph.Segmentation;

/// <summary>A token with its offsets in the article text (end exclusive).</summary>
public sealed record Token(int Start, int End, string Text);
