namespace KnowledgeGraph.Parsing;

/// <summary>A CoNLL-U sentence: its comment lines (without "# "), words and multiword tokens.</summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluToken> MultiwordTokens { get; } = [];

    /// <summary>The file and line the sentence starts at, for error messages.</summary>
    public string Source { get; init; } = "";

    public string? Comment(string key)
    {
        foreach (var c in Comments)
        {
            int eq = c.IndexOf('=');
            if (eq > 0 && c.AsSpan(0, eq).Trim().SequenceEqual(key)) return c[(eq + 1)..].Trim();
        }
        return null;
    }

    public string? Id => Comment("sent_id");
    public string? Text => Comment("text");
}
