using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition.Rules;

namespace KnowledgeGraph.Recognition;

/// <summary>
/// Drops or trims merged mentions that the language data says name no such entity:
/// a person that is only a weekday, month, weapon system or vehicle ("Kamis", "Patriot", "HIMARS"),
/// with such words cut off a longer name; a vessel taken for a person ("KRI Bung Sutarjo", "MV ...");
/// a "person" written without a capital letter; an organisation or place that is only a title
/// ("KSAD"), a weapon or vehicle ("Chinook"), a vessel, a common-noun abbreviation ("KTT", "OTT")
/// or a single ordinary word opening a sentence ("Sesekali, ..."), unless the gazetteer lists that name;
/// and a news outlet ("detikcom", "Antara") unless the body cites it as a source ("dilansir
/// Reuters", "kata dia kepada Antara", "Reuters melaporkan"). The words live in
/// recognition/not-person.tsv, titles.tsv, words/common.txt and recognition/source-cues.tsv.
/// A name a lower-case building word opens after a locative widens into the building (<see cref="BuildingNames"/>).
/// </summary>
public sealed class MentionFilter
{
    private const int CueWindow = 3;
    // Datelines open the story within its first lines (after the title, a date stamp, a caption).
    private const int DatelineLines = 8;
    private const int MaxAcronymBracket = 16;
    private const int MaxDegreeLength = 12;
    private const string BlankRun = "   ";
    private readonly LanguageResources _res;
    // Every listed outlet's names → its canonical name.
    private readonly Dictionary<string, string> _outletOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _listed = new(StringComparer.OrdinalIgnoreCase);
    // Listed place names, each with the canonical name of the first place listed under it.
    private readonly Dictionary<string, string> _places = new(StringComparer.OrdinalIgnoreCase);
    // Listed organisation names, each with its canonical name.
    private readonly Dictionary<string, string> _bodies = new(StringComparer.Ordinal);
    private readonly int _longest;
    private readonly BuildingNames _buildings;

    public MentionFilter(LanguageResources resources)
    {
        _res = resources;
        foreach (var e in resources.Gazetteer)
        {
            _listed.Add(e.Canonical);
            foreach (var a in e.Aliases) _listed.Add(a);
            if (e.Type == NodeType.Place)
            {
                _places.TryAdd(e.Canonical, e.Canonical);
                foreach (var a in e.Aliases) _places.TryAdd(a, e.Canonical);
            }
            if (e.Type == NodeType.Organization)
            {
                _bodies.TryAdd(e.Canonical, e.Canonical);
                foreach (var a in e.Aliases) _bodies.TryAdd(a, e.Canonical);
            }
            if (e.Type == NodeType.Organization && e.Kind == "media")
            {
                _outletOf.TryAdd(e.Canonical, e.Canonical);
                foreach (var a in e.Aliases) _outletOf.TryAdd(a, e.Canonical);
            }
        }
        _buildings = new BuildingNames(resources, _places);
        _longest = resources.NotPerson.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    public List<Mention> Apply(Document doc, IEnumerable<Mention> mentions)
    {
        var result = new List<Mention>();
        var all = mentions as IReadOnlyCollection<Mention> ?? mentions.ToList();
        // Names the article writes with a capital inside a sentence, where the capital marks a name.
        var named = new HashSet<string>(all.Where(m => !SentenceInitial(doc, m)).Select(m => m.Surface), StringComparer.OrdinalIgnoreCase);
        var shortForms = HappeningAndTitleAcronyms(doc.Text);
        var titleCased = new Dictionary<int, bool>();
        // Whether each line is a heading, by the line's start: asked for many mentions of one line.
        var headings = new Dictionary<int, bool>();
        HashSet<string>? nameEnds = null;
        HashSet<string>? nameWords = null;
        HashSet<string>? bodyNamed = null;
        HashSet<string>? ranksAsTitles = null;
        string? publisher = null;
        int datelineEnd = -1; // the end of a dateline of several words in capitals taken whole
        foreach (var found in all)
        {
            if (found.Start < datelineEnd) continue;
            // "LEMBAH HIJAU — ...": a dateline of several words in capitals is one place, however its words were read.
            if (found.Type is NodeType.Organization or NodeType.Place && DatelineRun(doc.Text, found) is var (runStart, runEnd) && runEnd > 0)
            {
                datelineEnd = runEnd;
                var run = doc.Text[runStart..runEnd];
                // Unlisted, it is named as a reader writes it ("Lembah Hijau"); a listed one the lists name.
                var title = _listed.Contains(run) ? null : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(run.ToLowerInvariant());
                result.Add(found with { Start = runStart, End = runEnd, Surface = run, Type = NodeType.Place, Canonical = title });
                continue;
            }
            // "Musyawarah Daerah (Musda)", "Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP)": the short name of a
            // happening or of a title names no person, body or place.
            if (shortForms.Count > 0 && shortForms.Contains(found.Surface) && !_listed.Contains(found.Surface)) continue;
            if (IsDegree(doc.Text, found)) continue;
            if (WithoutOpener(doc, BeforeBlank(doc, found)) is not { } opened) continue;
            var m = HeadlineName(doc, opened, titleCased);
            if (OutletShaped(doc, m) && !CitedAsSource(doc.Text, m)) continue;
            // "Disambut Karpet Merah-Peluk Hangat": a title-case headline gives every word a capital; an ordinary word
            // of it that no list knows and the body never writes with one names nothing.
            if (OrdinaryHeadlineWord(doc, m, titleCased, headings) && !(bodyNamed ??= BodyNamed(doc, all, titleCased, headings)).Contains(m.Surface)) continue;
            if (m.Type == NodeType.Person)
            {
                // "Relawan bergabung dalam pencarian": an ordinary word opening a sentence has its capital from there; one
                // the article never writes as a name inside a sentence, and no given name, names no one.
                if (CommonOpener(doc, m) && !named.Contains(m.Surface) && !(nameWords ??= PersonNameWordsOf(all)).Contains(m.Surface)) { }
                // "di jalan Jenderal Sudirman", "di Jl. Ahmad Yani": a person a street, airport or stadium is named after is that place.
                else if (NamedPlaceHeadBefore(doc.Text, m.Start) is int head)
                    result.Add(m with { Start = head, Surface = doc.Text[head..m.End], Type = NodeType.Place, Canonical = null });
                else if (PersonPart(doc, m) is { } kept) result.AddRange(Mates(doc, kept, () => nameEnds ??= NameEnds(all)));
            }
            // "SIGI (Aksi.id) - ...": a word in capitals opening the story's dateline is where it was filed.
            else if (m.Type == NodeType.Organization && DatelineWord(doc.Text, m)) result.Add(m with { Type = NodeType.Place, Canonical = null });
            else if (m.Type == NodeType.Organization && OutletOf(m) is { } outlet)
            {
                // "TEMPO.CO, Jakarta - ... kata X kepada Tempo": the article's own publisher is the one told, never a source.
                if (CitedAsSource(doc.Text, m) && !(publisher ??= Publisher(doc) ?? "").Equals(outlet, StringComparison.OrdinalIgnoreCase)) result.Add(m);
            }
            else if (m.Type is NodeType.Organization or NodeType.Place && NamesNothing(doc, m)) { }
            else if (m.Type == NodeType.Place && OrdinaryOpener(doc, m) && !named.Contains(m.Surface)) { }
            // "Pandemi Covid", "Sidang Tanwir" taken for a place: the ordinary word for a happening opening it names the happening.
            else if (m.Type == NodeType.Place && OpenedByHappening(m)) { }
            // "Ketua Harian Kompolnas": a one-word place that closes a title with the word before it is a word of the title.
            else if (m.Type == NodeType.Place && !m.Surface.Contains(' ') && WordBefore(doc.Text, m.Start) is { Length: > 0 } before
                     && _res.Titles.ContainsKey(before.ToLowerInvariant() + " " + m.Surface.ToLowerInvariant())) { }
            // "Kabinda Jabar": a title before the name of the region it serves, though a list knows a town so named.
            else if (m.Type == NodeType.Place && TitleBeforeName(doc.Text, m)) { }
            // "AKP Dede Suhatmi": a police or military rank before a name, though a list knows a body by those letters;
            // the article then means the rank wherever it writes it ("yang AKP cukup robek").
            else if (m.Type == NodeType.Organization && _res.RankTitles.Contains(m.Surface.ToLowerInvariant())
                     && (ranksAsTitles ??= RanksAsTitles(doc, all)).Contains(m.Surface)) { }
            // "Kantor PBB di Myanmar menyampaikan ...": a listed body's office that no locative puts anyone in is the body acting.
            else if (m.Type == NodeType.Place && ActingOffice(doc, m) is { } body) result.Add(body);
            else if (m.Type == NodeType.Place) result.AddRange(PlaceAndRegion(m));
            else result.Add(m);
        }
        for (int i = 0; i < result.Count; i++) result[i] = _buildings.Widen(doc, result[i]);
        HeadlinePersons(doc, result, titleCased);
        HeadlinePlaces(doc, result, all, titleCased, headings);
        return result;
    }

    // A one-word mention in a title-case line that is an ordinary word of the language, no usual given name,
    // and no name a list knows.
    private bool OrdinaryHeadlineWord(Document doc, Mention m, Dictionary<int, bool> titleCased, Dictionary<int, bool> headings)
    {
        var surface = m.Surface;
        if (surface.Length < 2 || surface.Any(c => !char.IsLetter(c)) || surface.All(char.IsUpper)) return false;
        var lower = surface.ToLowerInvariant();
        if (!_res.IsCommon(lower) || _res.PersonNameWords.Contains(lower) || _listed.Contains(surface) || m.Canonical is { } c && _listed.Contains(c)) return false;
        return InHeadline(doc, m, titleCased) || HeadingLine(doc, m, headings);
    }

    // "Wamena Rusuh, Warga Pendatang Ngungsi di Polres-Kodim", "Ribut Sendiri": a line of its own, closed by no
    // sentence mark, that capitalises every word but the language's function words is a headline or subhead.
    private bool HeadingLine(Document doc, Mention m, Dictionary<int, bool> headings)
    {
        var text = doc.Text;
        int start = m.Start > 0 ? text.LastIndexOf('\n', m.Start - 1) + 1 : 0;
        if (headings.TryGetValue(start, out bool heading)) return heading;
        int end = text.IndexOf('\n', m.End);
        var words = text[start..(end < 0 ? text.Length : end)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return headings[start] = UnclosedLine(doc, m) && words.Length >= 2
            && Statistical.StatisticalNerRecognizer.LooksTitleCased(words, _res.StopWords, minWords: 2);
    }

    // The names the article writes with a capital inside a sentence that is no title-case line.
    private HashSet<string> BodyNamed(Document doc, IEnumerable<Mention> all, Dictionary<int, bool> titleCased, Dictionary<int, bool> headings) =>
        new(all.Where(m => !SentenceInitial(doc, m) && !InHeadline(doc, m, titleCased) && !HeadingLine(doc, m, headings)).Select(m => m.Surface), StringComparer.OrdinalIgnoreCase);

    private Mention? ActingOffice(Document doc, Mention m)
    {
        int space = m.Surface.IndexOf(' ');
        if (space < 0 || !_res.ActingOffices.Contains(m.Surface[..space].ToLowerInvariant()) || BuildingNames.AfterLocative(_res, doc.Text, m.Start)) return null;
        var rest = m.Surface[(space + 1)..];
        return _bodies.TryGetValue(rest, out var body) ? m with { Start = m.Start + space + 1, Surface = rest, Type = NodeType.Organization, Canonical = body } : null;
    }

    private string? OutletOf(Mention m) =>
        _outletOf.TryGetValue(m.Canonical ?? "", out var c) || _outletOf.TryGetValue(m.Surface, out c) ? c : null;

    // How far into the article its dateline may stand.
    private const int DatelineReach = 600;

    // The listed outlet that published the article: the one its source names, or the one its dateline opened with
    // ("TEMPO.CO, Jakarta -", which the cleaner blanked); null when neither is known.
    private string? Publisher(Document doc)
    {
        if (doc.Article.Outlet is { } named && _outletOf.TryGetValue(named, out var byName)) return byName;
        var original = doc.Article.Text;
        foreach (var range in doc.Clean.Removed)
        {
            var (start, length) = range.GetOffsetAndLength(original.Length);
            if (start >= DatelineReach) break;
            var cut = original.AsSpan(start, length).Trim();
            int end = 0;
            while (end < cut.Length && (char.IsLetterOrDigit(cut[end]) || cut[end] == '.')) end++;
            var word = cut[..end].TrimEnd('.').ToString();
            if (word.Length == 0) continue;
            if (_outletOf.TryGetValue(word, out var whole)) return whole;
            int dot = word.IndexOf('.');
            if (dot > 0 && _outletOf.TryGetValue(word[..dot], out var site)) return site;
        }
        return null;
    }

    // "Denpasar, Baliglobalnews": an unlisted word ending the way news websites name themselves is the outlet.
    // Checked for every mention, so a plain loop and the list lookup last.
    private bool OutletShaped(Document doc, Mention m)
    {
        var surface = m.Surface;
        if (surface.Contains(' ')) return false;
        // "EGINDO.co –": the web address the name is written on into.
        var text = doc.Text;
        int end = m.End;
        while (end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1]))
            for (end++; end < text.Length && char.IsLetter(text[end]); end++) { }
        var written = end == m.End ? surface : text[m.Start..end];
        foreach (var suffix in _res.OutletSuffixes)
            if (written.Length >= suffix.Length + 3 && written.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return !_listed.Contains(surface);
        return false;
    }

    /// <summary>
    /// A place found in a title-case headline may run on into the headline's words ("Tiba di Stasiun Tiap 5 Menit",
    /// "Siaga di Wilayah Jawa Tengah Menjelang Hari Raya"). Unless the body writes it so, an unlisted headline place
    /// ends before its first number, function word or derived word that is no part of a listed name; one left with
    /// its head word alone names nothing.
    /// </summary>
    private void HeadlinePlaces(Document doc, List<Mention> result, IReadOnlyCollection<Mention> all, Dictionary<int, bool> titleCased, Dictionary<int, bool> headings)
    {
        HashSet<string>? body = null;
        for (int i = result.Count - 1; i >= 0; i--)
        {
            var m = result[i];
            if (m.Type != NodeType.Place || m.Canonical is not null || _listed.Contains(m.Surface) || !m.Surface.Contains(' ')
                || !(InHeadline(doc, m, titleCased) || HeadingLine(doc, m, headings))) continue;
            var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End).Where(t => t.IsWord).ToList();
            int cut = -1;
            for (int k = 1; k < tokens.Count && cut < 0; k++)
            {
                var w = tokens[k].Text;
                var lower = w.ToLowerInvariant();
                // A number, a function word or a derived word (a verb) runs on; a plain noun may be the name's ("Markas Intelijen Militer").
                bool ordinary = char.IsDigit(w[0]) || !tokens[k].IsAcronym && !_res.PersonNameWords.Contains(lower)
                    && (_res.StopWords.Contains(lower) || _res.Morphology.Stems(lower).Any(st => st != lower && _res.IsCommon(st)));
                if (ordinary && !_listed.Contains(doc.Text[tokens[1].Start..tokens[k].End])) cut = k;
            }
            if (cut < 0) continue;
            body ??= BodyNamed(doc, all, titleCased, headings);
            if (body.Contains(m.Surface)) continue;
            if (cut == 1) result.RemoveAt(i);
            else result[i] = m with { End = tokens[cut - 1].End, Surface = doc.Text[m.Start..tokens[cut - 1].End] };
        }
    }

    /// <summary>
    /// A person found in a title-case headline may run on into its words ("Ketua Komisi 2 DPRD Sukamaju Gelar
    /// Rapat Tertutup" gives "Sukamaju Gelar Rapat Tertutup"). News names its people again in the body, so an
    /// unlisted headline person holding an ordinary word that is no given name is kept as far as the body
    /// names that person, and dropped when the body never does.
    /// </summary>
    private void HeadlinePersons(Document doc, List<Mention> result, Dictionary<int, bool> titleCased)
    {
        HashSet<string>? body = null;
        for (int i = result.Count - 1; i >= 0; i--)
        {
            var m = result[i];
            if (m.Type != NodeType.Person || m.Canonical is not null || _listed.Contains(m.Surface)
                || !(OnTitleLines(doc, m) || UnclosedLine(doc, m)) || !InHeadline(doc, m, titleCased)) continue;
            var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End).Where(t => t.IsWord).ToList();
            // One ordinary word may be part of a name ("Putra"); two are the headline running on.
            int ordinary = 0;
            bool derived = false;
            for (int k = 1; k < tokens.Count; k++)
            {
                var w = tokens[k].Text.ToLowerInvariant();
                if (tokens[k].IsAcronym || _res.PersonNameWords.Contains(w)) continue;
                bool fromStem = _res.Morphology.Stems(w).Any(_res.IsCommon);
                if (_res.IsCommon(w) || fromStem) ordinary++;
                derived |= fromStem;
            }
            // Further down, a title-case line may list names made of ordinary words ("Budi Jaya Makmur"); only a
            // derived word ("Meninggal", "Serahkan") says the line runs on as a teaser's headline.
            if (!OnTitleLines(doc, m) && !derived) continue;
            body ??= result.Where(b => b.Type == NodeType.Person && !((OnTitleLines(doc, b) || UnclosedLine(doc, b)) && InHeadline(doc, b, titleCased)))
                .Select(b => b.Surface).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (body.Contains(m.Surface)) continue;
            if (ordinary < 2)
            {
                // "Penyerang Budiono Pasutri Teroris": the body names "Budiono" and never writes "Pasutri".
                if (BodyPrefix(doc, m, tokens, body) is { } cut) result[i] = cut;
                continue;
            }
            Mention? kept = null;
            for (int n = tokens.Count - 1; n >= 1 && kept is null; n--)
            {
                var prefix = doc.Text[m.Start..tokens[n - 1].End];
                if (body.Any(b => b.Equals(prefix, StringComparison.OrdinalIgnoreCase)
                        || b.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) || b.EndsWith(" " + prefix, StringComparison.OrdinalIgnoreCase)))
                    kept = m with { End = tokens[n - 1].End, Surface = prefix };
            }
            if (kept is null) result.RemoveAt(i);
            else result[i] = kept;
        }
    }

    // The longest start of a headline person that the body names as a person, when the words after it
    // appear nowhere in the body: the headline's next words ran on into the name.
    private static Mention? BodyPrefix(Document doc, Mention m, List<NameToken> tokens, HashSet<string> body)
    {
        int bodyStart = doc.Text.IndexOf('\n', m.End);
        if (bodyStart < 0) return null;
        for (int n = tokens.Count - 1; n >= 1; n--)
        {
            var prefix = doc.Text[m.Start..tokens[n - 1].End];
            if (!body.Contains(prefix)) continue;
            for (int k = n; k < tokens.Count; k++)
                if (WordIn(doc.Text, bodyStart, tokens[k].Text)) return null;
            return m with { End = tokens[n - 1].End, Surface = prefix };
        }
        return null;
    }

    // Whether the word occurs as a whole word in text from offset start on, in any case; not as a piece
    // of an address's slug ("nusa.com-penyerang-x-y").
    private static bool WordIn(string text, int start, string word)
    {
        static bool Apart(char c) => !char.IsLetterOrDigit(c) && c is not ('-' or '/' or '_' or '.');
        for (int at = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            bool left = at == 0 || Apart(text[at - 1]);
            bool right = at + word.Length >= text.Length || Apart(text[at + word.Length]) || text[at + word.Length] == '.' && (at + word.Length + 1 >= text.Length || !char.IsLetter(text[at + word.Length + 1]));
            if (left && right) return true;
        }
        return false;
    }

    // Whether the line holding the mention is a title-case line of its own further down ("Warga Sukamaju
    // Gelar Doa Bersama" between paragraphs: a teaser or subhead), ending in no sentence's closing mark.
    private static bool UnclosedLine(Document doc, Mention m)
    {
        int end = doc.Text.IndexOf('\n', m.End);
        var line = doc.Text.AsSpan(m.End, (end < 0 ? doc.Text.Length : end) - m.End).TrimEnd();
        return line.Length == 0 || line[^1] is not ('.' or '!' or '?' or '"' or '\u201d' or ':' or ',' or ')');
    }

    // The headline is on the article's first lines (a page may repeat it once below a kicker); title-case
    // lines further down are lists and captions, whose names the body need not repeat.
    private static bool OnTitleLines(Document doc, Mention m)
    {
        int lines = 0;
        for (int k = 0; k < m.Start && k < doc.Text.Length; k++)
            if (doc.Text[k] == '\n' && doc.Text.AsSpan(k + 1).TrimStart(' ').Length > 0 && doc.Text[k + 1] != '\n' && ++lines >= HeadlineLines) return false;
        return true;
    }

    private const int HeadlineLines = 3;

    private static bool InHeadline(Document doc, Mention m, Dictionary<int, bool> titleCased)
    {
        if (m.SentenceIndex < 0 || m.SentenceIndex >= doc.Sentences.Count) return false;
        if (!titleCased.TryGetValue(m.SentenceIndex, out bool headline))
        {
            var sentence = doc.Sentences[m.SentenceIndex];
            var words = doc.Text[sentence.Start..sentence.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            titleCased[m.SentenceIndex] = headline = Statistical.StatisticalNerRecognizer.LooksTitleCased(words);
        }
        return headline;
    }

    /// <summary>
    /// Acronyms the article defines in brackets right after a capitalised name that an event noun
    /// heads ("Musyawarah Daerah (Musda)", "Rapat Kerja Nasional (Rakernas)"), or after a title whose
    /// last words they spell ("Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP)").
    /// </summary>
    private HashSet<string> HappeningAndTitleAcronyms(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // Only a short bracket can hold an acronym: looking no further keeps a text of many
            // unclosed brackets linear.
            int close = text.IndexOf(')', open + 1, Math.Min(MaxAcronymBracket, text.Length - open - 1));
            if (close < 0) continue;
            var acronym = text.AsSpan(open + 1, close - open - 1).Trim();
            if (acronym.Length < 2 || !char.IsUpper(acronym[0]) || acronym.ContainsAny(' ', '\n')) continue;
            // The capitalised words before the bracket, back to the first of them.
            int start = open - 1;
            while (start >= 0 && text[start] == ' ') start--;
            int wordStart = -1;
            for (int words = 0; start >= 0 && words < 6; words++)
            {
                int end = start + 1;
                while (start >= 0 && char.IsLetter(text[start])) start--;
                if (start + 1 >= end || !char.IsUpper(text[start + 1])) break;
                wordStart = start + 1;
                while (start >= 0 && text[start] == ' ') start--;
            }
            if (wordStart < 0) continue;
            int wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (_res.EventHeadWords.Contains(text[wordStart..wordEnd].ToLowerInvariant())) found.Add(acronym.ToString());
            else if (TitleInitials(text, open, acronym)) found.Add(acronym.ToString());
        }
        return found;
    }

    // Whether a title ends right before the bracket at open and the acronym spells the initials of its
    // last capitalised words.
    private bool TitleInitials(string text, int open, ReadOnlySpan<char> acronym)
    {
        var words = new List<string>();
        int at = open;
        while (words.Count < MaxTitleWords)
        {
            while (at > 0 && text[at - 1] == ' ') at--;
            int end = at;
            while (at > 0 && char.IsLetter(text[at - 1])) at--;
            if (at == end) break;
            words.Insert(0, text[at..end]);
        }
        for (int n = words.Count; n >= 2; n--)
        {
            if (!_res.Titles.ContainsKey(string.Join(' ', words[^n..]).ToLowerInvariant())) continue;
            var initials = string.Concat(words[^n..].Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            return acronym.Length >= 2 && initials.AsSpan().EndsWith(acronym, StringComparison.Ordinal);
        }
        return false;
    }

    private const int MaxTitleWords = 8;

    /// <summary>
    /// The run of two or more words in capitals, the mention among them, that opens one of the first lines and is
    /// set off by a dash ("LEMBAH HIJAU —", "MUARA SUKA -"), when the run is more than the mention; (0, -1)
    /// otherwise. A listed name in capitals taken whole ("SANGGAU") is left to the other rules.
    /// </summary>
    private static (int Start, int End) DatelineRun(string text, Mention m)
    {
        // Capitals from the line's start through the mention; most mentions fail here at once.
        for (int k = m.Start; k < m.End; k++) if (!(char.IsUpper(text[k]) || text[k] is ' ' or '-')) return (0, -1);
        int lineStart = m.Start;
        while (lineStart > 0 && (char.IsUpper(text[lineStart - 1]) || text[lineStart - 1] is ' ' or '-')) lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n') return (0, -1);
        int start = lineStart;
        while (start < m.Start && text[start] == ' ') start++;
        if (!InFirstLines(text, lineStart)) return (0, -1);
        int end = m.End;
        // Further words in capitals, one space apart.
        while (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            int w = end + 1;
            while (w < text.Length && (char.IsUpper(text[w]) || text[w] == '-')) w++;
            if (w < text.Length && char.IsLetterOrDigit(text[w])) break; // "LEMBAH Hijau": not all capitals
            end = w;
        }
        if (start == m.Start && end == m.End || !text.AsSpan(start, end - start).Contains(' ')) return (0, -1);
        int a = end;
        while (a < text.Length && text[a] == ' ') a++;
        return a < text.Length && text[a] is '-' or '\u2013' or '\u2014' ? (start, end) : (0, -1);
    }

    // Whether the line starting at lineStart is among the first lines, where datelines stand.
    private static bool InFirstLines(string text, int lineStart)
    {
        int lines = 0;
        for (int k = 0; k < lineStart; k++) if (text[k] == '\n' && ++lines > DatelineLines) return false;
        return true;
    }

    /// <summary>
    /// An unlisted word in capitals at the start of one of the first lines, set off by a dash or by
    /// the blank the cleaner leaves where it took the outlet out: the dateline's place.
    /// </summary>
    private bool DatelineWord(string text, Mention m)
    {
        // "SIGI", "PALANGKA RAYA": one or more words in capitals.
        if (_listed.Contains(m.Surface) || m.Surface.Length < 3 || m.Surface.Any(c => !char.IsUpper(c) && c != ' ') || m.Surface.Contains("  ")) return false;
        int lineStart = m.Start;
        while (lineStart > 0 && text[lineStart - 1] == ' ') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n') return false;
        if (!InFirstLines(text, lineStart)) return false;
        int a = m.End;
        while (a < text.Length && text[a] == ' ') a++;
        return a < text.Length && (text[a] is '-' or '\u2013' or '\u2014' || a - m.End >= 2 && text[a] != '\n');
    }

    /// <summary>
    /// "Imam Santoso, S.I.K., M.H., mengatakan": a degree after a name and a comma. Written without
    /// periods it may be an acronym too ("MA" for a court), so then a name or a degree must end right
    /// before its comma.
    /// </summary>
    private bool IsDegree(string text, Mention m)
    {
        // Degrees are short; most mentions are turned away before any string is made.
        if (m.Surface.Length > MaxDegreeLength || !_res.Degrees.Contains(m.Surface.Replace(".", "").Replace(" ", "").ToLowerInvariant())) return false;
        int k = m.Start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        if (k < 0 || text[k] != ',') return false;
        if (m.Surface.Contains('.')) return true;
        k--;
        while (k >= 0 && text[k] == ' ') k--;
        if (k < 0) return false;
        if (text[k] == '.') return true;
        int b = k;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        var word = text[b..(k + 1)];
        // After a degree, or after a name word (capitalised, not an acronym: "MK, MA dan KY" are courts).
        return word.Length > 0 && (_res.Degrees.Contains(word.ToLowerInvariant()) || char.IsUpper(word[0]) && word.Any(char.IsLower));
    }

    // The ranks the article writes right before a name, as written.
    private HashSet<string> RanksAsTitles(Document doc, IReadOnlyCollection<Mention> all) =>
        all.Where(m => _res.RankTitles.Contains(m.Surface.ToLowerInvariant()) && TitleBeforeName(doc.Text, m))
            .Select(m => m.Surface).ToHashSet(StringComparer.Ordinal);

    private bool TitleBeforeName(string text, Mention m)
    {
        if (m.Surface.Contains(' ') || !_res.Titles.ContainsKey(m.Surface.ToLowerInvariant())) return false;
        int a = m.End;
        while (a < text.Length && text[a] == ' ') a++;
        return a > m.End && a < text.Length && char.IsUpper(text[a]);
    }

    /// <summary>
    /// An organisation or place mention that is only a title, a weapon, vehicle or common-noun
    /// abbreviation, a vessel, or one ordinary word; never when the gazetteer lists the name.
    /// </summary>
    private bool NamesNothing(Document doc, Mention m)
    {
        if (_listed.Contains(m.Surface) || (m.Canonical is { } c && _listed.Contains(c))) return false;
        var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End);
        var words = tokens.Where(t => t.IsWord).ToList();
        if (words.Count == 0) return false;
        // "KRI Bung Sutarjo 361": a warship is a unit of its navy; a name after any other ship prefix names a vessel.
        if (_res.WarshipPrefixes.Contains(words[0].Text) && m.Type == NodeType.Organization && words.Count > 1) return false;
        if (_res.VesselPrefixes.Contains(words[0].Text) || _res.VesselPrefixes.Contains(WordBefore(doc.Text, m.Start))) return true;
        // "di Kabupaten/Kota se-Jawa Tengah": the word for an administrative level alone names no place. One a line break
        // parts from a capitalised name ("Kabupaten\nPuncak") still names the place the next line goes on with.
        if (m.Type == NodeType.Place && words.Count == 1 && _res.AreaHeads.Contains(words[0].Text.ToLowerInvariant()) && !NameGoesOn(doc.Text, m.End)) return true;
        var phrase = Phrase(tokens, 0, tokens.Count);
        // "KSAD", "KSAU Marsekal": one title, or titles one after another, name no body or place.
        if (OnlyTitles(words.Select(t => t.Text.ToLowerInvariant()).ToList())) return true;
        if (_res.NotPerson.TryGetValue(phrase, out var kind) && kind is "weapon" or "vehicle" or "generic") return true;
        // At a sentence start a capital says nothing: one ordinary word there is that word ("Sesekali, ...").
        return words.Count == 1 && !words[0].IsAcronym && SentenceInitial(doc, m) && _res.IsCommon(words[0].Text.ToLowerInvariant());
    }

    // Whether a capitalised word follows the offset after white space only.
    private static bool NameGoesOn(string text, int end)
    {
        int k = end;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        return k > end && k < text.Length && char.IsUpper(text[k]);
    }

    /// <summary>
    /// A listed one-word place that is also an ordinary word, opening a sentence and read on by a
    /// word that is no verb ("Lima orang tewas", "Medan perang itu sepi"): there the capital says
    /// nothing and the word heads a phrase of its own, so it names the place only when the article
    /// also writes it as a name inside a sentence ("di Lima, Peru"). A verb after it makes it the
    /// subject ("Medan dilanda banjir").
    /// </summary>
    private bool OrdinaryOpener(Document doc, Mention m)
    {
        if (!SentenceInitial(doc, m)) return false;
        var words = NameToken.Tokenize(doc.Text, m.Start, m.End).Where(t => t.IsWord).ToList();
        if (words.Count != 1 || words[0].IsAcronym || !_res.IsCommon(words[0].Text.ToLowerInvariant())) return false;
        int at = m.End;
        while (at < doc.Text.Length && doc.Text[at] == ' ') at++;
        if (at == m.End || at >= doc.Text.Length || !char.IsLower(doc.Text[at])) return false;
        int end = at;
        while (end < doc.Text.Length && (char.IsLetter(doc.Text[end]) || doc.Text[end] == '-')) end++;
        return !_res.Morphology.IsClass(doc.Text[at..end].ToLowerInvariant(), "verb");
    }

    // How many title words may stand between a place's head and the person it is named after ("Jalan Jenderal TNI A").
    private const int MaxNamedPlaceTitles = 2;

    // Where the head of a place named after a person ("jalan", "Jl.", "bandara") starts, right before the name or
    // before a title or two ahead of it; null when none stands there.
    private int? NamedPlaceHeadBefore(string text, int start)
    {
        int at = start;
        for (int titles = 0; titles <= MaxNamedPlaceTitles; titles++)
        {
            int end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == at) return null;
            if (end > 0 && text[end - 1] == '.') end--;
            int from = end;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            if (from == end) return null;
            var word = text[from..end].ToLowerInvariant();
            if (_res.PersonNamedHeads.Contains(word)) return from;
            if (!_res.Titles.ContainsKey(word)) return null;
            at = from;
        }
        return null;
    }

    // The words of the article's persons named with two words or more ("Dewi" of "Sari Dewi").
    private static HashSet<string> PersonNameWordsOf(IEnumerable<Mention> all) =>
        all.Where(m => m.Type == NodeType.Person && m.Surface.Contains(' '))
            .SelectMany(m => m.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // A one-word mention no list knows that opens its sentence and is an ordinary word, not also a given name.
    private bool CommonOpener(Document doc, Mention m)
    {
        if (m.Canonical is not null || !SentenceInitial(doc, m) || m.Surface.Contains(' ')) return false;
        var lower = m.Surface.ToLowerInvariant();
        return m.Surface.Skip(1).All(char.IsLower) && _res.IsCommon(lower) && !_res.PersonNameWords.Contains(lower);
    }

    /// <summary>
    /// A mention that a capitalised function word opens at a sentence start ("Sementara Barat ...",
    /// "Namun Putin ...") without that word: the capital came from the sentence, not from a name.
    /// Null when what is left is one ordinary word; the mention itself when the gazetteer lists it.
    /// </summary>
    private Mention? WithoutOpener(Document doc, Mention m)
    {
        if (!SentenceInitial(doc, m) || _listed.Contains(m.Surface) || (m.Canonical is { } c && _listed.Contains(c))) return m;
        var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End);
        int first = 0;
        while (first < tokens.Count && !tokens[first].IsWord) first++;
        if (first >= tokens.Count || tokens[first].IsAcronym || !_res.StopWords.Contains(tokens[first].Text.ToLowerInvariant())) return m;
        int rest = first + 1;
        while (rest < tokens.Count && !tokens[rest].IsWord) rest++;
        if (rest >= tokens.Count) return m;
        var words = tokens.Skip(rest).Where(t => t.IsWord).ToList();
        if (words.Count == 1 && !words[0].IsAcronym && _res.IsCommon(words[0].Text.ToLowerInvariant())) return null;
        int start = tokens[rest].Start;
        return m with { Start = start, Surface = doc.Text[start..m.End], Canonical = null };
    }

    /// <summary>
    /// In a headline every word is capitalised, so a name found there may run on into the words
    /// that follow it ("Mapolres Kotabaru Hangus Dibakar", "Masjid Raya Lowa Capai Ratusan
    /// Orang"): an unlisted place or body is cut before the first ordinary word after a word of a name.
    /// Compass words stay ("Papua Barat").
    /// </summary>
    private Mention HeadlineName(Document doc, Mention m, Dictionary<int, bool> titleCased)
    {
        // Personal names are made of ordinary words too ("Putra", "Dewi"): only places and bodies are cut.
        if (m.Type == NodeType.Person || m.Surface.IndexOf(' ') < 0 || _listed.Contains(m.Surface) || (m.Canonical is { } c && _listed.Contains(c))) return m;
        if (!InHeadline(doc, m, titleCased)) return m;
        var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End).Where(t => t.IsWord).ToList();
        for (int i = 1; i < tokens.Count; i++)
        {
            var w = tokens[i].Text.ToLowerInvariant();
            if (tokens[i].IsAcronym || _res.CompassWords.Contains(w) || !_res.IsCommon(w)) continue;
            var before = tokens[i - 1];
            if (before.IsAcronym || !_res.IsCommon(before.Text.ToLowerInvariant()))
                return m with { End = before.End, Surface = doc.Text[m.Start..before.End], Canonical = null };
        }
        return m;
    }

    // The cleaner blanks boilerplate with spaces, so a run of them inside a mention is where removed
    // text stood ("PALANGKA RAYA   Debat" after "KABARKOTANEWS, PALANGKA RAYA – Debat"): the name ends there.
    private static Mention BeforeBlank(Document doc, Mention m)
    {
        int blank = m.Surface.IndexOf(BlankRun, StringComparison.Ordinal);
        if (blank <= 0) return m;
        int end = m.Start + blank;
        return m with { End = end, Surface = doc.Text[m.Start..end], Canonical = null };
    }

    private static bool SentenceInitial(Document doc, Mention m)
    {
        if (m.SentenceIndex < 0 || m.SentenceIndex >= doc.Sentences.Count) return false;
        int start = doc.Sentences[m.SentenceIndex].Start;
        for (int i = Math.Max(0, start); i < m.Start && i < doc.Text.Length; i++)
            if (char.IsLetterOrDigit(doc.Text[i])) return false;
        return true;
    }

    // Whether an unlisted name opens with the ordinary word for a happening ("Pandemi Covid", "Perang Dingin").
    private bool OpenedByHappening(Mention m)
    {
        if (m.Canonical is not null) return false;
        int end = 0;
        while (end < m.Surface.Length && char.IsLetter(m.Surface[end])) end++;
        if (end == 0) return false;
        var opener = m.Surface[..end].ToLowerInvariant();
        return _res.EventHeadWords.Contains(opener) && _res.IsCommon(opener) && !_res.IsGivenNameWord(opener);
    }

    /// <summary>The mention without leading or trailing non-person words; null when nothing of a person is left.</summary>
    private Mention? PersonPart(Document doc, Mention m)
    {
        var tokens = NameToken.Tokenize(doc.Text, m.Start, m.End);
        if (tokens.Count == 0) return m;
        // Names are written with capitals; "biadab" taken for a person is an ordinary word.
        if (!m.Surface.Any(char.IsUpper)) return null;
        if (_res.NotPerson.GetValueOrDefault(Phrase(tokens, 0, tokens.Count)) == "generic") return null;
        // "Gado-gado", "Kupu-kupu": a word said twice is an ordinary word, never a personal name.
        if (m.Surface.IndexOf('-') is > 0 and var dash && m.Surface.Length == 2 * dash + 1
            && string.Equals(m.Surface[..dash], m.Surface[(dash + 1)..], StringComparison.OrdinalIgnoreCase)) return null;
        // "berteriak Allahu Akbar": a name that ends a phrase naming no one, its first words right before it, is that phrase.
        if (EndsGenericPhrase(doc.Text, m.Start, Phrase(tokens, 0, tokens.Count))) return null;
        // "Pandemi Covid", "Perang Dingin": an unlisted name opened by the ordinary word for a happening names the happening.
        if (tokens[0].IsWord && OpenedByHappening(m)) return null;
        // A title alone ("Danrem", "Kapolres", "Kapolda Jend.") names no one, unless the article gave it to one person.
        if (m.Canonical is null && OnlyTitles(tokens.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList())) return null;
        // "Jend. Pol. (Purn) X": a rank's service or corps in brackets names no one.
        if (m.Canonical is null && tokens.Where(t => t.IsWord).All(t => _res.RankQualifiers.Contains(t.Text) || _res.RankQualifiers.Contains(t.Text + "."))
            && doc.Text.AsSpan(0, m.Start).TrimEnd().EndsWith("(")) return null;
        // "MT Sukamaju Jaya" is a tanker; "berinisial MT" alone is a person's initials.
        if (tokens.Count > 1 && _res.VesselPrefixes.Contains(tokens[0].Text) || _res.VesselPrefixes.Contains(WordBefore(doc.Text, m.Start))) return null;
        // "KRI Bung Sutarjo": a ship named after a titled person is still the ship.
        if (WordBefore(doc.Text, m.Start) is { Length: > 0 } title && _res.Titles.ContainsKey(title.ToLowerInvariant())
            && _res.VesselPrefixes.Contains(WordBefore(doc.Text, doc.Text.LastIndexOf(title, m.Start, StringComparison.Ordinal)))) return null;
        // "Budi Hartono M.Si bersama ...": a degree written with its periods right after the name is no part of it.
        if (m.Surface.LastIndexOf(' ') is > 0 and var space && m.Surface[(space + 1)..] is var tail && tail.Contains('.')
            && _res.Degrees.Contains(tail.Replace(".", "").ToLowerInvariant()))
            return PersonPart(doc, m with { End = m.Start + space, Surface = m.Surface[..space], Canonical = null });
        // "Andi Wirawan M.A. Budi pun ...": a degree with its periods ends the name it follows; the period that
        // closed the sentence was read as the degree's own.
        if (DegreeInside(m.Surface) is int cut)
            return PersonPart(doc, m with { End = m.Start + cut, Surface = m.Surface[..cut], Canonical = null });
        int first = 0, last = tokens.Count - 1;
        bool onlyMonths = true;
        for (int i = 0; i <= last; i++)
            if (!tokens[i].IsWord || _res.NotPerson.GetValueOrDefault(tokens[i].Text.ToLowerInvariant()) != "month") { onlyMonths = false; break; }
        if (onlyMonths) return null;
        while (first <= last && Trimmable(tokens, first, last, fromStart: true) is > 0 and var n) first += n;
        while (first <= last && Trimmable(tokens, first, last, fromStart: false) is > 0 and var n) last -= n;
        // "Karenanya Efendi ...", "Iptu Bambang H. Keduanya mengalami ...": an ordinary word carrying a pronoun
        // clitic opens or follows a sentence, never a name.
        if (last > first && CliticWord(tokens[first])) first++;
        if (last > first && CliticWord(tokens[last])) last--;
        while (first <= last && !tokens[first].IsWord) first++;
        while (last >= first && !tokens[last].IsWord) last--;
        if (first > last) return null;
        if (first == 0 && last == tokens.Count - 1) return m;
        int start = tokens[first].Start, end = tokens[last].End;
        return m with { Start = start, End = end, Surface = doc.Text[start..end], Canonical = null };
    }

    // Where the name before a degree written with periods ends, when a word of the name comes before it and
    // more follows: the length of "Andi Wirawan" in "Andi Wirawan M.A. Budi"; null when there is none.
    private int? DegreeInside(string surface)
    {
        bool named = false;
        for (int at = 0, space; (space = surface.IndexOf(' ', at)) > 0; at = space + 1)
        {
            string word = surface[at..space];
            if (named && word.Contains('.') && word.Length <= MaxDegreeLength && _res.Degrees.Contains(word.Replace(".", "").ToLowerInvariant()))
                return surface[..at].TrimEnd().Length;
            if (!word.Contains('.') && word.Any(char.IsLower) && !_res.Titles.ContainsKey(word.ToLowerInvariant())) named = true;
        }
        return null;
    }

    // Whether the words are one title after another, each the longest the list holds where it starts.
    private bool OnlyTitles(List<string> words)
    {
        if (words.Count == 0) return false;
        for (int i = 0; i < words.Count;)
        {
            int len = Math.Min(words.Count - i, 4);
            while (len > 0 && !_res.Titles.ContainsKey(string.Join(' ', words.Skip(i).Take(len)))) len--;
            if (len == 0) return false;
            i += len;
        }
        return true;
    }

    // Whether the token is an ordinary word with a pronoun clitic on it ("karenanya", "keduanya").
    private bool CliticWord(NameToken token) =>
        token.IsWord && !token.IsAcronym && token.Text.ToLowerInvariant() is var lower && !_res.PersonNameWords.Contains(lower)
        && _res.Morphology.WithoutClitic(lower) is { } stem && _res.IsCommon(stem) && !_res.IsGivenNameWord(stem);

    /// <summary>Tokens of a weekday, weapon or vehicle phrase at the start (or end) of [first, last]; 0 when none.</summary>
    private int Trimmable(List<NameToken> tokens, int first, int last, bool fromStart)
    {
        for (int len = Math.Min(_longest * 2, last - first + 1); len >= 1; len--)
        {
            int a = fromStart ? first : last - len + 1;
            var phrase = Phrase(tokens, a, len);
            if (_res.NotPerson.TryGetValue(phrase, out var kind) && kind is "weekday" or "weapon" or "vehicle") return len;
        }
        return 0;
    }

    /// <summary>Tokens [start, start + count) lower-cased and joined as the data files write them ("iris-t", "samp/t").</summary>
    private static string Phrase(List<NameToken> tokens, int start, int count) =>
        string.Join(' ', tokens.Skip(start).Take(count).Select(t => t.Text.ToLowerInvariant()))
            .Replace(" ' ", "'").Replace(" - ", "-").Replace(" / ", "/").Replace(" -", "-").Replace("- ", "-").Replace(" /", "/").Replace("/ ", "/");

    private bool CitedAsSource(string text, Mention m)
    {
        var before = NameToken.Tokenize(text, Math.Max(0, m.Start - 80), m.Start).Where(t => t.IsWord).TakeLast(CueWindow)
            .Select(t => t.Text.ToLowerInvariant()).ToList();
        for (int i = 0; i < before.Count; i++)
            for (int j = i; j < before.Count; j++)
                if (_res.SourceCuesBefore.Contains(string.Join(' ', before.Skip(i).Take(j - i + 1)))) return true;
        var after = NameToken.Tokenize(text, m.End, Math.Min(text.Length, m.End + 40)).Where(t => t.IsWord).Take(2)
            .Select(t => t.Text.ToLowerInvariant()).ToList();
        for (int n = 1; n <= after.Count; n++)
            if (_res.SourceCuesAfter.Contains(string.Join(' ', after.Take(n)))) return true;
        return false;
    }

    /// <summary>
    /// A listed place and the listed region it lies in joined by a hyphen ("Kabupaten Bima-NTB",
    /// "Sorong-Papua Barat Daya") are two places; a name the lists hold whole keeps its hyphen.
    /// </summary>
    private IEnumerable<Mention> PlaceAndRegion(Mention m)
    {
        if (_places.ContainsKey(m.Surface)) return [m];
        int dash = JoiningHyphen(m.Surface);
        if (dash < 0 || !_places.ContainsKey(m.Surface[..dash]) || !_places.ContainsKey(m.Surface[(dash + 1)..])) return [m];
        return [m with { End = m.Start + dash, Surface = m.Surface[..dash], Canonical = null },
                m with { Start = m.Start + dash + 1, Surface = m.Surface[(dash + 1)..], Canonical = null }];
    }

    /// <summary>
    /// Two people named as one pair by a hyphen, a candidate and a running mate: "Arsad Sardan-Demianus
    /// Ice", "pasangan Budi-Ani". Both sides of two words or more are two people (a double surname
    /// or given name has one word on a side: "Karine Jean-Pierre"); one-word sides only after a pair
    /// word. A listed person keeps its name.
    /// </summary>
    private IEnumerable<Mention> Mates(Document doc, Mention m, Func<HashSet<string>> nameEnds)
    {
        if (m.Canonical is { } c && _listed.Contains(c) || _listed.Contains(m.Surface)) return [m];
        // "Paslon Budi-Ani" opening a sentence: the capitalised pair word is no part of the names.
        bool cued = false;
        for (int space = m.Surface.IndexOf(' '); space > 0; space = m.Surface.IndexOf(' ', space + 1))
            if (_res.PairWords.Contains(m.Surface[..space].ToLowerInvariant()))
            {
                int start = m.Start + space + 1;
                m = m with { Start = start, Surface = m.Surface[(space + 1)..], Canonical = null };
                cued = true;
                break;
            }
        int dash = JoiningHyphen(m.Surface);
        if (dash < 0) return [m];
        var left = m.Surface[..dash];
        var right = m.Surface[(dash + 1)..];
        bool pair = left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && right.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
            || cued || PairWordBefore(doc.Text, m.Start)
            // "Rusli-Weni" where the article names "Rusli Sibua" and "Weni Paraisu": each side is a person named in full.
            || left.IndexOf(' ') < 0 && right.IndexOf(' ') < 0 && nameEnds().Contains(left) && nameEnds().Contains(right);
        if (!pair) return [m];
        return [m with { End = m.Start + dash, Surface = left, Canonical = null },
                m with { Start = m.Start + dash + 1, Surface = right, Canonical = null }];
    }

    // The first and last words of the article's person names of two words or more, as written; each
    // side of a hyphenated pair counts as a name of its own.
    private static HashSet<string> NameEnds(IEnumerable<Mention> mentions)
    {
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != NodeType.Person) continue;
            foreach (var side in m.Surface.Split('-', '\u2013'))
            {
                var words = side.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2) continue;
                ends.Add(words[0]);
                ends.Add(words[^1]);
            }
        }
        return ends;
    }

    // The one hyphen of a name that joins two capitalised names ("Budi-Ani", "Garut-Jabar"); -1 when there
    // is none or more than one.
    private static int JoiningHyphen(string surface)
    {
        int dash = -1;
        for (int i = 1; i + 1 < surface.Length; i++)
        {
            if (surface[i] is not ('-' or '\u2013') || !char.IsLetter(surface[i - 1]) || !char.IsUpper(surface[i + 1])) continue;
            if (dash >= 0) return -1;
            dash = i;
        }
        return dash;
    }

    // Whether one of the pair words (of one or two words) stands right before offset start.
    private bool PairWordBefore(string text, int start)
    {
        var before = new List<string>();
        int e = start;
        for (int n = 0; n < 2; n++)
        {
            while (e > 0 && text[e - 1] == ' ') e--;
            int s = e;
            while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-')) s--;
            if (s == e) break;
            before.Insert(0, text[s..e].ToLowerInvariant());
            if (_res.PairWords.Contains(string.Join(' ', before))) return true;
            e = s;
        }
        return false;
    }

    // Whether the words right before offset start and the phrase after them make a phrase that names no one.
    private bool EndsGenericPhrase(string text, int start, string phrase)
    {
        for (int words = 1; words < _longest; words++)
        {
            var before = WordBefore(text, start);
            if (before.Length == 0) return false;
            start = text.LastIndexOf(before, start - 1, StringComparison.Ordinal);
            phrase = before.ToLowerInvariant() + " " + phrase;
            if (_res.NotPerson.GetValueOrDefault(phrase) == "generic") return true;
        }
        return false;
    }

    private static string WordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetterOrDigit(text[s - 1])) s--;
        return text[s..e];
    }
}
