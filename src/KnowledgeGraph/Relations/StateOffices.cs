using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition.Rules;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Offices of a state ("Presiden", "Menteri Luar Negeri", "Sekretaris Kabinet": titles holding a
/// word of role state-office) and the country a known holder serves. The country comes from the
/// person's gazetteer affiliations, directly or through a body the gazetteer places in a country,
/// and counts only when it is one country and the document names it.
/// </summary>
public sealed class StateOffices
{
    private readonly RelationLexicon _lexicon;
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bodyCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _titleBodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Title, string Body)> _headBodies = [];
    // Organisation aliases to their canonical names: "Menteri ESDM" heads "Kementerian ESDM", which the list calls by its full name.
    private readonly Dictionary<string, string> _bodyNames = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="titleBodies">Rows of relations/title-bodies.tsv: a title and the canonical name of the body it heads.</param>
    public StateOffices(IEnumerable<GazetteerEntry> gazetteer, RelationLexicon lexicon, IEnumerable<string[]>? titleBodies = null)
    {
        _lexicon = lexicon;
        foreach (var row in titleBodies ?? [])
            if (row.Length > 1 && row[0].EndsWith(" *", StringComparison.Ordinal) && row[1].EndsWith(" *", StringComparison.Ordinal))
                _headBodies.Add((row[0][..^2], row[1][..^2]));
            else if (row.Length > 1) _titleBodies.TryAdd(row[0], row[1]);
        var entries = gazetteer.ToList();
        foreach (var e in entries)
            if (e.Type == NodeType.Place && e.Kind == "country") _countries.Add(e.Canonical);
        foreach (var e in entries)
        {
            if (e.Type == NodeType.Organization && e.Affiliations.Count == 1 && _countries.Contains(e.Affiliations[0]))
                _bodyCountry.TryAdd(e.Canonical, e.Affiliations[0]);
            if (e.Type == NodeType.Organization)
                foreach (var a in e.Aliases) _bodyNames.TryAdd(a, e.Canonical);
            if (e.Type != NodeType.Person || e.Affiliations.Count == 0) continue;
            _people.TryAdd(e.Canonical, e.Affiliations);
            foreach (var a in e.Aliases) _people.TryAdd(a, e.Affiliations);
        }
    }

    /// <summary>Whether the title of <paramref name="length"/> tokens at <paramref name="start"/> is an office of a state.</summary>
    public bool IsStateOffice(IReadOnlyList<NameToken> tokens, int start, int length)
    {
        for (int k = start; k < start + length && k < tokens.Count; k++)
            if (_lexicon.HasRole(tokens[k].Text.ToLowerInvariant(), "state-office")) return true;
        return false;
    }

    /// <summary>Whether the gazetteer ties the person to some country: then that, not the story, tells which.</summary>
    public bool HasKnownCountry(Mention person)
    {
        if (!_people.TryGetValue(person.Canonical ?? person.Surface, out var affiliations)
            && !_people.TryGetValue(person.Surface, out affiliations)) return false;
        return affiliations.Any(a => _countries.Contains(a) || _bodyCountry.ContainsKey(a));
    }

    /// <summary>
    /// Whether the gazetteer ties the person to countries and the body to another one: "Menteri Luar Negeri
    /// Penny Wong" in a story naming Indonesia's foreign ministry heads Australia's, not the one named.
    /// </summary>
    public bool ServesAnotherCountry(Mention person, Mention body)
    {
        if (!_bodyCountry.TryGetValue(body.Canonical ?? body.Surface, out var bodyCountry)) return false;
        if (!_people.TryGetValue(person.Canonical ?? person.Surface, out var affiliations)
            && !_people.TryGetValue(person.Surface, out affiliations)) return false;
        var served = affiliations.Select(a => _countries.Contains(a) ? a : _bodyCountry.GetValueOrDefault(a)).OfType<string>().ToList();
        return served.Count > 0 && !served.Contains(bodyCountry);
    }

    public bool IsCountry(Mention place) => place.Type == NodeType.Place && _countries.Contains(place.Canonical ?? place.Surface);

    /// <summary>The document's mention of the one country a known person serves, or null.</summary>
    /// <param name="named">The document's mentions by name (<see cref="NamedIn"/>).</param>
    public Mention? CountryServed(IReadOnlyDictionary<(NodeType, string), Mention> named, Mention person)
    {
        if (!_people.TryGetValue(person.Canonical ?? person.Surface, out var affiliations)
            && !_people.TryGetValue(person.Surface, out affiliations)) return null;
        string? country = null;
        foreach (var a in affiliations)
        {
            var c = _countries.Contains(a) ? a : _bodyCountry.GetValueOrDefault(a);
            if (c is null) continue;
            if (country is not null && country != c) return null;
            country = c;
        }
        return country is null ? null : named.GetValueOrDefault((NodeType.Place, country));
    }

    /// <summary>
    /// The first resolved mention of each place and organisation of a document, by name: what the
    /// two look-ups above answer from, made once per document rather than by a walk over all its
    /// mentions for each title.
    /// </summary>
    public static Dictionary<(NodeType, string), Mention> NamedIn(Document document)
    {
        var named = new Dictionary<(NodeType, string), Mention>();
        foreach (var m in document.Mentions)
            if (m.Type is NodeType.Place or NodeType.Organization && m.EntityId is not null)
                named.TryAdd((m.Type, m.Canonical ?? m.Surface), m);
        return named;
    }

    /// <summary>The document's mention of the body a title heads without naming it ("Kapolri" → Polri), or null.</summary>
    public Mention? BodyOfTitle(IReadOnlyDictionary<(NodeType, string), Mention> named, IReadOnlyList<NameToken> tokens, int start, int length)
    {
        if (_titleBodies.Count == 0 || start + length > tokens.Count) return null;
        var title = string.Join(' ', Enumerable.Range(start, length).Select(k => tokens[k].Text));
        if (_titleBodies.TryGetValue(title, out var body)) return named.GetValueOrDefault((NodeType.Organization, body));
        // "Menteri Pertanian" → "Kementerian Pertanian": a row "Menteri *" names the body by the words after the head.
        foreach (var (head, bodyHead) in _headBodies)
            if (title.Length > head.Length && title.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase)
                && bodyHead + title[head.Length..] is var name
                && (named.GetValueOrDefault((NodeType.Organization, name))
                    ?? (_bodyNames.TryGetValue(name, out var canonical) ? named.GetValueOrDefault((NodeType.Organization, canonical)) : null)) is { } ministry)
                return ministry;
        return null;
    }

    /// <summary>Whether the title heads a regional branch ("Kapolda Papua"): the place after it names the branch, not the body served.</summary>
    public bool IsBranchHead(IReadOnlyList<NameToken> tokens, int start) =>
        start < tokens.Count && _lexicon.HasRole(tokens[start].Text.ToLowerInvariant(), "branch-head");

    /// <summary>
    /// Whether a conjunction alone joins two offsets ("A dan Perdana Menteri B"); in a list set off by
    /// commas each office names its own country.
    /// </summary>
    public bool OnlyJoinersBetween(string text, int from, int to)
    {
        if (from > to) return false;
        bool joined = false;
        foreach (var part in text[from..to].Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            if (_lexicon.HasRole(part.ToLowerInvariant(), "and")) joined = true;
            else return false;
        return joined;
    }
}
