namespace KnowledgeGraph.Segmentation;

/// <summary>A token as a plain value, 16 bytes and no object of its own: what the tokenizer cuts before a caller asks for <see cref="Token"/> records.</summary>
internal readonly record struct TokenSpan(int Start, int End, string Text)
{
    public Token ToToken() => new(Start, End, Text);
}
