namespace KnowledgeGraph.Sinks;

/// <summary>Opens a sink's output file, creating its folder first, so every file sink behaves alike.</summary>
public static class SinkFile
{
    /// <param name="bufferSize">0 when the sink buffers its output itself.</param>
    public static FileStream Create(string path, int bufferSize = 1 << 16)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize);
    }
}
