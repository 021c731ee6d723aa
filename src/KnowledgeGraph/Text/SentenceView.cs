using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Text;

/// <summary>
/// One sentence as the relation rules see it: its words, and for each word the longest
/// entity mention starting there (so a rule can step over a whole name at once).
/// </summary>
public sealed class SentenceView
{
    private SentenceView(Sentence sentence, List<Word> words, Mention?[] entityAt, Mention?[] eventAt)
    {
        Sentence = sentence;
        Words = words;
        EntityAt = entityAt;
        EventAt = eventAt;
    }

    public Sentence Sentence { get; }
    public List<Word> Words { get; }

    /// <summary>Longest Person/Organization/Place mention that starts in word i.</summary>
    public Mention?[] EntityAt { get; }

    /// <summary>Event mention that starts in word i.</summary>
    public Mention?[] EventAt { get; }

    public int Count => Words.Count;

    public static SentenceView Build(string text, Sentence sentence, IEnumerable<Mention> sentenceMentions) =>
        Build(text, sentence, sentenceMentions, new WordPool());

    /// <summary>The view of one sentence, its word strings shared through <paramref name="pool"/> with the other sentences of the pass.</summary>
    public static SentenceView Build(string text, Sentence sentence, IEnumerable<Mention> sentenceMentions, WordPool pool)
    {
        var words = Text.Words.Split(text, sentence.Start, sentence.End, pool);
        var entityAt = new Mention?[words.Count];
        var eventAt = new Mention?[words.Count];
        foreach (var m in sentenceMentions)
        {
            int i = WordContaining(words, m.Start);
            if (i < 0) continue;
            var slot = m.Type == NodeType.Event ? eventAt : entityAt;
            if (slot[i] is null || slot[i]!.End - slot[i]!.Start < m.End - m.Start) slot[i] = m;
        }
        return new SentenceView(sentence, words, entityAt, eventAt);
    }

    /// <summary>Index of the word just after the last word that ends at or before <paramref name="end"/>.</summary>
    public int WordAfter(int end)
    {
        int i = Text.Words.IndexAtOrAfter(Words, end);
        return i;
    }

    public static int WordContaining(List<Word> words, int offset)
    {
        int i = Text.Words.IndexAtOrAfter(words, offset);
        if (i < words.Count && words[i].Start == offset) return i;
        if (i > 0 && words[i - 1].End > offset) return i - 1;
        return i < words.Count && words[i].Start < offset + 3 ? i : -1;
    }

    /// <summary>Views of all sentences of a document, mentions grouped by sentence.</summary>
    public static List<SentenceView> ForDocument(Document document, MentionIndex mentions)
    {
        var pool = WordPool.ForThread();
        return document.Sentences.Select(s => Build(document.Text, s, mentions.InSentence(s.Index), pool)).ToList();
    }
}
