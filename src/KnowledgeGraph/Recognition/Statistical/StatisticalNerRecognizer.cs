using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// Finds Person, Organization and Place mentions (and Event, if the model has that label) with the
/// trained statistical tagger. The segmenter's tokens are re-cut into words and single punctuation
/// marks, the way the training corpora are tokenised, so a segmenter that keeps "AS-Rusia" or "(NATO)"
/// together still feeds the tagger what it was trained on.
/// </summary>
public sealed class StatisticalNerRecognizer : IMentionRecognizer
{
    public const string RecognizerName = "ner";

    private static readonly ConcurrentDictionary<string, Lazy<NerModel>> Models = new(StringComparer.Ordinal);
    private readonly Lazy<NerModel> _model;

    public StatisticalNerRecognizer(NerModel model) => _model = new Lazy<NerModel>(model);

    private StatisticalNerRecognizer(Lazy<NerModel> model) => _model = model;

    /// <summary>Mentions whose confidence is lower are dropped (0 keeps all).</summary>
    public double MinConfidence { get; init; }

    /// <summary>
    /// One type per name within an article: the same surface gets the type with the most confidence
    /// behind it, and a lone surname takes the type of the full person name it ends. A tagger that
    /// only sees one sentence otherwise calls "Stoltenberg" a person in one line and a place in the next.
    /// </summary>
    public bool DocumentConsistency { get; init; } = true;

    public NerModel Model => _model.Value;

    /// <summary>
    /// Particles written between two hyphens inside a name ("e" of "Aiwan-e-Sadr"): the tagger sees the pieces
    /// apart, and a name it found on one side runs on over the particle and the capitalised word on the other.
    /// </summary>
    public IReadOnlySet<string> JoinedParticles { get; init; } = new HashSet<string>();

    /// <summary>This tagger, its names running on over <paramref name="particles"/> between hyphens.</summary>
    public StatisticalNerRecognizer JoiningOver(IEnumerable<string> particles) =>
        new(_model) { MinConfidence = MinConfidence, DocumentConsistency = DocumentConsistency, JoinedParticles = particles.ToHashSet(StringComparer.Ordinal) };

    /// <summary>The model file inside a language pack.</summary>
    public const string ModelFile = "models/ner.bin";

    /// <summary>Model file of a language inside a packs root (the folder holding &lt;language&gt;/models/).</summary>
    public static string ModelPath(string resourceDir, string language = "id") => Path.Combine(resourceDir, language, ModelFile);

    /// <summary>A recognizer over the model of <paramref name="language"/> in the packs root <paramref name="resourceDir"/>.</summary>
    public static StatisticalNerRecognizer Load(string resourceDir, string language = "id") => LoadFile(ModelPath(resourceDir, language));

    /// <summary>
    /// A recognizer over the model file <paramref name="modelPath"/>. The file is read on first use and then
    /// shared by every recognizer of the process that names the same file.
    /// </summary>
    public static StatisticalNerRecognizer LoadFile(string modelPath)
    {
        var path = Path.GetFullPath(modelPath);
        if (!File.Exists(path)) throw new FileNotFoundException($"NER model not found: {path}", path);
        return new StatisticalNerRecognizer(Models.GetOrAdd(path, p => new Lazy<NerModel>(() => NerModel.Load(p), LazyThreadSafetyMode.ExecutionAndPublication)));
    }

    /// <summary>The model shipped next to the binaries (Resources/id/models/ner.bin).</summary>
    public static StatisticalNerRecognizer LoadDefault(string language = "id") => Load(Path.Combine(AppContext.BaseDirectory, "Resources"), language);

    /// <summary>Mentions in article order. Without a confidence threshold no marginals are computed and
    /// the per-article vote counts mentions, which is about twice as fast.</summary>
    public IEnumerable<Mention> Recognize(Document document) => Run(document, scored: MinConfidence > 0).Select(s => s.Mention);

    public IReadOnlyList<ScoredMention> RecognizeScored(Document document) => Run(document, scored: true);

    private List<ScoredMention> Run(Document document, bool scored)
    {
        var found = Find(document, scored);
        if (DocumentConsistency) found = Harmonise(found);
        return MinConfidence > 0 ? found.Where(s => s.Confidence >= MinConfidence).ToList() : found;
    }

    private static List<ScoredMention> Harmonise(List<ScoredMention> found)
    {
        if (found.Count < 2) return found;
        var votes = new Dictionary<string, Dictionary<NodeType, double>>(StringComparer.Ordinal);
        foreach (var s in found)
        {
            var byType = votes.TryGetValue(s.Mention.Surface, out var v) ? v : votes[s.Mention.Surface] = [];
            byType[s.Mention.Type] = byType.GetValueOrDefault(s.Mention.Type) + s.Confidence;
        }
        // Surnames: the last word of a multi-word person name votes Person for the lone word.
        foreach (var s in found)
        {
            if (s.Mention.Type != NodeType.Person) continue;
            int space = s.Mention.Surface.LastIndexOf(' ');
            if (space < 0) continue;
            var last = s.Mention.Surface[(space + 1)..];
            if (votes.TryGetValue(last, out var v)) v[NodeType.Person] = v.GetValueOrDefault(NodeType.Person) + s.Confidence;
        }
        var winner = new Dictionary<string, NodeType>(votes.Count, StringComparer.Ordinal);
        foreach (var (surface, byType) in votes)
        {
            var best = NodeType.Person;
            double top = double.NegativeInfinity;
            foreach (var (type, score) in byType)
                if (score > top || (score == top && type < best)) { top = score; best = type; }
            winner[surface] = best;
        }
        var result = new List<ScoredMention>(found.Count);
        foreach (var s in found)
        {
            var best = winner[s.Mention.Surface];
            result.Add(best == s.Mention.Type ? s : s with { Mention = s.Mention with { Type = best } });
        }
        return result;
    }

    // A sentence while it is being tagged: the offsets of its pieces, their words (strings shared
    // across the article) and the tags. It lives only while its sentence is tagged; what the article
    // keeps of it is a NamedSentence.
    private sealed class TaggedSentence(Sentence sentence, int[] starts, int[] ends, string[] words, string[] input, bool cased)
    {
        public Sentence Sentence { get; } = sentence;
        public int[] Starts { get; } = starts;
        public int[] Ends { get; } = ends;
        public string[] Words { get; } = words;
        public string[] Input { get; } = input;
        public bool Cased { get; } = cased;
        public string[] Tags { get; set; } = [];
        public double[]? Confidence { get; set; }
    }

    // What the article keeps, until every sentence is tagged, of a cased sentence with a name of more
    // than one word (the only kind a known name can split): where its mentions sit in the result and
    // those names, all a split reads. Every sentence's per-word arrays are dropped as soon as it is
    // tagged, so the tagger's memory grows with the names of the article, not with its words.
    private sealed record NamedSentence(Sentence Sentence, int FirstMention, int MentionCount, (int Start, string Type, string[] Words)[] Names);

    private List<ScoredMention> Find(Document document, bool scored)
    {
        var model = _model.Value;
        var named = new List<NamedSentence>();
        var known = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var pool = TextPool.ForThread();
        var result = new List<ScoredMention>();
        foreach (var sentence in document.Sentences)
        {
            if (Prepare(sentence, pool) is not { } t) continue;
            Tag(model, t, scored, null);
            // A sentence with no name gives no mention and nothing to split by: it need not be kept.
            if (!HasName(t.Tags)) continue;
            var spans = Bio.Spans(t.Tags);
            List<(int, string, string[])>? names = null;
            foreach (var (start, end, type) in spans)
            {
                if (DocumentConsistency)
                {
                    var key = string.Join(' ', t.Words[start..end]);
                    var votes = known.TryGetValue(key, out var v) ? v : known[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                    votes[type] = votes.GetValueOrDefault(type) + 1;
                }
                if (DocumentConsistency && t.Cased && end - start > 1) (names ??= []).Add((start, type, t.Words[start..end]));
            }
            int first = result.Count;
            AddMentions(model, document, t, spans, result, JoinedParticles);
            if (names is not null) named.Add(new NamedSentence(sentence, first, result.Count - first, [.. names]));
        }

        if (!DocumentConsistency || known.Count == 0) return result;
        // Sentences tagged again at a known name replace their mentions; the rest keep theirs.
        List<(NamedSentence Sentence, List<ScoredMention> Mentions)>? redone = null;
        foreach (var n in named)
        {
            var split = FindSplit(n.Names, known);
            if (split is null) continue;
            var t = Prepare(n.Sentence, pool)!;
            for (int round = 0; round < 4 && split is { } sp; round++)
            {
                TagSplit(model, t, sp, scored);
                split = round < 3 ? FindSplit(t, known) : null;
            }
            var again = new List<ScoredMention>();
            AddMentions(model, document, t, Bio.Spans(t.Tags), again, JoinedParticles);
            (redone ??= []).Add((n, again));
        }
        if (redone is null) return result;
        var merged = new List<ScoredMention>(result.Count);
        int next = 0;
        foreach (var (n, again) in redone)
        {
            for (; next < n.FirstMention; next++) merged.Add(result[next]);
            merged.AddRange(again);
            next = n.FirstMention + n.MentionCount;
        }
        for (; next < result.Count; next++) merged.Add(result[next]);
        return merged;
    }

    /// <summary>The sentence's pieces, words and tagger input, or null when it has no piece.</summary>
    private static TaggedSentence? Prepare(Sentence sentence, TextPool pool)
    {
        var pieces = Pieces(sentence.Tokens);
        if (pieces.Count == 0) return null;
        var starts = new int[pieces.Count];
        var ends = new int[pieces.Count];
        var words = new string[pieces.Count];
        for (int i = 0; i < pieces.Count; i++)
        {
            starts[i] = pieces[i].Start;
            ends[i] = pieces[i].End;
            words[i] = pool.Get(NormalisePunctuation(pieces[i].Text));
        }
        // In a headline every word is capitalised, so case says nothing: tag it case-blind.
        bool cased = !LooksTitleCased(words);
        return new TaggedSentence(sentence, starts, ends, words, cased ? words : words.Select(pool.GetLower).ToArray(), cased);
    }

    private static void AddMentions(NerModel model, Document document, TaggedSentence t, List<(int Start, int End, string Type)> spans, List<ScoredMention> result,
        IReadOnlySet<string> joined)
    {
        foreach (var (start, end, label) in spans)
        {
            var (s, e) = Trim(model, t, start, end);
            if (s == e || TypeOf(label) is not { } type) continue;
            double c = 1;
            if (t.Confidence is not null) for (int i = start; i < end; i++) c = Math.Min(c, t.Confidence[i]);
            var (from, to) = OverApostrophes(document.Text, t.Starts[s], t.Ends[e - 1]);
            if (joined.Count > 0) (from, to) = OverParticles(document.Text, from, to, joined);
            result.Add(new ScoredMention(new Mention(from, to, document.SurfaceAt(from, to), type, t.Sentence.Index, RecognizerName), c));
        }
    }

    /// <summary>"Aiwan-e-Sadr": a name found on one side of "-e-" runs on over it and the capitalised word on the other side.</summary>
    private static (int From, int To) OverParticles(string text, int from, int to, IReadOnlySet<string> particles)
    {
        // The particle between two hyphens starting at `at`, and where the word after it ends, or -1.
        int After(int at)
        {
            if (at >= text.Length || text[at] != '-') return -1;
            int p = at + 1;
            while (p < text.Length && char.IsLower(text[p])) p++;
            if (p == at + 1 || p + 1 >= text.Length || text[p] != '-' || !char.IsUpper(text[p + 1])
                || !particles.Contains(text.Substring(at + 1, p - at - 1))) return -1;
            int end = p + 1;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            return end;
        }
        while (After(to) is > 0 and var end) to = end;
        while (true)
        {
            // Back over "Word-e-" before the name: the word's start, then its particle.
            int p = from - 1;
            if (p < 1 || text[p] != '-') break;
            int q = p - 1;
            while (q >= 0 && char.IsLower(text[q])) q--;
            if (q == p - 1 || q < 1 || text[q] != '-' || !char.IsLetter(text[q - 1])) break;
            int start = q - 1;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (!char.IsUpper(text[start]) || !particles.Contains(text.Substring(q + 1, p - q - 1))) break;
            from = start;
        }
        return (from, to);
    }

    /// <summary>
    /// "Ahmed Sha’ban", "O'Brien": the segmenter cuts a word at an apostrophe, and a name the tagger
    /// found on one side of it runs on over the letters on the other side.
    /// </summary>
    private static (int From, int To) OverApostrophes(string text, int from, int to)
    {
        static bool Apostrophe(char c) => c is '\'' or '’';
        while (to + 1 < text.Length && Apostrophe(text[to]) && char.IsLetter(text[to + 1]))
        {
            to++;
            while (to < text.Length && char.IsLetter(text[to])) to++;
        }
        while (from >= 2 && Apostrophe(text[from - 1]) && char.IsLetter(text[from - 2]))
        {
            from--;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
        }
        return (from, to);
    }

    private static void Tag(NerModel model, TaggedSentence t, bool scored, bool[]? allowedAt)
    {
        if (scored) (t.Tags, t.Confidence) = model.TagWithConfidence(t.Input, t.Cased, allowedAt);
        else t.Tags = model.Tag(t.Input, t.Cased, allowedAt);
    }

    /// <summary>
    /// Punctuation never starts or ends a name; in cased text neither does a lower-case common word
    /// ("kota Kabul" names Kabul), nor any word written all in lower case ("Setyo mengira, ..." names
    /// Setyo: a derived verb is in no list of common words) unless a hyphen joins it ("Chen-fu").
    /// </summary>
    private static (int Start, int End) Trim(NerModel model, TaggedSentence t, int s, int e)
    {
        bool Drop(int i) => !HasWordChar(t.Words[i])
            || (t.Cased && char.IsLower(t.Words[i][0]) && (model.Features.CommonWords.Contains(t.Words[i])
                                                            || !t.Words[i].Any(char.IsUpper) && (i == 0 || t.Words[i - 1] != "-")));
        while (s < e && Drop(s)) s++;
        while (e > s && Drop(e - 1)) e--;
        return (s, e);
    }

    /// <summary>
    /// A title often runs an organisation or country straight into a person's name ("Sekjen NATO Jens
    /// Stoltenberg", "juru bicara Taliban Zabihullah Mujahid") and the tagger may read it as one name.
    /// When a span begins with a name found on its own elsewhere in the article, the sentence is tagged
    /// again with that name forced as its own entity and a new entity forced to start after it.
    /// </summary>
    private static void TagSplit(NerModel model, TaggedSentence t, (int Start, int Cut, string Type) sp, bool scored)
    {
        int l = model.Labels.Length;
        var allowed = new bool[t.Words.Length * l];
        Array.Fill(allowed, true);
        for (int i = sp.Start; i < sp.Cut; i++)
            for (int y = 0; y < l; y++)
                allowed[i * l + y] = model.Labels[y] == (i == sp.Start ? "B-" : "I-") + sp.Type;
        for (int y = 0; y < l; y++)
            if (model.Labels[y].StartsWith("I-", StringComparison.Ordinal)) allowed[sp.Cut * l + y] = false;
        Tag(model, t, scored, allowed);
    }

    private static bool HasName(string[] tags)
    {
        foreach (var tag in tags) if (tag != "O") return true;
        return false;
    }

    [ThreadStatic] private static char[]? t_joined;

    private static (int Start, int Cut, string Type)? FindSplit(TaggedSentence t, Dictionary<string, Dictionary<string, int>> known)
    {
        foreach (var (start, end, spanType) in Bio.Spans(t.Tags))
            if (end - start > 1 && FindSplit(t.Words, start, end, spanType, known) is { } split) return split;
        return null;
    }

    private static (int Start, int Cut, string Type)? FindSplit((int Start, string Type, string[] Words)[] names, Dictionary<string, Dictionary<string, int>> known)
    {
        foreach (var (start, type, words) in names)
            if (FindSplit(words, 0, words.Length, type, known) is { } split) return (start + split.Start, start + split.Cut, split.Type);
        return null;
    }

    /// <summary>The first cut, from the right, of the span <paramref name="start"/>..<paramref name="end"/> of <paramref name="words"/> after a name known on its own.</summary>
    private static (int Start, int Cut, string Type)? FindSplit(string[] words, int start, int end, string spanType, Dictionary<string, Dictionary<string, int>> known)
    {
        // The candidate names are looked up as spans of one reused buffer: most are not known, and
        // joining each into a string cost more than the lookups.
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int cut = end - 1; cut > start; cut--)
        {
            if (!char.IsUpper(words[cut][0])) continue;
            if (!lookup.TryGetValue(Joined(words, start, cut), out var votes)) continue;
            var type = votes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            // A person's given name used alone elsewhere ("Fahri Nurmallo ... Fahri") starts that
            // person's full name; it is not a second person running into the first.
            if (type == spanType && type == PersonLabel) continue;
            return (start, cut, type);
        }
        return null;
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> joined by single spaces, as string.Join does.</summary>
    private static ReadOnlySpan<char> Joined(string[] words, int start, int end)
    {
        int length = end - start - 1;
        for (int i = start; i < end; i++) length += words[i].Length;
        var buffer = t_joined is { } b && b.Length >= length ? b : t_joined = new char[Math.Max(length, 256)];
        int at = 0;
        for (int i = start; i < end; i++)
        {
            if (i > start) buffer[at++] = ' ';
            words[i].CopyTo(buffer.AsSpan(at));
            at += words[i].Length;
        }
        return buffer.AsSpan(0, length);
    }

    private const string PersonLabel = "PER";

    private static NodeType? TypeOf(string label) => label switch
    {
        PersonLabel => NodeType.Person,
        "ORG" => NodeType.Organization,
        "LOC" => NodeType.Place,
        "EVT" => NodeType.Event,
        _ => null,
    };

    /// <summary>Typographic quotes and dashes as the plain marks the training text uses.</summary>
    private static string NormalisePunctuation(string piece) => piece switch
    {
        "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB" => "\"",
        "\u2018" or "\u2019" or "\u201A" => "'",
        "\u2013" or "\u2014" or "\u2212" => "-",
        _ => piece,
    };

    /// <summary>
    /// Four or more words (or <paramref name="minWords"/>), (nearly) all starting with a capital: a headline or an
    /// all-caps line. Lower-case <paramref name="functionWords"/> ("di", "karena"), which a headline leaves small, are
    /// not counted.
    /// </summary>
    public static bool LooksTitleCased(IReadOnlyList<string> words, IReadOnlySet<string>? functionWords = null, int minWords = 4)
    {
        int letters = 0, capitalised = 0;
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (functionWords is not null && char.IsLower(w[0]) && functionWords.Contains(w)) continue;
            letters++;
            if (char.IsUpper(w[0])) capitalised++;
        }
        return letters >= minWords && capitalised >= 0.85 * letters;
    }

    private static bool HasWordChar(string s)
    {
        foreach (var c in s) if (NerFeatures.IsWordChar(c)) return true;
        return false;
    }

    /// <summary>Cuts tokens into runs of word characters and single other characters, keeping offsets.</summary>
    public static List<Token> Pieces(IReadOnlyList<Token> tokens)
    {
        var pieces = new List<Token>(tokens.Count + 8);
        foreach (var t in tokens)
        {
            var text = t.Text;
            int i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                int j = i + 1;
                if (NerFeatures.IsWordChar(text[i]))
                    while (j < text.Length && NerFeatures.IsWordChar(text[j])) j++;
                else if (char.IsHighSurrogate(text[i]) && j < text.Length) j++;
                pieces.Add(i == 0 && j == text.Length ? t : new Token(t.Start + i, t.Start + j, text[i..j]));
                i = j;
            }
        }
        return pieces;
    }
}
