using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// A greedy left-to-right UPOS tagger (averaged perceptron): word, affix and shape features of a
/// five-word window plus the two tags already chosen on the left. Thread-safe.
/// </summary>
public sealed class PosTagger
{
    internal const int FeatureCount = 34;

    public PosTagger(string[] tags, WeightTable weights)
    {
        Tags = tags;
        Weights = weights;
    }

    public string[] Tags { get; }
    public WeightTable Weights { get; }

    public string[] Tag(IReadOnlyList<string> forms)
    {
        var ids = TagIds(forms);
        return Array.ConvertAll(ids, i => Tags[i]);
    }

    internal int[] TagIds(IReadOnlyList<string> forms) => TagIds(WordInfo.Of(forms));

    /// <summary>
    /// Per thread, the summed weights of the features a word form has wherever it stands (its form,
    /// affixes, shape, length): a text repeats most of its words, so each of these is looked up once a
    /// form, and only the features of the context are looked up a word.
    /// </summary>
    [ThreadStatic] private static FormScores? t_forms;

    private sealed class FormScores(PosTagger owner)
    {
        public const int Capacity = 1 << 14;
        public readonly PosTagger Owner = owner;
        public readonly Dictionary<ulong, int> Rows = [];
        public readonly float[] Scores = new float[Capacity * owner.Tags.Length];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int[] TagIds(WordInfo[] words)
    {
        var tags = new int[words.Length];
        var forms = t_forms;
        if (forms is null || forms.Owner != this) t_forms = forms = new FormScores(this);
        int classes = Tags.Length;
        Span<ulong> feats = stackalloc ulong[FeatureCount - WordFeatureCount];
        Span<ulong> wordFeats = stackalloc ulong[WordFeatureCount];
        Span<float> scores = stackalloc float[classes];
        for (int i = 0; i < words.Length; i++)
        {
            if (!forms.Rows.TryGetValue(words[i].Form, out int row))
            {
                // Cleared when full: rare words would otherwise keep it growing over a large corpus.
                if (forms.Rows.Count == FormScores.Capacity) forms.Rows.Clear();
                row = forms.Rows.Count;
                forms.Rows.Add(words[i].Form, row);
                var own = forms.Scores.AsSpan(row * classes, classes);
                own.Clear();
                WordFeatures(words[i], wordFeats);
                Weights.Score(wordFeats, own);
            }
            forms.Scores.AsSpan(row * classes, classes).CopyTo(scores);
            ContextFeatures(words, tags, i, feats);
            Weights.Score(feats, scores);
            tags[i] = ArgMax(scores);
        }
        return tags;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    private static readonly ulong Start = FeatureHash.Of("<s>"), End = FeatureHash.Of("</s>");

    /// <summary>How many of the features depend on the word alone (they come first).</summary>
    internal const int WordFeatureCount = 15;

    /// <summary>Fills <paramref name="f"/> (length FeatureCount) for word <paramref name="i"/>; tags left of i are the ones chosen.</summary>
    internal static void Features(WordInfo[] w, int[] tags, int i, Span<ulong> f)
    {
        WordFeatures(w[i], f[..WordFeatureCount]);
        ContextFeatures(w, tags, i, f[WordFeatureCount..]);
    }

    /// <summary>The features of the word itself, the same wherever it stands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WordFeatures(in WordInfo x, Span<ulong> f)
    {
        int k = 0;
        f[k++] = FeatureHash.F(1, 0);
        f[k++] = FeatureHash.F(2, x.Lower);
        f[k++] = FeatureHash.F(3, x.Form);
        f[k++] = FeatureHash.F(4, x.Suffix1);
        f[k++] = FeatureHash.F(5, x.Suffix2);
        f[k++] = FeatureHash.F(6, x.Suffix3);
        f[k++] = FeatureHash.F(7, x.Suffix4);
        f[k++] = FeatureHash.F(8, x.Prefix1);
        f[k++] = FeatureHash.F(9, x.Prefix2);
        f[k++] = FeatureHash.F(10, x.Prefix3);
        f[k++] = FeatureHash.F(11, x.Prefix4);
        f[k++] = FeatureHash.F(12, x.Shape);
        f[k++] = FeatureHash.F(27, x.Prefix2, x.Suffix2);
        f[k++] = FeatureHash.F(28, x.Prefix3, x.Suffix3);
        f[k++] = FeatureHash.F(31, (ulong)Math.Min(x.Length, 12));
    }

    /// <summary>The features of the word among its neighbours and the tags already chosen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ContextFeatures(WordInfo[] w, int[] tags, int i, Span<ulong> f)
    {
        int n = w.Length;
        ulong p1 = i > 0 ? (ulong)tags[i - 1] : 1000, p2 = i > 1 ? (ulong)tags[i - 2] : 1000;
        ulong wm1 = i > 0 ? w[i - 1].Lower : Start, wm2 = i > 1 ? w[i - 2].Lower : Start;
        ulong wp1 = i + 1 < n ? w[i + 1].Lower : End, wp2 = i + 2 < n ? w[i + 2].Lower : End;
        ulong sm1 = i > 0 ? w[i - 1].Suffix3 : Start, sp1 = i + 1 < n ? w[i + 1].Suffix3 : End;
        ulong shp1 = i + 1 < n ? w[i + 1].Shape : End, shm1 = i > 0 ? w[i - 1].Shape : Start;
        var x = w[i];
        int k = 0;
        f[k++] = FeatureHash.F(13, p1);
        f[k++] = FeatureHash.F(14, p1, p2);
        f[k++] = FeatureHash.F(15, p1, x.Lower);
        f[k++] = FeatureHash.F(16, wm1);
        f[k++] = FeatureHash.F(17, sm1);
        f[k++] = FeatureHash.F(18, wp1);
        f[k++] = FeatureHash.F(19, sp1);
        f[k++] = FeatureHash.F(20, wm2);
        f[k++] = FeatureHash.F(21, wp2);
        f[k++] = FeatureHash.F(22, x.Lower, wp1);
        f[k++] = FeatureHash.F(23, wm1, x.Lower);
        f[k++] = FeatureHash.F(24, shm1, x.Shape, shp1);
        f[k++] = FeatureHash.F(25, (ulong)(i == 0 ? 1 : 0), x.Shape);
        f[k++] = FeatureHash.F(26, p1, x.Suffix3);
        f[k++] = FeatureHash.F(29, p1, wp1);
        f[k++] = FeatureHash.F(30, x.Suffix3, wp1);
        f[k++] = FeatureHash.F(32, p1, x.Prefix2);
        f[k++] = FeatureHash.F(33, wm1, wp1);
        f[k++] = FeatureHash.F(34, p2, wm1, x.Suffix2);
    }
}
