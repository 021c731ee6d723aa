namespace KnowledgeGraph.Relations;

/// <summary>
/// Finds the quote around a position without walking every quote of the article: quotes may
/// overlap (a closing mark with no opening one reaches back to its paragraph's start), so the
/// answer is the first quote, in the finder's order, that contains the position.
/// </summary>
public sealed class QuoteIndex
{
    private readonly IReadOnlyList<QuoteSpan> _quotes;
    private readonly int[] _byStart;   // quote indexes ordered by start
    private readonly int[] _reach;     // the furthest end among _byStart[0..k]

    public QuoteIndex(IReadOnlyList<QuoteSpan> quotes)
    {
        _quotes = quotes;
        _byStart = Enumerable.Range(0, quotes.Count).OrderBy(i => quotes[i].Start).ToArray();
        _reach = new int[_byStart.Length];
        int reach = int.MinValue;
        for (int k = 0; k < _byStart.Length; k++) _reach[k] = reach = Math.Max(reach, quotes[_byStart[k]].End);
    }

    /// <summary>Whether some quote holds the position: one with a start at or before it reaches past it.</summary>
    public bool Covers(int position)
    {
        int k = StartingUpTo(position);
        return k > 0 && _reach[k - 1] > position;
    }

    public QuoteSpan? Around(int position)
    {
        int best = -1;
        for (int k = StartingUpTo(position) - 1; k >= 0 && _reach[k] > position; k--)
        {
            int i = _byStart[k];
            if (_quotes[i].Contains(position) && (best < 0 || i < best)) best = i;
        }
        return best < 0 ? null : _quotes[best];
    }

    // How many quotes start at or before the position.
    private int StartingUpTo(int position)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[_byStart[mid]].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
