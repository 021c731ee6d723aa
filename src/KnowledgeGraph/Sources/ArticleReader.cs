using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>A file that was not read, and why. The run goes on without it.</summary>
public sealed record SkippedFile(string Path, string Reason);

/// <summary>Inputs that cannot be used at all (a path that does not exist, a folder with no articles).</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>
/// Files and folders to articles, one file at a time so a large corpus is never held in
/// memory. Folders are searched recursively for article files and read in ordinal path
/// order, so the same corpus always yields the same article order and the same output.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The extensions picked up inside folders; files named directly are read whatever their extension.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".text"];

    private readonly Action<SkippedFile> _onSkipped;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ArticleReader(Action<SkippedFile>? onSkipped = null) => _onSkipped = onSkipped ?? (_ => { });

    /// <summary>
    /// Expands the user's inputs into the list of files to read. Throws
    /// <see cref="InputException"/> for a path that does not exist or when nothing is left.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                    throw new InputException($"{input}: folder contains no article files ({string.Join(", ", ArticleExtensions)})");
                files.AddRange(found);
            }
            else
            {
                throw new InputException($"{input}: no such file or folder");
            }
        }
        if (files.Count == 0) throw new InputException("no input files given");
        return files;
    }

    public IEnumerable<Article> Read(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var article = ReadOne(file);
            if (article is not null) yield return article;
        }
    }

    /// <summary>Reads one file, or reports it skipped and returns null.</summary>
    public Article? ReadOne(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _onSkipped(new SkippedFile(file, "cannot be read: " + ex.Message));
            return null;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            _onSkipped(new SkippedFile(file, decoded.Problem ?? "unreadable"));
            return null;
        }

        return new Article(UniqueId(file), decoded.Text, file.Replace('\\', '/'), Title: FirstLine(decoded.Text));
    }

    // The id comes from the file name so it is stable across runs and machines; two files of
    // the same name in different folders get the path's hash as a suffix to keep them apart.
    private string UniqueId(string file)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (_ids.Add(id)) return id;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file.Replace('\\', '/')));
        id = id + "-" + Convert.ToHexString(hash, 0, 4).ToLowerInvariant();
        _ids.Add(id);
        return id;
    }

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
