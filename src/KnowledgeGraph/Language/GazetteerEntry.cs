namespace KnowledgeGraph.Language;

/// <summary>A gazetteer entry: one real-world entity with its canonical name and other spellings.</summary>
public sealed record GazetteerEntry(NodeType Type, string Canonical, IReadOnlyList<string> Aliases, string Kind, IReadOnlyList<string> Affiliations);
