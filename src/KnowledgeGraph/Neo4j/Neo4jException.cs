namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A failure reported by Neo4j or on the way to it. <see cref="Code"/> is Neo4j's status code
/// (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) or a local one such as
/// <c>KnowledgeGraph.ServiceUnavailable</c>; the message is one line a user can act on.
/// </summary>
public sealed class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>Worth retrying: Neo4j says so, or the server could not be reached or failed internally.</summary>
    public bool IsTransient =>
        Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ||
        Code == Neo4jClient.UnavailableCode || Code == Neo4jClient.ServerFailureCode;

    /// <summary>The same failure with what was being done in front of the message.</summary>
    public Neo4jException WithContext(string context) => new(Code, $"{context}: {Message}", this);
}
