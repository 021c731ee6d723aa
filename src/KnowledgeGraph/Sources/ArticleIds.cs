using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Stable, readable article ids that never join two different articles. The Article node's
/// id is a slug of the article id, so ids are compared by that slug: <c>Berita 1.txt</c>,
/// <c>berita-1.txt</c> and <c>BERITA_1.txt</c> would otherwise be one node. Among files whose
/// names collide, the one with the ordinally first relative path keeps the plain name and the
/// others get a short hash of their relative path appended; this is decided from the whole
/// file list before reading, so it does not depend on the order files are listed or read in.
/// Ids that only appear while reading (records of a dump, entries of an archive) are claimed
/// as they come.
/// </summary>
public sealed class ArticleIds
{
    private readonly Dictionary<string, string> _planned = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <param name="files">Every file of the run.</param>
    /// <param name="baseName">The id a file's name gives (its name without format extensions).</param>
    /// <param name="holdsOneArticle">Whether the file is itself an article (its id is reserved up front).</param>
    public ArticleIds(IEnumerable<InputFile> files, Func<string, string> baseName, Func<string, bool> holdsOneArticle)
    {
        var groups = files.Where(f => !f.IsStandardInput)
            .DistinctBy(f => f.RelativePath, StringComparer.Ordinal)
            .GroupBy(f => Key(baseName(f.Path)), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            bool first = true;
            foreach (var f in group.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                var id = baseName(f.Path);
                if (!first) id += "-" + ShortHash(f.RelativePath);
                first = false;
                _planned[f.RelativePath] = id;
                if (holdsOneArticle(f.Path)) _used.Add(Key(id));
            }
        }
    }

    /// <summary>The id planned for a file of the run.</summary>
    public string ForFile(InputFile file) => _planned.TryGetValue(file.RelativePath, out var id) ? id : file.RelativePath;

    /// <summary>Takes an id found while reading; false when an article of this run already has it.</summary>
    public bool TryClaim(string id) => _used.Add(Key(id));

    /// <summary>Takes <paramref name="id"/>, or when it is taken, the id with a hash of <paramref name="where"/> appended.</summary>
    public string ClaimDistinct(string id, string where)
    {
        if (TryClaim(id)) return id;
        var distinct = id + "-" + ShortHash(where);
        _used.Add(Key(distinct));
        return distinct;
    }

    public static string ShortHash(string s) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 0, 4).ToLowerInvariant();

    private static string Key(string id) => NodeId.Slug(id);
}
