namespace KnowledgeGraph.Packs;

/// <summary>
/// The one reader of the line-oriented language data files, used by every stage from the page
/// rules of the sources to the relation patterns. A file is UTF-8 text; a line whose first
/// non-blank character is '#' is a comment, blank lines are skipped, columns are separated by a
/// TAB and trimmed, and a line with an empty first column holds no entry. Rows keep their file and
/// line number, so a loader's error names them. A missing file has no rows: a language may lack
/// some of the files, and a stage without its data does less rather than fail.
/// </summary>
public static class DataFile
{
    /// <summary>The rows of one file; none when it does not exist.</summary>
    public static IEnumerable<DataRow> Read(string path) =>
        File.Exists(path) ? Parse(File.ReadLines(path), path) : [];

    /// <summary>The rows of text already read; <paramref name="sourceName"/> stands for the file in rows and errors.</summary>
    public static IEnumerable<DataRow> Parse(IEnumerable<string> lines, string sourceName)
    {
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd();
            var start = line.TrimStart();
            if (start.Length == 0 || start[0] == '#') continue;
            var columns = line.Split('\t');
            for (int i = 0; i < columns.Length; i++) columns[i] = columns[i].Trim();
            if (columns[0].Length == 0) continue;
            yield return new DataRow(sourceName, number, columns);
        }
    }

    /// <summary>
    /// The rows of one file across layers (a pack's folder first, then each overlay's), combined
    /// by <paramref name="rule"/>: see <see cref="MergeRule"/>. Layers whose file is missing add nothing.
    /// </summary>
    public static List<DataRow> Merge(IEnumerable<string> paths, MergeRule rule)
    {
        var rows = new List<DataRow>();
        int keyColumns = rule switch { MergeRule.Key => 1, MergeRule.TwoColumnKey => 2, _ => 0 };
        foreach (var path in paths)
        {
            var added = new List<DataRow>();
            var removals = new List<DataRow>();
            foreach (var row in Read(path))
                (IsRemoval(row) ? removals : added).Add(row);
            if (keyColumns > 0 && rows.Count > 0 && added.Count > 0)
            {
                var keys = added.Select(r => Key(r.Columns, keyColumns)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                rows.RemoveAll(r => keys.Contains(Key(r.Columns, keyColumns)));
            }
            foreach (var removal in removals)
            {
                var match = removal.Columns.ToArray();
                match[0] = match[0][1..].Trim();
                rows.RemoveAll(r => StartsWith(r, match));
            }
            rows.AddRange(added);
        }
        return rows;
    }

    private static bool IsRemoval(DataRow row) => row.Columns[0].Length > 1 && row.Columns[0][0] == '-';

    private static string Key(string[] columns, int count) =>
        count == 1 ? columns[0] : columns[0] + "\t" + (columns.Length > 1 ? columns[1] : "");

    private static bool StartsWith(DataRow row, string[] match)
    {
        if (row.Count < match.Length) return false;
        for (int i = 0; i < match.Length; i++)
            if (!string.Equals(row.Columns[i], match[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
