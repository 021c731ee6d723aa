using System.Text;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// Text that every output format can carry. Article text may hold control characters or
/// broken surrogate pairs (bad encodings, copy-paste); XML 1.0 forbids the former and
/// UTF-8 cannot encode the latter, so both are dealt with before any writer sees them.
/// </summary>
public static class TextSafety
{
    /// <summary>
    /// Removes characters XML 1.0 does not allow (C0 controls other than tab/LF/CR, U+FFFE,
    /// U+FFFF) and turns lone surrogates into U+FFFD, as <see cref="ForUtf8"/> does, so every
    /// format shows the same text. Returns the same instance when nothing needs removing, which
    /// is the common case and keeps writers allocation-free.
    /// </summary>
    public static string ForXml(string s)
    {
        int i = FirstIllegal(s);
        if (i < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[i + 1]); i++; }
                else sb.Append('\uFFFD');
                continue;
            }
            if (char.IsLowSurrogate(c)) { sb.Append('\uFFFD'); continue; }
            if (IsLegalSingle(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Replaces lone surrogates with U+FFFD so the string can be encoded as UTF-8; everything
    /// else is kept (JSON escapes control characters, so they survive a round trip).
    /// </summary>
    public static string ForUtf8(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            break;
        }
        if (i == s.Length) return s;
        var chars = s.ToCharArray();
        for (int j = i; j < chars.Length; j++)
        {
            char c = chars[j];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) { j++; continue; }
            chars[j] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstIllegal(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c < 0xD800) continue;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                return i;
            }
            if (!IsLegalSingle(c)) return i;
        }
        return -1;
    }

    private static bool IsLegalSingle(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
