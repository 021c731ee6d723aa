using System.Diagnostics;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Malformed;

/// <summary>
/// A graph file must be a regular file. A FIFO would block the open until a writer comes and a
/// device such as /dev/zero never ends, so neither is opened: one line, exit 1, and the real
/// process (a hang here must fail the test, not stop the test run).
/// </summary>
[NonParallelizable]
public class GraphFileKindTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    // Every command that reads a saved graph; load is refused before it connects (port 9 is discard).
    private static IEnumerable<string[]> Readers(string graph, string dir) =>
    [
        ["stats", graph],
        ["export", "--from", graph, "--format", "json", "--out", Path.Combine(dir, "out.json")],
        ["load", graph, "--neo4j", "http://127.0.0.1:9"],
    ];

    private static void AssertOneLine(string[] args, string graph, string expected, string dir)
    {
        var (code, stdout, err) = KgRunner.RunProcess(Limit, args);
        Assert.That(code, Is.EqualTo(1), $"{args[0]}: {err}");
        var lines = err.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), err);
        Assert.That(lines[0], Is.EqualTo($"kg {args[0]}: {graph}: {expected}"));
        Assert.That(err + stdout, Does.Not.Contain("unexpected error").And.Not.Contain("   at "));
        Assert.That(File.Exists(Path.Combine(dir, "out.json")), Is.False, "nothing written");
    }

    [Test]
    public void A_fifo_is_refused_without_opening_it()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "FIFOs are a Unix thing");
        var dir = KgRunner.NewTempDir("graph-kind");
        var fifo = Path.Combine(dir, "x.fifo.json");
        using (var p = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            p.WaitForExit();
            Assert.That(p.ExitCode, Is.EqualTo(0), "mkfifo");
        }
        foreach (var args in Readers(fifo, dir))
            AssertOneLine(args, fifo, "not a regular file (a FIFO, socket or device); not opened", dir);
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void A_device_is_refused_without_reading_it(string device)
    {
        Assume.That(File.Exists(device), Is.True, $"{device} is not on this system");
        var dir = KgRunner.NewTempDir("graph-kind");
        foreach (var args in Readers(device, dir))
            AssertOneLine(args, device, "not a regular file (a FIFO, socket or device); not opened", dir);
    }

    [Test]
    public void A_folder_is_named_as_a_folder()
    {
        var dir = KgRunner.NewTempDir("graph-kind");
        var folder = Directory.CreateDirectory(Path.Combine(dir, "graph.json")).FullName;
        foreach (var args in Readers(folder, dir))
            AssertOneLine(args, folder, "is a folder, not a graph file", dir);
    }
}
