using System.Buffers;
using System.Text;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Repairs text whose UTF-8 bytes were once decoded with a Windows code page (1252 Western,
/// 1253 Greek), e.g. "â€™" or "β€œ" for a curly quote — common in scraped news.
/// As a cleaning step it keeps the length: the repaired character takes the place of the first
/// (or, for an opening quote, the last) character of the broken sequence and the rest become
/// spaces, so offsets stay article offsets. <see cref="Repair(string)"/> gives the compact form
/// for code that reads articles and may change the text freely.
/// </summary>
public sealed class MojibakeRepair : ICleaner
{
    private static readonly Lazy<Dictionary<string, char>> Table = new(BuildTable);
    private static readonly Lazy<SearchValues<char>> Leads = new(() => SearchValues.Create(Table.Value.Keys.Select(k => k[0]).Distinct().ToArray()));

    public CleanText Clean(Article article)
    {
        var text = article.Text;
        if (text.AsSpan().IndexOfAny(Leads.Value) < 0) return new CleanText(article, text, []);
        char[]? buffer = null;
        var removed = new List<Range>();
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(Leads.Value);
            if (next < 0) break;
            i += next;
            if (TryMatch(text, i, out var fixedChar, out int length))
            {
                buffer ??= text.ToCharArray();
                int at = IsOpening(fixedChar) ? i + length - 1 : i;
                for (int k = i; k < i + length; k++) buffer[k] = ' ';
                buffer[at] = fixedChar;
                removed.Add(at == i ? new Range(i + 1, i + length) : new Range(i, at));
                i += length;
            }
            else i++;
        }
        return buffer is null ? new CleanText(article, text, []) : new CleanText(article, new string(buffer), removed);
    }

    /// <summary>The repaired text without padding (shorter than the input when anything was repaired).</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAny(Leads.Value) < 0) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (TryMatch(text, i, out var c, out int length)) { sb.Append(c); i += length; }
            else sb.Append(text[i++]);
        }
        return sb.ToString();
    }

    private static bool TryMatch(string text, int at, out char repaired, out int length)
    {
        // Longest sequences first: a three-byte character must not be read as a two-byte one.
        for (length = 3; length >= 2; length--)
        {
            if (at + length > text.Length) continue;
            if (Table.Value.TryGetValue(text.Substring(at, length), out repaired)) return true;
        }
        repaired = '\0';
        length = 0;
        return false;
    }

    private static bool IsOpening(char c) => c is '\u201C' or '\u2018' or '\u00AB' or '\u201E';

    /// <summary>
    /// Broken forms of the characters that news text actually uses: Latin-1 letters and signs,
    /// Latin Extended-A, and general punctuation (quotes, dashes, ellipsis, bullets).
    /// </summary>
    private static Dictionary<string, char> BuildTable()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strict = new DecoderExceptionFallback();
        var w1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, strict);
        var w1253 = Encoding.GetEncoding(1253, EncoderFallback.ExceptionFallback, strict);
        // Scrapers decode byte by byte and fill a byte the page leaves undefined from another
        // page (or Latin-1): "β€œ" is 1253 for E2 80 and 1252 for 9C.
        Func<byte, char?>[] decoders =
        [
            b => Decode(w1252, b) ?? (char)b,
            b => Decode(w1253, b) ?? Decode(w1252, b) ?? (char)b,
        ];
        var table = new Dictionary<string, char>(StringComparer.Ordinal);
        var targets = Enumerable.Range(0xA0, 0x17F - 0xA0 + 1).Concat(Enumerable.Range(0x2010, 0x2030 - 0x2010 + 1)).Append(0x20AC).Append(0x2122);
        foreach (int cp in targets)
        {
            var c = (char)cp;
            var bytes = Encoding.UTF8.GetBytes(c.ToString());
            foreach (var decode in decoders)
            {
                var broken = new string(bytes.Select(b => decode(b)!.Value).ToArray());
                table.TryAdd(broken, c);
                // The right double quote ends in byte 0x9D, undefined almost everywhere and often
                // dropped: the two remaining characters are left, and nothing else starts so.
                if (c == '\u201D') table.TryAdd(broken[..2], c);
            }
        }
        return table;
    }

    private static char? Decode(Encoding page, byte b)
    {
        // Some pages map their undefined bytes to C1 controls instead of failing: same thing.
        try { var c = page.GetString([b])[0]; return char.IsControl(c) ? null : c; }
        catch (DecoderFallbackException) { return null; }
    }
}
