namespace KnowledgeGraph.Schema;

public static class GraphTypes
{
    public static readonly IReadOnlyList<NodeType> EntityTypes =
        [NodeType.Person, NodeType.Organization, NodeType.Place, NodeType.Event];

    public static bool TryParseNodeType(string? s, out NodeType type) =>
        Enum.TryParse(s, ignoreCase: false, out type) && Enum.IsDefined(type);

    public static bool TryParseRelationType(string? s, out RelationType type) =>
        Enum.TryParse(s, ignoreCase: false, out type) && Enum.IsDefined(type);
}
