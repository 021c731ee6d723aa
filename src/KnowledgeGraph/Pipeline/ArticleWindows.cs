using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Cuts a huge article, already cleaned, cut into sentences and dated, into windows of whole
/// sentences: each window is a document of its own text, sentences and offsets (where it
/// starts is its <see cref="Document.Offset"/>), dated as the article. The text between two
/// sentences goes with the window before it, so the windows together are the article's text.
/// </summary>
public static class ArticleWindows
{
    /// <summary>The windows of <paramref name="whole"/>, each at least <paramref name="chars"/> long but the last; made as they are read.</summary>
    public static IEnumerable<Document> Of(Document whole, int chars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chars, 1);
        var text = whole.Text;
        var sentences = whole.Sentences;
        int first = 0, from = 0;
        while (true)
        {
            int last = first;
            while (last < sentences.Count && sentences[last].End - from < chars) last++;
            // [first, last] are the window's sentences; it runs to where the next one starts.
            if (last >= sentences.Count) last = sentences.Count - 1;
            int to = last + 1 < sentences.Count ? sentences[last + 1].Start : text.Length;
            var own = text[from..to];
            var inWindow = new Sentence[Math.Max(0, last - first + 1)];
            for (int i = 0; i < inWindow.Length; i++)
            {
                var s = sentences[first + i];
                inWindow[i] = new Sentence(i, s.Start - from, s.End - from, own);
            }
            yield return new Document(new CleanText(whole.Article, own, []), inWindow)
            {
                Offset = from,
                IsWindow = true,
                MoreWindows = to < text.Length,
                Date = whole.Date,
            };
            if (to >= text.Length) yield break;
            (first, from) = (last + 1, to);
        }
    }
}
