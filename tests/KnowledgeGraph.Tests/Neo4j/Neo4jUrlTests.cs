using KnowledgeGraph.Neo4j;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

public class Neo4jUrlTests
{
    [TestCase("http://neo4j:secret@host:7474", "http://neo4j:***@host:7474")]
    [TestCase("https://neo4j:secret@host:7473/db/data/", "https://neo4j:***@host:7473/db/data/")]
    [TestCase("http://neo4j:p%40ss%2Fw@host", "http://neo4j:***@host")]
    [TestCase("http://neo4j:p@ss/w@host:7474", "http://neo4j:***@host:7474")]
    [TestCase("http://neo4j:my secret@host:7474", "http://neo4j:***@host:7474")]
    [TestCase("http://:secret@host", "http://:***@host")]
    [TestCase("http://neo4j@host:7474", "http://neo4j@host:7474")]
    [TestCase("http://localhost:7474", "http://localhost:7474")]
    [TestCase("not a url", "not a url")]
    [TestCase("", "")]
    public void Redact_masks_the_password_and_nothing_else(string url, string shown)
    {
        Assert.That(Neo4jUrl.Redact(url), Is.EqualTo(shown));
    }

    [Test]
    public void RedactAll_masks_every_url_in_a_message()
    {
        var message = "Unrecognized argument 'http://a:one@h1:1' and \"https://b:two@h2/x\", not http://h3:7474 nor user:pass@nothing";
        Assert.That(Neo4jUrl.RedactAll(message), Is.EqualTo(
            "Unrecognized argument 'http://a:***@h1:1' and \"https://b:***@h2/x\", not http://h3:7474 nor user:***@nothing"));
    }

    [TestCase("kg export: ftp://user:secret@127.0.0.1:1: no such file", "kg export: ftp://user:***@127.0.0.1:1: no such file")]
    [TestCase("kg load: user:secret@127.0.0.1:1: no such file", "kg load: user:***@127.0.0.1:1: no such file")]
    [TestCase("got \"http:/user:secret@host\"", "got \"http:/user:***@host\"")]
    [TestCase("bolt://neo4j:secret@host:7687", "bolt://neo4j:***@host:7687")]
    [TestCase("mail me at someone@example.org at 10:30", "mail me at someone@example.org at 10:30")]
    public void RedactAll_masks_credentials_written_with_any_scheme_or_none(string message, string shown) =>
        Assert.That(Neo4jUrl.RedactAll(message), Is.EqualTo(shown));

    [Test]
    public void A_password_in_a_path_given_where_a_file_was_expected_is_never_printed()
    {
        foreach (var args in new[]
                 {
                     new[] { "export", "--from", "ftp://user:secret@127.0.0.1:1", "--format", "json", "--out", Path.Combine(Path.GetTempPath(), "kg-redact.json") },
                     new[] { "stats", "user:secret@127.0.0.1:1" },
                     new[] { "load", "http:/user:secret@host", "--neo4j", "http://127.0.0.1:1" },
                 })
        {
            var (code, output, err) = KnowledgeGraph.Tests.Foundation.KgRunner.Run(args);
            Assert.That(code, Is.Not.EqualTo(0));
            Assert.That(output + err, Does.Not.Contain("secret"), string.Join(' ', args));
            Assert.That(err, Does.Contain("***"));
        }
    }

    [TestCase("http://neo4j:secret@host", "neo4j", "secret")]
    [TestCase("http://neo%34j:p%40ss%3Aw%2F%20x@host", "neo4j", "p@ss:w/ x")]
    [TestCase("http://neo4j:@host", "neo4j", "")]
    [TestCase("http://neo4j@host", "neo4j", null)]
    [TestCase("http://host:7474", null, null)]
    public void Credentials_are_percent_decoded(string url, string? user, string? password)
    {
        Assert.That(Neo4jUrl.Credentials(new Uri(url)), Is.EqualTo((user, password)));
    }

    [Test]
    public void Root_and_connection_text_carry_no_password()
    {
        Assert.That(Neo4jUrl.Root(new Uri("http://neo4j:secret@host:7474/db/data/")).ToString(), Is.EqualTo("http://host:7474/"));
        var connection = new Neo4jConnection("http://neo4j:secret@host:7474", User: "x", Password: "other-secret");
        Assert.That(connection.ToString(), Does.Not.Contain("secret"));
        Assert.That(connection.DisplayUrl, Is.EqualTo("http://neo4j:***@host:7474"));
    }

    [Test]
    public void An_unparsable_url_is_refused_without_showing_its_password()
    {
        var ex = Assert.Throws<Neo4jException>(() => Neo4jClient.Connect(new Neo4jConnection("http://neo4j:se/cret@host:7474")));
        Assert.That(ex!.Message, Is.EqualTo("not a Neo4j HTTP URL: \"http://neo4j:***@host:7474\" (expected http://host:7474 or https://...)"));
    }
}
