using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Recognition;

/// <summary>
/// Combines the mentions of several recognizers into one set without overlaps. Recognizers
/// are ranked (units named by their head's title, gazetteer and cue-headed names, then title patterns, then the statistical
/// tagger, then plain capitalisation); within a rank the longer span wins, then the earlier.
/// A span is taken when none of its characters is taken yet, so the result is deterministic
/// and costs a sort plus one pass over the text.
/// </summary>
public sealed class MentionMerger
{
    private readonly Dictionary<string, int> _rank;
    private readonly Func<string, bool>? _givenName;

    /// <param name="recognizersByPriority">Recognizer names, best first; names of one rank joined by '|'.</param>
    /// <param name="givenName">Whether a lower-case word may be a given name in the article's language; without it a listed person's name always wins over a longer titled one.</param>
    public MentionMerger(IReadOnlyList<string> recognizersByPriority, Func<string, bool>? givenName = null)
    {
        _givenName = givenName;
        _rank = new(StringComparer.Ordinal);
        for (int i = 0; i < recognizersByPriority.Count; i++)
            foreach (var name in recognizersByPriority[i].Split('|')) _rank[name] = i;
    }

    private static readonly string[] Ranks = ["unit", "gazetteer|cue", "title", "ner", "capitalized"];

    public static MentionMerger Default { get; } = new(Ranks);

    /// <summary>The default ranks, telling given names by the language's words (see <see cref="DropListedTails"/>).</summary>
    public static MentionMerger ForLanguage(Func<string, bool> givenName) => new(Ranks, givenName);

    public List<Mention> Merge(IEnumerable<Mention> mentions, int textLength)
    {
        var candidates = mentions.Where(m => m.End > m.Start && m.Start >= 0 && m.End <= textLength).ToList();
        DropListedTails(candidates);
        DropCuesInsideListed(candidates);
        candidates.Sort((a, b) =>
        {
            int c = Rank(a).CompareTo(Rank(b));
            if (c != 0) return c;
            c = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (c != 0) return c;
            c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : string.CompareOrdinal(a.Recognizer, b.Recognizer);
        });
        var taken = new bool[textLength];
        var result = new List<Mention>();
        foreach (var m in candidates)
        {
            bool free = true;
            for (int i = m.Start; i < m.End && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = m.Start; i < m.End; i++) taken[i] = true;
            result.Add(m);
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // "Ibu Negara Ani Rahayu Budi Santoso": a person named after a title, with given names before a listed
    // person's full name, is another person (a wife named with her husband's name, a son with his
    // father's); the listed name inside hers is not a mention of its own. So is a one-word listed name
    // after given names ("Menteri Rudi Santoso" when "Santoso" is listed). Ordinary words there
    // ("Sekretaris Kabinet X") are the rest of the title, and the listed name stands.
    private void DropListedTails(List<Mention> candidates)
    {
        if (_givenName is null) return;
        var titled = new Dictionary<int, Mention>();
        foreach (var m in candidates)
            if (m.Type == NodeType.Person && m.Recognizer == Rules.TitleNameRecognizer.RecognizerName
                && (!titled.TryGetValue(m.End, out var other) || m.Start < other.Start))
                titled[m.End] = m;
        if (titled.Count == 0) return;
        candidates.RemoveAll(m => m.Type == NodeType.Person && m.Recognizer == Rules.GazetteerRecognizer.RecognizerName
            && titled.TryGetValue(m.End, out var longer) && longer.Start < m.Start && GivenNames(longer.Surface[..(m.Start - longer.Start)]));
        // "Mayjen TNI Ali Hamdan Bogra": a listed town a titled name took in as one of its words is no place there.
        var spans = titled.Values.OrderBy(t => t.Start).ToList();
        var starts = spans.Select(t => t.Start).ToArray();
        candidates.RemoveAll(m => m.Type == NodeType.Place && m.Recognizer == Rules.GazetteerRecognizer.RecognizerName && Inside(spans, starts, m));
        // "AKP MA Irawan": initials opening a titled name are no body's short form there.
        var byStart = spans.GroupBy(t => t.Start).ToDictionary(g => g.Key, g => g.Max(t => t.End));
        candidates.RemoveAll(m => m.Type is NodeType.Organization or NodeType.Place && m.Recognizer == Rules.GazetteerRecognizer.RecognizerName
            && m.Surface.All(char.IsUpper) && byStart.TryGetValue(m.Start, out int end) && end > m.End);
    }

    // "Menteri Pertahanan Amerika Serikat Lloyd Austin": a head word that ends a listed name ("Serikat" of
    // "Amerika Serikat") opens no name of its own there; a cue-headed name starting inside a listed one and
    // running past it is dropped, so the listed name stands. One holding a listed name whole
    // ("Universitas Indonesia") is another matter and stays.
    private static void DropCuesInsideListed(List<Mention> candidates)
    {
        var listed = candidates.Where(m => m.Recognizer == Rules.GazetteerRecognizer.RecognizerName).OrderBy(m => m.Start).ToList();
        if (listed.Count == 0) return;
        var starts = listed.Select(m => m.Start).ToArray();
        candidates.RemoveAll(m =>
        {
            if (m.Recognizer != Rules.CapitalizedNameRecognizer.CueRecognizerName) return false;
            int k = Array.BinarySearch(starts, m.Start);
            k = k < 0 ? ~k - 1 : k - 1;
            for (int j = k; j >= 0 && j > k - 4; j--)
                if (listed[j].Start < m.Start && m.Start < listed[j].End && listed[j].End < m.End) return true;
            return false;
        });
    }

    // Whether a titled person's name holds the mention, with words of its own beside it. The titled names are
    // sorted by start and hardly overlap: the ones starting last before the mention are the only ones to look at.
    private static bool Inside(List<Mention> spans, int[] starts, Mention m)
    {
        int k = Array.BinarySearch(starts, m.Start);
        k = k < 0 ? ~k - 1 : k;
        for (int j = k; j >= 0 && j > k - 4; j--)
            if (spans[j].Start <= m.Start && m.End <= spans[j].End && spans[j].End - spans[j].Start > m.End - m.Start) return true;
        return false;
    }

    private bool GivenNames(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && _givenName!(w.ToLowerInvariant()));
    }

    private int Rank(Mention m) => m.Type == NodeType.Event ? -1 : _rank.GetValueOrDefault(m.Recognizer, _rank.Count);
}
