using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// The names of one article grouped into entities before they get node ids. Forms of one name
/// join: a country qualifier at the end ("Komisi I DPR RI" = "Komisi I DPR"), a body named
/// without its parent ("Komisi I" = "Komisi I DPR", or the article's "Komisi I DPRD X" where the national one
/// the list gives is not named), a body with the town it stands in
/// ("Polsek Cibeunying Bandung" = "Polsek Cibeunying"), an acronym of a name in the article
/// ("KKB" = "Kelompok Kriminal Bersenjata"), an acronym with two letters swapped, a bare place
/// and the one place named with its level ("Paro" = "Distrik Paro"), a person's multi-word
/// surname ("Van Leeuw" = "Frederic Van Leeuw"), a place's trailing words taken for a person
/// ("Zi Gyi" = "Pa Zi Gyi"), a place cut to its words' first syllables ("Jakpus" = "Jakarta Pusat"), a name misspelt by one letter ("Egianus
/// Kogeya" = "Egianus Kogoya") or romanised otherwise ("Hasan Rohani" = "Hassan Rouhani"), a long name missing an inner word,
/// a place or body named again by its head alone ("Istana" = "Istana Kepresidenan Jakarta"),
/// a person's inner name cut to its initial ("Rudi M Wiratmaja" = "Rudi Marbun Wiratmaja"),
/// and a place or body written with its words in another order ("Stasiun Lebak Bulus MRT" = "Stasiun MRT Lebak Bulus"). A form joins only when
/// exactly one group fits, so "Komisi I" and "Komisi II", or "Kota Bandung" and "Kabupaten
/// Bandung", stay apart. Candidates come from dictionaries keyed by word, prefix and blanked
/// word, so the work is linear in the names of the article.
/// </summary>
internal sealed class ArticleNames
{
    private sealed class Entry(string key, string name, NodeType type, string? seed, int order)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public NodeType Type { get; } = type;
        public string? Seed { get; set; } = seed;
        public int Order { get; } = order;
        public string[] Words { get; } = NameKey.Words(key);
        public Entry Parent { get; set; } = null!;
        public int Size { get; set; } = 1;
        public bool Acronym { get; } = Recognition.Rules.NameToken.IsAcronymText(name);
    }

    private readonly EntityResolver _resolver;
    private readonly ResolutionLexicon _lex;
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, (NodeType Type, string Canonical)> _localAlias;
    private readonly Dictionary<Entry, (NodeType Type, string Canonical)> _resolved = new(ReferenceEqualityComparer.Instance);
    // Short forms whose listed body the article does not name, joined to the article's own body of that form.
    private readonly HashSet<Entry> _overridden = new(ReferenceEqualityComparer.Instance);

    public ArticleNames(EntityResolver resolver, IEnumerable<(string Key, string Name, NodeType Type, string? Canonical)> names,
        IReadOnlyDictionary<string, (NodeType Type, string Canonical)> localAlias)
    {
        _resolver = resolver;
        _lex = resolver.Lexicon;
        _localAlias = localAlias;
        foreach (var (key, name, type, canonical) in names)
        {
            if (_byKey.TryGetValue(key, out var e)) { e.Seed ??= canonical; continue; }
            e = new Entry(key, name, type, canonical, _entries.Count);
            e.Parent = e;
            _entries.Add(e);
            _byKey[key] = e;
        }
    }

    public void Group()
    {
        var open = _entries.Where(e => !_localAlias.ContainsKey(e.Key)).ToList();
        JoinQualified(open);
        JoinTownQualified(open);
        JoinParentless(open);
        JoinAcronyms(open);
        JoinBarePlaces(open);
        JoinSyllabicShortForms(open);
        JoinBareHeads(open);
        JoinContained(open);
        JoinSurnames(open);
        JoinMisspelt(open);
        JoinInnerWordDrops(open);
        JoinMiddleInitials(open);
        JoinLastInitials(open);
        JoinNameTails(open);
        JoinReordered(open);
        foreach (var e in _entries)
        {
            var root = Find(e);
            if (_resolved.ContainsKey(root)) continue;
            var canonical = root.Seed ?? _resolver.Learned(root.Type, root.Key) ?? _resolver.CorpusVariant(root.Type, root.Key, root.Words, root.Acronym) ?? root.Name;
            _resolved[root] = (root.Type, canonical);
        }
    }

    /// <summary>Each group once: its root key, type and canonical name.</summary>
    public IEnumerable<(string Key, NodeType Type, string Canonical)> Groups() =>
        _resolved.OrderBy(kv => kv.Key.Order).Select(kv => (kv.Key.Key, kv.Value.Type, kv.Value.Canonical));

    public (NodeType Type, string Canonical) Resolution(string key)
    {
        if (_localAlias.TryGetValue(key, out var def)) return def;
        return _resolved[Find(_byKey[key])];
    }

    /// <summary>A name that joined nothing and that nothing joined, with no canonical name known.</summary>
    public bool Alone(string key) =>
        !_localAlias.ContainsKey(key) && _byKey[key] is var e && Find(e) == e && e.Size == 1 && e.Seed is null
;

    private Entry Find(Entry e)
    {
        while (e.Parent != e)
        {
            e.Parent = e.Parent.Parent;
            e = e.Parent;
        }
        return e;
    }

    private bool Known(Entry e) => !_overridden.Contains(e) && (e.Seed is not null || _resolver.IsKnown(e.Key) || _resolver.Learned(e.Type, e.Key) is not null);

    // The group keeps the name of its best member: a known name, then the fullest, then the first.
    private bool Better(Entry a, Entry b)
    {
        bool ka = Known(a), kb = Known(b);
        if (ka != kb) return ka;
        if (a.Words.Length != b.Words.Length) return a.Words.Length > b.Words.Length;
        return a.Order < b.Order;
    }

    private void Union(Entry a, Entry b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        var (into, from) = Better(ra, rb) ? (ra, rb) : (rb, ra);
        from.Parent = into;
        into.Size += from.Size;
    }

    // Joins e with the one group among the candidates, if there is exactly one.
    private void JoinUnique(Entry e, IEnumerable<Entry> candidates)
    {
        Entry? only = null;
        var own = Find(e);
        foreach (var c in candidates)
        {
            var root = Find(c);
            if (root == own) continue;
            if (only is not null && only != root) return;
            only = root;
        }
        if (only is not null) Union(e, only);
    }

    // "Stasiun Lebak Bulus MRT" is "Stasiun MRT Lebak Bulus": a place or body of three words or more
    // written again with the same words in another order. Persons keep their order ("Kim Jong Un").
    private void JoinReordered(List<Entry> open)
    {
        var named = open.Where(e => e.Type is NodeType.Place or NodeType.Organization && e.Words.Length >= 3).ToList();
        var byWords = Index(named, e => [string.Join(' ', e.Words.Order(StringComparer.Ordinal))]);
        foreach (var e in named)
            JoinUnique(e, byWords[string.Join(' ', e.Words.Order(StringComparer.Ordinal))].Where(o => !BothKnown(e, o)));
    }

    private Dictionary<string, List<Entry>> Index(IEnumerable<Entry> entries, Func<Entry, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var e in entries)
            foreach (var k in keys(e).Distinct())
            {
                if (!index.TryGetValue(k, out var list)) index[k] = list = [];
                list.Add(e);
            }
        return index;
    }

    // "Komisi I DPR RI" is "Komisi I DPR" when the article also writes it so.
    private void JoinQualified(List<Entry> open)
    {
        foreach (var e in open)
        {
            if (e.Type == NodeType.Person || e.Words.Length < 2 || _resolver.WithoutQualifier(e.Words) is not { } bare) continue;
            if (_byKey.TryGetValue(bare, out var other) && other.Type == e.Type) Union(e, other);
        }
    }

    // "Polsek Cibeunying Bandung" is the article's "Polsek Cibeunying": a body named with the town
    // or province it stands in, and so is a building ("Gereja Katedral Makassar" = "Gereja Katedral").
    // A country makes another state's body ("Kementerian Luar Negeri Iran").
    private void JoinTownQualified(List<Entry> open)
    {
        foreach (var e in open)
        {
            if (e.Type is not (NodeType.Organization or NodeType.Place) || e.Words.Length < 3) continue;
            for (int n = 1; n <= 2 && n <= e.Words.Length - 2; n++)
            {
                if (!_resolver.IsKnownSubnationalPlace(string.Join(' ', e.Words[^n..]))) continue;
                if (_byKey.TryGetValue(string.Join(' ', e.Words[..^n]), out var other) && other.Type == e.Type) { Union(e, other); break; }
            }
        }
    }

    // "Komisi I" is "Komisi I DPR" when what the longer name adds is a known body.
    private void JoinParentless(List<Entry> open)
    {
        var orgs = open.Where(e => e.Type == NodeType.Organization).ToList();
        var byPrefix = Index(orgs.Where(e => e.Words.Length >= 2),
            e => Enumerable.Range(1, e.Words.Length - 1).Select(n => string.Join(' ', e.Words[..n])));
        // The article's bodies by key and by the listed name they were given, to tell whether it names a listed body.
        var bodies = _byKey.Values.Where(o => o.Type == NodeType.Organization).ToList();
        var orgKeys = bodies.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var seeded = bodies.Where(o => o.Seed is not null).GroupBy(o => o.Seed!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var e in orgs)
        {
            if (e.Acronym || !byPrefix.TryGetValue(e.Key, out var longer)) continue;
            // "Komisi II" is listed as the national parliament's; in an article that names "Komisi II DPRD
            // Balikpapan" and not the national one, it is the article's.
            bool listedElsewhere = false;
            if (Known(e))
            {
                var listed = e.Seed ?? _resolver.KnownCanonical(e.Key);
                var listedKey = listed is null ? null : NameKey.Of(listed);
                if (listedKey is null || listedKey == e.Key || !listedKey.StartsWith(e.Key + " ", StringComparison.Ordinal) || orgKeys.Contains(listedKey)
                    || seeded.GetValueOrDefault(listed!) > (e.Seed == listed ? 1 : 0)) continue;
                listedElsewhere = true;
            }
            var fits = longer.Where(l =>
            {
                var rest = l.Key[(e.Key.Length + 1)..];
                return _resolver.KnownType(rest) == NodeType.Organization
                       || (_byKey.TryGetValue(rest, out var r) && r.Type == NodeType.Organization);
            }).ToList();
            if (listedElsewhere && fits.Select(Find).Distinct().Count() != 1) continue;
            if (listedElsewhere) { _overridden.Add(e); e.Seed = null; }
            JoinUnique(e, fits);
        }
    }

    // "KKB" is the article's "Kelompok Kriminal Bersenjata"; "NTAO" is its "NATO".
    private void JoinAcronyms(List<Entry> open)
    {
        var bodies = open.Where(e => e.Type == NodeType.Organization && e.Words.Length >= 2 && !e.Acronym).ToList();
        var byInitials = Index(bodies, e => Initials(e.Words));
        var acronyms = open.Where(e => e.Acronym && e.Words.Length == 1 && e.Key.Length >= 2).ToList();
        var byAcronym = acronyms.ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach (var e in acronyms)
        {
            if (Known(e)) continue;
            if (byInitials.TryGetValue(e.Key, out var full)) { JoinUnique(e, full); continue; }
            if (e.Key.Length < 3) continue;
            JoinUnique(e, NameVariants.Swaps(e.Key).Select(s => byAcronym.GetValueOrDefault(s)).OfType<Entry>().Where(Known));
        }
        // "SYL" is the article's "Syahrul Yasin Limpo": a person called by the initials of every word of the name.
        var people = open.Where(e => e.Type == NodeType.Person && e.Words.Length >= MinInitialledWords && !e.Acronym).ToList();
        var byPersonInitials = Index(people, e => [string.Concat(e.Words.Select(w => w[0]))]);
        foreach (var e in acronyms)
            if (e.Type == NodeType.Person && e.Key.Length >= MinInitialledWords && !Known(e) && byPersonInitials.TryGetValue(e.Key, out var named))
                JoinUnique(e, named);
    }

    // Fewest words of a name its initials stand for: two letters name too many people.
    private const int MinInitialledWords = 3;

    private IEnumerable<string> Initials(string[] words)
    {
        yield return string.Concat(words.Select(w => w[0]));
        var content = words.Where(w => !_resolver.IsFunctionWord(w)).ToArray();
        if (content.Length >= 2) yield return string.Concat(content.Select(w => w[0]));
    }

    // "Jakpus" is the article's "Jakarta Pusat": an unlisted one-word place made of the first syllables of
    // the words of one place of the article ("Kobar" of "Kabupaten Kotawaringin Barat").
    private void JoinSyllabicShortForms(List<Entry> open)
    {
        // Candidates by the first two letters of each word, any of which may open the short form.
        var byOpening = Index(open.Where(e => e.Type == NodeType.Place && e.Words.Length >= 2),
            e => e.Words.Where(w => w.Length >= 2).Select(w => w[..2]));
        foreach (var e in open)
            if (e.Type == NodeType.Place && e.Words.Length == 1 && e.Key.Length >= 4 && !e.Acronym && !Known(e)
                && byOpening.TryGetValue(e.Key[..2], out var places))
                JoinUnique(e, places.Where(p => NameVariants.IsSyllabicShortForm(e.Name, p.Name)));
    }

    // "Paro" is "Distrik Paro" when the article names one place so; "Zamzam" is its "kamp pengungsian Zamzam".
    private void JoinBarePlaces(List<Entry> open)
    {
        var levelled = open.Where(e => e.Type == NodeType.Place && e.Words.Length >= 2 && (AdminPrefix(e) > 0 || LowerHead(e) > 0)).ToList();
        var byBare = Index(levelled, e => [string.Join(' ', e.Words[Math.Max(Math.Max(1, AdminPrefix(e)), LowerHead(e))..])]);
        // "Kampung Sukamaju" and "Desa Sukamaju": one name told with two words of one level is one place.
        foreach (var e in levelled)
            if (AdminPrefix(e) is > 0 and var n && Level(e, n) is { } level)
                JoinUnique(e, byBare[string.Join(' ', e.Words[n..])].Where(o => o != e && AdminPrefix(o) is > 0 and var m && Level(o, m) == level));
        foreach (var e in open)
            if (e.Type == NodeType.Place && byBare.TryGetValue(e.Key, out var full)) JoinUnique(e, full);
    }

    // "Istana" is "Istana Kepresidenan Jakarta": an unlisted one-word place or body that is the head of
    // one longer name of the article, named again by its head alone ("memasuki pintu Istana"). A word already
    // taken for a place the article names with its level ("Puncak" of "Kabupaten Puncak") is that place, not
    // the head of another ("Puncak Jaya").
    private void JoinBareHeads(List<Entry> open)
    {
        var headed = open.Where(e => e.Type is NodeType.Place or NodeType.Organization && e.Words.Length >= 2).ToList();
        if (headed.Count == 0) return;
        var byHead = Index(headed, e => [e.Words[0]]);
        foreach (var e in open)
            if (e.Type is NodeType.Place or NodeType.Organization && e.Words.Length == 1 && !e.Acronym && !_resolver.IsKnown(e.Key)
                && Find(e).Size == 1 && byHead.TryGetValue(e.Key, out var longer))
                JoinUnique(e, longer.Where(l => l.Type == e.Type));
    }

    // "Kantor Lembahraya" is the article's "Kantor Lembahraya Republik Syldavia", "Kepolisian Kotabaru Raya" its
    // "Departemen Kepolisian Kotabaru Raya": an unlisted place or body of two words or more that opens or closes one
    // longer unlisted name of the article of its type, unless what the longer adds names another part ("Utara")
    // or, after a body's name, a place (another state's body, or the body's branch there).
    private void JoinContained(List<Entry> open)
    {
        var named = open.Where(e => e.Type is NodeType.Place or NodeType.Organization && e.Words.Length >= 2 && !e.Acronym && !_resolver.IsKnown(e.Key)).ToList();
        if (named.Count < 2) return;
        var byEdge = Index(named, e => Enumerable.Range(2, e.Words.Length - 2)
            .SelectMany(n => new[] { "<" + string.Join(' ', e.Words[..n]), ">" + string.Join(' ', e.Words[^n..]) }));
        foreach (var e in named)
        {
            // "Dinas Pertanahan Nasional Borduria" is another state's body than the article's "Dinas Pertanahan Nasional".
            var opening = byEdge.GetValueOrDefault("<" + e.Key, []).Where(l => !_resolver.IsCompassWord(l.Words[e.Words.Length])
                && !(e.Type == NodeType.Organization && _resolver.KnownType(string.Join(' ', l.Words[e.Words.Length..])) == NodeType.Place));
            var closing = byEdge.GetValueOrDefault(">" + e.Key, []);
            JoinUnique(e, opening.Concat(closing).Where(l => l.Type == e.Type));
        }
    }

    // Words of an administrative level before a place's name: "Distrik" (1), "Negara Bagian" (2), or 0.
    private int AdminPrefix(Entry e) => _lex.AdminPrefixLength(e.Words);

    // The level the first <paramref name="n"/> words of a place's name tell: "village" for "Kampung", "Desa".
    private string Level(Entry e, int n)
    {
        string prefix = string.Join(' ', e.Words[..n]);
        return _lex.AdminLevels.GetValueOrDefault(prefix, prefix);
    }

    // Words of a common-noun description before a place's proper name ("kamp pengungsian" in
    // "kamp pengungsian Zamzam"): leading lower-case words, when a capitalised word follows them.
    private static int LowerHead(Entry e)
    {
        var surface = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (surface.Length != e.Words.Length) return 0;
        int n = 0;
        while (n < surface.Length && char.IsLower(surface[n][0])) n++;
        return n < surface.Length && char.IsUpper(surface[n][0]) ? n : 0;
    }

    // "Van Leeuw" is "Frederic Van Leeuw": a person's words ending a longer person name; so are
    // the words starting one ("Yoyon Tony" in a caption, "Yoyon Tony Surya Putra" in the body).
    private void JoinSurnames(List<Entry> open)
    {
        var persons = open.Where(e => e.Type == NodeType.Person && e.Words.Length >= 2).ToList();
        var byLast = Index(persons, e => [e.Words[^1]]);
        var byFirst = Index(persons, e => [e.Words[0]]);
        foreach (var e in persons)
        {
            bool listed = _resolver.IsKnown(e.Key);
            JoinUnique(e, byLast[e.Words[^1]].Where(l => l.Words.Length > e.Words.Length && l.Words[^e.Words.Length..].SequenceEqual(e.Words)
                                                         && !(listed && OwnGivenNames(l, e.Words.Length))));
            if (Find(e) == e && e.Size == 1)
                JoinUnique(e, byFirst[e.Words[0]].Where(l => l.Words.Length > e.Words.Length && l.Words[..e.Words.Length].SequenceEqual(e.Words) && !BothKnown(e, l)));
            // "Syekh Ali" after "Syekh Ali Jaber": the religious honorific kept before a single name, and that name
            // opens the full name the article gave.
            if (Find(e) == e && e.Words.Length == 2 && _resolver.IsNamingHonorific(e.Words[0]) && !_resolver.IsKnown(e.Key)
                && byFirst.TryGetValue(e.Words[1], out var opened))
                JoinUnique(e, opened.Where(l => !_resolver.IsNamingHonorific(l.Words[0])));
        }
    }

    // "Ani Rahayu Budi Santoso": given names of its own before a listed person's full name make another
    // person's name (a wife's, a son's), unless it is listed too. Ordinary words there are the rest
    // of a title taken into the name ("Kabinet Teddy Indra Wijaya"), which names the listed person.
    private bool OwnGivenNames(Entry longer, int tail) =>
        !_resolver.IsKnown(longer.Key) && longer.Words[..^tail].All(_resolver.IsGivenNameWord);

    // "Egianus Kogeya" is "Egianus Kogoya": one word one letter off; so are one-word places and
    // bodies of six letters or more ("Mogadisu", "Mogadishu"), or in a first letter two languages write
    // differently ("Kolombo", "Colombo"). Two names the gazetteer knows apart stay apart.
    private void JoinMisspelt(List<Entry> open)
    {
        foreach (var type in new[] { NodeType.Person, NodeType.Organization, NodeType.Place })
        {
            var named = open.Where(e => e.Type == type && e.Words.Length >= 2).ToList();
            var byBlank = Index(named, e => NameVariants.WordBlanks(e.Words));
            foreach (var e in named)
                JoinUnique(e, NameVariants.WordBlanks(e.Words).SelectMany(b => byBlank[b])
                    .Where(o => NameVariants.SameNameMisspelt(e.Words, o.Words) && !BothKnown(e, o)));
            if (type == NodeType.Person)
            {
                // "Hassan Rouhani" and "Hasan Rohani": every word the same under the romanisation key.
                var bySound = Index(named, e => [_lex.SoundKey(e.Key)]);
                foreach (var e in named)
                    JoinUnique(e, bySound[_lex.SoundKey(e.Key)].Where(o => !BothKnown(e, o)));
                continue;
            }
            var single = open.Where(e => e.Type == type && e.Words.Length == 1 && !e.Acronym && e.Key.Length >= 6 && !e.Key.Any(char.IsDigit)).ToList();
            // "Lembahrayya" is the article's "Desa Lembahraya": a place told with its level is compared by its bare name.
            var levelled = type == NodeType.Place
                ? open.Where(e => e.Type == type && e.Words.Length >= 2 && AdminPrefix(e) == e.Words.Length - 1 && e.Words[^1].Length >= 6).ToList()
                : [];
            string Bare(Entry e) => e.Words[^1];
            var byDeletion = Index(single.Concat(levelled), e => NameVariants.Deletions(Bare(e)));
            foreach (var e in single)
                JoinUnique(e, NameVariants.Deletions(e.Key).SelectMany(d => byDeletion[d])
                    .Where(o => _lex.SameInitial(Bare(o)[0], e.Key[0]) && NameVariants.OneEditApart(e.Key, Bare(o)) && !BothKnown(e, o)));
        }
    }

    private bool BothKnown(Entry a, Entry b) => _resolver.IsKnown(a.Key) && _resolver.IsKnown(b.Key);

    // "Zi Gyi", taken for a person, is the article's place "Pa Zi Gyi": the trailing words of a
    // place or body whose first word is no head word (not "Jalan" of "Jalan Ahmad Yani").
    private void JoinNameTails(List<Entry> open)
    {
        var named = open.Where(e => e.Type is NodeType.Organization or NodeType.Place && e.Words.Length >= 3
                                    && char.IsUpper(e.Name[0]) && !_resolver.IsHeadWord(e.Words[0])).ToList();
        var byTail = Index(named, e => [string.Join(' ', e.Words[1..])]);
        foreach (var e in open)
            if (e.Type == NodeType.Person && e.Words.Length >= 2 && !Known(e) && byTail.TryGetValue(e.Key, out var longer))
                JoinUnique(e, longer);
    }

    // "Kepolisian Republik Indonesia" is the article's "Kepolisian Negara Republik Indonesia".
    private void JoinInnerWordDrops(List<Entry> open)
    {
        var bodies = open.Where(e => e.Type is NodeType.Organization or NodeType.Place && e.Words.Length >= 4).ToList();
        var byDrop = Index(bodies, e => NameVariants.InnerWordDrops(e.Words));
        foreach (var e in open)
            if (e.Type is NodeType.Organization or NodeType.Place && e.Words.Length >= 3 && byDrop.TryGetValue(e.Key, out var full))
                JoinUnique(e, full.Where(f => f.Type == e.Type));
    }

    // "Rudi M Wiratmaja" is "Rudi Marbun Wiratmaja": a person named again with an inner name cut to its
    // initial, the first and last names the same.
    private void JoinMiddleInitials(List<Entry> open)
    {
        var full = open.Where(e => e.Type == NodeType.Person && e.Words.Length >= 3 && e.Words[1..^1].All(w => w.Length > 1)).ToList();
        if (full.Count == 0) return;
        var byInitials = Index(full, e => [MiddleInitials(e.Words)]);
        foreach (var e in open)
            if (e.Type == NodeType.Person && e.Words.Length >= 3 && e.Words[1..^1].All(w => w.Length == 1)
                && byInitials.TryGetValue(MiddleInitials(e.Words), out var named))
                JoinUnique(e, named);
    }

    // "Iptu Bambang H" is the article's "Bambang Haryadi": a person named again with the last name cut to its
    // initial, the words before it the same.
    private void JoinLastInitials(List<Entry> open)
    {
        var full = open.Where(e => e.Type == NodeType.Person && e.Words.Length >= 2 && e.Words[^1].Length > 1).ToList();
        if (full.Count == 0) return;
        var byInitial = Index(full, e => [string.Join(' ', e.Words[..^1]) + " " + e.Words[^1][0]]);
        foreach (var e in open)
            if (e.Type == NodeType.Person && e.Words.Length >= 2 && e.Words[^1].Length == 1 && byInitial.TryGetValue(e.Key, out var named))
                JoinUnique(e, named);
    }

    private static string MiddleInitials(string[] words) =>
        words[0] + " " + string.Concat(words[1..^1].Select(w => w[0])) + " " + words[^1];
}
