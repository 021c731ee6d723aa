using System.Diagnostics;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Foundation;

/// <summary>Runs the real CLI entry point in-process and captures what it prints.</summary>
internal static class KgRunner
{
    private static readonly object Gate = new();

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (o, e) = (new StringWriter(), new StringWriter());
            Console.SetOut(o);
            Console.SetError(e);
            try { return (KnowledgeGraph.Cli.Program.Main(args), o.ToString(), e.ToString()); }
            finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
        }
    }

    /// <summary>
    /// Runs the built kg as its own process, for inputs that could make it hang (a FIFO, a
    /// device): a hang then fails the test after <paramref name="timeout"/> instead of stopping the run.
    /// </summary>
    public static (int Code, string Out, string Err) RunProcess(TimeSpan timeout, params string[] args) =>
        RunProcessIn(null, timeout, args);

    /// <summary><see cref="RunProcess"/> in a given working folder, for relative paths.</summary>
    public static (int Code, string Out, string Err) RunProcessIn(string? workingDirectory, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        psi.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "kg.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"kg {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The repository root (the folder holding KnowledgeGraph.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above the test folder");
        }
    }

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>One folder per test run that holds every <see cref="NewTempDir"/>; <see cref="TestRunFolder"/> deletes it at the end.</summary>
    public static readonly string RunTempRoot = Path.Combine(Path.GetTempPath(), $"kg-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static string NewTempDir(string tag)
    {
        var dir = Path.Combine(RunTempRoot, $"{tag}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}

/// <summary>
/// Runs a script with the system Python (Debian's python3-networkx / python3-igraph, installed
/// by scripts/install-test-deps.sh). A missing module skips the test locally but fails it on CI.
/// </summary>
internal static class SystemPython
{
    public const string Interpreter = "/usr/bin/python3";

    public static void Require(params string[] modules)
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Interpreter))
        {
            if (ci) Assert.Fail($"{Interpreter} is missing (run scripts/install-test-deps.sh)");
            Assert.Ignore($"{Interpreter} is missing (run scripts/install-test-deps.sh)");
        }
        foreach (var m in modules)
        {
            var (code, _, err) = Run($"import {m}");
            if (code == 0) continue;
            var why = $"python module {m} is missing (run scripts/install-test-deps.sh): {err.Trim()}";
            if (ci) Assert.Fail(why);
            Assert.Ignore(why);
        }
    }

    public static (int Code, string Out, string Err) Run(string script, params string[] args)
    {
        var psi = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
