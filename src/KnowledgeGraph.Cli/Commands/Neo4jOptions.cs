using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The --neo4j/--database/--user options shared by build and load; the password comes from NEO4J_PASSWORD only.</summary>
internal sealed class Neo4jOptions
{
    public Option<string?> Url { get; } = new("--neo4j") { Description = "Neo4j HTTP URL to load into, e.g. http://localhost:7474" };
    public Option<string?> Database { get; } = new("--database") { Description = "Neo4j database (4.x/5.x; default neo4j)" };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (password from the NEO4J_PASSWORD environment variable)" };

    public void AddTo(Command command)
    {
        command.Add(Url);
        command.Add(Database);
        command.Add(User);
    }

    public static Neo4jConnection Connection(string url, string? database, string? user)
    {
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password)) password = null;
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
            Console.Error.WriteLine($"kg {command}: Neo4j load failed: {ex.Message}");
            return 1;
        }
    }
}
