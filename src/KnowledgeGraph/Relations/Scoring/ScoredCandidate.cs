namespace KnowledgeGraph.Relations.Scoring;

/// <summary>One candidate with what the scorer knows of it: whether a rule extractor proposed it, and its features.</summary>
public sealed record ScoredCandidate(RelationCandidate Candidate, bool FromRules, IReadOnlyList<string> Features);
