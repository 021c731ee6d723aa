using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Malformed;

/// <summary>Odd option values and output places: one line naming the problem, exit code 2, nothing written, never a trace.</summary>
public class CommandLineValueTests
{
    private static void AssertUsageError(string[] args, string expected)
    {
        var (code, stdout, err) = KgRunner.Run(args);
        Assert.That(code, Is.EqualTo(2), err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), err);
        Assert.That(lines[0], Does.Contain(expected));
        Assert.That(err + stdout, Does.Not.Contain("Unhandled").And.Not.Contain("   at "));
    }

    [TestCase("--jobs", "99999999999")]
    [TestCase("--jobs", "abc")]
    [TestCase("--jobs", "1.5")]
    [TestCase("--max-article-bytes", "abc")]
    [TestCase("--max-article-bytes", "99999999999999999999999")]
    public void A_number_option_given_no_number_is_a_usage_error(string option, string value) =>
        AssertUsageError(["build", KgRunner.Samples, "--out", KgRunner.NewTempDir("cli-values"), option, value], option);

    [TestCase("--html-limit", "-5")]
    [TestCase("--html-limit", "many")]
    [TestCase("--neo4j", "localhost:7474")]
    [TestCase("--neo4j", "bolt://localhost:7687")]
    public void A_build_option_with_a_value_it_cannot_use_is_refused_before_the_build(string option, string value)
    {
        var outDir = Path.Combine(KgRunner.NewTempDir("cli-values"), "out");
        AssertUsageError(["build", KgRunner.Samples, "--out", outDir, option, value], option);
        Assert.That(Directory.Exists(outDir), Is.False, "nothing built");
    }

    [Test]
    public void A_negative_count_of_top_nodes_is_a_usage_error() =>
        AssertUsageError(["stats", Path.Combine(KgRunner.NewTempDir("cli-values"), "graph.json"), "--top", "-3"], "--top");

    [Test]
    public void An_output_folder_that_is_a_file_is_refused_before_the_build()
    {
        var dir = KgRunner.NewTempDir("cli-out");
        var file = Path.Combine(dir, "graphs");
        File.WriteAllText(file, "keep me");
        AssertUsageError(["build", KgRunner.Samples, "--out", file], "is a file, not a folder");
        AssertUsageError(["build", KgRunner.Samples, "--out", Path.Combine(file, "deeper")], "is a file, not a folder");
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void An_empty_output_path_is_a_usage_error()
    {
        AssertUsageError(["build", KgRunner.Samples, "--out", ""], "kg build: --out is empty");
        var graph = Path.Combine(KgRunner.NewTempDir("cli-empty"), "graph.json");
        AssertUsageError(["export", "--from", graph, "--format", "json", "--out", ""], "kg export: --out is empty");
    }

    [Test]
    public void An_empty_graph_path_is_a_usage_error()
    {
        var dir = KgRunner.NewTempDir("cli-empty");
        AssertUsageError(["export", "--from", "", "--format", "json", "--out", Path.Combine(dir, "x.json")], "kg export: --from is empty");
        AssertUsageError(["stats", ""], "kg stats: the graph file name is empty");
        AssertUsageError(["load", "", "--neo4j", "http://127.0.0.1:9"], "kg load: the graph file name is empty");
        Assert.That(Directory.GetFileSystemEntries(dir), Is.Empty, "nothing written");
    }

    [TestCase("build", "--bogus")]
    [TestCase("build", "--ouut")]
    [TestCase("stats", "--bogus")]
    [TestCase("load", "--bogus")]
    [TestCase("export", "--bogus")]
    [TestCase("about", "--bogus")]
    public void An_unknown_option_is_a_usage_error_not_a_file_name(string command, string option)
    {
        var dir = KgRunner.NewTempDir("cli-unknown");
        var outDir = Path.Combine(dir, "out");
        string[] args = command switch
        {
            "build" => ["build", KgRunner.Samples, "--out", outDir, option, "x"],
            "stats" => ["stats", option],
            "load" => ["load", Path.Combine(dir, "graph.json"), option, "--neo4j", "http://127.0.0.1:9"],
            "export" => ["export", "--from", Path.Combine(dir, "graph.json"), "--format", "json", "--out", outDir, option],
            _ => [command, option],
        };
        AssertUsageError(args, $"kg {command}: unknown option \"{option}\"");
        Assert.That(Directory.GetFileSystemEntries(dir), Is.Empty, "nothing built");
    }

    [Test]
    public void An_option_value_that_reads_like_an_option_is_still_a_value()
    {
        var outDir = Path.Combine(KgRunner.NewTempDir("cli-unknown"), "out");
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", outDir, "--name", "--odd");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(File.Exists(Path.Combine(outDir, "--odd.json")), Is.True);
    }

    [Test]
    public void A_file_whose_name_starts_with_two_dashes_goes_after_the_separator()
    {
        var dir = KgRunner.NewTempDir("cli-unknown");
        File.Copy(Directory.GetFiles(KgRunner.Samples, "*.txt").Order(StringComparer.Ordinal).First(), Path.Combine(dir, "--berita.txt"));
        var (code, _, err) = KgRunner.RunProcessIn(dir, TimeSpan.FromMinutes(2), "build", "--out", "out", "--", "--berita.txt");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(Path.Combine(dir, "out", "graph.json")), Does.Contain("--berita.txt"));
    }

    [TestCase("nosuchcommand", "kg: unknown command \"nosuchcommand\"; the commands are build, ")]
    [TestCase("--bogus", "kg: unknown option \"--bogus\"; the commands are build, ")]
    [TestCase(null, "kg: no command given; the commands are build, ")]
    public void An_unknown_or_missing_command_lists_the_commands(string? token, string expected)
    {
        AssertUsageError(token is null ? [] : [token], expected);
        var (_, _, err) = KgRunner.Run(token is null ? [] : [token]);
        Assert.That(err, Does.Contain("stats").And.Contain("export").And.Not.Contain("Required command"));
    }

    [TestCase("../outside")]
    [TestCase("")]
    [TestCase("..")]
    public void A_name_that_is_not_a_plain_file_name_is_refused(string name)
    {
        var dir = KgRunner.NewTempDir("cli-name");
        var outDir = Path.Combine(dir, "out");
        AssertUsageError(["build", KgRunner.Samples, "--out", outDir, "--name", name], "--name");
        Assert.That(Directory.Exists(outDir), Is.False);
        Assert.That(Directory.GetFiles(dir), Is.Empty, "nothing written beside the output folder");
    }

    // One line and no "5 articles in ..." on stderr: refused before any article was read.
    private static void AssertRefusedBeforeTheBuild(string[] args, string expected)
    {
        var (code, stdout, err) = KgRunner.Run(args);
        Assert.That(code, Is.EqualTo(1), err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), err);
        Assert.That(lines[0], Does.StartWith(expected));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public void An_output_folder_that_cannot_be_created_is_refused_before_the_build()
    {
        Assume.That(Directory.Exists("/proc/self"), Is.True, "needs Linux's /proc");
        AssertRefusedBeforeTheBuild(["build", KgRunner.Samples, "--out", "/proc/x"], "kg build: cannot write to --out /proc/x: ");
        AssertRefusedBeforeTheBuild(["build", KgRunner.Samples, "--out", "/proc/x/y"], "kg build: cannot write to --out /proc/x/y: ");
    }

    [Test]
    public void An_output_file_that_is_a_folder_is_refused_before_the_build()
    {
        var dir = KgRunner.NewTempDir("cli-out");
        Directory.CreateDirectory(Path.Combine(dir, "graph.json"));
        AssertRefusedBeforeTheBuild(["build", KgRunner.Samples, "--out", dir], $"kg build: cannot write {Path.Combine(dir, "graph.json")}: it is a folder");
        Assert.That(Directory.GetFileSystemEntries(dir), Is.EqualTo(new[] { Path.Combine(dir, "graph.json") }), "nothing written");
    }

    [Test]
    public void The_check_of_the_output_folder_leaves_nothing_when_the_build_fails_later()
    {
        var dir = KgRunner.NewTempDir("cli-out");
        var (code, _, err) = KgRunner.Run("build", Path.Combine(dir, "missing"), "--out", Path.Combine(dir, "a", "b"));
        Assert.That(code, Is.EqualTo(1), err);
        Assert.That(Directory.GetFileSystemEntries(dir), Is.Empty, "the folders made for the check are gone");
    }

    [Test]
    public void An_export_that_cannot_be_written_is_one_line_naming_the_path()
    {
        var dir = KgRunner.NewTempDir("cli-export");
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", dir);
        Assert.That(code, Is.EqualTo(0), err);
        var blocker = Path.Combine(dir, "blocker");
        File.WriteAllText(blocker, "");
        var target = Path.Combine(blocker, "x.graphml");
        (code, var stdout, err) = KgRunner.Run("export", "--from", Path.Combine(dir, "graph.json"), "--format", "graphml", "--out", target);
        Assert.That(code, Is.EqualTo(1), err);
        Assert.That(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.StartWith("kg export: cannot write " + target));
        Assert.That(err + stdout, Does.Not.Contain("unexpected error").And.Not.Contain("   at "));
    }
}
