namespace KnowledgeGraph.Tests.Languages;

/// <summary>A temporary folder of small files, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kg-pack-").FullName;

    /// <summary>Writes <paramref name="relative"/> ('/'-separated) with <paramref name="text"/>; returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
