namespace KnowledgeGraph.Segmentation;

/// <summary>A sentence with its offsets in the article text and its tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, IReadOnlyList<Token> Tokens);
