using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Bytes to article text. News collected from many sites arrives as UTF-8 with or without a
/// byte-order mark, as UTF-16, or as Windows-1252 from older CMSs; it is read correctly in
/// each case, and a file that is empty or not text at all is named as such rather than
/// turned into garbage mentions.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F, where Latin-1 has unused control codes;
    // reading those bytes the Windows way is right for both.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new(null, "", "empty file");

        string text;
        string encoding;
        string? warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            if (!TryUtf8(bytes[3..], out text)) return new(null, "utf-8", "starts with a UTF-8 byte-order mark but is not valid UTF-8");
            encoding = "utf-8 (bom)";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            encoding = "utf-16le";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            encoding = "utf-16be";
        }
        else if (Utf16WithoutBom(bytes) is { } utf16)
        {
            // Even byte count: a dangling last byte is half a character.
            text = utf16.GetString(bytes[..(bytes.Length & ~1)]);
            encoding = utf16.CodePage == 1200 ? "utf-16le (no bom)" : "utf-16be (no bom)";
        }
        else
        {
            int nuls = bytes.Count((byte)0);
            if (nuls > 0)
            {
                // A few NUL bytes in otherwise good text (a bad copy, a padded export) are dropped;
                // many of them mean the file is not text at all.
                if (nuls * 10 > bytes.Length) return new(null, "", "binary content (not text)");
                bytes = WithoutNuls(bytes);
                warning = $"dropped {nuls} NUL byte{(nuls == 1 ? "" : "s")}";
            }
            if (TryUtf8(bytes, out text)) encoding = "utf-8";
            else
            {
                text = Windows1252(bytes);
                encoding = "windows-1252";
            }
        }

        text = NormaliseLineEnds(text).Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text)) return new(null, encoding, "no text (only white space)");
        if (ControlRatio(text) > 0.01) return new(null, encoding, "binary content (control characters)");
        return new(text, encoding, null, warning);
    }

    // UTF-16 without a byte-order mark shows as a NUL in every other byte of Latin text: the high
    // byte of each code unit, second in little-endian, first in big-endian. Judged on the head.
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int pairs = head.Length / 2;
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) return Encoding.Unicode;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    private static byte[] WithoutNuls(ReadOnlySpan<byte> bytes)
    {
        var kept = new byte[bytes.Length - bytes.Count((byte)0)];
        int j = 0;
        foreach (var b in bytes) if (b != 0) kept[j++] = b;
        return kept;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static double ControlRatio(string text)
    {
        int controls = 0;
        foreach (char c in text)
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') controls++;
        return (double)controls / text.Length;
    }

    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
        }
        return new string(chars);
    }

    public static string NormaliseLineEnds(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
