using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Sinks.GraphMl;

/// <summary>
/// A minimal streaming XML writer into a UTF-8 buffer: fixed markup goes out as bytes, text
/// and attribute values are escaped (&amp; &lt; &gt;, plus &quot; and tab/newline in attributes,
/// carriage return everywhere) and characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone
/// surrogates) are dropped, since one of them makes every reader reject the whole file. JSON values are escaped for JSON and XML in one pass.
/// </summary>
internal sealed class Utf8XmlOutput : IDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _pos;

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttrSpecial = SearchValues.Create("&<>\"\r\n\t");
    private static readonly SearchValues<char> JsonSpecial = SearchValues.Create("&<>\r\"\\");

    public Utf8XmlOutput(Stream stream, int size = 1 << 16)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(size);
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _pos)
        {
            Flush();
            if (bytes.Length > _buffer.Length) { _stream.Write(bytes); return; }
        }
        bytes.CopyTo(_buffer.AsSpan(_pos));
        _pos += bytes.Length;
    }

    public void Byte(byte b)
    {
        if (_pos == _buffer.Length) Flush();
        _buffer[_pos++] = b;
    }

    public void Int(int value)
    {
        if (_buffer.Length - _pos < 11) Flush();
        value.TryFormat(_buffer.AsSpan(_pos), out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _pos += written;
    }

    /// <summary>Element content.</summary>
    public void Text(string s) => Escaped(s, attribute: false);

    /// <summary>An attribute value (without the quotes).</summary>
    public void Attr(string s) => Escaped(s, attribute: true);

    private void Escaped(string s, bool attribute)
    {
        var span = s.AsSpan();
        // Usual case: printable ASCII with nothing to escape.
        if (!span.ContainsAnyExceptInRange(' ', '~') && !span.ContainsAny(attribute ? AttrSpecial : TextSpecial))
        {
            Ascii(span);
            return;
        }
        int run = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c >= 0x20 && c < 0xD800)
            {
                if (c is '&' or '<' or '>' || (attribute && c == '"'))
                {
                    Chars(span[run..i]);
                    Raw(c switch { '&' => "&amp;"u8, '<' => "&lt;"u8, '>' => "&gt;"u8, _ => "&quot;"u8 });
                    run = i + 1;
                }
                continue;
            }
            if (c is '\n' or '\t')
            {
                if (!attribute) continue;
                Chars(span[run..i]);
                Raw(c == '\n' ? "&#xA;"u8 : "&#x9;"u8);
                run = i + 1;
                continue;
            }
            if (c >= 0xE000 && c <= 0xFFFD) continue;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
            Chars(span[run..i]);
            if (c == '\r') Raw("&#xD;"u8);
            // Anything else is illegal in XML 1.0 and dropped.
            run = i + 1;
        }
        Chars(span[run..]);
    }

    /// <summary>A JSON string literal (with quotes) as element content.</summary>
    public void JsonString(string? s)
    {
        if (s is null) { Raw("null"u8); return; }
        Byte((byte)'"');
        var span = s.AsSpan();
        if (!span.ContainsAnyExceptInRange(' ', '~') && !span.ContainsAny(JsonSpecial))
        {
            Ascii(span);
            Byte((byte)'"');
            return;
        }
        int run = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c >= 0x20 && c < 0xD800)
            {
                ReadOnlySpan<byte> esc = c switch
                {
                    '&' => "&amp;"u8, '<' => "&lt;"u8, '>' => "&gt;"u8, '"' => "\\\""u8, '\\' => "\\\\"u8,
                    _ => default,
                };
                if (esc.IsEmpty) continue;
                Chars(span[run..i]);
                Raw(esc);
                run = i + 1;
                continue;
            }
            if (c >= 0xE000 && c <= 0xFFFD) continue;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
            Chars(span[run..i]);
            run = i + 1;
            switch (c)
            {
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                default:
                    // Control characters, lone surrogates, U+FFFE/U+FFFF: JSON escapes keep them legal XML.
                    Raw("\\u"u8);
                    if (_buffer.Length - _pos < 4) Flush();
                    ((int)c).TryFormat(_buffer.AsSpan(_pos), out int written, "x4", System.Globalization.CultureInfo.InvariantCulture);
                    _pos += written;
                    break;
            }
        }
        Chars(span[run..]);
        Byte((byte)'"');
    }

    private void Ascii(ReadOnlySpan<char> span)
    {
        while (span.Length > 0)
        {
            if (_pos == _buffer.Length) Flush();
            int n = Math.Min(span.Length, _buffer.Length - _pos);
            Encoding.ASCII.GetBytes(span[..n], _buffer.AsSpan(_pos));
            _pos += n;
            span = span[n..];
        }
    }

    /// <summary>Legal, already-escaped characters (complete surrogate pairs only).</summary>
    private void Chars(ReadOnlySpan<char> span)
    {
        while (span.Length > 0)
        {
            int room = (_buffer.Length - _pos) / 3;
            if (room < 2) { Flush(); continue; }
            int n = Math.Min(span.Length, room);
            if (n < span.Length && char.IsHighSurrogate(span[n - 1])) n--;
            _pos += Encoding.UTF8.GetBytes(span[..n], _buffer.AsSpan(_pos));
            span = span[n..];
        }
    }

    public void Flush()
    {
        if (_pos > 0) _stream.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
