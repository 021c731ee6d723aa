using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations;

/// <summary>Reads one kind of relation out of an article whose mentions are resolved.</summary>
public interface IRelationExtractor
{
    IEnumerable<RelationCandidate> Extract(Document document);
}
