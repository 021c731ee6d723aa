using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// The parsing stage: cuts each segmenter sentence into treebank-style words (clitics apart),
/// then tags, lemmatizes and parses it. The segmenter's tokens are left as they are, so the
/// stages that read tokens see the same input as before. Thread-safe; the model is shared.
/// </summary>
public sealed class SentenceParser
{
    private readonly Lazy<(ParserModel Model, WordSplitter Splitter)> _parts;

    public SentenceParser(ParserModel model, WordSplitter splitter) => _parts = new((model, splitter));

    private SentenceParser(Func<(ParserModel, WordSplitter)> load) => _parts = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    public ParserModel Model => _parts.Value.Model;
    public WordSplitter Splitter => _parts.Value.Splitter;

    /// <summary>The parser of <paramref name="language"/> in the packs root <paramref name="resourceDir"/>.</summary>
    public static SentenceParser Load(string resourceDir, string language = "id") =>
        FromPack(Packs.LanguagePack.Open(language, resourceDir), ParserModel.ModelPath(resourceDir, language));

    /// <summary>
    /// The parser of a pack: the model file <paramref name="modelPath"/> (read once per process, on first
    /// use) and the pack's parsing/clitics.tsv (read now, so a bad rules file fails early).
    /// </summary>
    public static SentenceParser FromPack(Packs.LanguagePack pack, string modelPath)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"parser model not found: {Path.GetFullPath(modelPath)} (train one with kg train-parser)", modelPath);
        var rules = WordSplitter.RulesFromPack(pack);
        return new SentenceParser(() =>
        {
            var model = ParserModel.LoadShared(modelPath);
            return (model, new WordSplitter(rules, model.Clitics));
        });
    }

    /// <summary>The parser shipped next to the binaries.</summary>
    public static SentenceParser LoadDefault(string language = "id") => Load(Path.Combine(AppContext.BaseDirectory, "Resources"), language);

    public ParsedSentence Parse(Sentence sentence)
    {
        var words = Splitter.Split(sentence.Tokens);
        var forms = new string[words.Count];
        for (int i = 0; i < forms.Length; i++) forms[i] = words[i].Text;
        return new ParsedSentence(sentence, words, Model.Analyse(forms));
    }

    public IReadOnlyList<ParsedSentence> Parse(IReadOnlyList<Sentence> sentences)
    {
        var result = new ParsedSentence[sentences.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Parse(sentences[i]);
        return result;
    }
}
