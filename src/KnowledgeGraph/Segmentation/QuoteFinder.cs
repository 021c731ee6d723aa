using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Segmentation;

/// <summary>
/// A direct quote. <see cref="Start"/>..<see cref="End"/> is the quoted text without its quote
/// marks; it may cover several sentences (<see cref="FirstSentence"/>..<see cref="LastSentence"/>).
/// <see cref="Before"/> is the text of the first sentence ahead of the opening mark
/// ("Stoltenberg mengatakan,"), <see cref="After"/> the text of the last sentence after the
/// closing mark (", kata Stoltenberg."): where a speaker is named. A quote left open at the end
/// of its paragraph (common when a quote runs on over paragraphs) has <see cref="Closed"/> false.
/// </summary>
public sealed record Quote(int Start, int End, string Text, int FirstSentence, int LastSentence, Range Before, Range After, bool Closed);

/// <summary>
/// Finds direct quotes paragraph by paragraph: “…” and «…» always, straight "…" when the
/// opening mark starts a word. Single quotes are left alone: they mark terms (‘Steadfast Noon’)
/// and apostrophes far more often than speech.
/// </summary>
public static class QuoteFinder
{
    /// <summary>
    /// The longest quote taken as one: a paragraph-long quote is far shorter. Past it the mark
    /// was no quote (a stray or unpaired mark in a run-on line); it is ended there as an open
    /// quote, so no quote, and no evidence that carries it, grows with the article.
    /// </summary>
    public const int MaxQuoteLength = 4000;

    public static IReadOnlyList<Quote> Find(Document document) => Find(document.Text, document.Sentences);

    public static IReadOnlyList<Quote> Find(string text, IReadOnlyList<Sentence> sentences)
    {
        var quotes = new List<Quote>();
        int open = -1;
        char closer = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0) Add(text, sentences, open, i, closed: false, quotes);
                open = -1;
                continue;
            }
            if (open >= 0 && i - open >= MaxQuoteLength)
            {
                Add(text, sentences, open, i, closed: false, quotes);
                open = -1;
            }
            if (open < 0)
            {
                if (c is '\u201C' or '\u201E') { open = i + 1; closer = '\u201D'; }
                else if (c == '\u00AB') { open = i + 1; closer = '\u00BB'; }
                else if (c == '"' && (i == 0 || !Tokenizer.IsWordChar(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) { open = i + 1; closer = '"'; }
            }
            else if (c == closer || (closer == '\u201D' && c == '"'))
            {
                Add(text, sentences, open, i, closed: true, quotes);
                open = -1;
            }
        }
        if (open >= 0) Add(text, sentences, open, text.Length, closed: false, quotes);
        return quotes;
    }

    private static void Add(string text, IReadOnlyList<Sentence> sentences, int start, int end, bool closed, List<Quote> quotes)
    {
        int s = start, e = end;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e <= s) return;
        int first = SentenceAt(sentences, s), last = SentenceAt(sentences, e - 1);
        var before = new Range(start, start);
        if (first >= 0) before = Trim(text, sentences[first].Start, Math.Max(sentences[first].Start, start - 1));
        int afterStart = closed ? end + 1 : end;
        var after = new Range(afterStart, afterStart);
        if (last >= 0 && sentences[last].End > afterStart) after = Trim(text, afterStart, sentences[last].End);
        quotes.Add(new Quote(s, e, text[s..e], first, last, before, after, closed));
    }

    private static Range Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Range(s, e);
    }

    /// <summary>Index of the sentence holding <paramref name="offset"/> (binary search), or -1.</summary>
    public static int SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (offset < sentences[mid].Start) hi = mid - 1;
            else if (offset >= sentences[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
