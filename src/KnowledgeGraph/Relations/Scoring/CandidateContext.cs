using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// What the features of one article's candidates are read from, computed once per article:
/// its resolved mentions by node id, its quotations, and the words of each sentence a
/// candidate touches (parsed on first use only).
/// </summary>
public sealed class CandidateContext
{
    private readonly Dictionary<string, List<Mention>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<int, SentenceWords> _sentences = new();
    private readonly CueWords _cues;

    public CandidateContext(Document document, CueWords cues)
    {
        Document = document;
        _cues = cues;
        foreach (var m in document.Mentions)
        {
            if (m.EntityId is not { } id || m.Type == NodeType.Article) continue;
            if (!_byId.TryGetValue(id, out var list)) _byId[id] = list = [];
            list.Add(m);
        }
        foreach (var list in _byId.Values) list.Sort((a, b) => a.Start.CompareTo(b.Start));
        Quotes = new SimpleQuoteFinder().Find(document.Text);
        _quotes = new QuoteIndex(Quotes);
    }

    private readonly QuoteIndex _quotes;

    public Document Document { get; }
    public IReadOnlyList<QuoteSpan> Quotes { get; }
    public int SentenceCount => Document.Sentences.Count;

    public int MentionCount(string id) => _byId.TryGetValue(id, out var l) ? l.Count : 0;

    /// <summary>The mention of a node that lies in the span [start, end), else the one nearest to it; null when the node has no mention here.</summary>
    /// <remarks>
    /// Found by binary search in the node's mentions (sorted by start), not by a scan: a node named
    /// thousands of times in a long article would make a scan per candidate quadratic. Only the
    /// mentions that start inside the span and the nearest one on each side can be nearest, and
    /// of those that are equally near the first in the list wins, as a scan would choose.
    /// </remarks>
    public Mention? MentionNear(string id, int start, int end)
    {
        if (!_byId.TryGetValue(id, out var list)) return null;
        if (start > end) return NearestOf(list, 0, list.Count, start, end);
        int lo = FirstStartingAt(list, start);
        Mention? best = null;
        int bestDist = int.MaxValue;
        if (lo > 0)
        {
            int group = FirstStartingAt(list, list[lo - 1].Start);
            (best, bestDist) = (list[group], Distance(list[group], start, end));
        }
        int k = lo;
        for (; k < list.Count && list[k].Start <= end; k++)
        {
            int d = Distance(list[k], start, end);
            if (d == 0) return list[k];
            if (d < bestDist) { bestDist = d; best = list[k]; }
        }
        if (k < list.Count && Distance(list[k], start, end) < bestDist) best = list[k];
        return best;
    }

    private static Mention? NearestOf(List<Mention> list, int from, int to, int start, int end)
    {
        Mention? best = null;
        int bestDist = int.MaxValue;
        for (int i = from; i < to; i++)
        {
            int d = Distance(list[i], start, end);
            if (d < bestDist) { bestDist = d; best = list[i]; }
        }
        return best;
    }

    private static int Distance(Mention m, int start, int end) =>
        m.Start >= start && m.End <= end ? 0 : Math.Min(Math.Abs(m.Start - start), Math.Abs(m.Start - end)) + 1;

    // The index of the first mention starting at or after offset (the count when none does).
    private static int FirstStartingAt(List<Mention> list, int offset)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (list[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public SentenceWords Sentence(int index)
    {
        if (!_sentences.TryGetValue(index, out var s)) _sentences[index] = s = SentenceWords.Of(Document, index, _cues);
        return s;
    }

    /// <summary>The cue classes of a sentence, read from its tokens (no parse needed).</summary>
    public IReadOnlySet<string> CuesOf(int index)
    {
        if (!_cueClasses.TryGetValue(index, out var set))
            _cueClasses[index] = set = (_sentences.TryGetValue(index, out var s) ? s : SentenceWords.Of(Document, index, _cues, parse: false))
                .Cues.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return set;
    }

    private readonly Dictionary<int, HashSet<string>> _cueClasses = new();

    /// <summary>Whether a quotation holds the offset (quotes may overlap).</summary>
    public bool InQuote(int offset) => _quotes.Covers(offset);
}
