namespace KnowledgeGraph.Segmentation;

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
        _tokens = tokens;
    }

    /// <summary>
    /// A sentence of <paramref name="article"/> at [start, end), which starts and ends with a
    /// token. Neither its text nor its tokens are kept: the text is cut from the article when first
    /// asked for (few sentences are ever read as strings: those an edge quotes as evidence), the
    /// tokens each time they are asked for (a stage reads them once), so the sentences of a long
    /// article take little more than their offsets.
    /// </summary>
    public Sentence(int index, int start, int end, string article)
    {
        Index = index;
        Start = start;
        End = end;
        _article = article;
    }

    private readonly IReadOnlyList<Token>? _tokens;

    public int Index { get; }
    public int Start { get; }
    public int End { get; }

    /// <summary>
    /// The tokens. Of a sentence cut from an article they are cut anew on each call (a fresh
    /// list the caller may keep): the tokenizer looks no further than a token's end, so cutting
    /// [Start, End) alone gives the tokens the whole line gave. Read them once per pass
    /// (<c>var tokens = s.Tokens</c>).
    /// </summary>
    public IReadOnlyList<Token> Tokens
    {
        get
        {
            if (_tokens is not null) return _tokens;
            // Stages ask for a sentence's tokens several times each: the cut goes through a scratch
            // list kept per thread, so a call allocates the tokens and their strings and nothing else
            // (pooling the strings would save their bytes but cost a hash per token, more than they cost).
            var spans = t_spans ??= new List<TokenSpan>(64);
            spans.Clear();
            Tokenizer.Tokenize(_article!, Start, End, spans, pool: null);
            var tokens = new Token[spans.Count];
            for (int i = 0; i < tokens.Length; i++) tokens[i] = spans[i].ToToken();
            return tokens;
        }
    }

    [ThreadStatic] private static List<TokenSpan>? t_spans;

    /// <summary>The sentence as it stands in the article (one string per sentence, however often asked for).</summary>
    public string Text => _text ??= _article!.Substring(Start, End - Start);

    public override string ToString() => Text;
}
