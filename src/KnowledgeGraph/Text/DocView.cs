using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Text;

/// <summary>
/// A whole article as words, with the sentence of each word and the longest resolved entity
/// mention starting at each word. Rules that cross sentence borders (quotes) use it.
/// </summary>
public sealed class DocView
{
    public DocView(Document document, MentionIndex mentions)
    {
        Document = document;
        Mentions = mentions;
        Words = KnowledgeGraph.Text.Words.Split(document.Text, 0, document.Text.Length);
        SentenceOf = new int[Words.Count];
        var sentences = document.Sentences;
        int s = 0;
        for (int i = 0; i < Words.Count; i++)
        {
            while (s + 1 < sentences.Count && sentences[s].End <= Words[i].Start) s++;
            SentenceOf[i] = sentences.Count == 0 ? 0 : s;
        }
        // Word ranges per sentence, not per word: a sentence's words are consecutive.
        _first = new int[Math.Max(1, sentences.Count)];
        _end = new int[_first.Length];
        for (int i = Words.Count - 1; i >= 0; i--) _first[SentenceOf[i]] = i;
        for (int i = 0; i < Words.Count; i++) _end[SentenceOf[i]] = i + 1;
        var entities = new Dictionary<int, Mention>();
        var events = new Dictionary<int, Mention>();
        foreach (var m in mentions.All)
        {
            int i = SentenceView.WordContaining(Words, m.Start);
            if (i < 0) continue;
            var slot = m.Type == NodeType.Event ? events : entities;
            if (!slot.TryGetValue(i, out var had) || had.End - had.Start < m.End - m.Start) slot[i] = m;
        }
        EntityAt = new WordMentions(Words.Count, entities);
        EventAt = new WordMentions(Words.Count, events);
    }

    public Document Document { get; }
    public MentionIndex Mentions { get; }
    public string Text => Document.Text;
    public List<Word> Words { get; }
    /// <summary>Longest Person/Organization/Place mention that starts in word i.</summary>
    public WordMentions EntityAt { get; }

    /// <summary>Longest event mention that starts in word i.</summary>
    public WordMentions EventAt { get; }
    public int[] SentenceOf { get; }

    private readonly int[] _first;
    private readonly int[] _end;

    /// <summary>Index of the first word of word i's sentence.</summary>
    public int SentenceFirstWord(int i) => _first[SentenceOf[i]];

    /// <summary>Index just past the last word of word i's sentence.</summary>
    public int SentenceEndWord(int i) => _end[SentenceOf[i]];

    private bool _datelineDone;
    private Mention? _dateline;

    /// <summary>The dateline place ("BRUSSELS -"), found once; see <see cref="Datelines.Find"/>.</summary>
    public Mention? Dateline
    {
        get
        {
            if (!_datelineDone) { _dateline = Datelines.Find(this); _datelineDone = true; }
            return _dateline;
        }
    }

    /// <summary>Index of the first word after mention <paramref name="m"/> that starts at word <paramref name="i"/>.</summary>
    public int After(int i, Mention m)
    {
        int k = i + 1;
        while (k < Words.Count && Words[k].Start < m.End) k++;
        return k;
    }

    /// <summary>
    /// The entity whose last word is word <paramref name="k"/>, found by looking back at most
    /// <paramref name="window"/> words and not before word <paramref name="first"/>; null when the nearest
    /// entity before it ends elsewhere.
    /// </summary>
    public Mention? EntityEndingAt(int k, int first, int window = 4)
    {
        for (int b = k; b >= first && b >= k - window; b--)
            if (EntityAt[b] is { } m) return After(b, m) == k + 1 ? m : null;
        return null;
    }
}
