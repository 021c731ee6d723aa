namespace KnowledgeGraph.Schema;

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
