using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The --neo4j/--database/--user/--timeout options shared by build and load. The password
/// comes from the URL (http://user:password@host:7474, as the drivers take it), from
/// NEO4J_PASSWORD or, when a user is named and someone is at the terminal, from a prompt.
/// A URL is only ever printed with its password masked.
/// </summary>
internal sealed class Neo4jOptions
{
    public Option<string?> Url { get; } = UrlOption();
    public Option<string?> Database { get; } = new("--database") { Description = "Neo4j database (4.x/5.x; default neo4j)" };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (password from the NEO4J_PASSWORD environment variable, else asked for on the terminal)" };
    public Option<double?> Timeout { get; } = TimeoutOption();

    public void AddTo(Command command)
    {
        command.Add(Url);
        command.Add(Database);
        command.Add(User);
        command.Add(Timeout);
    }

    private static Option<string?> UrlOption()
    {
        var url = new Option<string?>("--neo4j") { Description = "Neo4j HTTP URL to load into, e.g. http://localhost:7474" };
        OptionRules.HttpUrl(url);
        return url;
    }

    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>--timeout SECONDS: how long one Neo4j request may take; a positive number up to a day.</summary>
    public static Option<double?> TimeoutOption() => new("--timeout")
    {
        Description = $"Seconds one Neo4j request may take before the command fails (default {Neo4jConnection.DefaultTimeoutSeconds})",
        HelpName = "SECONDS",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= MaxTimeoutSeconds)
                return seconds;
            result.AddError($"--timeout expects a number of seconds greater than 0 and at most {MaxTimeoutSeconds:0}, got \"{text}\"");
            return null;
        },
    };

    /// <summary>The connection the parsed options describe; only call it when --neo4j was given.</summary>
    public Neo4jConnection Connection(ParseResult parse) =>
        Connection(parse.GetValue(Url)!, parse.GetValue(Database), parse.GetValue(User), parse.GetValue(Timeout));

    public static Neo4jConnection Connection(string url, string? database, string? user, double? timeoutSeconds = null)
    {
        // Credentials in the URL win: they are the most specific thing the user wrote.
        var (urlUser, password) = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Neo4jUrl.Credentials(parsed) : (null, null);
        user = urlUser ?? user;
        if (string.IsNullOrEmpty(password)) password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password)) password = user is null ? null : PasswordPrompt.Ask(user, Neo4jUrl.Redact(url));
        var connection = new Neo4jConnection(url, database, user ?? (password is null ? null : "neo4j"), password);
        return timeoutSeconds is { } s ? connection with { Timeout = TimeSpan.FromSeconds(s) } : connection;
    }

    /// <summary>Loads the graph; prints one line on failure and returns the exit code.</summary>
    public static int Load(string command, EntityGraph graph, Neo4jConnection connection)
    {
        try
        {
            using var client = Neo4jClient.Connect(connection);
            var report = new Neo4jGraphLoader(client).Load(graph);
            Console.WriteLine($"loaded {report.Nodes} nodes and {report.Relationships} relationships into Neo4j {client.ServerVersion} at {connection.DisplayUrl}");
            return 0;
        }
        catch (Neo4jException ex)
        {
            Console.Error.WriteLine($"kg {command}: Neo4j load failed: {ex.Message}{Hint(ex, connection)}");
            return 1;
        }
    }

    /// <summary>What to do about a refused login when no password was given at all, or about a timeout.</summary>
    public static string Hint(Neo4jException ex, Neo4jConnection connection) => ex.Code switch
    {
        "Neo.ClientError.Security.Unauthorized" when connection.Password is null =>
            " (no password given: set NEO4J_PASSWORD, put it in the URL, or name the user with --user to be asked for it)",
        Neo4jClient.TimeoutCode => " (allow more with --timeout SECONDS)",
        _ => "",
    };
}
