namespace KnowledgeGraph.Segmentation;

/// <summary>
/// Splits text into word, number and punctuation tokens with offsets, in one left-to-right
/// pass. Words keep their inner hyphens ("sekutu-sekutu", "AS-Rusia", "F-35") and inner periods
/// between letters or digits ("KONTAN.CO.ID", "U.S", "1.000", "3.5"); numbers keep decimal
/// commas, date slashes and time colons ("3,5", "12/10/2022", "13:03"); URLs and e-mail
/// addresses are single tokens.
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of text[start..end) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens) => Tokenize(text, start, end, tokens, null);

    /// <summary>
    /// Appends the tokens of text[start..end) to <paramref name="tokens"/>, their strings taken
    /// from <paramref name="pool"/> (when given), so a word repeated through an article is one string.
    /// </summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, TextPool? pool)
    {
        var spans = new List<TokenSpan>();
        Tokenize(text, start, end, spans, pool);
        foreach (var t in spans) tokens.Add(t.ToToken());
    }

    /// <summary>The tokens of text[start..end) as plain values, the form a segmenter stores them in.</summary>
    internal static void Tokenize(string text, int start, int end, List<TokenSpan> tokens, TextPool? pool)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int j;
            if (IsUrlStart(text, i, end)) j = UrlEnd(text, i, end);
            else if (IsWordChar(c)) j = WordEnd(text, i, end);
            else if (c == '.' && i + 1 < end && text[i + 1] == '.') { j = i; while (j < end && text[j] == '.') j++; }
            else if (c is '-' or '–' or '—' && i + 1 < end && text[i + 1] == c) { j = i; while (j < end && text[j] == c) j++; }
            else if (c is '?' or '!') { j = i; while (j < end && text[j] is '?' or '!') j++; }
            else j = i + 1 + (char.IsHighSurrogate(c) && i + 1 < end ? 1 : 0);
            tokens.Add(new TokenSpan(i, j, pool is null ? text.Substring(i, j - i) : pool.Get(text, i, j)));
            i = j;
        }
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>The parts of a hyphenated word ("AS-Rusia" → "AS", "Rusia"), with their own offsets.</summary>
    public static IReadOnlyList<Token> HyphenParts(Token token)
    {
        if (token.Text.IndexOfAny(Hyphens) < 0) return [token];
        var parts = new List<Token>();
        int s = 0;
        for (int k = 0; k <= token.Text.Length; k++)
        {
            if (k < token.Text.Length && Array.IndexOf(Hyphens, token.Text[k]) < 0) continue;
            if (k > s) parts.Add(new Token(token.Start + s, token.Start + k, token.Text[s..k]));
            s = k + 1;
        }
        return parts;
    }

    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011'];

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int WordEnd(string text, int i, int end)
    {
        int j = i + 1;
        while (true)
        {
            while (j < end && IsWordChar(text[j])) j++;
            if (j + 1 >= end || !IsWordChar(text[j + 1])) return j;
            char joiner = text[j];
            char before = text[j - 1], after = text[j + 1];
            bool join = joiner switch
            {
                '-' or '\u2010' or '\u2011' => true,
                // "kata Biden.Seorang pejabat ...", "pada tahun 2011.Selama ...": a page that lost the space after a full stop.
                '.' => !GluedSentence(text, i, j, end),
                '\'' or '\u2019' => char.IsLetter(before) && char.IsLetter(after),
                ',' or ':' => char.IsDigit(before) && char.IsDigit(after),
                // "3/4/2023", and a unit's number with its territory ("Kodim 0101/Sukamaju", "Kodam XIV/Lembah").
                '/' => char.IsDigit(before) && char.IsDigit(after) || char.IsUpper(after) && IsUnitNumber(text.AsSpan(i, j - i)),
                '@' => true,
                '_' => true,
                _ => false,
            };
            if (!join) return j;
            j++;
        }
    }

    /// <summary>
    /// Whether the period at j ends a sentence run into the next one with no space: after a lower-case word of two
    /// letters or more, or after digits, and before a capitalised word that is no web domain's ending ("Liputan6.Com").
    /// </summary>
    private static bool GluedSentence(string text, int i, int j, int end)
    {
        char before = text[j - 1];
        if (!(char.IsLower(before) && j - 2 >= i && char.IsLetter(text[j - 2]) || char.IsDigit(before))) return false;
        if (j + 2 >= end || !char.IsUpper(text[j + 1]) || !char.IsLower(text[j + 2])) return false;
        int k = j + 1;
        while (k < end && char.IsLetter(text[k])) k++;
        if (char.IsDigit(before) && k - (j + 1) < 3) return false;
        return !DomainEndings.Contains(text.Substring(j + 1, k - j - 1));
    }

    // Capitalised as some pages write them after an outlet's name ("Kompas.Com", "Antaranews.Co").
    private static readonly HashSet<string> DomainEndings = new(StringComparer.OrdinalIgnoreCase) { "com", "co", "net", "org", "id", "go", "info", "news", "tv", "io" };

    /// <summary>A number in digits or a Roman numeral, as military and police units are numbered ("1702", "XVII").</summary>
    internal static bool IsUnitNumber(ReadOnlySpan<char> word) =>
        word.Length > 0 && (!word.ContainsAnyExceptInRange('0', '9') || RomanNumerals.Is(word));

    private static bool IsUrlStart(string text, int i, int end)
    {
        var rest = text.AsSpan(i, Math.Min(8, end - i));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int UrlEnd(string text, int i, int end)
    {
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        // Punctuation right after a URL belongs to the sentence, not the address.
        while (j > i + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019') j--;
        return j;
    }
}
