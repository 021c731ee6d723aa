using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Capitalised names typed by their context: a cue head word types the name it starts
/// ("Kementerian Luar Negeri Thailand" → Organization, "Laut Hitam" → Place), and a name
/// right next to a speech verb is a person ("kata Hasyim", "Febri Diansyah mengatakan").
/// Ordinary words capitalised at the start of a sentence are not names.
/// </summary>
public sealed class CapitalizedNameRecognizer(NameShapes shapes) : IMentionRecognizer
{
    public const string RecognizerName = "capitalized";
    public const string CueRecognizerName = "cue";

    public IEnumerable<Mention> Recognize(Document document)
    {
        var all = SentenceTokens.Of(document);
        var speech = shapes.Resources.SpeechWords;
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (shapes.CueNameAt(tokens, i) is { } cue)
                {
                    yield return Make(document, s, tokens, i, i + cue.Length - 1, cue.Type, CueRecognizerName);
                    i += cue.Length - 1;
                    continue;
                }
                int n = shapes.NameAt(tokens, i);
                if (n == 0) continue;
                bool before = i > 0 && tokens[i - 1].IsWord && speech.Contains(tokens[i - 1].Text.ToLowerInvariant());
                bool after = i + n < tokens.Count && tokens[i + n].IsWord && !tokens[i + n].IsCapitalised
                             && speech.Contains(tokens[i + n].Text.ToLowerInvariant());
                if (before || after)
                    yield return Make(document, s, tokens, i, i + n - 1, NodeType.Person, RecognizerName);
                i += n - 1;
            }
        }
    }

    private static Mention Make(Document d, int s, IReadOnlyList<NameToken> tokens, int first, int last, NodeType type, string recognizer)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        return new Mention(start, end, d.SurfaceAt(start, end), type, d.Sentences[s].Index, recognizer);
    }
}
