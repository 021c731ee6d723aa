using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sources;

/// <summary>Article metadata as pages and APIs write it, put into the one form the graph keeps.</summary>
public static partial class MetadataValues
{
    [GeneratedRegex(@"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")]
    private static partial Regex IsoDatePrefix();

    /// <summary>
    /// A publication date as yyyy-MM-dd, or null when it cannot be read. An ISO date-time keeps
    /// the date of its own offset (the publisher's local day); epoch seconds or milliseconds
    /// are read as UTC.
    /// </summary>
    public static string? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoDatePrefix().Match(value);
        if (m.Success && DateOnly.TryParseExact(m.Value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long epoch) && epoch > 0)
        {
            var t = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(Math.Min(epoch, 253_402_300_799));
            return t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dt))
            return dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>A language tag as its ISO 639-1 code (<c>id-ID</c> → <c>id</c>; Java's old <c>in</c> → <c>id</c>).</summary>
    public static string? Language(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (code == "in") return "id";
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>An article id from its URL: without scheme, "www.", fragment and trailing slash.</summary>
    public static string IdFromUrl(string url)
    {
        var s = url.Trim();
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        int hash = s.IndexOf('#');
        if (hash >= 0) s = s[..hash];
        return s.TrimEnd('/');
    }

    /// <summary>One line of text, trimmed, with runs of white space as one space.</summary>
    public static string? OneLine(string? value)
    {
        if (value is null) return null;
        var s = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length == 0 ? null : s;
    }
}
