namespace KnowledgeGraph.Parsing;

/// <summary>A clitic rule from Resources/&lt;lang&gt;/parsing/clitics.tsv.</summary>
public sealed record CliticRule(string Clitic, bool Always, int MinStem);
