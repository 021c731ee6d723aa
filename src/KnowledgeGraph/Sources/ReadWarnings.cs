namespace KnowledgeGraph.Sources;

/// <summary>A file that was skipped, or read with a caveat, and why.</summary>
public sealed record ReadWarning(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>Where readers report what they skipped; the CLI prints, tests collect.</summary>
public interface IReadReporter
{
    void Warning(ReadWarning warning);
}

/// <summary>Keeps warnings in order, for callers that show or check them afterwards.</summary>
public sealed class CollectingReadReporter : IReadReporter
{
    private readonly List<ReadWarning> _warnings = [];
    public IReadOnlyList<ReadWarning> Warnings => _warnings;
    public void Warning(ReadWarning warning) => _warnings.Add(warning);
}

/// <summary>Writes each warning as one line to a text writer (stderr in the CLI).</summary>
public sealed class TextReadReporter(TextWriter writer) : IReadReporter
{
    public int Count { get; private set; }

    public void Warning(ReadWarning warning)
    {
        Count++;
        writer.WriteLine($"warning: {warning}");
    }
}

/// <summary>A source that cannot be used at all (missing path, nothing to read).</summary>
public sealed class ArticleSourceException(string message) : Exception(message);
