using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// A word or a single punctuation mark with its article offsets. Hyphens are their own
/// tokens, so "AS-Rusia" yields AS and Rusia, while a gazetteer alias "Dewan NATO-Rusia",
/// cut the same way, still matches as a whole.
/// </summary>
public readonly record struct NameToken(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case ("NATO", "AS"): compared case-sensitively.</summary>
    public bool IsAcronym => IsAcronymText(Text);

    public static bool IsAcronymText(string s)
    {
        int letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
        }
        return letters >= 2;
    }

    /// <summary>Cuts [start, end) of <paramref name="text"/> into tokens.</summary>
    public static List<NameToken> Tokenize(string text, int start, int end) => Tokenize(text, start, end, null);

    /// <summary>Cuts [start, end) of <paramref name="text"/> into tokens, their strings taken from <paramref name="pool"/> when given.</summary>
    public static List<NameToken> Tokenize(string text, int start, int end, TextPool? pool)
    {
        // Sized once from the length: a word and its space take five or more characters, so growing is rare.
        var result = new List<NameToken>((end - start) / 5 + 4);
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark
                       || (IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]) && j > i)))
                    j++;
                result.Add(new NameToken(i, j, pool is null ? text[i..j] : pool.Get(text, i, j)));
                i = j;
            }
            else
            {
                result.Add(new NameToken(i, i + 1, pool is null ? text[i].ToString() : pool.Get(text, i, i + 1)));
                i++;
            }
        }
        return result;
    }

    public static List<string> Words(string phrase)
    {
        // Called for every name and alias of the gazetteers when a pack loads: no query, one list sized once.
        var tokens = Tokenize(phrase, 0, phrase.Length);
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens) words.Add(t.Text);
        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
