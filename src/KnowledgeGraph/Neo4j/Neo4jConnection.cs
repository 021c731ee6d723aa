using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Where and as whom to connect. A user and password in the URL (<c>http://neo4j:pw@host:7474</c>)
/// take precedence over <see cref="User"/> and <see cref="Password"/>. The password never
/// appears in messages, nor in <see cref="ToString"/>.
/// </summary>
public sealed record Neo4jConnection(string Url, string? Database = null, string? User = null, string? Password = null)
{
    public const int DefaultTimeoutSeconds = 120;

    /// <summary>How long one request may take before it fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(DefaultTimeoutSeconds);
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The URL as it may be shown: its password, if any, replaced by ***.</summary>
    public string DisplayUrl => Neo4jUrl.Redact(Url);

    public override string ToString() => $"Neo4jConnection {{ Url = {DisplayUrl}, Database = {Database}, User = {User} }}";
}
