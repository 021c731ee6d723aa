namespace KnowledgeGraph.Sources;

/// <summary>Inputs that cannot be used at all (a path that does not exist, a folder with no articles).</summary>
public sealed class InputException(string message) : Exception(message);
