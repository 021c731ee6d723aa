namespace KnowledgeGraph.Sources;

/// <summary>
/// Files and folders to articles, one at a time so a large corpus is never held in memory.
/// Folders are searched recursively for article files and read in ordinal path order, so the
/// same corpus always yields the same articles in the same order. Every input that cannot be
/// used is reported through the warning callback, and the rest is read.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The extensions picked up inside folders; files named directly are read whatever their extension.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".text"];

    private readonly Action<InputWarning> _warn;

    public ArticleReader(Action<InputWarning>? onWarning = null) => _warn = onWarning ?? (_ => { });

    public static bool IsArticleFile(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Expands the user's inputs into the files to read. Throws <see cref="InputException"/>
    /// for a path that does not exist or when nothing is left.
    /// </summary>
    public static IReadOnlyList<InputFile> ExpandInputs(IEnumerable<string> inputs, Action<InputWarning>? onWarning = null) =>
        InputFiles.Expand(inputs, IsArticleFile, string.Join(", ", ArticleExtensions), onWarning);

    /// <summary>Reads files by path (each taken as named, ids from the file names).</summary>
    public IEnumerable<Article> Read(IEnumerable<string> paths) => Read(paths.Select(p => new InputFile(p, p.Replace('\\', '/'))).ToList());

    public IEnumerable<Article> Read(IReadOnlyList<InputFile> files)
    {
        var ids = new ArticleIds(files, BaseName, _ => true);
        foreach (var file in files)
        {
            var article = ReadText(file, ids.ForFile(file));
            if (article is not null) yield return article;
        }
    }

    private static string BaseName(string path) => Path.GetFileNameWithoutExtension(path);

    private Article? ReadText(InputFile file, string id)
    {
        // Checked again at open time: the file may have been replaced by a FIFO since the listing.
        if (FileSystemProbe.KindOf(file.Path) == FileKind.Special)
        {
            _warn(new InputWarning(file.Path, "not a regular file (a FIFO, socket or device); not opened", "not a regular file"));
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _warn(new InputWarning(file.Path, "cannot be read: " + ex.Message, "unreadable"));
            return null;
        }
        return FromBytes(bytes, file.Path, id, file.Path.Replace('\\', '/'));
    }

    private Article? FromBytes(byte[] bytes, string where, string id, string source)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            _warn(new InputWarning(where, decoded.Problem ?? "unreadable", KindOf(decoded.Problem)));
            return null;
        }
        if (decoded.Warning is not null) _warn(new InputWarning(where, decoded.Warning, "repaired", Skipped: false));
        return new Article(id, decoded.Text, source, Title: FirstLine(decoded.Text));
    }

    private static string KindOf(string? problem) => problem switch
    {
        null => "unreadable",
        _ when problem.StartsWith("binary", StringComparison.Ordinal) => "binary",
        _ when problem.StartsWith("empty", StringComparison.Ordinal) || problem.StartsWith("no text", StringComparison.Ordinal) => "empty",
        _ => "unreadable",
    };

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length == 0) continue;
            return t.Length <= 160 ? t : t[..157].TrimEnd() + "...";
        }
        return null;
    }
}
