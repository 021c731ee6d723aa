namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Mentions of gazetteer names, each with its canonical name as the hint. A person known by one
/// word ("Santoso") is not found inside a longer personal name ("Ahmad Santoso"): with
/// <paramref name="shapes"/> given, a one-word person match next to another personal-name word is left
/// to the recognizers that read the whole name.
/// </summary>
public sealed class GazetteerRecognizer(Gazetteer gazetteer, IReadOnlySet<string>? compassWords = null, NameShapes? shapes = null) : IMentionRecognizer
{
    private readonly IReadOnlySet<string> compassWords = compassWords ?? new HashSet<string>();

    public const string RecognizerName = "gazetteer";

    public IEnumerable<Mention> Recognize(Document document)
    {
        var all = SentenceTokens.Of(document);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (gazetteer.LongestAt(tokens, i) is not { } m) continue;
                if (m.Length == 1 && m.Entry.Type == NodeType.Person && shapes is not null
                    && (NameNeighbour(shapes, tokens, i - 1) || NameNeighbour(shapes, tokens, i + 1))) continue;
                int start = tokens[i].Start, end = tokens[i + m.Length - 1].End;
                int next = i + m.Length;
                // "Jakarta Selatan", "Darfur Utara": a known place and a compass word name a part of it.
                if (m.Entry.Type == NodeType.Place && m.Entry.Kind != "country" && next < tokens.Count && tokens[next].IsCapitalised
                    && compassWords.Contains(tokens[next].Text.ToLowerInvariant()) && gazetteer.LongestAt(tokens, next) is null)
                {
                    end = tokens[next].End;
                    yield return new Mention(start, end, document.SurfaceAt(start, end), NodeType.Place, document.Sentences[s].Index, RecognizerName);
                    i = next;
                    continue;
                }
                yield return new Mention(start, end, document.SurfaceAt(start, end), m.Entry.Type, document.Sentences[s].Index, RecognizerName, m.Entry.Canonical);
                i += m.Length - 1;
            }
        }
    }

    // A word that may be part of a personal name: not a weekday, month or other word never in one ("Prabowo Senin").
    private static bool NameNeighbour(NameShapes shapes, IReadOnlyList<NameToken> tokens, int j) =>
        shapes.IsPersonalNameWord(tokens, j) && !shapes.Resources.NotPerson.ContainsKey(tokens[j].Text.ToLowerInvariant());
}
