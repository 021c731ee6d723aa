namespace KnowledgeGraph.Segmentation;

/// <summary>
/// One string per distinct piece of text. A tokenizer that cuts a long article into words asks
/// the pool for each word's string, so "di", "yang" or a name said a thousand times costs one
/// string instead of a thousand: the tokens of an article then take little more memory than
/// their offsets. Not thread-safe; use one pool per pass or <see cref="ForThread"/>.
/// </summary>
public sealed class TextPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TextPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string for <paramref name="text"/>, made on first request.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (_bySpan.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        _strings.Add(s, s);
        return s;
    }

    /// <summary>The pool's string for <paramref name="text"/>[start..end).</summary>
    public string Get(string text, int start, int end) =>
        start == 0 && end == text.Length ? text : Get(text.AsSpan(start, end - start));

    /// <summary>The pool's string for the lower-case form of <paramref name="text"/> (invariant culture).</summary>
    public string GetLower(string text)
    {
        Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        return lower.SequenceEqual(text) ? text : Get(lower);
    }

    /// <summary>
    /// The calling thread's pool, shared by every pass on that thread: a pool made per pass would
    /// grow its table from empty each time, and that growth cost more than the strings it saves.
    /// Past <see cref="ThreadPoolLimit"/> strings the thread starts a new one (holders keep theirs).
    /// </summary>
    public static TextPool ForThread()
    {
        var pool = t_pool;
        if (pool is null || pool.Count > ThreadPoolLimit) t_pool = pool = new TextPool();
        return pool;
    }

    /// <summary>Distinct strings a thread's pool holds before it is replaced: the words of many articles.</summary>
    public const int ThreadPoolLimit = 1 << 16;

    [ThreadStatic] private static TextPool? t_pool;

    /// <summary>Distinct strings held.</summary>
    public int Count => _strings.Count;
}
