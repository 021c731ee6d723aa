using KnowledgeGraph.Language;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// The language data entity resolution reads (Resources/&lt;lang&gt;/resolution): syllabic unit
/// abbreviations and the words they stand for, the words that name a place's administrative
/// level, the country qualifiers that may close a body's name, and the phrases naming a body's
/// headquarters, and the labels under which bodies are known to others. Overlay folders extend it.
/// </summary>
public sealed class ResolutionLexicon
{
    /// <summary>Short form → the words it stands for, both as name keys ("mapolsek" → "markas kepolisian sektor").</summary>
    public Dictionary<string, string> Abbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>Administrative-level words as name keys ("distrik", "kabupaten").</summary>
    public HashSet<string> AdminPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>How many of a place name's first words are its administrative level ("kabupaten", "kota administrasi"): 2, 1 or 0.</summary>
    public int AdminPrefixLength(IReadOnlyList<string> words)
    {
        if (words.Count >= 3 && AdminPrefixes.Contains(words[0] + " " + words[1])) return 2;
        return words.Count > 0 && AdminPrefixes.Contains(words[0]) ? 1 : 0;
    }

    /// <summary>Administrative-level word → the level it names, as name keys ("kampung" → "village"); a word not here names a level of its own.</summary>
    public Dictionary<string, string> AdminLevels { get; } = new(StringComparer.Ordinal);

    /// <summary>Country qualifiers that may end a body's name, as name keys ("ri").</summary>
    public HashSet<string> Qualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Phrases naming a body's headquarters before its name, as name keys ("markas besar").</summary>
    public HashSet<string> SeatPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Head words of a place of its own named after another place ("jalan", "stasiun"), as name keys.</summary>
    public HashSet<string> SiteHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words describing a kind of group before a body's name ("kelompok", "teror"), as name keys.</summary>
    public HashSet<string> GroupWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Modifiers that do not tell two events apart ("gabungan"), as name keys.</summary>
    public HashSet<string> EventModifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels others give a body, as name keys, with the key of the body's own name ("kelompok kriminal bersenjata" → "tentara pembebasan nasional papua barat").</summary>
    public Dictionary<string, string> Designations { get; } = new(StringComparer.Ordinal);

    /// <summary>Letter groups that spell one sound in different romanisations ("oe" → "u"), longest first.</summary>
    public List<(string From, string To)> SpellingEquivalents { get; } = [];

    /// <summary>Pairs of first letters one foreign name is written with in Indonesian and in its own language ("c"/"k").</summary>
    public HashSet<(char, char)> InitialSpellings { get; } = [];

    /// <summary>Particles opening a patronymic in a person's name ("bin"), as name keys.</summary>
    public HashSet<string> LineageParticles { get; } = new(StringComparer.Ordinal);

    public static ResolutionLexicon Empty { get; } = new();

    public static ResolutionLexicon Load(string? resourceDirectory = null, IEnumerable<string>? overlays = null, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory, overlays));

    public static ResolutionLexicon FromPack(LanguagePack pack)
    {
        var lex = new ResolutionLexicon();
        foreach (var row in pack.Rows("resolution/unit-abbreviations.tsv"))
            if (row.Count > 1 && NameKey.Of(row[0]) is { Length: > 0 } s && NameKey.Of(row[1]) is { Length: > 0 } l) lex.Abbreviations[s] = l;
        foreach (var row in pack.Rows("resolution/admin-prefixes.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } p)
            {
                lex.AdminPrefixes.Add(p);
                if (row.Count > 1 && NameKey.Of(row[1]) is { Length: > 0 } level) lex.AdminLevels[p] = level;
            }
        foreach (var row in pack.Rows("resolution/qualifiers.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } q) lex.Qualifiers.Add(q);
        foreach (var row in pack.Rows("resolution/event-modifiers.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } q) lex.EventModifiers.Add(q);
        foreach (var row in pack.Rows("resolution/designations.tsv"))
            if (row.Count > 1 && NameKey.Of(row[0]) is { Length: > 0 } label && NameKey.Of(row[1]) is { Length: > 0 } own) lex.Designations[label] = own;
        foreach (var row in pack.Rows("resolution/spelling-equivalents.tsv"))
            if (row[0].Length > 0) lex.SpellingEquivalents.Add((row[0].ToLowerInvariant(), row.Count > 1 ? row[1].ToLowerInvariant() : ""));
        lex.SpellingEquivalents.Sort((a, b) => b.From.Length.CompareTo(a.From.Length));
        foreach (var row in pack.Rows("resolution/initial-spellings.tsv"))
            if (row.Count > 1 && row[0].Length == 1 && row[1].Length == 1)
            {
                char a = char.ToLowerInvariant(row[0][0]), b = char.ToLowerInvariant(row[1][0]);
                lex.InitialSpellings.Add((a, b));
                lex.InitialSpellings.Add((b, a));
            }
        foreach (var row in pack.Rows("resolution/site-heads.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } h) lex.SiteHeads.Add(h);
        foreach (var row in pack.Rows("resolution/group-words.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } g) lex.GroupWords.Add(g);
        foreach (var row in pack.Rows("resolution/lineage-particles.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } l) lex.LineageParticles.Add(l);
        foreach (var row in pack.Rows("resolution/seat-prefixes.txt"))
            if (NameKey.Of(row[0]) is { Length: > 0 } q) lex.SeatPrefixes.Add(q);
        return lex;
    }

    /// <summary>True when two first letters are the same, or the same letter as two languages write a foreign name.</summary>
    public bool SameInitial(char a, char b) => a == b || InitialSpellings.Contains((a, b));

    /// <summary>A unit's name key with its body's seat left out ("divisi humas markas besar polri" → "divisi humas polri"), or null.</summary>
    public string? WithoutSeat(string key)
    {
        if (key.Length < 2) return null;
        foreach (var prefix in SeatPrefixes)
            for (int at = key.IndexOf(prefix, 1, StringComparison.Ordinal); at > 0; at = key.IndexOf(prefix, at + 1, StringComparison.Ordinal))
                if (key[at - 1] == ' ' && at + prefix.Length < key.Length && key[at + prefix.Length] == ' ')
                    return key[..at] + key[(at + prefix.Length + 1)..];
        return null;
    }

    /// <summary>The body named after a headquarters phrase ("markas besar polri" → "polri"), or null.</summary>
    public string? SeatOf(string key)
    {
        foreach (var prefix in SeatPrefixes)
            if (key.Length > prefix.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal) && key[prefix.Length] == ' ')
                return key[(prefix.Length + 1)..];
        return null;
    }

    /// <summary>
    /// The key by which romanisations of one name compare: each word's letter groups replaced by
    /// their equivalents (longest first, left to right) and doubled letters written once
    /// ("hassan rouhani" → "hasan ruhani", "djoko" → "juku").
    /// </summary>
    public string SoundKey(string key)
    {
        var sb = new System.Text.StringBuilder(key.Length);
        foreach (var word in NameKey.Words(key))
        {
            if (sb.Length > 0) sb.Append(' ');
            int wordStart = sb.Length;
            for (int i = 0; i < word.Length;)
            {
                var match = SpellingEquivalents.FirstOrDefault(e => e.From[^1] == '$'
                    ? i + e.From.Length - 1 == word.Length && string.CompareOrdinal(word, i, e.From, 0, e.From.Length - 1) == 0
                    : string.CompareOrdinal(word, i, e.From, 0, e.From.Length) == 0);
                var piece = match.From is null ? word[i].ToString() : match.To;
                i += match.From is null ? 1 : match.From.TrimEnd('$').Length;
                foreach (var c in piece)
                    if (sb.Length == wordStart || sb[^1] != c) sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A name key with every abbreviated word written out ("mapolsek x" → "markas kepolisian sektor x").</summary>
    public string Expand(string key)
    {
        if (Abbreviations.Count == 0 || key.Length == 0) return key;
        string[]? words = null;
        var parts = NameKey.Words(key);
        for (int i = 0; i < parts.Length; i++)
        {
            if (!Abbreviations.TryGetValue(parts[i], out var longForm)) continue;
            words ??= (string[])parts.Clone();
            words[i] = longForm;
        }
        return words is null ? key : string.Join(' ', words);
    }
}
