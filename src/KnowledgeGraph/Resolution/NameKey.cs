using System.Globalization;
using System.Text;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Resolution;

/// <summary>The comparison form of a name: case folded, diacritics (and letters such as ı, ł, ø) folded to plain Latin, punctuation dropped, spaces collapsed.</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        // Asked of every mention: a short name is folded on the stack, and a name already in its
        // key form (most lower-case words) is returned as it is.
        if (name.Length > StackLength) return OfLong(name);
        Span<char> key = stackalloc char[StackLength * 4];
        int n = 0;
        bool space = false;
        foreach (var ch in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                var lower = char.ToLowerInvariant(ch);
                var plain = LatinLetters.Fold(lower);
                if (n + 1 + (plain?.Length ?? 1) > key.Length) return OfLong(name);
                if (space && n > 0) key[n++] = ' ';
                space = false;
                if (plain is not null)
                {
                    plain.CopyTo(key[n..]);
                    n += plain.Length;
                }
                else key[n++] = lower;
            }
            else space = true;
        }
        return key[..n].SequenceEqual(name) ? name : new string(key[..n]);
    }

    private const int StackLength = 64;

    private static string OfLong(string name)
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
