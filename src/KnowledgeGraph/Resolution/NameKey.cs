using System.Globalization;
using System.Text;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Resolution;

/// <summary>The comparison form of a name: case folded, diacritics (and letters such as ı, ł, ø) folded to plain Latin, punctuation dropped, spaces collapsed.</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = false;
        // Letters are folded by table: with invariant globalization, Normalize(FormD) leaves them whole.
        foreach (var ch in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                var lower = char.ToLowerInvariant(ch);
                if (LatinLetters.Fold(lower) is { } plain) sb.Append(plain);
                else sb.Append(lower);
            }
            else space = true;
        }
        return sb.ToString();
    }

    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
