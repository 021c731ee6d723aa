namespace KnowledgeGraph.Parsing;

/// <summary>What the model says about the words of one sentence (heads: 0 = root, words numbered from 1).</summary>
public sealed record SentenceAnalysis(string[] Upos, string[] Lemmas, int[] Heads, string[] Relations);
