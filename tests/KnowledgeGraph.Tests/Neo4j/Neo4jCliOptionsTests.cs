using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// The command line's Neo4j options against the real test servers: credentials in the URL
/// (the password-protected server), and --timeout.
/// </summary>
[NonParallelizable]
public class Neo4jCliOptionsTests
{
    private string _dir = "";
    private string _json = "";

    [SetUp]
    public void WriteGraph()
    {
        _dir = KgRunner.NewTempDir("neo4j-cli");
        _json = Path.Combine(_dir, "graph.json");
        new JsonGraphSink().Write(Neo4jIntegrationTests.Synthetic("artikel-cli"), _json);
    }

    [TearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    private static (Uri Url, string Password) AuthServer()
    {
        var url = new Uri(Neo4jIntegrationTests.ServerVariable("NEO4J_AUTH_URL"));
        var password = Neo4jIntegrationTests.ServerVariable("NEO4J_AUTH_PASSWORD");
        AwaitLoginAllowed(url.ToString(), password);
        return (url, password);
    }

    /// <summary>
    /// After a few refused logins (other tests make them on purpose) Neo4j refuses every login
    /// for 5 seconds with AuthenticationRateLimit; wait that out so a test sees its own answer.
    /// </summary>
    internal static void AwaitLoginAllowed(string url, string password)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = Neo4jClient.Connect(new Neo4jConnection(url, User: "neo4j", Password: password));
                return;
            }
            catch (Neo4jException ex) when (ex.Code.EndsWith("AuthenticationRateLimit", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string WithCredentials(Uri server, string userInfo) => $"{server.Scheme}://{userInfo}@{server.Host}:{server.Port}";

    private static (int Code, string Out, string Err) Kg(params string[] args)
    {
        // NEO4J_PASSWORD must not be what makes a login work here.
        var saved = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", null);
        try { return KgRunner.Run(args); }
        finally { Environment.SetEnvironmentVariable("NEO4J_PASSWORD", saved); }
    }

    [Test]
    public void Url_credentials_log_in_and_every_printed_url_is_redacted()
    {
        var (server, password) = AuthServer();
        // Percent-escaped letters decode to the same password, as the drivers read a URL.
        var escaped = string.Concat(password.Select(c => c == '-' ? "%2D" : c.ToString()));
        var url = WithCredentials(server, "neo4j:" + escaped);
        var shown = WithCredentials(server, "neo4j:***");

        var (code, stdout, stderr) = Kg("load", _json, "--neo4j", url);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout.Trim(), Is.EqualTo($"loaded 3 nodes and 4 relationships into Neo4j 3.1.1 at {shown}"));
        AssertNoSecret(stdout + stderr, password, escaped);

        var back = Path.Combine(_dir, "back.json");
        (code, stdout, stderr) = Kg("export", "--from", url, "--format", "json", "--out", back);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(File.ReadAllText(back), Does.Contain("artikel-cli"));
        AssertNoSecret(stdout + stderr, password, escaped);

        (code, stdout, stderr) = Kg("build", KgRunner.Samples, "--out", Path.Combine(_dir, "out"), "--neo4j", url);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain($"into Neo4j 3.1.1 at {shown}"));
        AssertNoSecret(stdout + stderr, password, escaped);
    }

    [Test]
    public void A_wrong_url_password_is_one_redacted_line()
    {
        var (server, password) = AuthServer();
        const string wrong = "wrong-Pa55word";
        var url = WithCredentials(server, "neo4j:" + wrong);
        var root = $"{server.Scheme}://{server.Host}:{server.Port}/";

        var (code, stdout, stderr) = Kg("load", _json, "--neo4j", url);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Is.EqualTo($"kg load: Neo4j load failed: authentication failed for user neo4j at {root}{Environment.NewLine}"));
        AssertNoSecret(stdout + stderr, wrong, password);

        (code, stdout, stderr) = Kg("export", "--from", url, "--format", "json", "--out", Path.Combine(_dir, "x.json"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Is.EqualTo($"kg export: authentication failed for user neo4j at {root}{Environment.NewLine}"));
        AssertNoSecret(stdout + stderr, wrong, password);

        // The URL's password wins over NEO4J_PASSWORD, so the right one there does not help.
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", password);
        try
        {
            (code, _, stderr) = KgRunner.Run("load", _json, "--neo4j", url);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", null);
        }
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("authentication failed"));
    }

    [Test]
    public void Unreachable_broken_or_misplaced_urls_never_show_the_password()
    {
        const string secret = "s3cret-in-url";
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (code, stdout, stderr) = Kg("load", _json, "--neo4j", $"http://neo4j:{secret}@127.0.0.1:{port}", "--timeout", "5");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith($"kg load: Neo4j load failed: cannot reach Neo4j at http://127.0.0.1:{port}/"));
        AssertNoSecret(stdout + stderr, secret);

        // A URL too broken to parse is refused with the usage errors, before anything is read.
        (code, stdout, stderr) = Kg("load", _json, "--neo4j", $"http://neo4j:{secret}/x@127.0.0.1:{port}");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain($"--neo4j expects a Neo4j HTTP URL such as http://localhost:7474, got \"http://neo4j:***@127.0.0.1:{port}\""));
        AssertNoSecret(stdout + stderr, secret);

        // A URL where the command line expects something else is echoed by the parser: redacted too.
        (code, stdout, stderr) = Kg("load", _json, $"http://neo4j:{secret}@127.0.0.1:{port}", "--neo4j", "http://127.0.0.1:1");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("http://neo4j:***@127.0.0.1"));
        AssertNoSecret(stdout + stderr, secret);
    }

    private static void AssertNoSecret(string output, params string[] secrets)
    {
        foreach (var s in secrets) Assert.That(output, Does.Not.Contain(s), "the output shows a password");
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("abc")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("86401")]
    public void Timeout_must_be_a_positive_number_of_seconds(string value)
    {
        var expected = $"--timeout expects a number of seconds greater than 0 and at most 86400, got \"{value}\"";
        foreach (var args in new[]
                 {
                     new[] { "load", _json, "--neo4j", "http://127.0.0.1:1", "--timeout", value },
                     new[] { "build", KgRunner.Samples, "--out", Path.Combine(_dir, "out"), "--neo4j", "http://127.0.0.1:1", "--timeout", value },
                     new[] { "export", "--from", "http://127.0.0.1:1", "--format", "json", "--out", Path.Combine(_dir, "x.json"), "--timeout", value },
                 })
        {
            var (code, stdout, stderr) = Kg(args);
            Assert.That(code, Is.EqualTo(2), stderr);
            Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain(expected));
            Assert.That(stdout, Is.Empty);
        }
    }

    [Test]
    public void A_request_longer_than_the_timeout_fails_after_the_timeout()
    {
        var url = Neo4jIntegrationTests.ServerVariable("NEO4J_URL");
        using (var client = Neo4jClient.Connect(new Neo4jConnection(url)))
        {
            Neo4jGraphLoader.DeleteAll(client);
            new Neo4jGraphLoader(client).Load(Neo4jIntegrationTests.Synthetic("artikel-cli"));
        }
        // Another transaction holds the write lock of a node the load must merge: the load's
        // request waits on the server until that transaction ends.
        using var holder = new OpenTransaction(url);
        holder.Run("MATCH (n:Entity {id: $id}) SET n.held = true", new { id = NodeId.For(NodeType.Person, "Lloyd Austin") });
        var sw = Stopwatch.StartNew();
        var (code, stdout, stderr) = Kg("load", _json, "--neo4j", url, "--timeout", "1.5");
        sw.Stop();
        Assert.That(code, Is.EqualTo(1), stdout + stderr);
        Assert.That(stderr.Trim(), Does.EndWith($"Neo4j at {url}/ did not answer within 1.5 s (allow more with --timeout SECONDS)"));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        holder.Rollback();

        (code, stdout, stderr) = Kg("load", _json, "--neo4j", url, "--timeout", "60");
        Assert.That(code, Is.Zero, stderr);
    }

    /// <summary>An explicit transaction over the HTTP API, kept open until rolled back.</summary>
    private sealed class OpenTransaction : IDisposable
    {
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
        private readonly string _tx;
        private bool _open = true;

        public OpenTransaction(string url)
        {
            using var response = _http.PostAsync(url.TrimEnd('/') + "/db/data/transaction", Json(new { statements = Array.Empty<object>() })).GetAwaiter().GetResult();
            Assert.That((int)response.StatusCode, Is.EqualTo(201));
            _tx = response.Headers.Location!.ToString();
        }

        private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        public void Run(string statement, object parameters)
        {
            using var response = _http.PostAsync(_tx, Json(new { statements = new[] { new { statement, parameters } } })).GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").GetArrayLength(), Is.Zero, text);
        }

        public void Rollback()
        {
            if (!_open) return;
            _open = false;
            _http.DeleteAsync(_tx).GetAwaiter().GetResult().Dispose();
        }

        public void Dispose()
        {
            Rollback();
            _http.Dispose();
        }
    }
}
