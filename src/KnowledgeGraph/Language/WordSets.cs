using KnowledgeGraph.Packs;

namespace KnowledgeGraph.Language;

/// <summary>
/// Named word sets (<c>relations/dependency-sets.tsv</c>): <c>set  word word ...</c>, lemmas or lower-cased
/// forms; a set may be given on several lines. The dependency patterns name them (<c>@weapon</c>), and the
/// attack rules read the weapon set too, so each list is written once.
/// </summary>
public static class WordSets
{
    public const string File = "relations/dependency-sets.tsv";

    public static Dictionary<string, HashSet<string>> Read(IEnumerable<DataRow> rows)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!sets.TryGetValue(row[0], out var set)) sets[row[0]] = set = new(StringComparer.Ordinal);
            foreach (var col in row.Columns.Skip(1))
                foreach (var w in col.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    set.Add(w.ToLowerInvariant());
        }
        return sets;
    }
}
