namespace KnowledgeGraph.Segmentation;

/// <summary>A token with its offsets in the article text (end exclusive).</summary>
public sealed record Token(int Start, int End, string Text);

/// <summary>A sentence with its offsets in the article text and its tokens.</summary>
public sealed class Sentence
{
    private readonly string? _article;
    private string? _text;

    public Sentence(int index, int start, int end, string text, IReadOnlyList<Token> tokens)
    {
        Index = index;
        Start = start;
        End = end;
        _text = text;
        Tokens = tokens;
    }

    /// <summary>
    /// A sentence of <paramref name="article"/> at [start, end): its text is cut from the article
    /// when first asked for, so the sentences of an article do not hold a second copy of it
    /// (few sentences are ever read as strings: those an edge quotes as evidence).
    /// </summary>
    public Sentence(int index, int start, int end, IReadOnlyList<Token> tokens, string article)
    {
        Index = index;
        Start = start;
        End = end;
        Tokens = tokens;
        _article = article;
    }

    public int Index { get; }
    public int Start { get; }
    public int End { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence as it stands in the article (one string per sentence, however often asked for).</summary>
    public string Text => _text ??= _article!.Substring(Start, End - Start);

    public override string ToString() => Text;
}
