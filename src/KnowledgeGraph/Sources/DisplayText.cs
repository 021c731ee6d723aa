using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Names from the file system or from input records, made safe to print on one line: a file
/// name may contain a newline, a carriage return or terminal escape codes, and printed raw it
/// would forge or hide a warning line.
/// </summary>
public static class DisplayText
{
    public static string Escape(string s)
    {
        int i = 0;
        while (i < s.Length && !NeedsEscape(s[i])) i++;
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length + 8);
        for (i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\\') { sb.Append("\\\\"); continue; }
            if (!NeedsEscape(c)) { sb.Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                        continue;
                    }
                    sb.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                                        : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.ToString();
    }

    // Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides
    // (which reorder what a terminal shows) and lone surrogates. A backslash is escaped only
    // when something else is, so ordinary Windows paths print as they are.
    private static bool NeedsEscape(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' ||
        c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || char.IsSurrogate(c);
}
