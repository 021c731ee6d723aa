using System.Text.RegularExpressions;

namespace KnowledgeGraph.Text;

/// <summary>
/// Splits text into words. Relation rules work on their own word view instead of the
/// segmenter's tokens so that hyphenated compounds ("AS-Rusia") and clitics ("ungkapnya")
/// look the same whichever segmenter ran.
/// </summary>
public static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")]
    private static partial Regex WordRx();

    public static List<Word> Split(string text, int start, int end) => Split(text, start, end, new WordPool());

    /// <summary>
    /// The words of text[start..end), their strings taken from <paramref name="pool"/>: a word
    /// repeated through a long article is one string, not one per occurrence.
    /// </summary>
    public static List<Word> Split(string text, int start, int end, WordPool pool)
    {
        // Sized before it is filled: a list that doubles as it grows holds an old and a new copy at
        // once and leaves a trail of dropped ones, which on a long article outweighs the text.
        var result = new List<Word>(end - start > SizedAbove ? MostWords(text.AsSpan(start, end - start)) : 0);
        if (end <= start) return result;
        foreach (var m in WordRx().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var s = start + m.Index;
            result.Add(new Word(s, s + m.Length, pool.Get(text, s, s + m.Length)));
        }
        return result;
    }

    private const int SizedAbove = 4096;

    // The runs of letters and digits: each word is one or more of them, so never fewer than the words.
    private static int MostWords(ReadOnlySpan<char> text)
    {
        int runs = 0;
        bool inRun = false;
        foreach (var c in text)
        {
            bool part = IsWordChar(c);
            if (part && !inRun) runs++;
            inRun = part;
        }
        return runs;
    }

    // The characters of the word pattern's classes \p{L} and \p{N}, read one UTF-16 unit at a time as the pattern does.
    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return true;
        if (c < 128) return false;
        var category = char.GetUnicodeCategory(c);
        return category is >= System.Globalization.UnicodeCategory.UppercaseLetter and <= System.Globalization.UnicodeCategory.OtherLetter
            or >= System.Globalization.UnicodeCategory.DecimalDigitNumber and <= System.Globalization.UnicodeCategory.OtherNumber;
    }

    /// <summary>The run of letters that ends where the spaces before offset <paramref name="at"/> start; empty when none does.</summary>
    public static (int Begin, int End) LettersBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return (begin, end);
    }

    /// <summary>The characters between two adjacent words.</summary>
    public static ReadOnlySpan<char> Gap(string text, Word left, Word right) =>
        text.AsSpan(left.End, Math.Max(0, right.Start - left.End));

    /// <summary>Whether the text between two words holds a clause-breaking mark (comma, colon, stop, bracket).</summary>
    public static bool Breaks(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '\n' or '–' or '—' or '|') return true;
        return false;
    }

    public static bool HasQuoteMark(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (IsQuoteMark(c)) return true;
        return false;
    }

    /// <summary>A capital followed by lower-case letters only ("Presiden"): the shape of a title or given name, not of an acronym.</summary>
    public static bool IsTitleCased(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';

    /// <summary>Index of the first word whose start is at or after <paramref name="offset"/>.</summary>
    public static int IndexAtOrAfter(IReadOnlyList<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
