namespace KnowledgeGraph.Relations.Dependency;

/// <summary>
/// How a role is reached from the anchor: alternatives tried in order, the first that reaches a
/// word wins. <see cref="Span"/> takes every mention inside the reached clause (quotes and
/// reported speech) instead of the phrase the word heads.
/// </summary>
public sealed record RolePath(IReadOnlyList<IReadOnlyList<PathStep>> Alternatives, bool Span);
