using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Capitalised names typed by their context: a cue head word types the name it starts
/// ("Kementerian Luar Negeri Thailand" → Organization, "Laut Hitam" → Place), and a name
/// right next to a speech verb or before an age in brackets is a person ("kata Hasyim",
/// "Febri Diansyah mengatakan", "Alpin Andria (24)"), and so are both names an alias word joins.
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
            // "Alpin Andria (24)": news gives a person's age in brackets after the name, which
            // outweighs a list that holds the name's last word as a town.
            // "Juhanda alias Jo": both sides of an alias word are names of one person.
            for (int k = 1; k < tokens.Count; k++)
            {
                // "seorang terduga berinisial AR (30)": news names suspects and victims by their initials.
                if (InitialsAt(tokens, k) && shapes.Resources.InitialCues.Contains(tokens[k - 1].Text.ToLowerInvariant()))
                {
                    yield return Make(document, s, tokens, k, k, NodeType.Person, CueRecognizerName);
                    continue;
                }
                // "kedua anak perempuannya, FS, 12 tahun": initials in a list or after a comma, with an age, are a person.
                if (InitialsAt(tokens, k) && (tokens[k - 1].Text == "," || tokens[k - 1] is { IsWord: true, IsCapitalised: false } before && char.IsLetter(before.Text[0]))
                    && (AgeAt(tokens, k + 1) || AgeWordsAt(tokens, k + 1)) && shapes.Gazetteer.LongestAt(tokens, k) is null)
                {
                    yield return Make(document, s, tokens, k, k, NodeType.Person, CueRecognizerName);
                    continue;
                }
                // "Polisi menangkap tersangka Jin": after a word for the perpetrator written inside a sentence, capitalised
                // words are the perpetrator's name even when they are also ordinary words, as after a title.
                if (tokens[k - 1] is { IsWord: true, IsCapitalised: false } role
                    && shapes.Resources.CaseRoles.GetValueOrDefault(role.Text.ToLowerInvariant()) == "perpetrator"
                    && shapes.Gazetteer.LongestAt(tokens, k) is null && shapes.NameAt(tokens, k, afterTitle: true) is > 0 and var called)
                {
                    yield return Make(document, s, tokens, k, k + called - 1, NodeType.Person, CueRecognizerName);
                    k += called - 1;
                    continue;
                }
                if (AgeAt(tokens, k) && shapes.PersonalNameBefore(tokens, k) is >= 0 and var first)
                    yield return Make(document, s, tokens, first, k - 1, NodeType.Person, CueRecognizerName);
                else if (tokens[k].IsWord && !tokens[k].IsCapitalised && shapes.Resources.AliasWords.Contains(tokens[k].Text.ToLowerInvariant())
                         && shapes.PersonalNameBefore(tokens, k) is >= 0 and var named && shapes.NameAt(tokens, k + 1) is > 0 and var n)
                {
                    yield return Make(document, s, tokens, named, k - 1, NodeType.Person, CueRecognizerName);
                    yield return Make(document, s, tokens, k + 1, k + n, NodeType.Person, CueRecognizerName);
                }
            }
            for (int i = 0; i < tokens.Count; i++)
            {
                if (shapes.CueNameAt(tokens, i) is { } cue)
                {
                    yield return Make(document, s, tokens, i, i + cue.Length - 1, cue.Type, CueRecognizerName);
                    i += cue.Length - 1;
                    continue;
                }
                // "geng Gran Grif", "kelompok bersenjata Zorgan": a lower-case noun of a kind of body types the
                // unknown name right after it.
                if (i + 1 < tokens.Count && BodyCueEndsAt(tokens, i) && shapes.Gazetteer.LongestAt(tokens, i + 1) is null && shapes.NameAt(tokens, i + 1) is > 0 and var named)
                {
                    yield return Make(document, s, tokens, i + 1, i + named, NodeType.Organization, CueRecognizerName);
                    i += named;
                    continue;
                }
                int n = shapes.NameAt(tokens, i);
                // "Didik mengatakan, ...": a usual given name that is an ordinary word too ("didik") names a person
                // right before a speech verb, even opening a sentence.
                if (n == 0 && GivenNameBeforeSpeech(tokens, i, speech)) n = 1;
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

    // A capitalised word the name lists hold as mostly a given name, followed by a lower-case speech verb.
    private bool GivenNameBeforeSpeech(IReadOnlyList<NameToken> tokens, int i, IReadOnlySet<string> speech) =>
        i + 1 < tokens.Count && tokens[i] is { IsWord: true, IsCapitalised: true, IsAcronym: false } t
        && shapes.Resources.PersonNameWords.Contains(t.Text.ToLowerInvariant()) && shapes.Resources.IsGivenNameWord(t.Text.ToLowerInvariant())
        && tokens[i + 1] is { IsWord: true, IsCapitalised: false } verb && speech.Contains(verb.Text.ToLowerInvariant());

    // Whether a lower-case cue of a kind of body that names (recognition/context-cues.tsv, column "names") ends at token k.
    private bool BodyCueEndsAt(IReadOnlyList<NameToken> tokens, int k)
    {
        var cues = shapes.Resources.ContextCues;
        var naming = shapes.Resources.NamingContextCues;
        if (!tokens[k].IsWord || tokens[k].IsCapitalised) return false;
        var word = tokens[k].Text.ToLowerInvariant();
        if (naming.Contains(word) && cues.GetValueOrDefault(word) == NodeType.Organization) return true;
        // Most words end no cue of two words: only for those that do is the pair made and looked up.
        if (k == 0 || !tokens[k - 1].IsWord || tokens[k - 1].IsCapitalised || !SecondWords.Contains(word)) return false;
        var two = tokens[k - 1].Text.ToLowerInvariant() + " " + word;
        return naming.Contains(two) && cues.GetValueOrDefault(two) == NodeType.Organization;
    }

    private HashSet<string> SecondWords => _secondWords ??= shapes.Resources.NamingContextCues
        .Where(c => c.Contains(' ')).Select(c => c[(c.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _secondWords;

    // A person's initials at token k: two to four capitals written as one word ("AR", "KWN").
    private static bool InitialsAt(IReadOnlyList<NameToken> tokens, int k) =>
        tokens[k] is { IsWord: true, IsAcronym: true } t && t.Text.Length is >= 2 and <= 4 && t.Text.All(char.IsAsciiLetterUpper)
        && tokens[k - 1].End < t.Start;

    // "(24)" at token k: a bracketed number of one or two digits, as an age is written.
    private static bool AgeAt(IReadOnlyList<NameToken> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Text == "(" && tokens[k + 2].Text == ")"
        && tokens[k + 1].Text.Length <= 2 && tokens[k + 1].Text.All(char.IsAsciiDigit) && tokens[k].Start == tokens[k - 1].End + 1;

    // ", 12 tahun" at token k: a comma, a number of one or two digits and a word for years.
    private bool AgeWordsAt(IReadOnlyList<NameToken> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Text.Length <= 2 && tokens[k + 1].Text.All(char.IsAsciiDigit)
        && shapes.Resources.AgeWords.Contains(tokens[k + 2].Text.ToLowerInvariant());

    private static Mention Make(Document d, int s, IReadOnlyList<NameToken> tokens, int first, int last, NodeType type, string recognizer)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        return new Mention(start, end, d.SurfaceAt(start, end), type, d.Sentences[s].Index, recognizer);
    }
}
