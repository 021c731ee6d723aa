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

    private Lazy<IReadOnlyList<ParsedSentence>>? _parses;

    /// <summary>
    /// The parse of each sentence, in the order of <see cref="Sentences"/>: words with UPOS, lemma,
    /// head and relation (empty when no parser model is installed). The parsing stage attaches it
    /// with <see cref="ParseOnDemand"/>; it is computed once, on first access, so a run whose stages
    /// never read it does not pay for it.
    /// </summary>
    public IReadOnlyList<ParsedSentence> Parses
    {
        get => _parses?.Value ?? [];
        set => _parses = new Lazy<IReadOnlyList<ParsedSentence>>(value);
    }

    /// <summary>Parses the sentences with <paramref name="parse"/> the first time <see cref="Parses"/> is read (thread-safe).</summary>
    public void ParseOnDemand(Func<IReadOnlyList<Sentence>, IReadOnlyList<ParsedSentence>> parse) =>
        _parses = new Lazy<IReadOnlyList<ParsedSentence>>(() => parse(Sentences), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parse of one sentence, or null when no parser is installed.</summary>
    public ParsedSentence? ParseOf(int sentence) =>
        sentence >= 0 && sentence < Parses.Count ? Parses[sentence] : null;

    /// <summary>The article's publication date (ISO yyyy-MM-dd) when the text or source gives one.</summary>
    public string? Date { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Edges read from this article, filled by the relation extractors.</summary>
    public List<Relations.RelationCandidate> Relations { get; } = [];
}
