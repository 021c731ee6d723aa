namespace KnowledgeGraph.Tests.Languages;

/// <summary>Where the tests find the packs: the source tree's (what is committed), and the toy English pack.</summary>
internal static class PackFolders
{
    /// <summary>The packs root of the source tree (src/KnowledgeGraph/Resources), else the copy next to the tests.</summary>
    public static string SourceRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "KnowledgeGraph", "Resources");
                if (Directory.Exists(candidate)) return candidate;
            }
            return Path.Combine(AppContext.BaseDirectory, "Resources");
        }
    }

    /// <summary>A packs root holding only the toy English pack (en/), which exists for the tests alone.</summary>
    public static string ToyRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "packs");
}
