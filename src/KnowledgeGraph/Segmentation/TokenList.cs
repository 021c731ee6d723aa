using System.Collections;

namespace KnowledgeGraph.Segmentation;

/// <summary>A token as a plain value: what a sentence stores, 16 bytes and no object of its own.</summary>
internal readonly record struct TokenSpan(int Start, int End, string Text)
{
    public Token ToToken() => new(Start, End, Text);
}

/// <summary>
/// The tokens of a sentence, kept as values and handed out as <see cref="Token"/> records on
/// request. A long article has millions of tokens: as values they cost their offsets and a
/// shared string, where a record each would cost an object more (about twice the memory).
/// Tokens compare by value, so a token read twice is equal to itself.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly TokenSpan[] _tokens;

    public TokenList(TokenSpan[] tokens) => _tokens = tokens;

    public Token this[int index] => _tokens[index].ToToken();

    public int Count => _tokens.Length;

    public IEnumerator<Token> GetEnumerator()
    {
        foreach (var t in _tokens) yield return t.ToToken();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
