using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A small client for Neo4j's transactional HTTP API (3.x <c>/db/data/transaction</c>,
/// 4.x/5.x <c>/db/{database}/tx</c>). Each <see cref="Run"/> is one auto-committed transaction.
/// Transient failures (connection refused, 5xx, Neo.TransientError.*) are retried with
/// exponential backoff; everything else surfaces at once as a <see cref="Neo4jException"/>.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    public const string UnavailableCode = "KnowledgeGraph.ServiceUnavailable";
    public const string ServerFailureCode = "KnowledgeGraph.ServerFailure";
    public const string TimeoutCode = "KnowledgeGraph.Timeout";

    private readonly HttpClient _http;
    private readonly Neo4jConnection _connection;
    private readonly Uri _root;

    private Neo4jClient(Neo4jConnection connection, Uri root, HttpClient http)
    {
        _connection = connection;
        _root = root;
        _http = http;
    }

    public Uri CommitUri { get; private set; } = null!;
    public Neo4jDialect Dialect { get; private set; } = null!;
    public string ServerVersion { get; private set; } = "";

    /// <summary>Discovers the transaction endpoint and the server version.</summary>
    public static Neo4jClient Connect(Neo4jConnection connection)
    {
        if (!Neo4jUrl.TryParseHttp(connection.Url, out var url))
            throw new Neo4jException("KnowledgeGraph.InvalidUrl", $"not a Neo4j HTTP URL: \"{connection.DisplayUrl}\" (expected http://host:7474 or https://...)");
        var (urlUser, urlPassword) = Neo4jUrl.Credentials(url);
        connection = connection with { User = urlUser ?? connection.User, Password = urlPassword ?? connection.Password };
        var http = new HttpClient { Timeout = connection.Timeout };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Add("X-Stream", "true");
        if (connection.User is not null || connection.Password is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User ?? "neo4j"}:{connection.Password ?? ""}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
        // Requests and messages use the bare root; the credentials travel only in the header.
        var client = new Neo4jClient(connection, Neo4jUrl.Root(url), http);
        try
        {
            client.Discover();
        }
        catch
        {
            client.Dispose();
            throw;
        }
        return client;
    }

    private void Discover()
    {
        var discovery = Send(() => new HttpRequestMessage(HttpMethod.Get, _root), "discovery");
        var (commit, announced) = ResolveCommitUri(_root, discovery, _connection.Database);
        CommitUri = commit;
        string version;
        try
        {
            var components = Run("CALL dbms.components() YIELD name, versions, edition RETURN versions[0]");
            version = components.Rows.Count > 0 ? components.Rows[0][0].GetString() ?? "" : announced ?? "";
        }
        catch (Neo4jException ex) when (announced is not null && ex.Code.Contains("Procedure", StringComparison.Ordinal))
        {
            version = announced;
        }
        ServerVersion = version;
        Dialect = Neo4jDialect.ForVersion(version);
    }

    /// <summary>
    /// The auto-commit endpoint from a discovery document: 3.x names a <c>data</c> URL and has
    /// one unnamed database; 4.x/5.x give a <c>transaction</c> template with <c>{databaseName}</c>.
    /// </summary>
    public static (Uri Commit, string? Version) ResolveCommitUri(Uri root, JsonElement discovery, string? database)
    {
        var version = Neo4jDialect.VersionFromDiscovery(discovery);
        if (discovery.ValueKind == JsonValueKind.Object && discovery.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.String)
        {
            var template = tx.GetString()!;
            var db = string.IsNullOrEmpty(database) ? "neo4j" : database;
            var url = template.Replace("{databaseName}", Uri.EscapeDataString(db), StringComparison.Ordinal).TrimEnd('/') + "/commit";
            return (Rebase(root, url), version);
        }
        if (discovery.ValueKind == JsonValueKind.Object && discovery.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String)
        {
            if (!string.IsNullOrEmpty(database) && database != "neo4j" && database != "graph.db")
                throw new Neo4jException("Neo.ClientError.Database.DatabaseNotFound", $"database \"{database}\" not found: this Neo4j 3.x server has a single database");
            return (Rebase(root, data.GetString()!.TrimEnd('/') + "/transaction/commit"), version);
        }
        throw new Neo4jException("KnowledgeGraph.NotNeo4j", $"{root} does not look like a Neo4j HTTP endpoint (no \"transaction\" or \"data\" in its discovery document)");
    }

    // Servers announce their configured host name; keep the scheme/host the user reached them by.
    private static Uri Rebase(Uri root, string url)
    {
        var announced = new Uri(url, UriKind.RelativeOrAbsolute);
        var path = announced.IsAbsoluteUri ? announced.PathAndQuery : url;
        return new Uri(root, path);
    }

    public Neo4jResult Run(string statement, object? parameters = null) => RunAll([(statement, parameters)])[0];

    /// <summary>
    /// Runs one statement whose parameters object is written straight into the request body,
    /// so a batch of thousands of rows is serialised once, without an intermediate document.
    /// </summary>
    public Neo4jResult Run(string statement, Action<Utf8JsonWriter> writeParameters) =>
        Execute(w => WriteStatement(w, statement, writeParameters))[0];

    /// <summary>Runs statements in one transaction; all succeed or none.</summary>
    public IReadOnlyList<Neo4jResult> RunAll(IReadOnlyList<(string Statement, object? Parameters)> statements) =>
        Execute(w =>
        {
            foreach (var (statement, parameters) in statements)
                WriteStatement(w, statement, p =>
                {
                    switch (parameters)
                    {
                        case null: p.WriteStartObject(); p.WriteEndObject(); break;
                        case JsonNode n: n.WriteTo(p); break;
                        default: JsonSerializer.Serialize(p, parameters, parameters.GetType()); break;
                    }
                });
        });

    private static void WriteStatement(Utf8JsonWriter w, string statement, Action<Utf8JsonWriter> writeParameters)
    {
        w.WriteStartObject();
        w.WriteString("statement", statement);
        w.WritePropertyName("parameters");
        writeParameters(w);
        w.WriteEndObject();
    }

    // The request is JSON, never HTML: non-ASCII text goes as UTF-8 instead of \u escapes.
    private static readonly JsonWriterOptions BodyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private IReadOnlyList<Neo4jResult> Execute(Action<Utf8JsonWriter> writeStatements)
    {
        var body = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(body, BodyOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            writeStatements(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var payload = body.WrittenMemory;
        var doc = Send(() => new HttpRequestMessage(HttpMethod.Post, CommitUri)
        {
            Content = new ReadOnlyMemoryContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        }, "query");
        if (doc.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? OneLine(m.GetString() ?? "") : "";
            throw new Neo4jException(code, $"{code}: {message}");
        }
        var results = new List<Neo4jResult>();
        foreach (var r in doc.GetProperty("results").EnumerateArray())
        {
            var columns = r.GetProperty("columns").EnumerateArray().Select(x => x.GetString() ?? "").ToList();
            var rows = r.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().ToArray()).ToList();
            results.Add(new Neo4jResult(columns, rows));
        }
        return results;
    }

    // Sends with retries; answers the parsed JSON body (kept alive by cloning).
    private JsonElement Send(Func<HttpRequestMessage> request, string what)
    {
        var delay = _connection.FirstRetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var doc = SendOnce(request);
                if (attempt < _connection.MaxAttempts && IsTransientBody(doc)) { Thread.Sleep(delay); delay *= 2; continue; }
                return doc;
            }
            catch (Neo4jException ex) when (ex.IsTransient && attempt < _connection.MaxAttempts)
            {
                Thread.Sleep(delay);
                delay *= 2;
            }
        }
    }

    private static bool IsTransientBody(JsonElement doc) =>
        doc.ValueKind == JsonValueKind.Object && doc.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array &&
        errors.GetArrayLength() > 0 && errors[0].TryGetProperty("code", out var c) &&
        (c.GetString() ?? "").StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private JsonElement SendOnce(Func<HttpRequestMessage> request)
    {
        HttpResponseMessage response;
        try
        {
            using var message = request();
            response = _http.Send(message, HttpCompletionOption.ResponseContentRead);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException(UnavailableCode, $"cannot reach Neo4j at {_root}: {OneLine(ex.Message)}", ex);
        }
        catch (TaskCanceledException ex)
        {
            throw new Neo4jException(TimeoutCode, $"Neo4j at {_root} did not answer within {_connection.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", ex);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new Neo4jException("Neo.ClientError.Security.Unauthorized", $"authentication failed for user {_connection.User ?? "neo4j"} at {_root}");
            if (response.StatusCode == HttpStatusCode.Forbidden)
                throw new Neo4jException("Neo.ClientError.Security.Forbidden", $"user {_connection.User ?? "neo4j"} is not allowed to do this at {_root}");
            string text;
            try
            {
                text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            }
            catch (HttpRequestException ex)
            {
                throw new Neo4jException(UnavailableCode, $"connection to Neo4j at {_root} broke: {OneLine(ex.Message)}", ex);
            }
            if ((int)response.StatusCode >= 500)
                throw new Neo4jException(ServerFailureCode, $"Neo4j at {_root} failed with HTTP {(int)response.StatusCode}");
            try
            {
                using var doc = JsonDocument.Parse(text);
                if (!response.IsSuccessStatusCode && !(doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("errors", out _)))
                    throw new Neo4jException("KnowledgeGraph.HttpError", $"Neo4j at {_root} answered HTTP {(int)response.StatusCode}");
                return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new Neo4jException("KnowledgeGraph.HttpError", $"{_root} answered HTTP {(int)response.StatusCode} with something that is not JSON");
            }
        }
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public void Dispose() => _http.Dispose();
}
