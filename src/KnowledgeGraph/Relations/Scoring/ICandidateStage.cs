using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// A stage that runs after the relation extractors on one article and decides which of its
/// candidates (<see cref="Document.Relations"/>) become edges: it may add candidates, drop them,
/// or only watch them. It reads nothing but the article, so it runs in parallel.
/// </summary>
public interface ICandidateStage
{
    void Apply(Document document);
}
