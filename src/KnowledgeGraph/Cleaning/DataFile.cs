namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Reads the line-oriented language data files: UTF-8, '#' starts a comment line, blank lines
/// are skipped, columns are TAB-separated. Line numbers are kept so errors can name them.
/// </summary>
internal static class DataFile
{
    public readonly record struct Row(int LineNumber, string[] Columns);

    /// <summary>Where the resources of <paramref name="language"/> live under a resource directory.</summary>
    public static string LanguageDirectory(string? resourceDirectory, string language)
    {
        var root = resourceDirectory ?? Path.Combine(AppContext.BaseDirectory, "Resources");
        return Path.Combine(root, language);
    }

    public static IEnumerable<Row> ReadRows(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Resource file not found: {path}", path);
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            yield return new Row(number, line.Split('\t'));
        }
    }
}
