namespace KnowledgeGraph.Packs;

/// <summary>
/// How the language builds words, read from the morphology folder of a language
/// (Resources/&lt;lang&gt;/morphology): the prefixes and suffixes taken off a derived word to find
/// its dictionary stem, the pronoun clitics written onto a word, and the word classes a prefix
/// tells (active, passive, verb-like). A language without these files has no morphology: every
/// word is only itself, and no prefix puts a word in a class.
/// </summary>
public sealed class Morphology
{
    /// <summary>Fewest letters a stem keeps once its affixes are taken off.</summary>
    public const int ShortestStem = 3;

    private readonly List<(string Prefix, string Restore)> _prefixes = [];
    // The prefixes by their first letter, in file order: a word is tried only against those it can start with.
    // An empty prefix (none ships) fits every word, so it is in every group, and alone for other letters.
    private Dictionary<char, (string Prefix, string Restore)[]> _prefixesByFirst = [];
    private (string Prefix, string Restore)[] _bareOnly = [];
    private readonly List<string> _suffixes = [];
    private readonly List<(string Clitic, int ShortestStem)> _clitics = [];
    private readonly Dictionary<string, List<ClassRule>> _classes = new(StringComparer.Ordinal);

    private sealed record ClassRule(string Prefix, int ShortestWord, string[] ExemptEndings, bool StemOverrides);

    // The ordinary words of the language (the pack's words/common.txt), taken only when a class rule asks for them.
    private IReadOnlySet<string>? _words;

    /// <summary>The morphology files of a pack (the morphology folder), overlays merged in.</summary>
    public static Morphology FromPack(LanguagePack pack)
    {
        var m = new Morphology();
        foreach (var row in pack.Rows("morphology/prefixes.tsv"))
            m._prefixes.Add((row[0].ToLowerInvariant(), row[1].ToLowerInvariant()));
        foreach (var row in pack.Rows("morphology/suffixes.txt"))
            m._suffixes.Add(row[0].ToLowerInvariant());
        foreach (var row in pack.Rows("morphology/pronoun-clitics.tsv"))
            m._clitics.Add((row[0].ToLowerInvariant(), Number(row[1], ShortestStem)));
        foreach (var row in pack.Rows("morphology/word-classes.tsv"))
        {
            if (row.Count < 2) continue;
            if (!m._classes.TryGetValue(row[0], out var rules)) m._classes[row[0]] = rules = [];
            rules.Add(new ClassRule(row[1].ToLowerInvariant(), Number(row[2], 0),
                row.List(3).Select(e => e.ToLowerInvariant()).ToArray(), row.Count > 4 && row[4] == "stem"));
        }
        m._prefixesByFirst = m._prefixes.Where(p => p.Prefix.Length > 0).Select(p => p.Prefix[0]).Distinct()
            .ToDictionary(c => c, c => m._prefixes.Where(p => p.Prefix.Length == 0 || p.Prefix[0] == c).ToArray());
        m._bareOnly = [.. m._prefixes.Where(p => p.Prefix.Length == 0)];
        if (m._classes.Values.Any(rules => rules.Any(r => r.StemOverrides)))
            m._words = pack.CommonWords;
        return m;
    }

    private static int Number(string text, int otherwise) => int.TryParse(text, out var n) && n >= 0 ? n : otherwise;

    /// <summary>
    /// The stems a lower-case word may be derived from, suffix by suffix and prefix by prefix
    /// ("menegaskan" → "menegas", …, "tegas"); the word itself is not among them.
    /// </summary>
    public IEnumerable<string> Stems(string lower)
    {
        for (int s = -1; s < _suffixes.Count; s++)
        {
            var suffix = s < 0 ? "" : _suffixes[s];
            var w = lower.EndsWith(suffix, StringComparison.Ordinal) ? lower[..^suffix.Length] : lower;
            if (w.Length < ShortestStem) continue;
            if (w != lower) yield return w;
            foreach (var (prefix, restore) in _prefixes)
            {
                if (!w.StartsWith(prefix, StringComparison.Ordinal) || w.Length - prefix.Length < ShortestStem) continue;
                yield return restore + w[prefix.Length..];
            }
        }
    }

    /// <summary>Whether one of the word's <see cref="Stems"/> is in <paramref name="words"/>: the same stems, looked up without making a string of each.</summary>
    public bool HasStemIn(string lower, IReadOnlySet<string> words)
    {
        if (words is not HashSet<string> set || !set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)) return Stems(lower).Any(words.Contains);
        Span<char> buffer = stackalloc char[64];
        for (int s = -1; s < _suffixes.Count; s++)
        {
            var suffix = s < 0 ? "" : _suffixes[s];
            var w = lower.EndsWith(suffix, StringComparison.Ordinal) ? lower.AsSpan(0, lower.Length - suffix.Length) : lower.AsSpan();
            if (w.Length < ShortestStem) continue;
            if (w.Length != lower.Length && lookup.Contains(w)) return true;
            foreach (var (prefix, restore) in _prefixesByFirst.GetValueOrDefault(w[0]) ?? _bareOnly)
            {
                if (!w.StartsWith(prefix, StringComparison.Ordinal) || w.Length - prefix.Length < ShortestStem) continue;
                var rest = w[prefix.Length..];
                int length = restore.Length + rest.Length;
                if (length > buffer.Length)
                {
                    if (set.Contains(string.Concat(restore, rest))) return true;
                    continue;
                }
                restore.CopyTo(buffer);
                rest.CopyTo(buffer[restore.Length..]);
                if (lookup.Contains(buffer[..length])) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the lower-case word carries both a prefix and a suffix around a known stem
    /// ("kepresidenan" = ke + presiden + an, "pertahanan" = per + tahan + an): a derived word, never a given name.
    /// </summary>
    public bool IsCircumfixed(string lower, Func<string, bool> isStem)
    {
        foreach (var suffix in _suffixes)
        {
            if (suffix.Length == 0 || !lower.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var w = lower[..^suffix.Length];
            foreach (var (prefix, restore) in _prefixes)
                if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length - prefix.Length >= ShortestStem && isStem(restore + w[prefix.Length..]))
                    return true;
        }
        return false;
    }

    /// <summary>Whether a prefix puts the lower-case word in the named class ("active", "passive", "verb").</summary>
    public bool IsClass(string lower, string wordClass)
    {
        if (!_classes.TryGetValue(wordClass, out var rules)) return false;
        foreach (var r in rules)
        {
            if (lower.Length < r.ShortestWord || !lower.StartsWith(r.Prefix, StringComparison.Ordinal)) continue;
            // "dimediasi" is di + mediasi, a passive, though "diskusi" and "diplomasi" are nouns.
            if (r.ExemptEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
                && !(r.StemOverrides && _words is not null && _words.Contains(lower[r.Prefix.Length..]))) continue;
            // "dingin", "distrik": an ordinary word whose letters after the prefix are no word, bare or
            // with its own affixes taken off, only starts like a derived form.
            if (r.StemOverrides && _words is not null && _words.Contains(lower) && !HasStemAfter(lower, r.Prefix.Length)) continue;
            return true;
        }
        return false;
    }

    // Whether the letters after a prefix of the given length are an ordinary word, bare or with its own affixes taken off ("perluas" → "luas").
    private bool HasStemAfter(string lower, int prefixLength)
    {
        var rest = lower[prefixLength..];
        return _words!.Contains(rest) || HasStemIn(rest, _words);
    }

    /// <summary>The lower-case word without the pronoun clitic it ends in ("katanya" → "kata"); null when it carries none.</summary>
    public string? WithoutClitic(string lower)
    {
        foreach (var (clitic, shortest) in _clitics)
            if (lower.EndsWith(clitic, StringComparison.Ordinal) && lower.Length - clitic.Length >= Math.Max(shortest, 1))
                return lower[..^clitic.Length];
        return null;
    }

    /// <summary>Whether the lower-case word is a pronoun clitic written on its own.</summary>
    public bool IsClitic(string lower) => _clitics.Any(c => c.Clitic == lower);
}
