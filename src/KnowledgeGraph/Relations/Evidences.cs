using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>Builds the evidence of an edge from a span of the article.</summary>
public static class Evidences
{
    public static Evidence For(Document doc, int start, int end, string? quote = null)
    {
        start = Math.Clamp(start, 0, doc.Text.Length);
        end = Math.Clamp(end, start, doc.Text.Length);
        var sentence = doc.Text[start..end].Trim();
        // The whole sentence when the span lies in one; the span itself when it runs over several (long quotes).
        var s = SentenceAt(doc, start);
        if (s is not null && end <= s.End) sentence = s.Text.Trim();
        return new Evidence(doc.Article.Id, sentence, start, end, quote, doc.Date);
    }

    private static Segmentation.Sentence? SentenceAt(Document doc, int offset)
    {
        var list = doc.Sentences;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (list[mid].End <= offset) lo = mid + 1;
            else if (list[mid].Start > offset) hi = mid - 1;
            else return list[mid];
        }
        return null;
    }
}
