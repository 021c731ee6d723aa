using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.SetError(new RedactingWriter(Console.Error));
        var root = new RootCommand("kg: turn news articles into a knowledge graph (GraphML, JSON, Neo4j).");
        // One line per command; each command lives in its own file under Commands/.
        root.Add(BuildCommand.Create());
        root.Add(StagesCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(LoadCommand.Create());
        root.Add(StatsCommand.Create());
        root.Add(VersionCommand.Create());
        root.Add(EvaluateCommand.Create());
        root.Add(TrainNerCommand.Create());
        root.Add(TrainParserCommand.Create());
        root.Add(EvaluateParserCommand.Create());
        root.Add(ParseCommand.Create());
        root.Add(TrainRelationsCommand.Create());
        LastResort.AddVerbose(root);
        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (Exception ex)
        {
            // An option's own check that failed on a value it did not expect: still a wrong command line.
            var message = string.Join(' ', ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Console.Error.WriteLine($"kg: {KnowledgeGraph.Neo4j.Neo4jUrl.RedactAll(message)} (see kg --help)");
            if (args.Contains(LastResort.VerboseFlag)) Console.Error.WriteLine(ex);
            return 2;
        }
        var command = parse.CommandResult.Command;
        var name = command == root ? "kg" : "kg " + command.Name;
        // Before the parser's own errors: "--ouut x" is better named than "--out is required".
        if (command != root && CommandLineMistakes.UnknownOption(parse) is { } unknown)
        {
            Console.Error.WriteLine($"{name}: {unknown} (see {name} --help)");
            return 2;
        }
        if (parse.Errors.Count > 0)
        {
            // Exit code 2 and one line: scripts can tell a wrong command line from unusable input (1).
            var message = CommandLineMistakes.MissingCommand(root, parse) ?? parse.Errors[0].Message;
            Console.Error.WriteLine($"{name}: {KnowledgeGraph.Neo4j.Neo4jUrl.RedactAll(message)} (see {name} --help)");
            return 2;
        }
        return LastResort.Invoke(parse, args);
    }
}
