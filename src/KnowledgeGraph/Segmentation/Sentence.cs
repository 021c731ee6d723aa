namespace KnowledgeGraph.Segmentation;

/// <summary>A token with its offsets in the article text (end exclusive).</summary>
public sealed record Token(int Start, int End, string Text);

/// <summary>A sentence with its offsets in the article text and its tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, IReadOnlyList<Token> Tokens);
