namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// A trie over lower-cased token sequences: finds every phrase starting at a token in time
/// proportional to the phrase length, so scanning an article is linear in its tokens.
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Next;
        public List<(IReadOnlyList<string> Words, T Value)>? Values;
    }

    private readonly TrieNode _root = new();

    private const int LowerBuffer = 64;

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new(StringComparer.Ordinal);
            var key = FoldApostrophes(w.ToLowerInvariant());
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new TrieNode();
            node = child;
        }
        (node.Values ??= []).Add((words, value));
        Count++;
    }

    /// <summary>
    /// Phrases that start at <paramref name="start"/>, longest first, for which
    /// <paramref name="accept"/> agrees with the casing in the text.
    /// </summary>
    public IEnumerable<(int Length, IReadOnlyList<string> Words, T Value)> MatchesAt(IReadOnlyList<NameToken> tokens, int start)
    {
        // Asked at every token of an article and mostly answered with nothing: the list is made
        // only for a match, and a token is lower-cased on the stack, not into a new string.
        List<(int, IReadOnlyList<string>, T)>? found = null;
        Span<char> lower = stackalloc char[LowerBuffer];
        var node = _root;
        for (int i = start; i < tokens.Count && node.Next is not null; i++)
        {
            var text = tokens[i].Text;
            TrieNode? child;
            if (text.Length <= LowerBuffer)
            {
                int n = text.AsSpan().ToLowerInvariant(lower);
                // "Ma’ruf" is the listed "Ma'ruf": a typographic apostrophe reads as the plain one.
                lower[..n].Replace('\u2019', '\'');
                lower[..n].Replace('\u2018', '\'');
                if (!node.Next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..n], out child)) break;
            }
            else if (!node.Next.TryGetValue(FoldApostrophes(text.ToLowerInvariant()), out child)) break;
            node = child;
            if (node.Values is not null)
                foreach (var (w, v) in node.Values) (found ??= []).Add((i - start + 1, w, v));
        }
        if (found is null) return [];
        found.Reverse();
        return found;
    }

    private static string FoldApostrophes(string word) => word.Replace('\u2019', '\'').Replace('\u2018', '\'');
}
