namespace KnowledgeGraph.Parsing;

/// <summary>Precomputed hashes of a word's form, lower case, affixes and shape.</summary>
public readonly record struct WordInfo(ulong Form, ulong Lower, ulong Shape, ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Prefix4,
    ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, int Length)
{
    public static WordInfo[] Of(IReadOnlyList<string> forms)
    {
        var result = new WordInfo[forms.Count];
        for (int i = 0; i < forms.Count; i++) result[i] = Of(forms[i]);
        return result;
    }

    public static WordInfo Of(string form)
    {
        Span<char> buf = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(buf);
        ReadOnlySpan<char> low = buf;
        return new WordInfo(FeatureHash.Of(form), FeatureHash.Of(low), ShapeOf(form), P(low, 1), P(low, 2), P(low, 3), P(low, 4),
            S(low, 1), S(low, 2), S(low, 3), S(low, 4), low.Length);
    }

    private static ulong P(ReadOnlySpan<char> low, int k) => FeatureHash.Mix(7000 + (ulong)k, low.Length >= k ? FeatureHash.Of(low[..k]) : FeatureHash.None);
    private static ulong S(ReadOnlySpan<char> low, int k) => FeatureHash.Mix(8000 + (ulong)k, low.Length >= k ? FeatureHash.Of(low[(low.Length - k)..]) : FeatureHash.None);

    /// <summary>Character classes with runs collapsed ("Jakarta" → "Xx", "F-35" → "X-d", "2022" → "d4").</summary>
    private static ulong ShapeOf(string form)
    {
        Span<char> shape = stackalloc char[8];
        int len = 0;
        char last = '\0';
        bool allDigits = form.Length > 0;
        foreach (char c in form)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k != 'd') allDigits = false;
            if (k == last) continue;
            last = k;
            if (len < shape.Length) shape[len++] = k;
        }
        ulong h = FeatureHash.Of(shape[..len]);
        return allDigits ? FeatureHash.Mix(h, (ulong)Math.Min(form.Length, 5)) : h;
    }
}
