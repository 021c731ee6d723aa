using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Text;

/// <summary>
/// One <see cref="WordForm"/> per distinct word: the words of a long article repeat, so they share
/// their strings and forms instead of carrying copies. Not thread-safe; use one pool per pass or <see cref="ForThread"/>.
/// </summary>
public sealed class WordPool
{
    private readonly TextPool _strings = new();
    private readonly Dictionary<string, WordForm> _forms = new(ReferenceEqualityComparer.Instance);

    /// <summary>The form of text[start..end).</summary>
    public WordForm Get(string text, int start, int end)
    {
        // The pool gives one string per distinct text, so the forms can be found by reference.
        var word = _strings.Get(text, start, end);
        if (!_forms.TryGetValue(word, out var form)) _forms.Add(word, form = new WordForm(word, _strings.GetLower(word)));
        return form;
    }

    /// <summary>
    /// The calling thread's pool, shared by the passes on that thread: a pool made per pass grows
    /// its tables from empty for every article, and that growth cost more than the words it holds.
    /// Past <see cref="TextPool.ThreadPoolLimit"/> forms the thread starts a new one.
    /// </summary>
    public static WordPool ForThread()
    {
        var pool = t_pool;
        if (pool is null || pool._forms.Count > TextPool.ThreadPoolLimit) t_pool = pool = new WordPool();
        return pool;
    }

    [ThreadStatic] private static WordPool? t_pool;
}
