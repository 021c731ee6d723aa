namespace KnowledgeGraph.Packs;

/// <summary>One line of a pack's manifest: a file (relative to the pack folder), how an overlay merges into it, what it holds.</summary>
public sealed record PackFile(string File, MergeRule Merge, string Holds);
