using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// `kg load --user` with no NEO4J_PASSWORD asks on the terminal. The CLI runs as a real
/// process on a pseudo-terminal (Python's pty module) and the password is typed at the prompt.
/// </summary>
[NonParallelizable]
public class PasswordPromptTests
{
    // Starts argv on a pty, answers the first "password for" prompt, prints what the terminal showed.
    private const string TypeAtPrompt = """
        import os, pty, select, sys, time
        password, argv = sys.argv[1], sys.argv[2:]
        env = dict(os.environ)
        env.pop("NEO4J_PASSWORD", None)
        env.setdefault("TERM", "xterm")
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(argv[0], argv, env)
        out, sent, deadline = b"", False, time.time() + 120
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if not sent and b"password for" in out:
                time.sleep(0.3)
                os.write(fd, password.encode() + b"\r")
                sent = True
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.exit(os.waitstatus_to_exitcode(status))
        """;

    private static (int Code, string Screen) LoadTyping(string password)
    {
        SystemPython.Require("pty");
        var url = Neo4jIntegrationTests.ServerVariable("NEO4J_AUTH_URL");
        Neo4jCliOptionsTests.AwaitLoginAllowed(url, Neo4jIntegrationTests.ServerVariable("NEO4J_AUTH_PASSWORD"));
        var dir = KgRunner.NewTempDir("prompt");
        var json = Path.Combine(dir, "graph.json");
        new JsonGraphSink().Write(Neo4jIntegrationTests.Synthetic("artikel-prompt"), json);
        var kg = Path.Combine(TestContext.CurrentContext.TestDirectory, "kg.dll");
        var (code, screen, _) = SystemPython.Run(TypeAtPrompt, password, "dotnet", kg, "load", json, "--neo4j", url, "--user", "neo4j");
        Directory.Delete(dir, true);
        return (code, screen);
    }

    [Test]
    public void PasswordTypedAtThePromptIsUsedAndNotEchoed()
    {
        var secret = Environment.GetEnvironmentVariable("NEO4J_AUTH_PASSWORD") ?? "";
        var (code, screen) = LoadTyping(secret);
        Assert.That(code, Is.EqualTo(0), screen);
        Assert.That(screen, Does.Contain("Neo4j password for neo4j at "));
        Assert.That(screen, Does.Contain("loaded 3 nodes"));
        Assert.That(screen, Does.Not.Contain(secret));
    }

    [Test]
    public void WrongPasswordAtThePromptIsAClearError()
    {
        var (code, screen) = LoadTyping("not-the-password");
        Assert.That(code, Is.EqualTo(1), screen);
        Assert.That(screen, Does.Contain("kg load: Neo4j load failed: authentication failed for user neo4j at "));
        Assert.That(screen, Does.Not.Contain("not-the-password"));
    }
}
