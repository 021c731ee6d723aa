using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sources;

/// <summary>
/// The date stamp some web-archive indexes write before a page's text ("date 2024-07-31 Israel
/// Klaim ...", "date 2017-09 NEW YORK – ..."). It is metadata, not the article: left in, it would
/// open the title, hide a dateline behind it and be read as words of the first sentence.
/// </summary>
public static partial class DateStamp
{
    [GeneratedRegex(@"\A\s*date[ \t]+(?<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s)")]
    private static partial Regex StampRx();

    /// <summary>
    /// The text with a leading stamp blanked out (same length, so offsets into the article stay those of
    /// the file), and the stamp's date when it gives the day (a month alone leaves the date to the text).
    /// </summary>
    public static (string Text, string? Date) Read(string text)
    {
        var m = StampRx().Match(text);
        if (!m.Success) return (text, null);
        var date = m.Groups["date"].Value;
        var blanked = string.Create(text.Length, (text, m.Length), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = 0; i < state.Length; i++)
                if (!char.IsWhiteSpace(span[i])) span[i] = ' ';
        });
        return (blanked, date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", out _) ? date : null);
    }
}
