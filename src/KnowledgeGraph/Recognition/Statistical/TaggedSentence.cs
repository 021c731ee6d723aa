namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>A pre-tokenised training sentence with one BIO tag per token.</summary>
public sealed record TaggedSentence(string[] Tokens, string[] Tags, bool Cased = true);
