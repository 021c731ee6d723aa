namespace KnowledgeGraph.Relations;

/// <summary>
/// Finds the statements whose span holds a stretch of text without walking every statement of the
/// article: a long article has hundreds of thousands of them, and one walk per candidate edge made
/// reading its relations grow with the square of its length.
/// </summary>
public sealed class StatementIndex
{
    // A statement spans a sentence or a few; the rare longer one (a quote left open) is kept apart
    // and always checked, so the search among the others can stop at a fixed distance.
    private const int ShortSpan = 4096;

    private readonly IReadOnlyList<Statement> _statements;
    private readonly int[] _shortByStart;
    private readonly int[] _long;

    public StatementIndex(IReadOnlyList<Statement> statements)
    {
        _statements = statements;
        var all = Enumerable.Range(0, statements.Count);
        _shortByStart = all.Where(i => Length(statements[i]) <= ShortSpan).OrderBy(i => statements[i].SpanStart).ToArray();
        _long = all.Where(i => Length(statements[i]) > ShortSpan).ToArray();
    }

    private static int Length(Statement s) => s.SpanEnd - s.SpanStart;

    /// <summary>The statements whose span holds [start, end), in the order the article tells them.</summary>
    public IReadOnlyList<Statement> Holding(int start, int end)
    {
        int lo = 0, hi = _shortByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_statements[_shortByStart[mid]].SpanStart <= start) lo = mid + 1;
            else hi = mid;
        }
        var found = new List<int>();
        // A short span holding the stretch starts no further back than ShortSpan before its end.
        for (int k = lo - 1; k >= 0 && _statements[_shortByStart[k]].SpanStart >= end - ShortSpan; k--)
            if (_statements[_shortByStart[k]].SpanEnd >= end) found.Add(_shortByStart[k]);
        foreach (var i in _long)
            if (_statements[i].SpanStart <= start && _statements[i].SpanEnd >= end) found.Add(i);
        if (found.Count == 0) return [];
        found.Sort();
        return found.ConvertAll(i => _statements[i]);
    }
}
