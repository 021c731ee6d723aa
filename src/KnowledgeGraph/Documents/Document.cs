using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Documents;

/// <summary>One article as it travels through the stages; each stage fills in its part.</summary>
public sealed class Document
{
    public Document(CleanText clean, IReadOnlyList<Sentence> sentences)
    {
        Clean = clean;
        Sentences = sentences;
    }

    /// <summary>An article before any stage ran: its text as read, no sentences yet.</summary>
    public Document(Article article)
        : this(new CleanText(article, article.Text, []), [])
    {
    }

    /// <summary>
    /// Where <see cref="Text"/> starts in the cleaned text of its article: 0, but for the windows a
    /// huge article is built in (each a run of whole sentences, its offsets its own).
    /// </summary>
    public int Offset { get; init; }

    /// <summary>Whether this document is one window of a huge article.</summary>
    public bool IsWindow { get; init; }

    /// <summary>Whether windows of the same article follow this one.</summary>
    public bool MoreWindows { get; init; }

    /// <summary>The stage that failed on this document, which was then left out of the graph; null while all went well.</summary>
    public string? FailedStage { get; set; }

    public Article Article => Clean.Article;
    public string Text => Clean.Text;

    /// <summary>The article's text after cleaning (set by the cleaning stage; the text as read until then).</summary>
    public CleanText Clean { get; set; }

    /// <summary>Sentences and tokens of <see cref="Text"/> (set by the segmentation stage).</summary>
    public IReadOnlyList<Sentence> Sentences { get; set; }

    /// <summary>The sentence whose span holds the character at <paramref name="offset"/>, or null (between sentences).</summary>
    public Sentence? SentenceAt(int offset)
    {
        var list = Sentences;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (list[mid].End <= offset) lo = mid + 1;
            else if (list[mid].Start > offset) hi = mid - 1;
            else return list[mid];
        }
        return null;
    }

    private Lazy<IReadOnlyList<ParsedSentence>>? _parses;

    /// <summary>
    /// The parse of each sentence, in the order of <see cref="Sentences"/>: words with UPOS, lemma,
    /// head and relation (empty when no parser model is installed). Set whole, computed once on
    /// first access (<see cref="ParseOnDemand"/>), or parsed sentence by sentence as it is read
    /// (<see cref="ParseAsRead"/>); a run whose stages never read it does not pay for it.
    /// </summary>
    public IReadOnlyList<ParsedSentence> Parses
    {
        get => _parses?.Value ?? [];
        set => _parses = new Lazy<IReadOnlyList<ParsedSentence>>(value);
    }

    /// <summary>Parses the sentences with <paramref name="parse"/> the first time <see cref="Parses"/> is read (thread-safe).</summary>
    public void ParseOnDemand(Func<IReadOnlyList<Sentence>, IReadOnlyList<ParsedSentence>> parse) =>
        _parses = new Lazy<IReadOnlyList<ParsedSentence>>(() => parse(Sentences), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Makes <see cref="Parses"/> a list that parses a sentence with <paramref name="parse"/> when it
    /// is first read, so only the sentences some stage reads are parsed, and keeps that parse until
    /// <see cref="ForgetShared"/>: the statement analysis and the dependency relations read the same
    /// sentences. A parse takes some thirty times the memory of its text; a huge article is built
    /// window by window, so what is kept stays bounded by a window.
    /// </summary>
    public void ParseAsRead(Func<IReadOnlyList<Sentence>, IReadOnlyList<ParsedSentence>> parse)
    {
        _streamed = new StreamedParses(Sentences, parse);
        _parses = new Lazy<IReadOnlyList<ParsedSentence>>(_streamed);
    }

    private StreamedParses? _streamed;

    private sealed class StreamedParses(IReadOnlyList<Sentence> sentences, Func<IReadOnlyList<Sentence>, IReadOnlyList<ParsedSentence>> parse)
        : IReadOnlyList<ParsedSentence>
    {
        private ParsedSentence?[]? _kept;

        public ParsedSentence this[int index]
        {
            get
            {
                var kept = _kept ??= new ParsedSentence?[sentences.Count];
                return kept[index] ??= parse([sentences[index]])[0];
            }
        }

        public int Count => sentences.Count;

        public void Forget() => _kept = null;

        public IEnumerator<ParsedSentence> GetEnumerator()
        {
            for (int i = 0; i < sentences.Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The parse of one sentence, or null when no parser is installed.</summary>
    public ParsedSentence? ParseOf(int sentence) =>
        sentence >= 0 && sentence < Parses.Count ? Parses[sentence] : null;

    private readonly TextPool _surfaces = new();

    /// <summary>
    /// The text at [start, end) as a mention's surface: one string per distinct surface, so a
    /// name said ten thousand times in a long article costs one string, not ten thousand.
    /// </summary>
    public string SurfaceAt(int start, int end)
    {
        lock (_surfaces)
            return _surfaces.Get(Text, start, end);
    }

    private readonly Dictionary<int, DeferredText> _sentenceTexts = [];

    /// <summary>
    /// The text <paramref name="make"/> makes of sentence <paramref name="sentence"/> (its
    /// article offsets), made when first read and one per sentence however many edges quote it.
    /// </summary>
    public DeferredText SentenceText(Sentence sentence, Func<string, int, int, string> make)
    {
        lock (_sentenceTexts)
        {
            if (!_sentenceTexts.TryGetValue(sentence.Index, out var text))
                _sentenceTexts[sentence.Index] = text = new DeferredText(Text, sentence.Start, sentence.End, make);
            return text;
        }
    }

    /// <summary>The article's publication date (ISO yyyy-MM-dd) when the text or source gives one.</summary>
    public string? Date { get; set; }

    /// <summary>
    /// What each recognizer proposed, in the order the recognizers ran; the merging stage turns
    /// them into <see cref="Mentions"/> and empties this list.
    /// </summary>
    public List<Mention> Proposed { get; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>Adds mentions and keeps <see cref="Mentions"/> in text order, the longer of two at one start first.</summary>
    public void AddMentions(IEnumerable<Mention> added)
    {
        Mentions.AddRange(added);
        Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    /// <summary>Edges read from this article, filled by the relation extractors.</summary>
    public List<RelationCandidate> Relations { get; } = [];

    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>
    /// Work one stage does for the stages after it (such as the statements every relation
    /// extractor reads), kept on the document it was made from: one value per type.
    /// </summary>
    public void Share<T>(T value) where T : class => _shared[typeof(T)] = value;

    /// <summary>The value a stage shared with <see cref="Share{T}"/>, or null when none did.</summary>
    public T? Shared<T>() where T : class => _shared.GetValueOrDefault(typeof(T)) as T;

    /// <summary>
    /// Lets go of what the stages shared (<see cref="Share{T}"/>) and of the parses kept, once no
    /// stage will read them: the word view, statements and parses of a long article cost several
    /// times its text, and the graph step needs only the mentions and candidates.
    /// </summary>
    public void ForgetShared()
    {
        _shared.Clear();
        _streamed?.Forget();
    }
}
