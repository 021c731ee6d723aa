namespace KnowledgeGraph.Relations.Scoring;

/// <summary>One word of a sentence as the scorer reads it: span, lower-cased form, lemma, UPOS, relation and head (index in the sentence, -1 for the root).</summary>
public readonly record struct ScoredWord(int Start, int End, string Lower, string Lemma, string Pos, string Dep, int Head, bool Capitalized = false);
