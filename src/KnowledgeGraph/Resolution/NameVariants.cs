namespace KnowledgeGraph.Resolution;

/// <summary>
/// Spelling comparisons between name keys: one edit apart (a dropped, added or changed letter,
/// or two neighbours swapped), and the blocking keys that find such candidates through a
/// dictionary instead of comparing every pair.
/// </summary>
public static class NameVariants
{
    /// <summary>Shortest word that may differ from another by one edit: shorter words differ too often by one letter ("Iran"/"Irak").</summary>
    public const int MinFuzzyWordLength = 5;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by exactly one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a == b) return false;
        int la = a.Length, lb = b.Length;
        if (Math.Abs(la - lb) > 1) return false;
        int i = 0;
        while (i < la && i < lb && a[i] == b[i]) i++;
        if (la == lb)
        {
            // substitution at i, or a swap of i and i+1
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return la > lb ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    /// <summary>
    /// Two multi-word keys that are the same name spelled differently: the same number of words,
    /// all equal but one, and that one long enough in both and one edit apart (or its letters reordered), not in its last
    /// letter when that is a vowel and the word is the first of several (given names differ there: "Mario"/"Maria").
    /// </summary>
    public static bool SameNameMisspelt(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length < 2) return false;
        int diff = -1;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        if (diff < 0) return false;
        var (x, y) = (a[diff], b[diff]);
        // "Mariynsky" and "Maryinsky": a transliteration may also put a letter elsewhere.
        // With three words or more the two words alike say more, and a shorter word may differ ("Chan Chun Sing"/"Chan Chung Sing").
        int shortest = a.Length >= 3 ? MinFuzzyWordLength - 1 : MinFuzzyWordLength;
        if (x.Length < shortest || y.Length < shortest || !(OneEditApart(x, y) || LettersReordered(x, y))) return false;
        if (x[0] != y[0]) return false;
        // A given name changes its gender by its last vowel ("Mario"/"Maria"); a last consonant typed
        // differently ("Bahrun"/"Bahrum") is a slip.
        if (diff == 0 && x.Length == y.Length && x[^1] != y[^1] && (IsVowel(x[^1]) || IsVowel(y[^1]))) return false;
        return char.IsLetter(x[^1]) && !x.Any(char.IsDigit) && !y.Any(char.IsDigit);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Blocking keys of a multi-word key: the key with one long word blanked, once per such word.</summary>
    public static IEnumerable<string> WordBlanks(string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Length < MinFuzzyWordLength - 1) continue;
            var copy = (string[])words.Clone();
            copy[i] = "\u0001" + words[i][0];
            yield return string.Join(' ', copy);
        }
    }

    /// <summary>Blocking keys of a single word: the word with each letter left out in turn (one edit apart ⇒ a shared key).</summary>
    public static IEnumerable<string> Deletions(string word)
    {
        yield return word;
        for (int i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    /// <summary>Shortest word compared by its letters alone: short words share their letters too often.</summary>
    public const int MinReorderedWordLength = 6;

    /// <summary>
    /// True when two long words are one word typed with its letters out of order: the same
    /// first three letters and the same letters, give or take one ("Gokhale" typed "Goklahel").
    /// </summary>
    public static bool LettersReordered(string a, string b)
    {
        if (a == b || a.Length < MinReorderedWordLength || b.Length < MinReorderedWordLength) return false;
        if (Math.Abs(a.Length - b.Length) > 1 || !a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3))) return false;
        var (x, y) = (LetterBag(a), LetterBag(b));
        if (x.Length == y.Length) return x == y;
        var (longer, shorter) = x.Length > y.Length ? (x, y) : (y, x);
        return BagDeletions(longer).Contains(shorter);
    }

    /// <summary>The letters of a word in sorted order: words that differ only in letter order share it.</summary>
    public static string LetterBag(string word)
    {
        var c = word.ToCharArray();
        Array.Sort(c);
        return new string(c);
    }

    /// <summary>Blocking keys of a letter bag: the bag itself and the bag with each distinct letter taken once away.</summary>
    public static IEnumerable<string> BagDeletions(string bag)
    {
        yield return bag;
        for (int i = 0; i < bag.Length; i++)
            if (i == 0 || bag[i] != bag[i - 1]) yield return string.Concat(bag.AsSpan(0, i), bag.AsSpan(i + 1));
    }

    /// <summary>
    /// A person's name with its chain of patronymics cut to the first: "a bin b bin c al d" →
    /// "a bin b al d". Null when the name has no particle between name words.
    /// </summary>
    public static string? FirstLineage(string[] words, HashSet<string> particles)
    {
        int first = -1, last = -1;
        for (int i = 1; i + 1 < words.Length; i++)
            if (particles.Contains(words[i]))
            {
                if (first < 0) first = i;
                last = i;
                i++;
            }
        if (first < 0) return null;
        return string.Join(' ', words[..(first + 2)].Concat(words[(last + 2)..]));
    }

    /// <summary>Keys of the name with one inner word left out ("kepolisian negara republik indonesia" → "kepolisian republik indonesia").</summary>
    public static IEnumerable<string> InnerWordDrops(string[] words)
    {
        for (int i = 1; i + 1 < words.Length; i++)
            yield return string.Join(' ', words.Take(i).Concat(words.Skip(i + 1)));
    }

    /// <summary>An acronym with two neighbouring letters swapped, once per pair ("nato" → "anto", "ntao", "naot").</summary>
    public static IEnumerable<string> Swaps(string acronym)
    {
        for (int i = 0; i + 1 < acronym.Length; i++)
        {
            if (acronym[i] == acronym[i + 1]) continue;
            var c = acronym.ToCharArray();
            (c[i], c[i + 1]) = (c[i + 1], c[i]);
            yield return new string(c);
        }
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/>, one capitalised word, is cut from the words of
    /// <paramref name="name"/> in order, a piece of two letters or more from the start of each word it
    /// takes, taking its last word ("Kobar" of "Kotawaringin Barat", "Kaltim" of "Kalimantan Timur").
    /// Words may be passed over at the start only ("Kabupaten").
    /// </summary>
    public static bool IsSyllabicShortForm(string shortForm, string name)
    {
        if (shortForm.Length < 4 || !char.IsUpper(shortForm[0]) || shortForm.AsSpan(1).ContainsAnyExceptInRange('a', 'z')) return false;
        var s = shortForm.ToLowerInvariant();
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        for (int first = 0; first < words.Length - 1; first++)
            if (Cut(s, 0, words, first)) return true;
        return false;

        // Whether s[at..] is pieces of words[w..], one piece a word, to the last word.
        static bool Cut(string s, int at, string[] words, int w)
        {
            if (w == words.Length) return at == s.Length;
            var word = words[w];
            for (int len = Math.Min(word.Length, s.Length - at); len >= 2; len--)
                if (string.CompareOrdinal(s, at, word, 0, len) == 0 && Cut(s, at + len, words, w + 1)) return true;
            return false;
        }
    }
}
