using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser: one averaged-perceptron table scores the four moves
/// and, when a move adds an arc, the relation label. Thread-safe (state is per thread).
/// </summary>
public sealed class DependencyParser
{
    public DependencyParser(string[] labels, WeightTable weights, int punctTag)
    {
        Labels = labels;
        Weights = weights;
        PunctTag = punctTag;
        RootLabel = Array.IndexOf(labels, "root");
        FallbackLabel = Array.IndexOf(labels, "dep");
        if (RootLabel < 0) throw new ArgumentException("the label set has no 'root'");
        if (FallbackLabel < 0) FallbackLabel = RootLabel;
        if (weights.Classes != ArcEagerState.Moves + labels.Length) throw new ArgumentException("weights do not match moves + labels");
        if (WeightTable.Leading != ArcEagerState.Moves) throw new InvalidOperationException("the lookup slots must hold the move weights");
    }

    public string[] Labels { get; }
    public WeightTable Weights { get; }
    internal int PunctTag { get; }
    internal int RootLabel { get; }
    internal int FallbackLabel { get; }

    [ThreadStatic] private static ArcEagerState? t_state;
    [ThreadStatic] private static ArcEagerFeatures.Input? t_input;

    /// <summary>Heads (0 = root, words numbered from 1) and label ids for a tagged sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal (int[] Heads, int[] Labels) Parse(WordInfo[] words, int[] tags, int style)
    {
        var st = t_state ??= new ArcEagerState();
        var x = t_input ??= new ArcEagerFeatures.Input();
        int n = words.Length;
        st.Init(n);
        x.Set(words, tags, PunctTag, style);
        Span<ulong> feats = stackalloc ulong[ArcEagerFeatures.Count];
        Span<int> rows = stackalloc int[ArcEagerFeatures.Count];
        Span<float> scores = stackalloc float[Weights.Classes];
        while (!st.Terminal)
        {
            ArcEagerFeatures.Extract(st, x, feats);
            scores.Clear();
            // Moves first, from the lookup slots alone; the label weights (most of each row) are read only when a move adds an arc.
            Weights.ScoreLeading(feats, rows, scores);
            int move = BestMove(st, scores);
            int label = -1;
            if (move is ArcEagerState.Left or ArcEagerState.Right)
            {
                if (!(move == ArcEagerState.Right && st.S0 == 0))
                    Weights.AddRest(rows, scores);
                label = BestLabel(scores, st, move);
            }
            st.Apply(move, label);
        }
        st.Finish(RootLabel, FallbackLabel);
        var heads = new int[n];
        var labels = new int[n];
        for (int i = 1; i <= n; i++) { heads[i - 1] = st.Head[i]; labels[i - 1] = st.Label[i]; }
        return (heads, labels);
    }

    internal static int BestMove(ArcEagerState st, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int m = 0; m < ArcEagerState.Moves; m++)
            if (st.IsValid(m) && (best < 0 || scores[m] > scores[best])) best = m;
        return best;
    }

    /// <summary>The best label for the arc the move adds; "root" only for an arc from the root, and only there.</summary>
    internal int BestLabel(ReadOnlySpan<float> scores, ArcEagerState st, int move)
    {
        if (move == ArcEagerState.Right && st.S0 == 0) return RootLabel;
        int best = -1;
        for (int l = 0; l < Labels.Length; l++)
        {
            if (l == RootLabel) continue;
            if (best < 0 || scores[ArcEagerState.Moves + l] > scores[ArcEagerState.Moves + best]) best = l;
        }
        return best;
    }
}
