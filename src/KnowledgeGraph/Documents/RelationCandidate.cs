using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Documents;

/// <summary>
/// An edge read from one article: both ends are node ids that the resolver assigned to
/// mentions (<see cref="Mention.EntityId"/>), with the sentence that supports it.
/// </summary>
public sealed record RelationCandidate(string SourceId, RelationType Type, string TargetId, Evidence Evidence);
