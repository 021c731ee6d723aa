using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Name tokens of each sentence of a document, cut when a sentence is read and not kept: a
/// rule recognizer walks the sentences once, so a long article never holds all its tokens at
/// once (cutting them again per recognizer costs less than keeping them). One instance per
/// pass; its strings are pooled, so a word repeated through the pass is one string.
/// </summary>
public sealed class SentenceTokens
{
    private readonly Document _document;
    private readonly TextPool _pool = TextPool.ForThread();

    private SentenceTokens(Document document) => _document = document;

    public static SentenceTokens Of(Document document) => new(document);

    /// <summary>Number of sentences.</summary>
    public int Length => _document.Sentences.Count;

    /// <summary>The tokens of sentence <paramref name="sentence"/>, cut now.</summary>
    public IReadOnlyList<NameToken> this[int sentence]
    {
        get
        {
            var s = _document.Sentences[sentence];
            return NameToken.Tokenize(_document.Text, s.Start, s.End, _pool);
        }
    }
}
