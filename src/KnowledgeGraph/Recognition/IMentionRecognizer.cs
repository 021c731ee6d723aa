using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Recognition;

/// <summary>Finds mentions of entities in an article.</summary>
public interface IMentionRecognizer
{
    IEnumerable<Mention> Recognize(Document document);
}
