namespace KnowledgeGraph.Relations;

/// <summary>
/// Pairs quotation marks. Curly marks say which way they face; a straight mark opens when
/// it stands before a word and closes when it stands after one. A closing mark without an
/// opening one quotes from the start of its paragraph (the opening mark is often lost when
/// a quote starts a paragraph); an opening mark without a close quotes to the end of its
/// paragraph unless the close follows in the next paragraph.
/// </summary>
public sealed class SimpleQuoteFinder : IQuoteFinder
{
    private const int MaxParagraphs = 2;

    /// <summary>
    /// The longest quote: far past a paragraph of quoted speech. A run-on line (an article
    /// without line ends) is one paragraph, and without this bound every stray mark would quote
    /// from its start, which makes the statements, and the time to find them, grow with the
    /// square of the text.
    /// </summary>
    public const int MaxQuoteLength = 4000;

    public IReadOnlyList<QuoteSpan> Find(string text)
    {
        var result = new List<QuoteSpan>();
        int open = -1, firstLineEnd = -1, lineBreaks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // A mark left open for longer than any quote runs was no quote (see MaxQuoteLength).
            if (open >= 0 && i - open > MaxQuoteLength)
            {
                Add(result, text, open + 1, firstLineEnd >= 0 ? firstLineEnd : i);
                open = -1;
                if (firstLineEnd >= 0) i = firstLineEnd;
                firstLineEnd = -1;
                lineBreaks = 0;
                continue;
            }
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    if (firstLineEnd < 0) firstLineEnd = i;
                    if (i + 1 < text.Length && text[i + 1] != '\n' && ++lineBreaks >= MaxParagraphs)
                    {
                        Add(result, text, open + 1, firstLineEnd);
                        open = -1;
                        i = firstLineEnd;
                        firstLineEnd = -1;
                        lineBreaks = 0;
                    }
                }
                continue;
            }
            var (role, width) = Role(text, i);
            if (role == 0) continue;
            if (role > 0)
            {
                if (open >= 0) Add(result, text, open + 1, firstLineEnd >= 0 ? firstLineEnd : i);
                open = i + width - 1;
                firstLineEnd = -1;
                lineBreaks = 0;
            }
            else
            {
                if (open >= 0) Add(result, text, open + 1, i);
                else Add(result, text, ParagraphStart(text, i), i);
                open = -1;
                firstLineEnd = -1;
                lineBreaks = 0;
                i += width - 1;
            }
        }
        if (open >= 0) Add(result, text, open + 1, firstLineEnd >= 0 ? firstLineEnd : text.Length);
        return result;
    }

    // +1 opening, -1 closing, 0 not a quotation mark; and how many characters the mark takes.
    // Curly marks of UTF-8 text mis-decoded as a Windows code page ("â€œ", "β€œ") are read too.
    private static (int Role, int Width) Role(string text, int i)
    {
        char c = text[i];
        if (c is '“' or '«' or '„') return (1, 1);
        if (c is '”' or '»') return (-1, 1);
        if ((c == 'â' || c == 'β') && i + 1 < text.Length && text[i + 1] == '€')
        {
            if (i + 2 < text.Length && text[i + 2] == 'œ') return (1, 3);
            if (i + 2 < text.Length && text[i + 2] is '\u009d' or '\ufffd') return (-1, 3);
            return (-1, 2);
        }
        // Two apostrophes stand for a straight double mark in some outlets' text ("''Kami siap,'' kata X").
        int width = c == '\'' && i + 1 < text.Length && text[i + 1] == '\'' && (i + 2 >= text.Length || text[i + 2] != '\'') ? 2 : 1;
        if (c != '"' && width == 1) return (0, 1);
        bool wordBefore = i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '(';
        int next = i + width;
        bool wordAfter = next < text.Length && !char.IsWhiteSpace(text[next]);
        if (wordBefore && !wordAfter) return (-1, width);
        if (!wordBefore && wordAfter) return (1, width);
        if (wordBefore && next < text.Length && char.IsPunctuation(text[next])) return (-1, width);
        return (wordAfter ? 1 : -1, width);
    }

    // The start of the paragraph holding i, at most MaxQuoteLength back.
    private static int ParagraphStart(string text, int i)
    {
        int from = Math.Max(0, i - 1), window = Math.Min(from + 1, MaxQuoteLength);
        if (text.Length == 0) return 0;
        int k = text.LastIndexOf('\n', from, window);
        if (k >= 0) return k + 1;
        return from + 1 - window == 0 ? 0 : from + 1 - window;
    }

    private static void Add(List<QuoteSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start >= 2) result.Add(new QuoteSpan(start, end));
    }
}
