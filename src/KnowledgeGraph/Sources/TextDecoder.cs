using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>How a file's bytes were turned into text, or why they were not.</summary>
public sealed record DecodedText(string? Text, string? Encoding, string? Problem);

/// <summary>
/// Decodes article files whose encoding nobody declared. Byte-order marks win (UTF-8,
/// UTF-16 LE/BE); otherwise strict UTF-8; bytes that are not valid UTF-8 are read as
/// Windows-1252, the usual encoding of Western web text saved on Windows (a superset of
/// the printable Latin-1 range). Files that look binary are refused rather than turned into
/// garbage nodes. Line ends come out as \n.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new(null, null, "empty file");
        string text;
        string encoding;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = "UTF-8 (BOM)";
            text = DecodeUtf8OrReplace(bytes[3..], out var replaced);
            if (replaced) encoding += ", invalid bytes replaced";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = "UTF-16LE";
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = "UTF-16BE";
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (LooksBinary(bytes, out var why)) return new(null, null, why);
            try
            {
                text = StrictUtf8.GetString(bytes);
                encoding = "UTF-8";
            }
            catch (DecoderFallbackException)
            {
                text = Windows1252.GetString(bytes);
                encoding = "Windows-1252";
            }
        }
        text = NormaliseLineEnds(text.TrimStart('\uFEFF'));
        if (text.Length == 0) return new(null, encoding, "empty file");
        if (string.IsNullOrWhiteSpace(text)) return new(null, encoding, "only whitespace");
        return new(text, encoding, null);
    }

    /// <summary>NUL bytes, or more than 1 in 20 bytes being control characters, mean "not text".</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string? why)
    {
        int controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0) { why = "binary file (contains NUL bytes)"; return true; }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) controls++;
        }
        if (controls * 20 > bytes.Length)
        {
            why = $"binary file ({controls} control bytes in {bytes.Length})";
            return true;
        }
        why = null;
        return false;
    }

    private static string DecodeUtf8OrReplace(ReadOnlySpan<byte> bytes, out bool replaced)
    {
        try
        {
            replaced = false;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            replaced = true;
            return Encoding.UTF8.GetString(bytes);
        }
    }

    public static string NormaliseLineEnds(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
