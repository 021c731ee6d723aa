namespace KnowledgeGraph.Segmentation;

/// <summary>
/// Sentences and tokens for Indonesian news text, with article offsets. Every line is at least
/// one sentence (paragraphs never run together). Inside a line a sentence ends at . ! ? or an
/// ellipsis, together with the closing quotes and brackets glued to it, but only when the next
/// token can start a sentence (a capital, a digit, an opening quote or bracket): so a quote
/// closed before its speech verb stays with it ("… kecil,” ungkap Stoltenberg."), and periods of
/// listed abbreviations ("dr.", "Jl.", "a.n.") and of initials ("J. K.") do not split.
/// Numbers, dates, URLs and dotted names are single tokens, so their periods never split.
/// One pass over the characters and one over the tokens: linear in the text length.
/// </summary>
public sealed class IndonesianSegmenter : ISegmenter
{
    private readonly Abbreviations _abbreviations;

    public IndonesianSegmenter(Abbreviations abbreviations) => _abbreviations = abbreviations;

    public static IndonesianSegmenter Load(string? resourceDirectory, string language = "id") =>
        new(Abbreviations.Load(resourceDirectory, language));

    public static IndonesianSegmenter FromPack(Packs.LanguagePack pack) => new(Abbreviations.FromPack(pack));

    public IReadOnlyList<Sentence> Segment(string text)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<TokenSpan>();
        var pool = TextPool.ForThread();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            tokens.Clear();
            // A long line is tokenized a piece at a time, each cut at a white space (no token holds
            // one), so only the tokens of the sentence in progress (and the one before it, which
            // the abbreviation check reads) are kept between pieces.
            int first = 0;
            for (int from = pos; from < end;)
            {
                int to = end - from <= LinePieceChars ? end : PieceEnd(text, from + LinePieceChars, end);
                Tokenizer.Tokenize(text, from, to, tokens, pool);
                int done = SplitLine(text, tokens, first, sentences, lineEnd: to == end);
                int drop = Math.Max(0, done - 1);
                tokens.RemoveRange(0, drop);
                first = done - drop;
                from = to;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return sentences;
    }

    /// <summary>
    /// The most tokens a sentence may hold; a longer run without a sentence end (a list, a
    /// table or text without punctuation) is cut into pieces of this size. News sentences hold
    /// a few dozen tokens; the cap keeps every per-sentence step bounded on such input.
    /// </summary>
    public const int MaxSentenceTokens = 400;

    /// <summary>Characters of a line tokenized at a time (about; a piece ends at a white space). The sentences do not depend on it.</summary>
    public int LinePieceChars { get; init; } = 1 << 16;

    private static int PieceEnd(string text, int from, int end)
    {
        while (from < end && !char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    /// <summary>
    /// Cuts the tokens of a line from <paramref name="first"/> on into sentences; returns the index
    /// of the first token not used. Unless <paramref name="lineEnd"/>, more tokens of the line
    /// follow: the sentence in progress is left for the next call, which starts again from its first token.
    /// </summary>
    private int SplitLine(string text, List<TokenSpan> tokens, int first, List<Sentence> sentences, bool lineEnd)
    {
        for (int k = first; k < tokens.Count; k++)
        {
            if (k - first >= MaxSentenceTokens)
            {
                Add(text, tokens, first, k - 1, sentences);
                first = k;
            }
            if (!IsTerminator(tokens[k].Text)) continue;
            int last = k;
            while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End
                   && (IsTerminator(tokens[last + 1].Text) || IsCloser(tokens[last + 1].Text))) last++;
            if (last + 1 >= tokens.Count) break;
            if (!EndsSentence(text, tokens, k, tokens[last + 1])) { k = last; continue; }
            Add(text, tokens, first, last, sentences);
            first = last + 1;
            k = last;
        }
        if (!lineEnd) return first;
        if (first < tokens.Count) Add(text, tokens, first, tokens.Count - 1, sentences);
        return tokens.Count;
    }

    private bool EndsSentence(string text, List<TokenSpan> tokens, int terminator, TokenSpan next)
    {
        if (!CanStartSentence(next.Text)) return false;
        if (tokens[terminator].Text != "." || terminator == 0) return true;
        var word = tokens[terminator - 1];
        if (word.End != tokens[terminator].Start) return true;
        var w = word.Text.AsSpan();
        // "1. Gubernur Jambi ...": a small number opening a line numbers an item of a list.
        if (terminator == 1 && w.Length <= 2 && char.IsDigit(w[0]) && char.IsDigit(w[^1]) && OpensLine(text, word.Start)) return false;
        // A single capital before the period is an initial ("J. K. Rowling", "H. Agus").
        if (w.Length == 1 && char.IsUpper(w[0])) return false;
        if (_abbreviations.Contains(w)) return _abbreviations.MayEndSentence(w);
        return true;
    }

    private static bool OpensLine(string text, int at)
    {
        while (at > 0 && text[at - 1] != '\n')
            if (!char.IsWhiteSpace(text[--at])) return false;
        return true;
    }

    private static bool IsTerminator(string t) => t[0] is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(string t) =>
        t.Length == 1 && t[0] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}';

    private static bool CanStartSentence(string t)
    {
        char c = t[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[' or '-' or '\u2013' or '\u2014' or '*' or '\u2022';
    }

    private static void Add(string text, List<TokenSpan> tokens, int first, int last, List<Sentence> sentences)
    {
        sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[last].End, text));
    }
}
