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
    }

    public Document Document { get; }
    public IReadOnlyList<QuoteSpan> Quotes { get; }
    public int SentenceCount => Document.Sentences.Count;

    public int MentionCount(string id) => _byId.TryGetValue(id, out var l) ? l.Count : 0;

    /// <summary>The mention of a node that lies in the span [start, end), else the one nearest to it; null when the node has no mention here.</summary>
    public Mention? MentionNear(string id, int start, int end)
    {
        if (!_byId.TryGetValue(id, out var list)) return null;
        Mention? best = null;
        int bestDist = int.MaxValue;
        foreach (var m in list)
        {
            int d = m.Start >= start && m.End <= end ? 0 : Math.Min(Math.Abs(m.Start - start), Math.Abs(m.Start - end)) + 1;
            if (d < bestDist) { bestDist = d; best = m; }
        }
        return best;
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

    public bool InQuote(int offset)
    {
        foreach (var q in Quotes)
            if (q.Contains(offset)) return true;
        return false;
    }
}
