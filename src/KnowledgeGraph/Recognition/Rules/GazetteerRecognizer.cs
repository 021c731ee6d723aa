using KnowledgeGraph.Language;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Mentions of gazetteer names, each with its canonical name as the hint. A person known by one
/// word ("Santoso") is not found inside a longer personal name ("Ahmad Santoso"): with
/// <paramref name="shapes"/> given, a one-word person match next to another personal-name word is left
/// to the recognizers that read the whole name. A town's name opening a clause right before a
/// listed person's one-word name is that person's given name ("Milan Markovic, yang ..."): the two
/// are one personal name, not a place and the listed person (whose given name differs).
/// </summary>
public sealed class GazetteerRecognizer(Gazetteer gazetteer, IReadOnlySet<string>? compassWords = null, NameShapes? shapes = null,
    IReadOnlySet<string>? directions = null) : IMentionRecognizer
{
    private readonly IReadOnlySet<string> compassWords = compassWords ?? new HashSet<string>();
    private readonly IReadOnlySet<string> directions = directions ?? new HashSet<string>();

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
                // "Karo Penmas Polri": a title that opens with a listed name and runs past it is the title.
                if (shapes is not null && shapes.TitleAt(tokens, i) > m.Length) continue;
                if (m.Length == 1 && m.Entry.Type == NodeType.Person && shapes is not null
                    && (NameNeighbour(shapes, tokens, i - 1) || NameNeighbour(shapes, tokens, i + 1) || InsideName(shapes, tokens, i - 1)
                        || AfterParticle(shapes, tokens, i))) continue;
                // "Kepala Desa Abdul Fatah": a listed body's one-word name right after a personal-name word
                // ends that person's name ("Fatah" the party is not meant).
                if (m.Length == 1 && m.Entry.Type == NodeType.Organization && shapes is not null && !tokens[i].IsAcronym
                    && NameNeighbour(shapes, tokens, i - 1) && !(i + 1 < tokens.Count && tokens[i + 1] is { IsWord: true, IsCapitalised: true })) continue;
                int start = tokens[i].Start, end = tokens[i + m.Length - 1].End;
                int next = i + m.Length;
                if (GivenNameBefore(document, tokens, i, m) is { } person)
                {
                    yield return person with { SentenceIndex = document.Sentences[s].Index };
                    i = next;
                    continue;
                }
                // "Jakarta Selatan", "Darfur Utara": a known place and a compass word name a part of it; after
                // a country only a direction does ("Mali Utara", not "Indonesia Raya").
                if (m.Entry.Type == NodeType.Place && next < tokens.Count && tokens[next].IsWord
                    && (tokens[next].IsCapitalised && m.Entry.Kind != "country" ? compassWords : directions).Contains(tokens[next].Text.ToLowerInvariant())
                    && gazetteer.LongestAt(tokens, next) is null)
                {
                    // "Syldavia utara", "Kotabaru timur": in lower case the direction only says which part of the
                    // place is meant; it names no place of its own, and the mention is the place itself.
                    if (!tokens[next].IsCapitalised)
                    {
                        yield return new Mention(start, end, document.SurfaceAt(start, end), m.Entry.Type, document.Sentences[s].Index, RecognizerName, m.Entry.Canonical);
                        i = next;
                        continue;
                    }
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

    /// <summary>
    /// A one-word town or site at the start of a clause (sentence start, after punctuation or a speech
    /// word) followed by a listed person's one-word name: one personal name of the two words, with no
    /// list name, so the resolver does not take it for the listed person. Countries stay places
    /// ("AS Biden" after a title is the country's president).
    /// </summary>
    private Mention? GivenNameBefore(Document document, IReadOnlyList<NameToken> tokens, int i, (int Length, GazetteerEntry Entry) m)
    {
        if (m.Length != 1 || m.Entry.Type != NodeType.Place || m.Entry.Kind == "country" || i + 1 >= tokens.Count) return null;
        var next = tokens[i + 1];
        if (!next.IsWord || !next.IsCapitalised || next.IsAcronym || tokens[i].IsAcronym || next.Start != tokens[i].End + 1) return null;
        if (gazetteer.LongestAt(tokens, i + 1) is not { Length: 1, Entry.Type: NodeType.Person }) return null;
        if (i > 0 && tokens[i - 1].IsWord && !(shapes?.Resources.SpeechWords.Contains(tokens[i - 1].Text.ToLowerInvariant()) ?? false)) return null;
        int start = tokens[i].Start, end = next.End;
        return new Mention(start, end, document.SurfaceAt(start, end), NodeType.Person, 0, RecognizerName);
    }

    // A word that may be part of a personal name: not a weekday, month or other word never in one ("Prabowo Senin").
    // "Rudi Ansari Anwar": a capitalised ordinary word after a personal-name word is part of the name
    // too, so the listed one-word name at its end is someone else's.
    private static bool InsideName(NameShapes shapes, IReadOnlyList<NameToken> tokens, int j) =>
        j >= 1 && tokens[j] is { IsWord: true, IsCapitalised: true, IsAcronym: false } t
        && !shapes.Resources.StopWords.Contains(t.Text.ToLowerInvariant()) && NameNeighbour(shapes, tokens, j - 1);

    // "Sari Dewi binti Pratikno": a particle after a name word makes the word after it part of that name.
    private static bool AfterParticle(NameShapes shapes, IReadOnlyList<NameToken> tokens, int i) =>
        i >= 2 && shapes.Resources.NameParticles.ContainsKey(tokens[i - 1].Text) && tokens[i - 2] is { IsWord: true, IsCapitalised: true };

    private static bool NameNeighbour(NameShapes shapes, IReadOnlyList<NameToken> tokens, int j) =>
        shapes.IsPersonalNameWord(tokens, j) && !shapes.Resources.NotPerson.ContainsKey(tokens[j].Text.ToLowerInvariant());
}
