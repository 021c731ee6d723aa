namespace KnowledgeGraph.Schema;

/// <summary>The node labels of the graph. Article is provenance, the other four are entities.</summary>
public enum NodeType
{
    Person,
    Organization,
    Place,
    Event,
    Article,
}

/// <summary>The relationship types of the graph. Names are the exported type strings.</summary>
public enum RelationType
{
    STATED,
    ATTACKED,
    MET_AT,
    AFFILIATED_WITH,
    HELD_IN,
    MENTIONED_IN,
}

public static class GraphTypes
{
    public static readonly IReadOnlyList<NodeType> EntityTypes =
        [NodeType.Person, NodeType.Organization, NodeType.Place, NodeType.Event];

    public static bool TryParseNodeType(string? s, out NodeType type) =>
        Enum.TryParse(s, ignoreCase: false, out type) && Enum.IsDefined(type);

    public static bool TryParseRelationType(string? s, out RelationType type) =>
        Enum.TryParse(s, ignoreCase: false, out type) && Enum.IsDefined(type);
}
