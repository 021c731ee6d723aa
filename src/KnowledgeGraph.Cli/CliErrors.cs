namespace KnowledgeGraph.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input could not be used (missing path, unreadable or invalid file).</summary>
    public const int BadInput = 1;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Prints the one-line reason and returns the code.</summary>
    public static int Fail(string command, int code, string reason)
    {
        Console.Error.WriteLine($"kg {command}: {reason}");
        return code;
    }
}
