using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>One article as it travels through the stages; each stage fills in its part.</summary>
public sealed class Document
{
    public Document(CleanText clean, IReadOnlyList<Sentence> sentences)
    {
        Clean = clean;
        Sentences = sentences;
    }

    public Article Article => Clean.Article;
    public string Text => Clean.Text;
    public CleanText Clean { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The article's publication date (ISO yyyy-MM-dd) when the text or source gives one.</summary>
    public string? Date { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Edges read from this article, filled by the relation extractors.</summary>
    public List<Relations.RelationCandidate> Relations { get; } = [];
}
