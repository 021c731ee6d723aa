namespace KnowledgeGraph.Sources;

/// <summary>
/// The user's files and folders expanded to the list of files to read. Only regular files
/// are read: FIFOs, sockets and devices are reported and never opened (opening a FIFO waits
/// for a writer forever). A folder reached again through a symbolic link (a loop such as
/// <c>dir/self -> ..</c>) is not walked again, and a file reached twice is read once.
/// </summary>
public static class InputFiles
{
    /// <summary>The input name that means JSON Lines on standard input.</summary>
    public const string StandardInput = "-";

    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, Func<string, bool> isArticleFile, string describeArticleFiles, Action<InputWarning>? onWarning = null)
    {
        var warn = onWarning ?? (_ => { });
        var files = new List<InputFile>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        // Shared by all inputs: "dir dir" or "dir dir/inner" walks each folder once (and warns once).
        var seenDirs = new HashSet<string>(StringComparer.Ordinal);
        bool stdin = false;
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                if (!stdin) files.Add(new InputFile(StandardInput, StandardInput));
                stdin = true;
                continue;
            }
            switch (FileSystemProbe.KindOf(input))
            {
                case FileKind.Regular:
                    if (seenFiles.Add(FileSystemProbe.RealPath(input))) files.Add(new InputFile(input, Normalise(input)));
                    break;
                case FileKind.Directory:
                    var found = new List<InputFile>();
                    bool walkedBefore = seenDirs.Contains(FileSystemProbe.RealPath(input));
                    int articleFiles = Walk(input, input, isArticleFile, found, seenFiles, seenDirs, warn);
                    // A folder an earlier input already covered is no error, only one without any article file.
                    if (articleFiles == 0 && !walkedBefore)
                        throw new InputException($"{DisplayText.Escape(input)}: folder contains no article files ({describeArticleFiles})");
                    found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                    files.AddRange(found);
                    break;
                case FileKind.Special:
                    warn(new InputWarning(input, "not a regular file (a FIFO, socket or device); not opened", "not a regular file"));
                    break;
                default:
                    throw new InputException($"{DisplayText.Escape(input)}: no such file or folder");
            }
        }
        if (files.Count == 0) throw new InputException("no input files given");
        return files;
    }

    // Depth first, entries in ordinal order, so which of two paths to the same folder or file
    // is kept does not depend on the order the file system lists them in.
    // Returns how many article files the folder holds, those read through an earlier path included.
    private static int Walk(string root, string dir, Func<string, bool> isArticleFile, List<InputFile> found,
        HashSet<string> seenFiles, HashSet<string> seenDirs, Action<InputWarning> warn)
    {
        if (!seenDirs.Add(FileSystemProbe.RealPath(dir))) return 0;
        int articleFiles = 0;
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn(new InputWarning(dir, "folder cannot be read: " + ex.Message, "unreadable"));
            return 0;
        }
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var kind = FileSystemProbe.KindOf(entry);
            if (kind == FileKind.Directory)
            {
                articleFiles += Walk(root, entry, isArticleFile, found, seenFiles, seenDirs, warn);
                continue;
            }
            if (!isArticleFile(entry)) continue;
            switch (kind)
            {
                case FileKind.Regular:
                    articleFiles++;
                    if (seenFiles.Add(FileSystemProbe.RealPath(entry)))
                        found.Add(new InputFile(entry, Normalise(System.IO.Path.GetRelativePath(root, entry))));
                    break;
                case FileKind.Special:
                    warn(new InputWarning(entry, "not a regular file (a FIFO, socket or device); not opened", "not a regular file"));
                    break;
                // .NET reads a name that is not valid UTF-8 with U+FFFD in place of the bad bytes and cannot open it.
                case FileKind.Missing when entry.Contains('\uFFFD'):
                    warn(new InputWarning(entry, "file name is not valid UTF-8 and cannot be opened; rename it to read it", "unreadable"));
                    break;
                default:
                    warn(new InputWarning(entry, "cannot be read (a broken symbolic link?)", "unreadable"));
                    break;
            }
        }
        return articleFiles;
    }

    private static string Normalise(string path) => path.Replace('\\', '/');
}
