using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cleaning;

/// <summary>One rule of a boilerplate file; <see cref="Origin"/> names the file and line it came from.</summary>
public sealed record BoilerplateRule(BoilerplateRuleKind Kind, Regex Pattern, string Comment, string Origin);
