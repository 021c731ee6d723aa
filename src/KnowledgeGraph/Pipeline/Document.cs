using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Parsing;
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

    /// <summary>
    /// The parse of each sentence, in the order of <see cref="Sentences"/> (filled by the parsing
    /// stage; empty when no parser model is installed): words with UPOS, lemma, head and relation.
    /// </summary>
    public IReadOnlyList<ParsedSentence> Parses { get; set; } = [];

    /// <summary>The article's publication date (ISO yyyy-MM-dd) when the text or source gives one.</summary>
    public string? Date { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Edges read from this article, filled by the relation extractors.</summary>
    public List<Relations.RelationCandidate> Relations { get; } = [];
}
