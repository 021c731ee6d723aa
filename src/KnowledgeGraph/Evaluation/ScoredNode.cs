using System.Xml.Linq;

namespace KnowledgeGraph.Evaluation;

/// <summary>A node as the scorer sees it: its type, its name and all names it answers to (name first).</summary>
public sealed record ScoredNode(string Id, string Type, string Name, IReadOnlyList<string> Names);
