using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>Builds the evidence of an edge from a span of the article.</summary>
public static class Evidences
{
    /// <summary>
    /// The most characters an evidence's sentence or quote carries: every edge repeats them, so
    /// without a bound the output would grow with edges times text on run-on input.
    /// </summary>
    public const int MaxTextLength = 4000;

    public static Evidence For(Document doc, int start, int end, string? quote = null)
    {
        start = Math.Clamp(start, 0, doc.Text.Length);
        end = Math.Clamp(end, start, doc.Text.Length);
        // The whole sentence when the span lies in one; the span itself when it runs over several (long quotes).
        // The sentence is cut from the article only when the edge is kept: the candidates of a long
        // article would otherwise hold a copy of most of its text.
        var s = doc.SentenceAt(start);
        var sentence = s is not null && end <= s.End
            ? doc.SentenceText(s, SentenceMaker)
            : new DeferredText(doc.Text, start, end, SpanMaker);
        return new Evidence(doc.Article.Id, sentence, start, end, quote is null ? null : Bounded(quote), doc.Date);
    }

    private static readonly Func<string, int, int, string> SentenceMaker = (text, start, end) => Bounded(text.AsSpan(start, end - start).Trim().ToString());

    private static readonly Func<string, int, int, string> SpanMaker = (text, start, end) => Bounded(Bounded(text, start, end).Trim());

    private static string Bounded(string text, int start, int end) =>
        end - start <= MaxTextLength ? text[start..end] : Bounded(text.Substring(start, MaxTextLength + 1));

    /// <summary>The text, or its first <see cref="MaxTextLength"/> characters and an ellipsis (never half a surrogate pair).</summary>
    public static string Bounded(string text)
    {
        if (text.Length <= MaxTextLength) return text;
        int cut = char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return text[..cut] + "\u2026";
    }
}
