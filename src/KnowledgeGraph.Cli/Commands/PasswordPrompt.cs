using System.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Asks for the Neo4j password on the terminal without echoing it. Only when a person is
/// there to answer: with redirected input (scripts, CI) nothing is asked and the password must
/// come from NEO4J_PASSWORD.
/// </summary>
internal static class PasswordPrompt
{
    public static string? Ask(string user, string url)
    {
        if (Console.IsInputRedirected) return null;
        Console.Error.Write($"Neo4j password for {user} at {url}: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n') break;
            if (key.Key == ConsoleKey.Backspace || key.KeyChar == '\u007f')
            {
                if (password.Length > 0) password.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}
