using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Joins the lines of a paragraph that was broken at a fixed width, as text copied from e-mail, PDF or
/// some news pages is ("... Retno Marsudi menyambut kedatangan\nMenteri Luar Negeri Papua Nugini ..."):
/// read as lines, the first would be a headline and every sentence would stop at a line end. A run of at
/// least three lines of about one width, none but the last closing a sentence, is one paragraph. The line
/// breaks become spaces, so offsets stay article offsets.
/// </summary>
public sealed class HardWrapJoiner : ICleaner
{
    private const int MinLines = 3;
    private const int MinWidth = 40;
    private const int MaxWidth = 100;
    // How much the wrapped lines of one paragraph may differ in length.
    private const int MaxSpread = 25;

    public CleanText Clean(Article article)
    {
        var text = article.Text;
        var lines = Lines(text);
        char[]? buffer = null;
        for (int first = 0; first < lines.Count;)
        {
            int last = first;
            int shortest = int.MaxValue, longest = 0;
            while (last + 1 < lines.Count && Wrapped(text, lines[last]) && lines[last + 1].Length > 0 && !Bulleted(text, lines[last + 1]))
            {
                shortest = Math.Min(shortest, lines[last].Length);
                longest = Math.Max(longest, lines[last].Length);
                last++;
            }
            // In wrapped text every line keeps to the width, the last too: a long line after two short ones is a
            // paragraph after a headline and its subheading.
            if (last - first + 1 >= MinLines && longest - shortest <= MaxSpread && lines[last].Length <= MaxWidth)
            {
                buffer ??= text.ToCharArray();
                for (int k = first; k < last; k++)
                    for (int c = lines[k].Start + lines[k].Length; c < lines[k + 1].Start; c++) buffer[c] = ' ';
            }
            first = last + 1;
        }
        return new CleanText(article, buffer is null ? text : new string(buffer), []);
    }

    // Each line's start and its length without the line break.
    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end - start));
            start = i + 1;
        }
        return lines;
    }

    // A line of the wrapping width that does not close a sentence.
    private static bool Wrapped(string text, (int Start, int Length) line)
    {
        if (line.Length < MinWidth || line.Length > MaxWidth) return false;
        var trimmed = text.AsSpan(line.Start, line.Length).TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or ')');
    }

    private static bool Bulleted(string text, (int Start, int Length) line)
    {
        var trimmed = text.AsSpan(line.Start, line.Length).TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '-' or '\u2022' or '*';
    }
}
