using System.Xml.Linq;

namespace KnowledgeGraph.Evaluation;

/// <summary>A directed typed edge between node ids.</summary>
public readonly record struct ScoredEdge(string Source, string Type, string Target);
