namespace KnowledgeGraph.Neo4j;

/// <summary>What a load did. <see cref="Retries"/> counts batches sent again after a lock conflict.</summary>
public sealed record Neo4jLoadReport(int Nodes, int Relationships, TimeSpan NodeTime, TimeSpan RelationshipTime, int Retries = 0);
