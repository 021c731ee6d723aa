namespace KnowledgeGraph.Parsing;

/// <summary>
/// Stable 64-bit hashes for feature strings and feature conjunctions. string.GetHashCode is
/// randomised per process, so models would not survive a restart; these are fixed forever.
/// </summary>
internal static class FeatureHash
{
    public const ulong None = 0x5bd1e9955bd1e995UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    public static ulong Of(string s) => Of(s.AsSpan());

    public static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    public static ulong F(int template, ulong a) => Fin(Mix((ulong)template * 0x94D049BB133111EBUL, a));
    public static ulong F(int template, ulong a, ulong b) => Fin(Mix(Mix((ulong)template * 0x94D049BB133111EBUL, a), b));
    public static ulong F(int template, ulong a, ulong b, ulong c) => Fin(Mix(Mix(Mix((ulong)template * 0x94D049BB133111EBUL, a), b), c));

    private static ulong Fin(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }
}
