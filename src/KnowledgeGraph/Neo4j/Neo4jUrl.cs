namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Credentials in a Neo4j URL (<c>http://user:password@host:7474</c>) and how such a URL may be
/// shown. As the official drivers do, a user and password in the URL are used for the login,
/// percent-decoded (<c>p%40ss</c> is <c>p@ss</c>); the password is never shown, every URL the
/// tool prints goes through <see cref="Redact"/> first.
/// </summary>
public static class Neo4jUrl
{
    public const string Mask = "***";

    /// <summary>The URL with its password, if it has one, replaced by <see cref="Mask"/> (<c>http://neo4j:***@host:7474</c>).</summary>
    /// <remarks>
    /// Works on the text, not on a parsed <see cref="Uri"/>, so that a URL too broken to parse
    /// (a raw <c>/</c>, <c>@</c> or space in the password) is hidden just as well: everything
    /// from the first <c>:</c> after the scheme to the last <c>@</c> is taken for the password.
    /// </remarks>
    public static string Redact(string url) => Hide(url, wholeText: true);

    /// <summary>A message with the password of every URL it quotes masked; a URL there ends at white space.</summary>
    public static string RedactAll(string text) => HideBare(Hide(text, wholeText: false));

    // "user:secret@host:7474", "http:/user:secret@host": credentials written without a "://" are
    // hidden too; in a word holding an '@', what follows the last ':' before that '@' is taken for
    // a password.
    private static string HideBare(string text)
    {
        if (text.IndexOf('@') < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var word = text.AsSpan(i, end - i);
            int at = word.LastIndexOf('@');
            int colon = at > 0 ? word[..at].LastIndexOf(':') : -1;
            if (colon >= 0 && word.IndexOf("://") < 0 && !word[(colon + 1)..at].SequenceEqual(Mask) && at > colon + 1)
                sb.Append(word[..(colon + 1)]).Append(Mask).Append(word[at..]);
            else sb.Append(word);
            while (end < text.Length && char.IsWhiteSpace(text[end])) sb.Append(text[end++]);
            i = end;
        }
        return sb.ToString();
    }

    private static string Hide(string text, bool wholeText)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        int done = 0;
        for (int scheme = text.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = text.IndexOf("://", done, StringComparison.Ordinal))
        {
            int start = scheme + 3, end = start;
            while (end < text.Length && (wholeText || !char.IsWhiteSpace(text[end])) && string.CompareOrdinal(text, end, "://", 0, 3) != 0)
                end++;
            // A path or query of a Neo4j URL has no '@', and a password may hold a raw '/', so the
            // user information ends at the URL's last '@', not at its first '/'.
            int at = end > start ? text.LastIndexOf('@', end - 1, end - start) : -1;
            int colon = at < 0 ? -1 : text.IndexOf(':', start, at - start);
            if (colon >= 0)
            {
                sb.Append(text, done, colon + 1 - done).Append(Mask);
                done = at;
            }
            else
            {
                sb.Append(text, done, end - done);
                done = end;
            }
        }
        return sb.Append(text, done, text.Length - done).ToString();
    }

    /// <summary>The user and password the URL names, percent-decoded; null where it names none.</summary>
    public static (string? User, string? Password) Credentials(Uri url)
    {
        var info = url.UserInfo;
        if (string.IsNullOrEmpty(info)) return (null, null);
        int colon = info.IndexOf(':');
        var user = Uri.UnescapeDataString(colon < 0 ? info : info[..colon]);
        var password = colon < 0 ? null : Uri.UnescapeDataString(info[(colon + 1)..]);
        return (user.Length == 0 ? null : user, password);
    }

    /// <summary>Whether the text is an absolute http or https URL, the only kind the HTTP API answers on.</summary>
    public static bool TryParseHttp(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary><c>scheme://host:port/</c>: the server's root, with no credentials in it.</summary>
    public static Uri Root(Uri url) => new UriBuilder(url.Scheme, url.Host, url.Port, "/").Uri;
}
