using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Stable, readable article ids that never join two different articles. The Article node's
/// id is a slug of the article id, so ids are compared by that slug: <c>Berita 1.txt</c>,
/// <c>berita-1.txt</c> and <c>BERITA_1.txt</c> would otherwise be one node. Among files whose
/// names collide, a name already written as its slug (<c>berita-1.txt</c>) keeps the plain id,
/// else the ordinally first; the others get a short hash of their file name appended (of their
/// path when two files share one name). So an id does not depend on how the inputs were named
/// on the command line, and adding <c>BERITA_1.txt</c> later does not rename <c>berita-1.txt</c>.
/// A hashed id never takes another file's plain id (<c>berita-1-7c5749b7.txt</c>). This is
/// decided from the whole file list before reading, so it does not depend on the order files
/// are listed or read in. Ids that only appear while reading (records of a dump, entries of an
/// archive) are claimed as they come.
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
            .GroupBy(f => Key(baseName(f.Path)), StringComparer.Ordinal)
            .ToList();
        // Plain ids first, so that no hashed id can take one.
        var taken = new HashSet<string>(groups.Select(g => g.Key), StringComparer.Ordinal);
        var reserved = new List<(InputFile File, string Id)>();
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(f => baseName(f.Path) == group.Key ? 0 : 1).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            var names = ordered.GroupBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            reserved.Add((ordered[0], baseName(ordered[0].Path)));
            foreach (var f in ordered.Skip(1))
            {
                var name = Path.GetFileName(f.Path);
                var id = baseName(f.Path) + "-" + ShortHash(names[name] == 1 ? name : f.RelativePath);
                for (int more = 2; !taken.Add(Key(id)); more++) id = baseName(f.Path) + "-" + ShortHash((names[name] == 1 ? name : f.RelativePath) + "#" + more);
                reserved.Add((f, id));
            }
        }
        foreach (var (f, id) in reserved)
        {
            _planned[f.RelativePath] = id;
            if (holdsOneArticle(f.Path)) _used.Add(Key(id));
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
