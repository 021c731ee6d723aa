namespace KnowledgeGraph.Sinks.Cypher;

/// <summary>Which constraint syntax a Cypher script uses.</summary>
public enum CypherSchemaDialect
{
    /// <summary><c>CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE</c>: Neo4j 3.x up to 4.x (removed in 5.x).</summary>
    Neo4j3,

    /// <summary><c>CREATE CONSTRAINT name IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE</c>: Neo4j 4.4 and 5.x.</summary>
    Neo4j5,
}
