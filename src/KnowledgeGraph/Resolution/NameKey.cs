using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Resolution;

/// <summary>The comparison form of a name: case folded, diacritics and punctuation dropped, spaces collapsed.</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else space = true;
        }
        return sb.ToString();
    }

    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
