namespace KnowledgeGraph.Sources;

/// <summary>
/// How much of a saved page goes to the page reader. The HTML parser checks the open elements at
/// each block tag and SmartReader scores every element against its ancestors and siblings, so
/// their time grows with the square of a page's depth or length: a page of <c>&lt;div&gt;</c>
/// nested 16,000 deep took 44 s, one of 160,000 paragraphs 158 s. A news page is a few thousand
/// tags some thirty deep; this scan, linear in the page, keeps what the reader gets within that
/// by a wide margin. It reads tags, not the tree: close enough to bound the work, cheap enough to
/// run on every page.
/// </summary>
public static class PageBounds
{
    /// <summary>Past this many tags the page is cut (the reader takes some 4 s on 20,000 paragraphs).</summary>
    public const int MaxTags = 20_000;

    /// <summary>Nested deeper than this the page is not read (browsers stop nesting at 512; news pages stay under 100).</summary>
    public const int MaxDepth = 200;

    // Elements that have no end tag, or whose end the parser implies (a new <p> or <li> closes the
    // last): they do not make the page deeper.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "basefont", "bgsound", "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup",
        "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "rb", "rt", "rtc", "rp",
    };

    // Elements whose content is text up to their end tag, tags and all.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "template" };

    /// <summary>Where the page must end for the reader, or that it is nested too deep to read.</summary>
    public static PageScan Scan(string html, long maxBytes)
    {
        int limit = Utf8Prefix(html, maxBytes);
        int depth = 0, deepest = 0, tags = 0;
        int i = 0;
        while (i < limit)
        {
            int lt = html.IndexOf('<', i, limit - i);
            if (lt < 0 || lt + 1 >= limit) break;
            char next = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                i = After(html, "-->", lt + 4);
                continue;
            }
            bool end = next == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml", or a '<' in text.
                i = next is '!' or '?' ? After(html, ">", lt + 1) : lt + 1;
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            var name = html[nameStart..nameEnd];
            int close = After(html, ">", nameEnd);
            if (end)
            {
                if (!Flat.Contains(name) && depth > 0) depth--;
                i = close;
                continue;
            }
            if (++tags > MaxTags) return new PageScan(lt, PageLimit.Tags, deepest);
            if (RawText.Contains(name))
                i = After(html, "</" + name, close);
            else
            {
                i = close;
                if (!Flat.Contains(name) && html[close - 2] != '/' && ++depth > deepest && (deepest = depth) > MaxDepth)
                    return new PageScan(lt, PageLimit.Depth, deepest);
            }
        }
        if (limit == html.Length) return new PageScan(html.Length, PageLimit.None, deepest);
        // Cut at a tag, so the text before the limit stays whole.
        int lastTag = html.LastIndexOf('<', Math.Max(0, limit - 1));
        return new PageScan(lastTag > 0 ? lastTag : limit, PageLimit.Bytes, deepest);
    }

    // The position just after the next `what` from `from`, or the end of the page.
    private static int After(string html, string what, int from)
    {
        if (from >= html.Length) return html.Length;
        int at = html.IndexOf(what, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + what.Length;
    }

    // How many chars of the page fit in maxBytes of UTF-8 (all of it when maxBytes is 0 or less).
    private static int Utf8Prefix(string text, long maxBytes)
    {
        if (maxBytes <= 0 || text.Length <= maxBytes / 3) return text.Length;
        long bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int size = pair ? 4 : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
            if (bytes + size > maxBytes) return i;
            bytes += size;
            if (pair) i++;
        }
        return text.Length;
    }
}

/// <summary>Which bound a page reached, if any.</summary>
public enum PageLimit { None, Bytes, Tags, Depth }

/// <summary>The result of <see cref="PageBounds.Scan"/>: the page's first <see cref="Keep"/> chars go to the reader, unless <see cref="Limit"/> is <see cref="PageLimit.Depth"/>.</summary>
public readonly record struct PageScan(int Keep, PageLimit Limit, int Depth);
