using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The last line of defence: an exception no command turned into its own message still ends
/// as one line on stderr and exit code 1, never as a stack trace. <c>--verbose</c> (accepted
/// by every command) adds the trace for a bug report.
/// </summary>
internal static class LastResort
{
    public const string VerboseFlag = "--verbose";

    /// <summary>Gives every command a --verbose flag (those that have their own keep it).</summary>
    public static void AddVerbose(RootCommand root)
    {
        foreach (var command in root.Subcommands)
            if (!command.Options.Any(o => o.Name == VerboseFlag || o.Aliases.Contains(VerboseFlag)))
                command.Options.Add(new Option<bool>(VerboseFlag) { Description = "On an unexpected error, also print its stack trace" });
    }

    public static int Invoke(ParseResult parse, string[] args)
    {
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            var command = parse.CommandResult.Command;
            var name = command.Parents.Any() ? "kg " + command.Name : "kg";
            var inner = ex is AggregateException { InnerExceptions.Count: > 0 } agg ? agg.InnerExceptions[0] : ex;
            var message = string.Join(' ', inner.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            bool verbose = args.Contains(VerboseFlag);
            Console.Error.WriteLine($"{name}: unexpected error: {message} ({inner.GetType().Name})" + (verbose ? "" : $"; {VerboseFlag} shows the details"));
            if (verbose) Console.Error.WriteLine(ex);
            return 1;
        }
    }
}
