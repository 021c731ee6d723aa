using System.Buffers;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// The parties of a crime or an attack said in place of a name. Police statements name a suspect or a
/// victim once ("pelaku berinisial SA", "korban bernama Adi", "Adi menjadi korban") and then speak of
/// "pelaku" and "korban"; a later "Efendi menembak pelaku" is Efendi shooting SA. A party's word names
/// its holder only when the article names one person in that part; several ("kedua korban") or another
/// ("korban lainnya") name no one. The mention made for the word reads like a title said without a name
/// (<see cref="OfficeHolders"/>): the word as its surface, the holder's name as its canonical hint, so it
/// is neither an alias of the person nor a target of what someone says. Words: recognition/case-roles.tsv.
/// </summary>
public sealed class CaseRoles(NameShapes shapes)
{
    public const string RecognizerName = "case-role";

    /// <summary>Initials written again after the article gave them to a person: the person, but a retelling of what was told.</summary>
    public const string RepeatedInitialsName = "repeated-initials";

    /// <summary>
    /// Whether the mention only retells a party already told (a party's word, initials written again), so that
    /// it picks out no happening of its own: "RD membacok korban" retells the fight the article named.
    /// </summary>
    public static bool Retells(Mention m) => m.Recognizer is RecognizerName or RepeatedInitialsName;

    // The most tokens between a party's word and the name that tells who holds it.
    private const int MaxNamingGap = 12;

    /// <summary>Adds a mention of its holder at each party's word said without a name.</summary>
    public void Apply(Document document)
    {
        var words = shapes.Resources.CaseRoles;
        if (words.Count == 0 || document.Mentions.Count == 0) return;
        RepeatInitials(document);
        // Only sentences with a party's word are worth cutting into tokens: most articles have none.
        var withParty = OfficeHolders.SentencesWith(document, PartyWords);
        if (withParty.Count == 0) return;
        // Each part's holders by a key that a doubled letter does not change ("Rabbial" / "Rabial"), with the name first given.
        var holders = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (tokens, at, _) in OfficeHolders.Sentences(document, everyOne: false, withParty.Contains))
            for (int t = 0; t < tokens.Count; t++)
                if (Party(tokens, t, withClitic: true) is { } part && Holder(tokens, at, t) is { } person)
                {
                    var set = holders.TryGetValue(part, out var known) ? known : holders[part] = new(StringComparer.Ordinal);
                    var name = person.Canonical ?? person.Surface;
                    set.TryAdd(SpellingKey(name), name);
                    // "Kedua pelaku bernama A dan B": a part said of several is nobody's alone.
                    if (Several(tokens, t)) set.TryAdd("", "");
                }
        if (holders.Count == 0) return;

        var added = new List<Mention>();
        foreach (var (tokens, at, sentence) in OfficeHolders.Sentences(document, everyOne: true, withParty.Contains))
            for (int t = 0; t < tokens.Count; t++)
            {
                if (at[t] is not null || Party(tokens, t) is not { } part || !holders.TryGetValue(part, out var named) || named.Count != 1) continue;
                if (!SaidAlone(tokens, at, t)) continue;
                added.Add(new Mention(tokens[t].Start, tokens[t].End, tokens[t].Text, NodeType.Person, sentence, RecognizerName, named.Values.First()));
            }
        if (added.Count > 0) document.AddMentions(added);
    }

    // "berinisial RD ... Tersangka RD kemudian membacok korban": initials the article gave a person once stand
    // for that person wherever they are written again, though capitals alone read as a body's acronym.
    private static void RepeatInitials(Document document)
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
            if (m is { Type: NodeType.Person, Recognizer: CapitalizedNameRecognizer.CueRecognizerName } && IsInitials(m.Surface)) initials.Add(m.Surface);
        if (initials.Count == 0) return;
        var added = new List<Mention>();
        foreach (var (tokens, at, sentence) in OfficeHolders.Sentences(document, everyOne: true))
            for (int t = 0; t < tokens.Count; t++)
                if (at[t] is null && tokens[t].IsWord && initials.Contains(tokens[t].Text))
                    added.Add(new Mention(tokens[t].Start, tokens[t].End, tokens[t].Text, NodeType.Person, sentence, RepeatedInitialsName));
        if (added.Count > 0) document.AddMentions(added);
    }

    // The name in lower case with doubled letters written once: one person spelled twice in one report.
    private static string SpellingKey(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsInitials(string surface) => surface.Length is >= 2 and <= 4 && surface.All(char.IsAsciiLetterUpper);

    // The sentences whose text holds a party's word (as a word's start, any case).
    private SearchValues<string> PartyWords => _partyWords ??= SearchValues.Create(
        [.. shapes.Resources.CaseRoles.Keys.Where(w => Role(w) is not null)], StringComparison.OrdinalIgnoreCase);
    private SearchValues<string>? _partyWords;

    // The part the word at token t stands for (perpetrator, victim), or null; with a pronoun clitic
    // too ("korbannya") where a name is given to it.
    private string? Party(IReadOnlyList<NameToken> tokens, int t, bool withClitic = false)
    {
        if (!tokens[t].IsWord) return null;
        var lower = tokens[t].Text.ToLowerInvariant();
        if (withClitic && shapes.Resources.Morphology.WithoutClitic(lower) is { } stem && Role(stem) is { } owned) return owned;
        return Role(lower);
    }

    private string? Role(string lower) => shapes.Resources.CaseRoles.GetValueOrDefault(lower) is { } part && part is "perpetrator" or "victim" ? part : null;

    private string? Kind(IReadOnlyList<NameToken> tokens, int k) =>
        k >= 0 && k < tokens.Count && tokens[k].IsWord ? shapes.Resources.CaseRoles.GetValueOrDefault(tokens[k].Text.ToLowerInvariant()) : null;

    // Whether the party's word at token t is said of more than one: "kedua pelaku", or with a counting word
    // between the number and the word ("dua orang pelaku").
    private bool Several(IReadOnlyList<NameToken> tokens, int t) =>
        Kind(tokens, t - 1) == "several" || Kind(tokens, t - 1) == "classifier" && Kind(tokens, t - 2) == "several";

    // The person the party's word at token t is given to in its sentence: the name right after it
    // ("tersangka RD"), the name after a naming word and the titles before that name ("korbannya adalah
    // Kapolsek X Kompol Efendi"), or the name before "menjadi" ("Adi menjadi korban"); null when none.
    private Mention? Holder(IReadOnlyList<NameToken> tokens, Mention?[] at, int t)
    {
        if (t + 1 < tokens.Count && at[t + 1] is { Type: NodeType.Person } next) return next;
        if (Kind(tokens, t - 1) == "becomes")
        {
            for (int k = t - 2; k >= 0; k--)
            {
                if (Party(tokens, k) is not null) return null;
                if (at[k] is { Type: NodeType.Person } before) return before;
            }
            return null;
        }
        int cue = -1;
        for (int k = t + 1; k < tokens.Count && k <= t + MaxNamingGap; k++)
        {
            if (Party(tokens, k) is not null) return null;
            if (at[k] is { Type: NodeType.Person } person) return cue >= 0 ? person : null;
            if (Kind(tokens, k) == "names") { cue = k; continue; }
            // After the naming word only the titles and bodies of the name it gives.
            if (cue >= 0 && !(tokens[k].IsWord && tokens[k].IsCapitalised || at[k] is not null)) cue = -1;
        }
        return null;
    }

    // Whether the party's word at token t is said in place of its holder's name: not naming anyone there,
    // and not made several or another by the words beside it.
    private bool SaidAlone(IReadOnlyList<NameToken> tokens, Mention?[] at, int t)
    {
        var before = t > 0 ? tokens[t - 1].Text : "";
        if (Several(tokens, t) || shapes.Resources.NotHolderBefore.Contains(before) || before == "-") return false;
        if (t + 1 >= tokens.Count) return true;
        var after = tokens[t + 1];
        if (Kind(tokens, t + 1) is "names" or "another" || after.Text == "-" || at[t + 1] is not null || after.IsWord && after.IsCapitalised) return false;
        return true;
    }
}
