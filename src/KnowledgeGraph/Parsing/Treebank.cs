namespace KnowledgeGraph.Parsing;

/// <summary>A treebank's sentences under a short name ("gsd", "csui", "pud").</summary>
public sealed record Treebank(string Name, IReadOnlyList<ConlluSentence> Sentences);
