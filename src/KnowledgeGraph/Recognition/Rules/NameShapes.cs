using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// Shared judgements about capitalised words: whether a word can be part of a personal name,
/// where a title phrase or a cue-headed name ("Kementerian Pertahanan Kamboja") ends.
/// </summary>
public sealed class NameShapes
{
    private readonly LanguageResources _res;
    private readonly TokenTrie<string> _titles = new();

    public NameShapes(LanguageResources resources, Gazetteer gazetteer)
    {
        _res = resources;
        Gazetteer = gazetteer;
        foreach (var t in resources.Titles.Keys) _titles.Add(NameToken.Words(t), t);
    }

    public Gazetteer Gazetteer { get; }
    public LanguageResources Resources => _res;

    /// <summary>Length of the longest title phrase at token i (any case: "juru bicara" is a title too), or 0.</summary>
    public int TitleAt(IReadOnlyList<NameToken> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord) return 0;
        foreach (var (len, _, _) in _titles.MatchesAt(tokens, i)) return len;
        return 0;
    }

    /// <summary>
    /// A corps or service abbreviation right after a rank ("Letkol Inf", "Irjen Pol", "Mayjen TNI (Mar)"):
    /// it belongs to the title. Only after a title or another qualifier, so a lone "Mar" stays a word.
    /// </summary>
    public bool IsRankQualifier(IReadOnlyList<NameToken> tokens, int i)
    {
        if (i <= 0 || i >= tokens.Count || !_res.RankQualifiers.Contains(tokens[i].Text)) return false;
        int p = i - 1;
        // "Jend. Pol.": a service written short after a rank written short; "Letkol. Inf.": after a rank with its period.
        if (tokens[p].Text == "." && p > 0 && tokens[p - 1].End == tokens[p].Start)
        {
            if (_res.RankQualifiers.Contains(tokens[p - 1].Text)) return true;
            for (int start = Math.Max(0, p - 4); start < p; start++)
                if (TitleAt(tokens, start) == p - start) return true;
        }
        if (tokens[p].Text == "(" && p > 0) p--;
        // "Komisaris Jenderal (Komjen) Polisi": after a rank's short form in brackets.
        if (tokens[p].Text == ")" && p > 1 && tokens[p - 2].Text == "(" && TitleAt(tokens, p - 1) == 1) return true;
        if (_res.RankQualifiers.Contains(tokens[p].Text) || (tokens[p].Text == ")" && p > 1 && _res.RankQualifiers.Contains(tokens[p - 1].Text))) return true;
        for (int start = Math.Max(0, p - 3); start <= p; start++)
            if (TitleAt(tokens, start) == p - start + 1) return true;
        return false;
    }

    /// <summary>Whether token k, right before a period, closes a title or a rank's service word ("Jend", "Pol").</summary>
    public bool AbbreviatedTitleEndsAt(IReadOnlyList<NameToken> tokens, int k)
    {
        if (k < 0 || k + 1 >= tokens.Count || !tokens[k].IsWord || tokens[k].End != tokens[k + 1].Start) return false;
        if (IsRankQualifier(tokens, k)) return true;
        for (int start = Math.Max(0, k - 3); start <= k; start++)
            if (TitleAt(tokens, start) == k - start + 1) return true;
        return false;
    }

    /// <summary>
    /// A capitalised ordinary word derived with a prefix and a suffix ("Kepresidenan", "Pertahanan"):
    /// after a title it names the office's domain, never the person.
    /// </summary>
    public bool IsDerivedCommonWord(NameToken t)
    {
        if (!t.IsWord || !t.IsCapitalised || t.IsAcronym) return false;
        var lower = t.Text.ToLowerInvariant();
        return _res.IsCommon(lower) && _res.Morphology.IsCircumfixed(lower, stem => _res.IsCommon(stem) || _res.Titles.ContainsKey(stem));
    }

    /// <summary>A capitalised word that is neither an ordinary word, an acronym, a title word nor a known place or organisation.</summary>
    public bool IsPersonalNameWord(IReadOnlyList<NameToken> tokens, int i, bool afterTitle = false) =>
        HasPersonalNameShape(tokens, i, afterTitle) && !(Gazetteer.LongestAt(tokens, i) is { } g && g.Entry.Type != NodeType.Person);

    /// <summary>
    /// The first token of a personal name of 1–4 words that ends right before token <paramref name="end"/>,
    /// counting words the gazetteer holds as places or bodies too (a context that says "person" outweighs
    /// the list); -1 when the word before is no name word.
    /// </summary>
    public int PersonalNameBefore(IReadOnlyList<NameToken> tokens, int end)
    {
        int j = end;
        while (j > 0 && end - j < 4 && HasPersonalNameShape(tokens, j - 1, afterTitle: false)) j--;
        if (j < end && end - j < 4 && j > 0 && GivenNameOpens(tokens, j - 1, afterTitle: false)) j--;
        return j < end ? j : -1;
    }

    private bool HasPersonalNameShape(IReadOnlyList<NameToken> tokens, int i, bool afterTitle)
    {
        if (i < 0 || i >= tokens.Count) return false;
        var t = tokens[i];
        if (!t.IsWord || !t.IsCapitalised || t.IsAcronym || char.IsDigit(t.Text[0])) return false;
        if (t.Text.Length < 2) return false;
        var lower = t.Text.ToLowerInvariant();
        // Right after a title, a capitalised ordinary word is a name too ("Presiden Budi ...").
        if (afterTitle ? _res.StopWords.Contains(lower) : _res.IsCommon(lower)) return false;
        if (_res.HeadCues.ContainsKey(t.Text.ToLowerInvariant())) return false;
        return TitleAt(tokens, i) == 0 && !IsRankQualifier(tokens, i);
    }

    // "Abdul Fatah": a listed body's one-word name closing a personal name is the name's last word.
    private bool EndsNameAsBody(IReadOnlyList<NameToken> tokens, int i, bool afterTitle) =>
        HasPersonalNameShape(tokens, i, afterTitle) && Gazetteer.LongestAt(tokens, i) is { Length: 1, Entry.Type: NodeType.Organization }
        && !(i + 1 < tokens.Count && tokens[i + 1] is { IsWord: true, IsCapitalised: true });

    // "Syed Md Hasrin Syed Hussin": Malay and Arabic names run to five words.
    private const int MaxNameWords = 5;

    /// <summary>A personal name of 1–5 words starting at token i; its length, or 0.</summary>
    public int NameAt(IReadOnlyList<NameToken> tokens, int i, bool afterTitle = false)
    {
        int n = 0, words = 0;
        while (words < MaxNameWords)
        {
            // "J.O Sembiring", "A. K. Abdul Momen": initials count when a name word follows them.
            int skip = Initials(tokens, i + n);
            // "Nimr Baqir al-Nimr", "Mohammed bin Salman": a particle inside a name, never first.
            if (skip == 0 && words > 0) skip = Particles(tokens, i + n);
            // "I Made Wirawan", "Ni Luh Sari": a word opening a Balinese name, before the order or descent name after it.
            if (skip == 0 && words == 0 && i + 1 < tokens.Count && _res.NameOpeners.TryGetValue(tokens[i].Text, out var openerNext)
                && openerNext.Contains(tokens[i + 1].Text) && tokens[i + 1].Start == tokens[i].End + 1) skip = 1;
            // "Bernhard E Rondonuwu": a middle initial written without its period, between two name words.
            if (skip == 0 && words > 0 && BareInitial(tokens, i + n) && HasPersonalNameShape(tokens, i + n + 1, afterTitle)) skip = 1;
            // "Irjen Pol A Rachmad Wibowo", "AKBP S Ferdinand,": right after a title, a first initial written without its
            // period opens the name, of two words or of one that ends it.
            if (skip == 0 && words == 0 && afterTitle && BareInitial(tokens, i) && HasPersonalNameShape(tokens, i + 1, afterTitle)
                && (HasPersonalNameShape(tokens, i + 2, afterTitle) || !(i + 2 < tokens.Count && tokens[i + 2] is { IsWord: true, IsCapitalised: true }))) skip = 1;
            // "Andi C Kotabaru": after a middle initial comes the surname, even one a place of the lists shares.
            bool surname = skip > 0 && words > 0 && tokens[i + n].Text.Length == 1 && HasPersonalNameShape(tokens, i + n + skip, afterTitle);
            if (!surname && !IsPersonalNameWord(tokens, i + n + skip, afterTitle) && !(words > 0 && EndsNameAsBody(tokens, i + n + skip, afterTitle))
                && !(afterTitle && TownAsNameWord(tokens, i + n + skip, words)) && !(words == 0 && GivenNameOpens(tokens, i, afterTitle)))
            {
                // "Lukas Hakim Santoso": a one-word title between two words of a name, with no comma, is a word of it.
                if (skip == 0 && words > 0 && IsTitleInsideName(tokens, i + n, afterTitle)) { n++; words++; continue; }
                break;
            }
            n += skip + 1; words++;
            // "Moon Jae-in", "El-Fasher": a hyphen with no space joins the parts of one name word.
            while (IsJoinedHyphen(tokens, i + n)) n += 2;
        }
        // "Hamengku Buwono X", "Benediktus XVI": a regnal number closes the name.
        if (words > 0 && IsRegnalNumber(tokens, i + n)) n++;
        return n;
    }

    // "Wahyu Hadiwinoto": a word that is also an ordinary word ("wahyu") but mostly met as a given name opens the
    // name when a word no dictionary holds follows it.
    private bool GivenNameOpens(IReadOnlyList<NameToken> tokens, int i, bool afterTitle) =>
        i + 1 < tokens.Count && tokens[i] is { IsWord: true, IsCapitalised: true, IsAcronym: false } t
        && _res.PersonNameWords.Contains(t.Text.ToLowerInvariant()) && TitleAt(tokens, i) == 0 && Gazetteer.LongestAt(tokens, i) is null
        && tokens[i + 1].Start == t.End + 1 && IsBareNameWord(tokens[i + 1]) && IsPersonalNameWord(tokens, i + 1, afterTitle);

    // "Mayjen TNI Ali Hamdan Bogra": after a title, a one-word town of the lists that closes a name of two words is
    // a word of the name (a surname many towns share), not the town.
    // So is one after a single given name when no capitalised word follows ("Wakil Ketua DPRD Syafaruddin Poti dan ...").
    private bool TownAsNameWord(IReadOnlyList<NameToken> tokens, int k, int words) =>
        (words >= 2 || words == 1 && !(k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, IsCapitalised: true }))
        && HasPersonalNameShape(tokens, k, afterTitle: true)
        && Gazetteer.LongestAt(tokens, k) is { Length: 1, Entry: { Type: NodeType.Place, Kind: "city" or "region" } };

    private bool IsTitleInsideName(IReadOnlyList<NameToken> tokens, int i, bool afterTitle) =>
        i > 0 && i + 1 < tokens.Count && tokens[i] is { IsWord: true, IsCapitalised: true, IsAcronym: false }
        && TitleAt(tokens, i) == 1 && !IsRankQualifier(tokens, i)
        && tokens[i].Start == tokens[i - 1].End + 1 && tokens[i + 1].Start == tokens[i].End + 1
        && IsPersonalNameWord(tokens, i + 1, afterTitle) && TitleAt(tokens, i + 1) == 0;

    /// <summary>A Roman numeral right after a name word and not starting another name ("X", "XVI", "II").</summary>
    private static bool IsRegnalNumber(IReadOnlyList<NameToken> tokens, int i)
    {
        if (i <= 0 || i >= tokens.Count || tokens[i].Start != tokens[i - 1].End + 1) return false;
        var t = tokens[i].Text;
        if (t.Length > 5 || t.Any(c => c is not ('I' or 'V' or 'X'))) return false;
        // "Sultan Hamengku Buwono X dan ...": what follows is no capitalised name word.
        return i + 1 >= tokens.Count || !tokens[i + 1].IsWord || !tokens[i + 1].IsCapitalised;
    }

    /// <summary>Tokens of a run of initials at token i ("J" "." "O", "A" "." "K" "."), or 0.</summary>
    private static int Initials(IReadOnlyList<NameToken> tokens, int i)
    {
        int k = i;
        while (k < tokens.Count && tokens[k].Text.Length == 1 && char.IsUpper(tokens[k].Text[0]))
        {
            bool dotAfter = k + 1 < tokens.Count && tokens[k + 1].Text == "." && tokens[k + 1].Start == tokens[k].End;
            bool dotBefore = k > i && tokens[k - 1].Text == "." && tokens[k - 1].End == tokens[k].Start;
            if (dotAfter) k += 2;
            else if (dotBefore) k++;
            else break;
        }
        return k - i;
    }

    // One capital letter standing alone as a word, a space on each side; not "I", which opens a Balinese
    // name ("I Made Wirawan") and is a regnal number.
    private static bool BareInitial(IReadOnlyList<NameToken> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && tokens[i].Text != "I"
        && tokens[i].Start == tokens[i - 1].End + 1 && tokens[i + 1].Start == tokens[i].End + 1;

    /// <summary>Tokens of name particles at token i that a name word follows ("al" "-", "von" "der"), or 0.</summary>
    private int Particles(IReadOnlyList<NameToken> tokens, int i)
    {
        int k = i;
        while (k < tokens.Count && _res.NameParticles.TryGetValue(tokens[k].Text, out var spaced))
        {
            if (IsJoinedHyphen(tokens, k + 1)) k += 2;
            else if (spaced && k + 1 < tokens.Count && tokens[k + 1].Start > tokens[k].End) k++;
            else return 0;
            if (k < tokens.Count && tokens[k].IsCapitalised) return k - i;
        }
        return 0;
    }

    private static bool IsJoinedHyphen(IReadOnlyList<NameToken> tokens, int h) =>
        h + 1 < tokens.Count && h > 0 && tokens[h].Text == "-" && tokens[h - 1].End == tokens[h].Start
        && tokens[h].End == tokens[h + 1].Start && tokens[h + 1].IsWord;

    /// <summary>A personal name of 1–4 words ending at token <paramref name="last"/>; its first token, or -1.</summary>
    public int NameEndingAt(IReadOnlyList<NameToken> tokens, int last)
    {
        int first = last + 1;
        while (last - first + 1 < 4 && IsPersonalNameWord(tokens, first - 1)) first--;
        if (first > last) return -1;
        // A sentence-initial word is capitalised anyway; it counts only when it is no ordinary word, or a word
        // mostly met as a given name ("Budi Hartono, Gubernur X").
        while (last - first + 1 < 4 && first > 0 && tokens[first - 1] is { IsWord: true, IsCapitalised: true, IsAcronym: false } before
               && _res.PersonNameWords.Contains(before.Text.ToLowerInvariant()) && TitleAt(tokens, first - 1) == 0
               && Gazetteer.LongestAt(tokens, first - 1) is null) first--;
        return first;
    }

    /// <summary>
    /// A name headed by a cue word ("Kementerian", "Kota", "Laut", "Dewan"): the cue and the
    /// capitalised words after it. Ordinary words, acronyms, hyphenated parts and known names
    /// extend it; after a known place or acronym (the usual last word of such names) only
    /// ordinary capitalised words continue it, so a person's name after it is not swallowed.
    /// </summary>
    // A capitalised word that is no ordinary word, acronym or cue: the shape of a personal name's word.
    private bool IsBareNameWord(NameToken t) =>
        t.IsWord && t.IsCapitalised && !t.IsAcronym && !_res.IsCommon(t.Text.ToLowerInvariant()) && !_res.HeadCues.ContainsKey(t.Text.ToLowerInvariant());

    private static bool NumberAfter(IReadOnlyList<NameToken> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Text == ".") k++;
        return k < tokens.Count && char.IsDigit(tokens[k].Text[0]);
    }

    // How many connector words ("of", "for the") open at j before a capitalised word, or 0.
    private int ForeignConnectorAt(IReadOnlyList<NameToken> tokens, int j)
    {
        int k = j;
        while (k < tokens.Count && k - j < 2 && tokens[k].IsWord && _res.ForeignConnectors.Contains(tokens[k].Text)) k++;
        return k > j && k < tokens.Count && tokens[k] is { IsWord: true, IsCapitalised: true } ? k - j : 0;
    }

    public (int Length, NodeType Type)? CueNameAt(IReadOnlyList<NameToken> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || !t.IsCapitalised || !_res.HeadCues.TryGetValue(t.Text.ToLowerInvariant(), out var type)) return null;
        // "Wali Kota Sari Dewi": a place head that ends a title starts no place; a body's head there still names
        // the body ("Kepala Badan Sarana Pertahanan").
        for (int back = 1; back <= 2 && back <= i && type == NodeType.Place; back++)
            if (TitleAt(tokens, i - back) > back) return null;
        // "Menko Bidang Politik dan Keamanan X": after a title, or inside one, such a head opens the office's domain, not a body.
        if (_res.DomainHeads.Contains(t.Text.ToLowerInvariant()))
            for (int start = Math.Max(0, i - 4); start < i; start++)
                if (TitleAt(tokens, start) >= i - start) return null;
        // "di dua Masjid Christchurch": a place head counted as more than one is a common noun for several
        // places, and the name after it says where they are.
        if (type == NodeType.Place && i > 0 && tokens[i - 1].IsWord
            && _res.CaseRoles.GetValueOrDefault(tokens[i - 1].Text.ToLowerInvariant()) == "several") return null;
        // A head of two words types the name by both ("Kantor Berita" is an agency, "Kantor" a building).
        int headLength = 1;
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && _res.HeadCues.TryGetValue(t.Text.ToLowerInvariant() + " " + tokens[i + 1].Text.ToLowerInvariant(), out var pairType))
            (type, headLength) = (pairType, 2);
        int j = i + 1, known = 0;
        bool closed = false, afterPerson = false, ownWord = false, office = false;
        // A known name the cue starts ("Sekretariat Presiden") is whole: after it only what would continue
        // any known name does, so the name of the person it introduces is not swallowed.
        if (Gazetteer.LongestAt(tokens, i) is { } g0 && g0.Entry.Type != NodeType.Person && g0.Length > 1)
        {
            known = g0.Length;
            j = i + known;
            closed = true;
            // The list's type wins over the cue's: "Gereja Katolik Dunia" is the listed body, not a building.
            type = g0.Entry.Type;
        }
        while (j < tokens.Count && j - i < 8)
        {
            var w = tokens[j];
            // "PT. DHR": the period of a head written as an abbreviation does not end the name.
            if (j == i + 1 && t.IsAcronym && w.Text == "." && w.Start == t.End && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised) { j++; continue; }
            // "Distrik Oksebang-Distrik Kiwirok": a hyphen before another head joins two names.
            if (w.Text == "-" && j + 1 < tokens.Count && _res.HeadCues.ContainsKey(tokens[j + 1].Text.ToLowerInvariant())) break;
            if (w.Text == "-" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised && j > i + 1 && tokens[j - 1].End == w.Start && w.End == tokens[j + 1].Start) { j++; continue; }
            // "Aiwan-e-Sadr", "Hizb-ul-Mujahideen": a particle between two hyphens joins two words of one name.
            if (j > i && IsJoinedHyphen(tokens, j) && _res.NameParticles.TryGetValue(tokens[j + 1].Text, out var spacedParticle) && !spacedParticle
                && IsJoinedHyphen(tokens, j + 2) && tokens[j + 3].IsCapitalised) { j += 3; continue; }
            // "KRI Lembah-381": a number joined by a hyphen closes the name (a ship's hull number).
            if (w.Text == "-" && j + 1 < tokens.Count && char.IsDigit(tokens[j + 1].Text[0]) && j > i + 1 && tokens[j - 1].End == w.Start && w.End == tokens[j + 1].Start)
            { j += 2; break; }
            // "Kodim 0101/Sukamaju", "Makodam XIV/Lembah": a unit's number, a slash and the name of
            // its territory, written together, are one name.
            if (w.Text == "/" && j > i + 1 && Segmentation.Tokenizer.IsUnitNumber(tokens[j - 1].Text) && tokens[j - 1].End == w.Start
                && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].IsCapitalised && w.End == tokens[j + 1].Start)
            { j++; closed = false; continue; }
            // "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pekerjaan Umum dan Penataan Ruang": a joiner before
            // a derived domain word continues a body's name; before another head it starts a second name.
            if (type == NodeType.Organization && !closed && j > i + 1 && j + 1 < tokens.Count && _res.NameJoiners.Contains(w.Text.ToLowerInvariant())
                && IsDerivedCommonWord(tokens[j + 1]) && !_res.HeadCues.ContainsKey(tokens[j + 1].Text.ToLowerInvariant()))
            { j++; continue; }
            // "Dinas Perumahan dan Kawasan Permukiman": so does one before a place head that is no area's ("Kawasan"),
            // with a domain word after it; "Polda X dan Kota Y" are two names.
            if (type == NodeType.Organization && !closed && j > i + 1 && j + 2 < tokens.Count && _res.NameJoiners.Contains(w.Text.ToLowerInvariant())
                && tokens[j + 1] is { IsWord: true, IsCapitalised: true } placeHead && _res.HeadCues.GetValueOrDefault(placeHead.Text.ToLowerInvariant()) == NodeType.Place
                && !_res.AreaHeads.Contains(placeHead.Text.ToLowerInvariant()) && IsDerivedCommonWord(tokens[j + 2]))
            { j += 2; continue; }
            // "Museum of Fine Arts", "Institute for the Study of War": a foreign name's connector before a capitalised word.
            if (!closed && ForeignConnectorAt(tokens, j) is int connectors and > 0) { j += connectors; continue; }
            if (!w.IsWord || !(w.IsCapitalised || char.IsDigit(w.Text[0]))) break;
            // "Pendopo Gubernur", "Rumah Dinas Bupati Sukamaju": a building named by the office whose holder it
            // serves; the office's region may follow.
            if (j == i + headLength && known == 0 && type == NodeType.Place && !_res.AreaHeads.Contains(t.Text.ToLowerInvariant())
                && !_res.RankTitles.Contains(w.Text.ToLowerInvariant()) && TitleAt(tokens, j) is > 0 and var officeWords)
            { j += officeWords; office = true; continue; }
            if (TitleAt(tokens, j) > 0 && j > i + 1) break;
            // "Tangerang Kota Kompol Efendi": a rank opens the name of the one who holds it, never a place's or body's.
            if (_res.RankTitles.Contains(w.Text.ToLowerInvariant())) break;
            // "Kampung Lowa Distrik Oksa Hulu", "Jalan Raya Glagah Desa Pamriyan": an address names one area, street or
            // site after another; the next area head starts a name of its own.
            if (j > i + 1 && type == NodeType.Place && _res.AreaHeads.Contains(w.Text.ToLowerInvariant())) break;
            // "Desa Pamriyan RT 005 RW 003": letters and a number after a place's name are its address, not its name.
            if (type == NodeType.Place && j > i + 1 && w.IsAcronym && j + 1 < tokens.Count && char.IsDigit(tokens[j + 1].Text[0])) break;
            // "Jalan Lembah No. 12", "Jalan Kenanga Lingkungan 3": a word of an address before a number ends the name.
            if (type == NodeType.Place && j > i + 1 && _res.AddressWords.Contains(w.Text.ToLowerInvariant()) && NumberAfter(tokens, j + 1)) break;
            if (Gazetteer.LongestAt(tokens, j) is { } g)
            {
                // "Jalan Teuku Umar": a street, airport or stadium named after a person holds the name;
                // a listed place after it says where it is ("Jalan Teuku Umar Jakarta Pusat").
                // A listed body already whole ("Gedung Putih") takes no person after it: that is the one it introduces.
                if (g.Entry.Type == NodeType.Person && (!_res.PersonNamedHeads.Contains(t.Text.ToLowerInvariant()) || known > 0)) break;
                if (g.Entry.Type == NodeType.Place && afterPerson) break;
                // "Gedung Lembahraya Jakarta", "Puskesmas Lembah Papua": after a building's own name a listed place
                // says where it stands; with no word of its own before it the place names it ("Istana Kepresidenan Sukamaju").
                if (g.Entry.Type == NodeType.Place && type == NodeType.Place && ownWord && known == 0) break;
                afterPerson = g.Entry.Type == NodeType.Person;
                // A known body followed by a town is the body at that town ("Kejaksaan Agung Jakarta"), not a
                // new one; only a country makes it another state's ("Kementerian Luar Negeri Iran").
                if (known > 0 && j == i + known && g.Entry.Type == NodeType.Place && g.Entry.Kind != "country") break;
                j += g.Length; closed = true; continue;
            }
            var lower = w.Text.ToLowerInvariant();
            if (w.IsAcronym) { j++; closed = true; continue; }
            // "Partai Golkar Sari Yuliati": past a closed name, an ordinary word before a word of a
            // personal name opens that name ("Sari" is also a word).
            // So does a word of personal names before another capitalised word ("Kementerian ESDM Bambang Gatot Aryono").
            if (closed && j + 1 < tokens.Count && _res.IsCommon(lower) && !_res.HeadCues.ContainsKey(lower)
                && (IsBareNameWord(tokens[j + 1]) || _res.PersonNameWords.Contains(lower) && tokens[j + 1] is { IsWord: true, IsCapitalised: true, IsAcronym: false } next
                    && _res.IsGivenNameWord(next.Text.ToLowerInvariant()))
                && tokens[j + 1].Start == w.End + 1 && Gazetteer.LongestAt(tokens, j + 1) is null) break;
            // "Kampung Melayu Kelompok X": past a place's known name, the head of a body starts that body's name.
            if (closed && type == NodeType.Place && _res.HeadCues.GetValueOrDefault(lower) == NodeType.Organization) break;
            if (_res.IsCommon(lower) || _res.HeadCues.ContainsKey(lower)) { j++; continue; }
            if (closed) break;
            ownWord = true;
            j++;
        }
        if (j - 1 >= i && tokens[j - 1].Text == "-") j--;
        // "Kepala Dinas Pendidikan Dodi Saputra Wijaya": after a title, the body's name ends where the name of
        // the person holding it starts (two or more words that may be given names, none of them listed).
        if (type == NodeType.Organization && TitleEndsBefore(tokens, i))
        {
            int k = j;
            while (k - 1 > i + 1 && tokens[k - 1] is { IsWord: true, IsCapitalised: true, IsAcronym: false }
                   && Gazetteer.LongestAt(tokens, k - 1) is null && _res.IsGivenNameWord(tokens[k - 1].Text.ToLowerInvariant())) k--;
            if (j - k >= 2) j = k;
        }
        // An ordinary word a number follows labels that number ("Jalan Cicendo No 12"): it is not part of the name.
        if (j < tokens.Count && char.IsDigit(tokens[j].Text[0]) && j - 1 > i && !tokens[j - 1].IsAcronym
            && _res.IsCommon(tokens[j - 1].Text.ToLowerInvariant()) && Gazetteer.LongestAt(tokens, j - 1) is null) j--;
        // Nothing added to the known name: it is the gazetteer's mention, typed by the list, not by the cue.
        if (j <= i + 1 || j - i == known) return null;
        // A listed body a forces head opens ("Pasukan RSF") is the gazetteer's; a country after it says where, not another body.
        int owner = i + 1;
        if (_res.ForcesHeads.Contains(t.Text.ToLowerInvariant()) && (known > 0 || ForcesOf(tokens, i + 1, j, out owner)))
        {
            // "Pasukan Elite Quds Iran": a proper word before the country names the body, which the country only places.
            if (known == 0 && owner > i + 1 && Enumerable.Range(i + 1, owner - i - 1).Any(k => tokens[k].IsWord && !_res.IsCommon(tokens[k].Text.ToLowerInvariant())))
                return (owner - i, type);
            return null;
        }
        // Two ordinary words ("Angkatan Udara", "Dewan Keamanan") are a description, not a name;
        // a name needs a proper word, an acronym or a known name, or three capitalised words.
        bool proper = closed || office;
        for (int k = i + 1; k < j && !proper; k++)
            proper = tokens[k].IsWord && !_res.IsCommon(tokens[k].Text.ToLowerInvariant()) && !_res.HeadCues.ContainsKey(tokens[k].Text.ToLowerInvariant());
        int words = 0;
        for (int k = i; k < j; k++) if (tokens[k].IsWord) words++;
        return proper || words >= 3 ? (j - i, type) : null;
    }

    // Whether the words after a forces head say whose forces they are rather than name a body: a listed name right
    // after the head ("Pasukan Rusia", "Milisi Houthi"), or words closed by a listed country or body ("Pasukan
    // Keamanan Militer Pakistan", "Pasukan Elite Hamas"); a region there names a body ("Tentara Pembebasan Papua Tengah").
    // <paramref name="owner"/> is where the listed name closing the words starts (the head's next word for a name right after it).
    private bool ForcesOf(IReadOnlyList<NameToken> tokens, int from, int end, out int owner)
    {
        owner = from;
        if (from >= end) return false;
        if (Gazetteer.LongestAt(tokens, from) is not null) return true;
        int k = from;
        while (k < end && tokens[k].IsWord && Gazetteer.LongestAt(tokens, k) is null) k++;
        owner = k;
        return k > from && k < end && Gazetteer.LongestAt(tokens, k) is { } last && k + last.Length == end
               && (last.Entry.Kind == "country" || last.Entry.Type == NodeType.Organization);
    }

    private bool TitleEndsBefore(IReadOnlyList<NameToken> tokens, int i)
    {
        for (int start = Math.Max(0, i - 4); start < i; start++)
            if (TitleAt(tokens, start) == i - start) return true;
        return false;
    }

    /// <summary>
    /// The unit named after a unit head's title that ends right before token <paramref name="i"/>:
    /// "Kapolda Sulawesi Selatan Irjen X" → (2, "Polda", Organization). The name must be clearly closed: a known
    /// place, acronyms, or capitalised words followed by a rank or title (after a comma or not), so
    /// the name of a person after the title ("Kapolda Budi Santoso") is never taken for a unit.
    /// </summary>
    public (int Length, string Unit, NodeType Type)? UnitNameAt(IReadOnlyList<NameToken> tokens, int i)
    {
        if (_res.TitleUnits.Count == 0 || i <= 0 || i >= tokens.Count || !tokens[i].IsWord || !(tokens[i].IsCapitalised || char.IsDigit(tokens[i].Text[0]))) return null;
        (string Word, NodeType Type) unit = default;
        for (int start = Math.Max(0, i - 3); start < i && unit.Word is null; start++)
            if (TitleAt(tokens, start) == i - start)
                _res.TitleUnits.TryGetValue(string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => t.Text.ToLowerInvariant())), out unit);
        if (unit.Word is null) return null;
        if (Gazetteer.LongestAt(tokens, i) is { } g)
            return g.Entry.Type == NodeType.Place ? (g.Length, unit.Word, unit.Type) : null;
        // "Korem 172/Wira Yudha": numbers and slashes belong to a unit's name.
        int j = i;
        bool acronyms = true;
        while (j < tokens.Count && j - i < 6)
        {
            var t = tokens[j];
            if (t.Text == "/" && j > i && j + 1 < tokens.Count && tokens[j + 1].IsWord) { j++; continue; }
            if (!t.IsWord || !(t.IsCapitalised || char.IsDigit(t.Text[0]))) break;
            if (TitleAt(tokens, j) > 0 || IsRankQualifier(tokens, j)) break;
            if (Gazetteer.LongestAt(tokens, j) is { Entry.Type: NodeType.Person }) return null;
            acronyms &= t.IsAcronym || char.IsDigit(t.Text[0]);
            j++;
        }
        int words = tokens.Skip(i).Take(j - i).Count(t => t.IsWord);
        if (words == 0 || words > 3) return null;
        int next = j < tokens.Count && tokens[j].Text == "," ? j + 1 : j;
        bool rankAfter = next < tokens.Count && TitleAt(tokens, next) > 0;
        return acronyms || rankAfter ? (j - i, unit.Word, unit.Type) : null;
    }
}
