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
