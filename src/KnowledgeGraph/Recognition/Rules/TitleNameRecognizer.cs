using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// A person named with a title: "Menteri Pertahanan AS Lloyd Austin", "Sekretaris Jenderal
/// Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg", "Juru Bicara Kremlin, Dmitry
/// Peskov", and the name-first form "Dmitry Peskov, Juru Bicara Kremlin". Between the title
/// and the name may stand the body the title belongs to (a known name, a cue-headed name, a
/// parenthesis) and another title. A title with no name after it names no one. A unit head's
/// title names the unit too: "Kapolda Sulawesi Selatan Irjen X" → the organisation Polda
/// Sulawesi Selatan, over the words after the title (recognition/title-units.tsv).
/// </summary>
public sealed class TitleNameRecognizer(NameShapes shapes) : IMentionRecognizer
{
    public const string RecognizerName = "title";

    /// <summary>Recognizer of the units named by their head's title; these outrank a list's place of the same words.</summary>
    public const string UnitRecognizerName = "unit";

    public IEnumerable<Mention> Recognize(Document document)
    {
        var all = SentenceTokens.Of(document);
        HashSet<string>? regionWords = null;
        // Titles the article has given to a person so far, with that person ("" once two people held one).
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            int lastEnd = -1;
            for (int i = 0; i < tokens.Count; i++)
            {
                int len = shapes.TitleAt(tokens, i);
                if (len == 0) continue;
                if (shapes.UnitNameAt(tokens, i + len) is { } unit)
                {
                    int us = tokens[i + len].Start, ue = tokens[i + len + unit.Length - 1].End;
                    yield return new Mention(us, ue, unit.Unit + " " + document.SurfaceAt(us, ue), unit.Type,
                        document.Sentences[s].Index, UnitRecognizerName);
                }
                int j = SkipQualifiers(tokens, SkipPortfolio(tokens, i, len));
                if (j < tokens.Count && tokens[j].Text == "," && j > i + len) j++;
                int n = shapes.NameAt(tokens, j, afterTitle: true);
                if (n == 0 && j < tokens.Count && Initials(tokens, j) && shapes.NameAt(tokens, j + 1, afterTitle: true) is > 0 and var rest) n = 1 + rest;
                // "Bupati Morotai Rusli Sibua": the region's name before the person's.
                if (n >= 3 && j == i + len && IsRegionalTitle(tokens, i, len) && (regionWords ??= RegionWords(all)).Contains(tokens[j].Text))
                {
                    j++;
                    n--;
                }
                // Ordinary words may be part of a name after a title ("Budi Santoso"), not all of it ("Kepala Biro Humas").
                // Words that are mostly given names ("Ali", "Budi") are no ordinary words here ("Gubernur Sultra Ali Rahman").
                // After a rank ("Irjen Sari Dewi") they are the name all the same.
                // Unless they end the name of the one the article gave the title to ("Walikota I Gusti Ngurah Jaya Negara ...
                // Walikota Jaya Negara").
                if (n > 0 && Enumerable.Range(j, n).All(k => !tokens[k].IsWord || OrdinaryWord(tokens[k].Text.ToLowerInvariant()))
                    && !shapes.Resources.RankTitles.Contains(TitleKey(tokens, i, len)) && !EndsHoldersName(holders, tokens, i, len, j, n)) n = 0;
                // Name before the title: "Dmitry Peskov, Juru Bicara Kremlin" (not when a name follows the title).
                if (n == 0 && i >= 2 && tokens[i - 1].Text == ",")
                {
                    int first = shapes.NameEndingAt(tokens, i - 2);
                    if (first >= 0 && tokens[first].Start > lastEnd && (first > 0 || i - 2 > first))
                    {
                        yield return Make(document, s, tokens, first, i - 2);
                        lastEnd = tokens[i - 2].End;
                    }
                }
                // "Komandan Lanal (Danlanal) Kotabaru Letkol Laut (P) X": a word before another title that
                // has a name of its own is the unit's place, and the name is the second title's.
                if (n == 1 && j + n < tokens.Count && shapes.TitleAt(tokens, j + n) is > 0 and var next
                    && shapes.NameAt(tokens, SkipQualifiers(tokens, j + n + next), afterTitle: true) > 0)
                {
                    i = j + n - 1;
                    continue;
                }
                // "Dirjen Minerba Kementerian ESDM Bambang Gatot Aryono": a word before a listed body that a name
                // follows is the office's field, and the name is the holder's.
                if (n == 1 && j + n < tokens.Count && shapes.Gazetteer.LongestAt(tokens, j + n) is { Entry.Type: NodeType.Organization } body
                    && SkipQualifiers(tokens, j + n + body.Length) is var nameAt && shapes.NameAt(tokens, nameAt, afterTitle: true) is > 0 and var named)
                    (j, n) = (nameAt, named);
                // "Menko Polhukam Mohammad Mahfud MD": a listed person's name that starts inside the name and runs past it
                // ends it, so the title said alone later goes to the same person.
                for (int k = j + 1; n > 0 && k < j + n; k++)
                    if (shapes.Gazetteer.LongestAt(tokens, k) is { Entry.Type: NodeType.Person } listed && k + listed.Length > j + n)
                    {
                        n = k + listed.Length - j;
                        break;
                    }
                if (n > 0)
                {
                    // "Habib Sutarjo", "Syekh Marzuki": one known by a single name keeps the religious honorific before it.
                    int from = j;
                    for (int k = i; k < j && n == 1; k++)
                        if (shapes.TitleAt(tokens, k) == j - k && shapes.Resources.NamingTitles.Contains(TitleKey(tokens, k, j - k))) { from = k; break; }
                    var person = Make(document, s, tokens, from, j + n - 1);
                    yield return person;
                    // Every title said of the person, back over the capitalised chain before this one
                    // ("Wakil Kepala Kepolisian Daerah (Wakapolda) Maluku, Brigadir Jenderal X").
                    int chain = i;
                    while (chain > 0 && tokens[chain - 1].Start > lastEnd && (!tokens[chain - 1].IsWord || tokens[chain - 1].IsCapitalised)
                           && tokens[chain - 1].Text is not ("." or ";" or ":" or "\"" or "\u201c" or "\u201d")) chain--;
                    for (int k = chain; k < j; k++)
                        if (shapes.TitleAt(tokens, k) is > 0 and var t)
                        {
                            var key = TitleKey(tokens, k, t);
                            holders.TryGetValue(key, out var had);
                            holders[key] = had is null || had == person.Surface ? person.Surface : "";
                        }
                    lastEnd = tokens[j + n - 1].End;
                    i = j + n - 1;
                }
                // "... kata Wakapolda": a title alone, after the article gave it to one person, is that person.
                else if (j == i + len && tokens[i].Start > lastEnd && holders.TryGetValue(TitleKey(tokens, i, len), out var holder) && holder.Length > 0
                         && SaysOrDoes(tokens, i, len))
                {
                    int start = tokens[i].Start, end = tokens[i + len - 1].End;
                    yield return new Mention(start, end, document.SurfaceAt(start, end), NodeType.Person, document.Sentences[s].Index, RecognizerName, holder);
                    i += len - 1;
                }
                else i += len - 1;
            }
        }
    }

    // A title in a speaker's or doer's place: after a speech verb or a passive verb ("kata Wakapolda",
    // "disampaikan Wakapolda") or before a verb ("Wakapolda menjelaskan"). Elsewhere ("audiensi dengan
    // Mendagri") it is talked about, and a title alone is no mention of the person.
    private bool SaysOrDoes(IReadOnlyList<NameToken> tokens, int i, int len)
    {
        var res = shapes.Resources;
        if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalised)
        {
            var before = tokens[i - 1].Text.ToLowerInvariant();
            if (res.SpeechWords.Contains(before) || res.Morphology.IsClass(before, "passive")) return true;
        }
        int after = i + len;
        return after < tokens.Count && tokens[after].IsWord && !tokens[after].IsCapitalised
               && (res.Morphology.IsClass(tokens[after].Text.ToLowerInvariant(), "active") || res.SpeechWords.Contains(tokens[after].Text.ToLowerInvariant()));
    }

    private static bool EndsHoldersName(Dictionary<string, string> holders, IReadOnlyList<NameToken> tokens, int i, int len, int j, int n)
    {
        if (!holders.TryGetValue(TitleKey(tokens, i, len), out var holder) || holder.Length == 0) return false;
        var words = string.Join(' ', Enumerable.Range(j, n).Select(k => tokens[k].Text));
        return holder.Length > words.Length && holder.EndsWith(" " + words, StringComparison.Ordinal);
    }

    private static string TitleKey(IReadOnlyList<NameToken> tokens, int i, int len) =>
        string.Join(' ', Enumerable.Range(i, len).Select(k => tokens[k].Text.ToLowerInvariant()));

    private bool IsRegionalTitle(IReadOnlyList<NameToken> tokens, int i, int len) =>
        shapes.Resources.RegionalTitles.Contains(TitleKey(tokens, i, len));

    // Capitalised words that stand right after another capitalised word that is no title
    // ("Pulau Morotai", "KPU Morotai"): words that name a place or a body somewhere in the article.
    private HashSet<string> RegionWords(SentenceTokens all)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            for (int k = 1; k < tokens.Count; k++)
                if (tokens[k].IsWord && tokens[k].IsCapitalised && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalised
                    && tokens[k - 1].End + 1 == tokens[k].Start && shapes.TitleAt(tokens, k - 1) == 0 && (k < 2 || shapes.TitleAt(tokens, k - 2) < 2))
                    words.Add(tokens[k].Text);
        }
        return words;
    }

    // "Menteri Komunikasi X", "Kepala Protokol Negara X": after a title that takes its office's domain, the
    // ordinary capitalised words that are no given name, up to a name, belong to the title.
    public int SkipPortfolio(IReadOnlyList<NameToken> tokens, int title, int len)
    {
        int j = title + len;
        var phrase = string.Join(' ', tokens.Skip(title).Take(len).Select(t => t.Text.ToLowerInvariant()));
        bool portfolio = shapes.Resources.PortfolioTitles.Contains(phrase);
        int k = j;
        while (portfolio && k < tokens.Count && k - j < 3 && PortfolioWord(tokens, k)) k++;
        // "Menteri Pendidikan dan Kebudayaan X": a joiner between two domains keeps the portfolio going.
        if ((k > j || len > 1) && k + 1 < tokens.Count && shapes.Resources.NameJoiners.Contains(tokens[k].Text) && PortfolioWord(tokens, k + 1))
            for (k++; k < tokens.Count && PortfolioWord(tokens, k);) k++;
        // "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung X": the body and short forms may follow the domain.
        return k > j && (shapes.NameAt(tokens, k, afterTitle: true) > 0 || SkipQualifiers(tokens, k) is var q && q > k && shapes.NameAt(tokens, q, afterTitle: true) > 0) ? k : j;
    }

    private bool PortfolioWord(IReadOnlyList<NameToken> tokens, int k) =>
        tokens[k] is { IsWord: true, IsCapitalised: true, IsAcronym: false } w
        && shapes.Gazetteer.LongestAt(tokens, k) is null && shapes.Resources.IsCommon(w.Text.ToLowerInvariant())
        && !shapes.Resources.IsGivenNameWord(w.Text.ToLowerInvariant());

    /// <summary>Skips what may stand between a title and a name; returns the next token index.</summary>
    public int SkipQualifiers(IReadOnlyList<NameToken> tokens, int j)
    {
        for (int guard = 0; guard < 6 && j < tokens.Count; guard++)
        {
            if (guard == 0 && shapes.UnitNameAt(tokens, j) is { } unit)
            {
                j += unit.Length;
                // "Kapolsek Sukamaju, Iptu X": the rank after the unit's comma leads to the name.
                if (j + 1 < tokens.Count && tokens[j].Text == "," && shapes.TitleAt(tokens, j + 1) > 0) j++;
                continue;
            }
            // "Jend. Pol. (Purn)": the period of a rank or service written short belongs to it; one closing the
            // sentence does not ("..., ucap Gubernur.").
            if (tokens[j].Text == "." && j + 1 < tokens.Count && shapes.AbbreviatedTitleEndsAt(tokens, j - 1)) { j++; continue; }
            if (shapes.IsRankQualifier(tokens, j)) { j++; continue; }
            if (tokens[j].Text == "(" && j + 2 < tokens.Count && tokens[j + 2].Text == ")" && shapes.IsRankQualifier(tokens, j + 1)) { j += 3; continue; }
            if (tokens[j].Text == "(")
            {
                int close = j + 1;
                while (close < tokens.Count && close - j < 8 && tokens[close].Text != ")") close++;
                if (close < tokens.Count && tokens[close].Text == ")") { j = close + 1; continue; }
                break;
            }
            // "AKP MA Irawan": capitals right after a rank and before a name are the initials the name opens with,
            // though a list knows a body by those letters; a rank stands right before its holder's name.
            if (Initials(tokens, j)) break;
            var listed = shapes.Gazetteer.LongestAt(tokens, j);
            if (listed is { } g && g.Entry.Type != NodeType.Person) { j += g.Length; continue; }
            // "Duta Besar Malaysia untuk Indonesia X": the country of the posting belongs to the title.
            if (guard > 0 && j + 1 < tokens.Count && tokens[j].IsWord && shapes.Resources.PostingWords.Contains(tokens[j].Text.ToLowerInvariant())
                && shapes.Gazetteer.LongestAt(tokens, j + 1) is { Entry.Type: NodeType.Place } posted)
            { j += 1 + posted.Length; continue; }
            if (shapes.CueNameAt(tokens, j) is { } c) { j += c.Length; continue; }
            int t = shapes.TitleAt(tokens, j);
            if (t > 0) { j += t; continue; }
            // "Wakil Presiden AS JD Vance": letters opening a listed person's name are the name, not a body's short form.
            if (tokens[j].IsAcronym && listed is null) { j++; continue; }
            // "Kepala Sekretaris Pers Kepresidenan Yoon Young Chan": the office's domain, not the name.
            // A listed person's name is never such a word, however it is spelled ("Megawati" reads as me-gawat-i).
            if (listed is null && shapes.IsDerivedCommonWord(tokens[j]) && shapes.NameAt(tokens, j + 1, afterTitle: true) > 0) { j++; continue; }
            break;
        }
        return j;
    }

    private const int MaxInitials = 3;

    private bool Initials(IReadOnlyList<NameToken> tokens, int j) =>
        tokens[j].IsAcronym && tokens[j].Text.Length <= MaxInitials
        && j > 0 && (shapes.Resources.RankTitles.Contains(tokens[j - 1].Text.ToLowerInvariant()) || shapes.IsRankQualifier(tokens, j - 1))
        && j + 1 < tokens.Count && tokens[j + 1] is { IsWord: true, IsCapitalised: true, IsAcronym: false } && tokens[j].End < tokens[j + 1].Start;

    private bool OrdinaryWord(string lower) => shapes.Resources.IsCommon(lower) && !shapes.Resources.PersonNameWords.Contains(lower);

    private static Mention Make(Document d, int s, IReadOnlyList<NameToken> tokens, int first, int last)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        return new Mention(start, end, d.SurfaceAt(start, end), NodeType.Person, d.Sentences[s].Index, RecognizerName);
    }
}
