namespace KnowledgeGraph.Evaluation;

/// <summary>
/// One candidate labelled against gold: the (gold source, type, gold target) it would add to the
/// graph (an unmatched end is "?" + its node id, as the scorer counts it), whether gold has that
/// edge, whether a rule proposed it, and its features. <see cref="Group"/> names the article
/// (corpus/article id), the unit folds are split by.
/// </summary>
public sealed record LabelledCandidate(string Group, ScoredEdge Edge, bool Label, bool FromRules, IReadOnlyList<string> Features);
