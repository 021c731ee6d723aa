namespace KnowledgeGraph.Dates;

/// <summary>A date found in an article: ISO yyyy-MM-dd and where it was written.</summary>
public sealed record FoundDate(string Iso, int Start, int End, string Kind);
