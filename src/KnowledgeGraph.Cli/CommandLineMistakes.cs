using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Mistakes the parser lets through or words poorly. A token like "--bogus" that is no option
/// of the command is handed to the command's argument when it has one (kg build's inputs,
/// kg stats' graph), so it used to be read as a file name; and an unknown command was reported
/// as "Required command was not provided".
/// </summary>
internal static class CommandLineMistakes
{
    /// <summary>
    /// The first "--name" token taken as an argument value before any "--" separator: an unknown
    /// option. A file whose name starts with "--" can still be given after "--".
    /// </summary>
    public static string? UnknownOption(ParseResult parse)
    {
        if (FirstUnknownOption(parse) is not { } option) return null;
        // The way out matters only to a command that takes file names.
        var hint = parse.CommandResult.Command.Arguments.Count > 0 ? "; a file whose name starts with -- goes after a -- separator" : "";
        return $"unknown option {Shown(option)}{hint}";
    }

    private static string? FirstUnknownOption(ParseResult parse)
    {
        // Tokens are told apart by identity: an option's value may read like an option (--name --x).
        var arguments = new HashSet<Token>(
            parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens),
            ReferenceEqualityComparer.Instance);
        // A command whose argument is full already leaves it unmatched; it gets the same message.
        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            if (token.Value.StartsWith("--", StringComparison.Ordinal) && token.Value.Length > 2 && (arguments.Contains(token) || unmatched.Contains(token.Value)))
                return token.Value;
        }
        return null;
    }

    /// <summary>What is wrong with a command line that names no command, or null when it names one.</summary>
    public static string? MissingCommand(RootCommand root, ParseResult parse)
    {
        if (parse.CommandResult.Command != root) return null;
        var commands = "the commands are " + string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        if (parse.UnmatchedTokens.Count == 0) return $"no command given; {commands}";
        var first = parse.UnmatchedTokens[0];
        return first.StartsWith('-') ? $"unknown option {Shown(first)}; {commands}" : $"unknown command {Shown(first)}; {commands}";
    }

    private static string Shown(string token) => "\"" + KnowledgeGraph.Sources.DisplayText.Escape(token) + "\"";
}
