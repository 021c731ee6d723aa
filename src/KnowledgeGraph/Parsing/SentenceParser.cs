using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// The parsing stage: cuts each segmenter sentence into treebank-style words (clitics apart),
/// then tags, lemmatizes and parses it. The segmenter's tokens are left as they are, so the
/// stages that read tokens see the same input as before. Thread-safe; the model is shared.
/// </summary>
public sealed class SentenceParser
{
    public SentenceParser(ParserModel model, WordSplitter splitter)
    {
        Model = model;
        Splitter = splitter;
    }

    public ParserModel Model { get; }
    public WordSplitter Splitter { get; }

    /// <summary>The parser of <paramref name="resourceDir"/>: models/parser-{language}.bin (read once per process) and {language}/parsing/clitics.tsv.</summary>
    public static SentenceParser Load(string resourceDir, string language = "id")
    {
        var model = ParserModel.LoadShared(ParserModel.ModelPath(resourceDir, language));
        return new SentenceParser(model, new WordSplitter(WordSplitter.LoadRules(resourceDir, language), model.Clitics));
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

    /// <summary>Parses every sentence of the document and stores the result in <see cref="Document.Parses"/>.</summary>
    public void Parse(Document document) => document.Parses = Parse(document.Sentences);
}
