using System.Runtime.InteropServices;

namespace KnowledgeGraph.Sources;

/// <summary>What a path names on disk, as far as reading articles is concerned.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A FIFO, socket or device: opening it can block forever or never end, so it is never opened.</summary>
    Special,
}
