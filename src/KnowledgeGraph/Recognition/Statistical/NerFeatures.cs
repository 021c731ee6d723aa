using System.Globalization;

namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// Turns a tokenised sentence into hashed feature ids per token. Features are hashed (64-bit FNV-1a)
/// rather than stored as strings so tagging allocates little and the model file stays compact;
/// the hash is fixed, so a model trained on one machine tags identically on another.
/// </summary>
public sealed class NerFeatures
{
    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _commonWords;

    /// <param name="titleWords">Words of titles and roles ("menteri", "presiden").</param>
    /// <param name="commonWords">Words written in lower case in running text; a capitalised one is likely just sentence-initial.</param>
    public NerFeatures(IEnumerable<string>? titleWords = null, IEnumerable<string>? commonWords = null)
    {
        _titleWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in titleWords ?? []) _titleWords.Add(w.ToLowerInvariant());
        _commonWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in commonWords ?? []) _commonWords.Add(w.ToLowerInvariant());
    }

    public IReadOnlyCollection<string> CommonWords => _commonWords;

    /// <summary>Lower-cased words that typically precede a name (titles, roles); stored in the model.</summary>
    public IReadOnlyCollection<string> TitleWords => _titleWords;

    private const string Bos = "<s>";
    private const string Eos = "</s>";

    /// <summary>Fills <paramref name="buffer"/> with the features of every token. Without case, only case-blind features are produced.</summary>
    public void Extract(IReadOnlyList<string> tokens, bool cased, FeatureBuffer buffer)
    {
        int n = tokens.Count;
        buffer.Reset(n);
        var (lower, shortShape, title, common) = buffer.Words(n);
        // Each word's list memberships once, not once per neighbour that asks.
        for (int i = 0; i < n; i++)
        {
            lower[i] = tokens[i].ToLowerInvariant();
            shortShape[i] = cased ? Shape(tokens[i], collapse: true) : "";
            title[i] = _titleWords.Count > 0 && _titleWords.Contains(lower[i]);
            common[i] = _commonWords.Contains(lower[i]);
        }

        string L(int i) => i < 0 ? Bos : i >= n ? Eos : lower[i];
        string S(int i) => i < 0 ? Bos : i >= n ? Eos : shortShape[i];

        for (int i = 0; i < n; i++)
        {
            Token(i);
            buffer.Close();
        }

        void Token(int i)
        {
            var tok = tokens[i];
            var w = lower[i];
            buffer.Add(Hash.Of(0));
            buffer.Add(Hash.Of(1, w));
            for (int k = 1; k <= 4 && k < w.Length; k++)
            {
                buffer.Add(Hash.Of(10 + k, w.AsSpan(0, k)));
                buffer.Add(Hash.Of(20 + k, w.AsSpan(w.Length - k)));
            }
            buffer.Add(Hash.Of(49, LengthBucket(w.Length)));
            bool punct = !HasWordChar(tok);
            int digits = 0, letters = 0, upper = 0;
            foreach (var ch in tok)
            {
                if (char.IsDigit(ch)) digits++;
                else if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            }
            bool digit = digits > 0;
            if (punct) buffer.Add(Hash.Of(45));
            if (digit) buffer.Add(Hash.Of(43));
            if (digit && digits == tok.Length) buffer.Add(Hash.Of(44));
            if (i == 0) buffer.Add(Hash.Of(46));
            if (tok == "-" || (i > 0 && tokens[i - 1] == "-") || (i + 1 < n && tokens[i + 1] == "-")) buffer.Add(Hash.Of(48));

            buffer.Add(Hash.Of(50, L(i - 1)));
            buffer.Add(Hash.Of(51, L(i - 2)));
            buffer.Add(Hash.Of(52, L(i + 1)));
            buffer.Add(Hash.Of(53, L(i + 2)));
            buffer.Add(Hash.Of(54, L(i - 1), w));
            buffer.Add(Hash.Of(55, w, L(i + 1)));
            buffer.Add(Hash.Of(56, L(i - 2), L(i - 1)));
            buffer.Add(Hash.Of(57, L(i + 1), L(i + 2)));

            if (_titleWords.Count > 0)
            {
                if (title[i]) buffer.Add(Hash.Of(70));
                if (i > 0 && title[i - 1]) buffer.Add(Hash.Of(71));
                if (i > 1 && title[i - 2]) buffer.Add(Hash.Of(72));
            }

            bool isCommon = common[i];
            if (isCommon) buffer.Add(Hash.Of(80));
            if (i > 0 && common[i - 1]) buffer.Add(Hash.Of(83));
            if (i + 1 < n && common[i + 1]) buffer.Add(Hash.Of(84));

            if (!cased) return;
            buffer.Add(Hash.Of(2, tok));
            Span<char> shape = stackalloc char[ShapeLength];
            buffer.Add(Hash.Of(30, shape[..Shape(tok, collapse: false, shape)]));
            buffer.Add(Hash.Of(31, shortShape[i]));
            bool initCap = char.IsUpper(tok[0]);
            bool allCaps = tok.Length > 1 && letters > 0 && upper == letters;
            if (initCap) buffer.Add(Hash.Of(41));
            if (allCaps) buffer.Add(Hash.Of(42));
            if (initCap && i == 0) buffer.Add(Hash.Of(47));
            if (initCap && i > 0) buffer.Add(Hash.Of(40));
            if (initCap && _commonWords.Count > 0) buffer.Add(Hash.Of(isCommon ? 81 : 82, i == 0 ? "first" : "inner"));
            buffer.Add(Hash.Of(60, S(i - 1)));
            buffer.Add(Hash.Of(61, S(i + 1)));
            buffer.Add(Hash.Of(62, S(i - 2)));
            buffer.Add(Hash.Of(63, S(i + 2)));
            buffer.Add(Hash.Of(64, S(i - 1), shortShape[i], S(i + 1)));
            buffer.Add(Hash.Of(65, L(i - 1), shortShape[i]));
            buffer.Add(Hash.Of(66, shortShape[i], L(i + 1)));
        }
    }

    private static string LengthBucket(int length) => length switch { 1 => "1", 2 => "2", 3 => "3", <= 5 => "4-5", <= 8 => "6-8", _ => "9+" };

    internal static bool IsWordChar(char c)
    {
        // Same classes as the regex \w, which is how the training corpora and the simple segmenter cut words.
        var cat = char.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || c == '_' || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool HasWordChar(string s)
    {
        foreach (var c in s) if (IsWordChar(c)) return true;
        return false;
    }

    /// <summary>Word shape: X upper, x lower, d digit, other characters kept; long shapes cut at 6, short ones collapse runs.</summary>
    internal static string Shape(string token, bool collapse)
    {
        Span<char> buf = stackalloc char[ShapeLength];
        return new string(buf[..Shape(token, collapse, buf)]);
    }

    private const int ShapeLength = 8;

    private static int Shape(string token, bool collapse, Span<char> buf)
    {
        int len = 0;
        char last = '\0';
        foreach (var c in token)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (collapse && s == last) continue;
            last = s;
            if (len == buf.Length) break;
            buf[len++] = s;
            if (!collapse && len == 6) break;
        }
        return len;
    }
}

/// <summary>64-bit FNV-1a over a template number and UTF-16 text, with a final mix to spread the bits.</summary>
internal static class Hash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Prime squared (mod 2^64): a character below 256 has a zero high byte, whose xor changes nothing,
    // so its two multiplications fold into one and the hash stays the same.
    private const ulong PrimeSquared = unchecked(Prime * Prime);

    private static ulong Step(ulong h, char c)
    {
        if (c < 256) return (h ^ c) * PrimeSquared;
        h ^= (byte)c;
        h *= Prime;
        h ^= (byte)(c >> 8);
        h *= Prime;
        return h;
    }

    private static ulong Mix(ReadOnlySpan<char> s, ulong h)
    {
        foreach (var c in s) h = Step(h, c);
        return Step(h, '\u0001');
    }

    private static ulong Final(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    private static ulong Start(int template) => Step(Offset, (char)template);

    public static ulong Of(int template) => Final(Start(template));
    public static ulong Of(int template, ReadOnlySpan<char> a) => Final(Mix(a, Start(template)));
    public static ulong Of(int template, string a) => Of(template, a.AsSpan());
    public static ulong Of(int template, string a, string b) => Final(Mix(b, Mix(a, Start(template))));
    public static ulong Of(int template, string a, string b, string c) => Final(Mix(c, Mix(b, Mix(a, Start(template)))));
}
