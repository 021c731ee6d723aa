namespace KnowledgeGraph.Packs;

/// <summary>
/// One entry of a language data file: its TAB-separated columns, each trimmed, and the file and
/// line it came from, so a loader's error can name them.
/// </summary>
public sealed record DataRow(string Path, int Line, string[] Columns)
{
    /// <summary>Column <paramref name="i"/>, or "" when the row is shorter.</summary>
    public string this[int i] => i < Columns.Length ? Columns[i] : "";

    public int Count => Columns.Length;

    /// <summary>Column <paramref name="i"/> as a '|'-separated list of values.</summary>
    public IReadOnlyList<string> List(int i) =>
        this[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"file:line", for error messages.</summary>
    public string Origin => $"{Path}:{Line}";

    /// <summary>A format error that names the file and line of this row.</summary>
    public FormatException Error(string why) => new($"{Origin}: {why}");
}
