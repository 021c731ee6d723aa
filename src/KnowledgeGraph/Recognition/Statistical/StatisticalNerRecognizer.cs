using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>A recognized span with the tagger's confidence (lowest per-token marginal probability in the span, 0..1).</summary>
public sealed record ScoredMention(Mention Mention, double Confidence);

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

    /// <summary>Model file of a language inside a resource folder (the folder holding models/).</summary>
    public static string ModelPath(string resourceDir, string language = "id") => Path.Combine(resourceDir, "models", $"ner-{language}.bin");

    /// <summary>
    /// A recognizer over the model in <paramref name="resourceDir"/>/models/ner-{language}.bin. The file is
    /// read on first use and then shared by every recognizer of the process that names the same file.
    /// </summary>
    public static StatisticalNerRecognizer Load(string resourceDir, string language = "id")
    {
        var path = Path.GetFullPath(ModelPath(resourceDir, language));
        if (!File.Exists(path)) throw new FileNotFoundException($"NER model not found: {path}", path);
        return new StatisticalNerRecognizer(Models.GetOrAdd(path, p => new Lazy<NerModel>(() => NerModel.Load(p), LazyThreadSafetyMode.ExecutionAndPublication)));
    }

    /// <summary>The model shipped next to the binaries (Resources/models/ner-id.bin).</summary>
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
        var result = new List<ScoredMention>(found.Count);
        foreach (var s in found)
        {
            var best = votes[s.Mention.Surface].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            result.Add(best == s.Mention.Type ? s : s with { Mention = s.Mention with { Type = best } });
        }
        return result;
    }

    private List<ScoredMention> Find(Document document, bool scored)
    {
        var model = _model.Value;
        var result = new List<ScoredMention>();
        foreach (var sentence in document.Sentences)
        {
            var pieces = Pieces(sentence.Tokens);
            if (pieces.Count == 0) continue;
            var words = pieces.Select(p => p.Text).ToArray();
            string[] tags;
            double[]? conf = null;
            if (scored) (tags, conf) = model.TagWithConfidence(words);
            else tags = model.Tag(words);
            foreach (var (start, end, label) in Bio.Spans(tags))
            {
                int s = start, e = end;
                while (s < e && !HasWordChar(words[s])) s++;
                while (e > s && !HasWordChar(words[e - 1])) e--;
                if (s == e || TypeOf(label) is not { } type) continue;
                double c = 1;
                if (conf is not null) for (int i = start; i < end; i++) c = Math.Min(c, conf[i]);
                int from = pieces[s].Start, to = pieces[e - 1].End;
                var surface = document.Text[from..to];
                result.Add(new ScoredMention(new Mention(from, to, surface, type, sentence.Index, RecognizerName), c));
            }
        }
        return result;
    }

    private static NodeType? TypeOf(string label) => label switch
    {
        "PER" => NodeType.Person,
        "ORG" => NodeType.Organization,
        "LOC" => NodeType.Place,
        "EVT" => NodeType.Event,
        _ => null,
    };

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
