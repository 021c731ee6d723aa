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

    private Func<Sentence, ParsedSentence>? _parseOne;
    private ParsedSentence?[]? _single;

    /// <summary>Also lets <see cref="ParseOf"/> parse one sentence alone, for stages that read a few sentences only.</summary>
    public void ParseOnDemand(Func<IReadOnlyList<Sentence>, IReadOnlyList<ParsedSentence>> parse, Func<Sentence, ParsedSentence> parseOne)
    {
        ParseOnDemand(parse);
        _parseOne = parseOne;
    }

    /// <summary>
    /// The parse of one sentence (null when no parser is installed): taken from <see cref="Parses"/>
    /// when the whole article is parsed already, else that sentence is parsed alone, once.
    /// </summary>
    public ParsedSentence? ParseOf(int sentence)
    {
        if (sentence < 0 || sentence >= Sentences.Count || _parses is null) return null;
        if (_parseOne is null || _parses.IsValueCreated) return sentence < Parses.Count ? Parses[sentence] : null;
        lock (_parses)
        {
            _single ??= new ParsedSentence?[Sentences.Count];
            return _single[sentence] ??= _parseOne(Sentences[sentence]);
        }
    }

    /// <summary>The article's publication date (ISO yyyy-MM-dd) when the text or source gives one.</summary>
    public string? Date { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Edges read from this article, filled by the relation extractors.</summary>
    public List<Relations.RelationCandidate> Relations { get; } = [];
}
