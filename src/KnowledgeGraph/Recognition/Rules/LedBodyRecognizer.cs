using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// A body named by who leads it: "koalisi pimpinan Prancis", "koalisi anti-teror pimpinan Inggris",
/// "koalisi yang dipimpin Rusia" (recognition/led-bodies.tsv: the heads and the words of leading).
/// The leader must be a listed place or body. The mention covers the head and the words up to the
/// leader, whose own name stays a mention of its own; the body's name is the whole phrase.
/// </summary>
public sealed class LedBodyRecognizer(NameShapes shapes) : IMentionRecognizer
{
    // "koalisi anti-teror internasional pimpinan X": the words that may qualify the head.
    private const int MaxModifiers = 2;

    public IEnumerable<Mention> Recognize(Document document)
    {
        var res = shapes.Resources;
        if (res.LedHeads.Count == 0 || res.LeadingWords.Count == 0) yield break;
        var all = SentenceTokens.Of(document);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord || !res.LedHeads.Contains(tokens[i].Text)) continue;
                // "Koalisi Arab yang dipimpin Arab Saudi": a listed body told with its leader is that body.
                if (shapes.Gazetteer.LongestAt(tokens, i) is { Entry.Type: NodeType.Organization } listed) { i += listed.Length - 1; continue; }
                int j = i + 1, modifiers = 0;
                while (j < tokens.Count)
                {
                    if (LeadingAt(tokens, j) is > 0 and var len)
                    {
                        if (shapes.Gazetteer.LongestAt(tokens, j + len) is { Entry.Type: NodeType.Place or NodeType.Organization } leader)
                        {
                            int start = tokens[i].Start, end = tokens[j + len - 1].End;
                            var name = document.SurfaceAt(start, tokens[j + len + leader.Length - 1].End);
                            yield return new Mention(start, end, document.SurfaceAt(start, end), NodeType.Organization,
                                document.Sentences[s].Index, CapitalizedNameRecognizer.CueRecognizerName, name);
                            i = j + len - 1;
                        }
                        break;
                    }
                    // "anti-teror": a word joined by a hyphen is one modifier.
                    if (tokens[j].Text == "-" && j > i + 1 && tokens[j - 1].End == tokens[j].Start && j + 1 < tokens.Count && tokens[j].End == tokens[j + 1].Start) { j += 2; continue; }
                    if (!tokens[j].IsWord || tokens[j].IsCapitalised && j > i + 1 || res.StopWords.Contains(tokens[j].Text.ToLowerInvariant()) || ++modifiers > MaxModifiers) break;
                    j++;
                }
            }
        }
    }

    // Tokens of a phrase of leading at token j ("pimpinan", "yang dipimpin oleh"), the longest, or 0.
    private int LeadingAt(IReadOnlyList<NameToken> tokens, int j)
    {
        int best = 0;
        var phrase = "";
        for (int k = j; k < tokens.Count && k < j + 3 && tokens[k].IsWord; k++)
        {
            phrase = k == j ? tokens[k].Text : phrase + " " + tokens[k].Text;
            if (shapes.Resources.LeadingWords.Contains(phrase)) best = k - j + 1;
        }
        return best;
    }
}
