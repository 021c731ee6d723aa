using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The --neo4j/--database/--user options shared by build and load. The password comes from
/// NEO4J_PASSWORD or, when a user is named and someone is at the terminal, from a prompt;
/// never from the command line, where other users could read it.
/// </summary>
internal sealed class Neo4jOptions
{
    public Option<string?> Url { get; } = new("--neo4j") { Description = "Neo4j HTTP URL to load into, e.g. http://localhost:7474" };
    public Option<string?> Database { get; } = new("--database") { Description = "Neo4j database (4.x/5.x; default neo4j)" };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (password from the NEO4J_PASSWORD environment variable, else asked for on the terminal)" };

    public void AddTo(Command command)
    {
        command.Add(Url);
        command.Add(Database);
        command.Add(User);
    }

    public static Neo4jConnection Connection(string url, string? database, string? user)
    {
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password)) password = user is null ? null : PasswordPrompt.Ask(user, url);
        return new Neo4jConnection(url, database, user ?? (password is null ? null : "neo4j"), password);
    }

    /// <summary>Loads the graph; prints one line on failure and returns the exit code.</summary>
    public static int Load(string command, EntityGraph graph, Neo4jConnection connection)
    {
        try
        {
            using var client = Neo4jClient.Connect(connection);
            var report = new Neo4jGraphLoader(client).Load(graph);
            Console.WriteLine($"loaded {report.Nodes} nodes and {report.Relationships} relationships into Neo4j {client.ServerVersion} at {connection.Url}");
            return 0;
        }
        catch (Neo4jException ex)
        {
            Console.Error.WriteLine($"kg {command}: Neo4j load failed: {ex.Message}{Hint(ex, connection)}");
            return 1;
        }
    }

    /// <summary>What to do about a refused login when no password was given at all.</summary>
    public static string Hint(Neo4jException ex, Neo4jConnection connection) =>
        ex.Code == "Neo.ClientError.Security.Unauthorized" && connection.Password is null
            ? " (no password given: set NEO4J_PASSWORD, or name the user with --user to be asked for it)"
            : "";
}
