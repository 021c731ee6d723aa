using System.CommandLine;
using System.Reflection;

namespace KnowledgeGraph.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the tool's version and the graph format it writes.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            Console.WriteLine($"kg {version}");
            return 0;
        });
        return command;
    }
}
