namespace KnowledgeGraph.Sources;

/// <summary>
/// Turns the paths a user gives (files and folders) into articles, one file at a time.
/// Folders are searched recursively for *.txt; files named explicitly are read whatever their
/// extension. Order is deterministic: the paths in the order given, each folder's files sorted
/// by relative path. Unusable files are skipped with a warning naming the file; a path that
/// does not exist, or a folder with no text files, is an error before anything is read.
/// </summary>
public sealed class ArticleReader
{
    private readonly IReadReporter _reporter;

    public ArticleReader(IReadReporter? reporter = null) => _reporter = reporter ?? new CollectingReadReporter();

    /// <summary>The files the paths stand for, checked up front. Throws <see cref="ArticleSourceException"/>.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int given = 0;
        foreach (var path in paths)
        {
            given++;
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        MatchCasing = MatchCasing.CaseInsensitive,
                        IgnoreInaccessible = true,
                        AttributesToSkip = 0,
                    })
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    .Select(f => (Full: f, Key: Path.GetRelativePath(path, f).Replace('\\', '/')))
                    .OrderBy(f => f.Key, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) throw new ArticleSourceException($"{path}: folder contains no .txt files");
                foreach (var f in found)
                    if (seen.Add(Path.GetFullPath(f.Full))) files.Add(f.Full);
            }
            else
            {
                throw new ArticleSourceException($"{path}: no such file or folder");
            }
        }
        if (given == 0) throw new ArticleSourceException("no input files or folders given");
        return files;
    }

    /// <summary>Expands the paths (errors are thrown here, eagerly) and returns the articles lazily.</summary>
    public IEnumerable<Article> Read(IEnumerable<string> paths) => ReadFiles(ExpandPaths(paths));

    private IEnumerable<Article> ReadFiles(IReadOnlyList<string> files)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var article = ReadFile(file);
            if (article is null) continue;
            // Two folders may hold files of the same name; both articles are kept under distinct ids.
            if (ids.TryGetValue(article.Id, out var n))
            {
                ids[article.Id] = n + 1;
                var id = $"{article.Id}-{n + 1}";
                _reporter.Warning(new ReadWarning(file, $"article id \"{article.Id}\" already used; this one is \"{id}\""));
                article = article with { Id = id };
            }
            else
            {
                ids[article.Id] = 1;
            }
            yield return article;
        }
    }

    /// <summary>Reads one file, or reports why it cannot be used and returns null.</summary>
    public Article? ReadFile(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _reporter.Warning(new ReadWarning(file, $"cannot be read ({e.Message}); skipped"));
            return null;
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            _reporter.Warning(new ReadWarning(file, $"{decoded.Problem}; skipped"));
            return null;
        }
        if (decoded.Encoding is "Windows-1252" or "UTF-8 (BOM), invalid bytes replaced")
            _reporter.Warning(new ReadWarning(file, $"not valid UTF-8; read as {decoded.Encoding}"));
        return new Article(Path.GetFileNameWithoutExtension(file), decoded.Text, file);
    }
}
