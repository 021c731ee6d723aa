namespace KnowledgeGraph.Evaluation;

/// <summary>A corpus run through the pipeline: its candidates labelled, the node figures, the gold edges.</summary>
public sealed record LabelledCorpus(AnnotatedCorpus Corpus, IReadOnlyList<LabelledCandidate> Candidates, IReadOnlyDictionary<string, Prf> Nodes, IReadOnlyList<ScoredEdge> GoldEdges);
