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

    public IReadOnlyList<Sentence> Segment(string text)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var pool = new TextPool();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            tokens.Clear();
            Tokenizer.Tokenize(text, pos, end, tokens, pool);
            if (tokens.Count > 0) SplitLine(text, tokens, sentences);
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

    private void SplitLine(string text, List<Token> tokens, List<Sentence> sentences)
    {
        int first = 0;
        for (int k = 0; k < tokens.Count; k++)
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
            if (!EndsSentence(tokens, k, tokens[last + 1])) { k = last; continue; }
            Add(text, tokens, first, last, sentences);
            first = last + 1;
            k = last;
        }
        if (first < tokens.Count) Add(text, tokens, first, tokens.Count - 1, sentences);
    }

    private bool EndsSentence(List<Token> tokens, int terminator, Token next)
    {
        if (!CanStartSentence(next.Text)) return false;
        if (tokens[terminator].Text != "." || terminator == 0) return true;
        var word = tokens[terminator - 1];
        if (word.End != tokens[terminator].Start) return true;
        var w = word.Text.AsSpan();
        // A single capital before the period is an initial ("J. K. Rowling", "H. Agus").
        if (w.Length == 1 && char.IsUpper(w[0])) return false;
        if (_abbreviations.Contains(w)) return _abbreviations.MayEndSentence(w);
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

    private static void Add(string text, List<Token> tokens, int first, int last, List<Sentence> sentences)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        var own = tokens.GetRange(first, last - first + 1);
        sentences.Add(new Sentence(sentences.Count, start, end, text.Substring(start, end - start), own));
    }
}
