using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Documents;

/// <summary>
/// A span of text that names an entity. <see cref="Canonical"/> is a recognizer's hint of the
/// entity's canonical name (a gazetteer knows "AS" is "Amerika Serikat"); the resolver decides
/// and records its decision in <see cref="EntityId"/> (the node id the mention refers to).
/// </summary>
public sealed record Mention(
    int Start,
    int End,
    string Surface,
    NodeType Type,
    int SentenceIndex,
    string Recognizer,
    string? Canonical = null,
    string? EntityId = null);
