using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Lemmas for tagged words: a word seen in training takes its most frequent rule (by form and
/// UPOS, then by form alone, then the same lower-cased); an unseen word takes the rule a perceptron
/// picks among those that apply, from its affixes and UPOS. The treebanks disagree on some lemmas
/// (GSD lower-cases proper nouns and reads "nya" as "dia"; CSUI and PUD keep both), so each
/// treebank is a <em>style</em> the lemmatizer can follow; the default is CSUI's (formal news,
/// manually corrected lemmas). Thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    internal const int BaseFeatures = 16;
    internal const int FeatureCount = 2 * BaseFeatures;
    internal const char StyleMark = '\u001f';

    public Lemmatizer(LemmaRule[] rules, IReadOnlyDictionary<string, int> lexicon, WeightTable weights, string[] styles, int defaultStyle)
    {
        Rules = rules;
        Lexicon = lexicon;
        var own = lexicon as Dictionary<string, int> is { } d && d.Comparer == StringComparer.Ordinal ? d : new Dictionary<string, int>(lexicon, StringComparer.Ordinal);
        _keys = own.GetAlternateLookup<ReadOnlySpan<char>>();
        Weights = weights;
        Styles = styles;
        DefaultStyle = defaultStyle;
    }

    public LemmaRule[] Rules { get; }
    /// <summary>Keys "form\tUPOS", "form", then the same lower-cased → rule index (the first key found wins); "style\u001fkey" where a style differs.</summary>
    public IReadOnlyDictionary<string, int> Lexicon { get; }
    public WeightTable Weights { get; }
    /// <summary>The lemma conventions the model knows (treebank names).</summary>
    public string[] Styles { get; }
    public int DefaultStyle { get; }

    // The lexicon looked up by keys built in a buffer: a word would otherwise cost up to eight string concatenations.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keys;

    public int StyleIndex(string? style) => style is null ? DefaultStyle : Array.IndexOf(Styles, style) is var i and >= 0 ? i : DefaultStyle;

    /// <summary>Lemmas already worked out on this thread, by form, UPOS and style: most words of a text are words it had before.</summary>
    [ThreadStatic] private static LemmaCache? t_cache;

    private sealed class LemmaCache(Lemmatizer owner)
    {
        public const int Capacity = 1 << 16;
        public readonly Lemmatizer Owner = owner;
        public readonly Dictionary<(string Form, string Upos, int Style), string> Lemmas = [];
    }

    public string Lemmatize(string form, string upos, int style = -1)
    {
        if (style < 0 || style >= Styles.Length) style = DefaultStyle;
        var cache = t_cache;
        if (cache is null || cache.Owner != this) t_cache = cache = new LemmaCache(this);
        var key = (form, upos, style);
        if (cache.Lemmas.TryGetValue(key, out var lemma)) return lemma;
        lemma = Compute(form, upos, style);
        // Cleared when full: rare words would otherwise keep it growing over a large corpus.
        if (cache.Lemmas.Count >= LemmaCache.Capacity) cache.Lemmas.Clear();
        cache.Lemmas.Add(key, lemma);
        return lemma;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Compute(string form, string upos, int style)
    {
        var prefix = style >= 0 ? Styles[style] : null;
        var lower = form.ToLowerInvariant();
        int count = lower == form ? 2 : 4;
        // Keys in order: "form\tUPOS", "form", "lower\tUPOS", "lower"; each first with the style's prefix "style\u001f".
        int start = prefix is null ? 0 : prefix.Length + 1;
        int longest = start + form.Length + 1 + upos.Length;
        Span<char> buffer = longest <= 256 ? stackalloc char[256] : new char[longest];
        if (prefix is not null)
        {
            prefix.CopyTo(buffer);
            buffer[prefix.Length] = StyleMark;
        }
        for (int k = 0; k < count; k++)
        {
            var word = k < 2 ? form : lower;
            word.CopyTo(buffer[start..]);
            int end = start + word.Length;
            if (k % 2 == 0)
            {
                buffer[end++] = '\t';
                upos.CopyTo(buffer[end..]);
                end += upos.Length;
            }
            if (prefix is not null && _keys.TryGetValue(buffer[..end], out int r) && Rules[r].Applies(form, lower)) return Rules[r].Apply(form);
            if (_keys.TryGetValue(buffer[start..end], out r) && Rules[r].Applies(form, lower)) return Rules[r].Apply(form);
        }
        return Rules[Classify(form, lower, upos, style)].Apply(form);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int Classify(string form, string lower, string upos, int style)
    {
        Span<ulong> f = stackalloc ulong[FeatureCount];
        Features(form, upos, style, f);
        Span<float> scores = Weights.Classes <= 1024 ? stackalloc float[Weights.Classes] : new float[Weights.Classes];
        scores.Clear();
        Weights.Score(f, scores);
        int best = -1;
        for (int i = 0; i < Rules.Length && i < scores.Length; i++)
            if ((best < 0 || scores[i] > scores[best]) && Rules[i].Applies(form, lower)) best = i;
        return best < 0 ? 0 : best;
    }

    internal static void Features(string form, string upos, int style, Span<ulong> f)
    {
        var w = WordInfo.Of(form);
        ulong p = FeatureHash.Of(upos);
        bool cap = form.Length > 0 && char.IsUpper(form[0]);
        int k = 0;
        f[k++] = FeatureHash.F(1, p);
        f[k++] = FeatureHash.F(2, w.Suffix1, p);
        f[k++] = FeatureHash.F(3, w.Suffix2, p);
        f[k++] = FeatureHash.F(4, w.Suffix3, p);
        f[k++] = FeatureHash.F(5, w.Suffix4);
        f[k++] = FeatureHash.F(6, w.Prefix1, p);
        f[k++] = FeatureHash.F(7, w.Prefix2, p);
        f[k++] = FeatureHash.F(8, w.Prefix3, p);
        f[k++] = FeatureHash.F(9, w.Prefix4);
        f[k++] = FeatureHash.F(10, w.Prefix2, w.Suffix2);
        f[k++] = FeatureHash.F(11, w.Prefix3, w.Suffix3);
        f[k++] = FeatureHash.F(12, w.Prefix4, w.Suffix1);
        f[k++] = FeatureHash.F(13, (ulong)(cap ? 1 : 0), p);
        f[k++] = FeatureHash.F(14, w.Shape, p);
        f[k++] = FeatureHash.F(15, (ulong)Math.Min(w.Length, 15));
        f[k++] = FeatureHash.F(16, 0);
        // The same features again, specific to the style.
        for (int i = 0; i < BaseFeatures; i++) f[BaseFeatures + i] = FeatureHash.Mix(f[i], 0xA5A5_0000UL + (ulong)(style + 1));
    }
}
