using System.Text;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// Text as XML 1.0 allows it. Scraped news carries control characters and broken surrogate
/// pairs; one of them in a GraphML file makes every reader reject the whole file.
/// </summary>
public static class XmlText
{
    public static string Legal(string s)
    {
        // Fast, vectorised check for the usual case: nothing outside U+0020..U+D7FF.
        int i = s.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (i < 0) return s;
        for (; i < s.Length; i++)
            if (!IsLegalAt(s, i, out int width)) break; else i += width - 1;
        if (i == s.Length) return s;

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            if (IsLegalAt(s, i, out int width))
            {
                sb.Append(s, i, width);
                i += width - 1;
            }
        }
        return sb.ToString();
    }

    private static bool IsLegalAt(string s, int i, out int width)
    {
        char c = s[i];
        width = 1;
        if (c >= 0x20 && c <= 0xD7FF) return true;
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c >= 0xE000 && c <= 0xFFFD) return true;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return true;
        }
        return false;
    }
}
