using KnowledgeGraph.Parsing;

namespace KnowledgeGraph.Relations.Dependency;

/// <summary>A pattern matched in one sentence: its anchor and the mentions found at each end.</summary>
public sealed record DependencyMatch(DependencyPattern Pattern, Word Anchor, IReadOnlyList<Mention> Sources, IReadOnlyList<Mention> Targets);
