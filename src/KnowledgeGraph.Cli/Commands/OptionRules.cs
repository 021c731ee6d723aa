using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Checks on option values that run while the command line is parsed, so a bad value is the
/// one-line usage error (exit 2) before any work starts. They read the token themselves: a
/// value that is no number, or too big for one, must not become an exception in the parser.
/// </summary>
internal static class OptionRules
{
    public static void AtLeast(Option<int> option, int min, string expected) =>
        option.Validators.Add(r =>
        {
            if (Token(r) is { } t && !(int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= min))
                r.AddError($"{option.Name} expects {expected}, got \"{t}\"");
        });

    public static void AtLeast(Option<long> option, long min, string expected) =>
        option.Validators.Add(r =>
        {
            if (Token(r) is { } t && !(long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) && n >= min))
                r.AddError($"{option.Name} expects {expected}, got \"{t}\"");
        });

    /// <summary>The URL is quoted with its password masked, as everywhere else.</summary>
    public static void HttpUrl(Option<string?> option) =>
        option.Validators.Add(r =>
        {
            if (Token(r) is { } t && !Neo4jUrl.TryParseHttp(t, out _))
                r.AddError($"{option.Name} expects a Neo4j HTTP URL such as http://localhost:7474, got \"{Neo4jUrl.Redact(t)}\"");
        });

    /// <summary>An empty path ('--out ""', often an unset shell variable) names nothing; said here, not deep in a file API.</summary>
    public static void NotEmpty(Option option) =>
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && r.Tokens[^1].Value.Length == 0)
                r.AddError($"{option.Name} is empty");
        });

    /// <summary>The same for a path given as an argument (kg stats "").</summary>
    public static void NotEmpty(Argument argument, string what) =>
        argument.Validators.Add(r =>
        {
            if (r.Tokens.Any(t => t.Value.Length == 0))
                r.AddError($"the {what} is empty");
        });

    private static string? Token(OptionResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
}
