using System.Text;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Cuts articles longer than a byte limit (UTF-8 bytes of the decoded text), right after they
/// are read, so one oversized file (a dump, a whole site in one page) cannot take the build's
/// time and memory: a build is linear in the text, but a 500 MB "article" is not an article.
/// The cut falls at the last line end, else the last space, before the limit.
/// </summary>
public static class ArticleSizeLimit
{
    /// <summary>2 MB: a hundred times a long news article, about 10 s and 300 MB to build.</summary>
    public const long DefaultMaxBytes = 2_000_000;

    public static IEnumerable<Article> Apply(IEnumerable<Article> articles, long maxBytes, Action<CutArticle> onCut)
    {
        foreach (var article in articles)
        {
            var cut = Cut(article, maxBytes);
            if (!ReferenceEquals(cut, article) || article.SourceBytes is not null)
                onCut(new CutArticle(cut, article.SourceBytes ?? Encoding.UTF8.GetByteCount(article.Text), Encoding.UTF8.GetByteCount(cut.Text)));
            yield return cut;
        }
    }

    /// <summary>The article itself when it fits (or <paramref name="maxBytes"/> is 0 or less), else a copy with its text cut.</summary>
    public static Article Cut(Article article, long maxBytes)
    {
        var text = article.Text;
        // A UTF-8 char takes at most 3 bytes per UTF-16 unit, and at least one.
        if (maxBytes <= 0 || text.Length <= maxBytes / 3 || Encoding.UTF8.GetByteCount(text) <= maxBytes) return article;
        int end = 0;
        long bytes = 0;
        while (end < text.Length)
        {
            int width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
            int size = width == 2 ? 4 : text[end] < 0x80 ? 1 : text[end] < 0x800 ? 2 : 3;
            if (bytes + size > maxBytes) break;
            bytes += size;
            end += width;
        }
        int keep = end == 0 ? -1 : text.LastIndexOf('\n', end - 1, end) + 1; // the line end stays
        if (keep <= 0) keep = text.AsSpan(0, end).LastIndexOfAny(' ', '\t');
        if (keep <= 0) keep = end;
        return article with { Text = text[..keep] };
    }
}
