namespace KnowledgeGraph.Sources;

/// <summary>
/// One input to read: <see cref="Path"/> as the user's file system names it, and
/// <see cref="RelativePath"/> (below the folder it was found in, or as given) which ids are
/// derived from, so an id does not depend on where the corpus lies on disk.
/// </summary>
public sealed record InputFile(string Path, string RelativePath)
{
    public bool IsStandardInput => Path == InputFiles.StandardInput;
}
