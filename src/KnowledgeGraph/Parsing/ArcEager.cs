using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// The arc-eager transition system (Nivre 2003) with an artificial root at the bottom of the
/// stack, the single-root constraint, and the dynamic oracle of Goldberg and Nivre (2012).
/// Words are numbered 1..N; 0 is the root.
/// </summary>
internal sealed class ArcEagerState
{
    public const int Shift = 0, Reduce = 1, Left = 2, Right = 3, Moves = 4;

    public int N;
    public int[] Stack = [];
    public int Top;
    public int B;
    public int[] Head = [], Label = [], L1 = [], L2 = [], R1 = [], R2 = [], LeftCount = [], RightCount = [];
    public ulong[] LeftLabels = [], RightLabels = [];
    public bool[] InStack = [];
    public bool RootHasChild;

    public void Init(int n)
    {
        N = n;
        if (Head.Length < n + 1)
        {
            int size = Math.Max(n + 1, 64);
            Stack = new int[size + 1];
            Head = new int[size]; Label = new int[size]; L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
            InStack = new bool[size];
        }
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1; L1[i] = L2[i] = R1[i] = R2[i] = -1;
            LeftCount[i] = RightCount[i] = 0; LeftLabels[i] = RightLabels[i] = 0; InStack[i] = false;
        }
        Stack[0] = 0; Top = 1; InStack[0] = true;
        B = 1;
        RootHasChild = false;
    }

    public bool Terminal => B > N;
    public int S0 => Top > 0 ? Stack[Top - 1] : -1;
    public int S1 => Top > 1 ? Stack[Top - 2] : -1;

    public bool IsValid(int move)
    {
        int s = S0;
        return move switch
        {
            Shift => B <= N,
            Reduce => s > 0 && Head[s] != -1,
            Left => B <= N && s > 0 && Head[s] == -1,
            Right => B <= N && s >= 0 && !(s == 0 && RootHasChild),
            _ => false,
        };
    }

    public void Apply(int move, int label)
    {
        switch (move)
        {
            case Shift:
                InStack[B] = true; Stack[Top++] = B++;
                break;
            case Reduce:
                InStack[Stack[--Top]] = false;
                break;
            case Left:
            {
                int s = Stack[--Top];
                InStack[s] = false;
                AddArc(B, s, label);
                break;
            }
            case Right:
            {
                int s = S0;
                if (s == 0) RootHasChild = true;
                AddArc(s, B, label);
                InStack[B] = true; Stack[Top++] = B++;
                break;
            }
        }
    }

    private void AddArc(int h, int d, int label)
    {
        Head[d] = h;
        Label[d] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (d < h)
        {
            if (L1[h] == -1 || d < L1[h]) { L2[h] = L1[h]; L1[h] = d; }
            else if (L2[h] == -1 || d < L2[h]) L2[h] = d;
            LeftCount[h]++;
            LeftLabels[h] |= bit;
        }
        else
        {
            if (R1[h] == -1 || d > R1[h]) { R2[h] = R1[h]; R1[h] = d; }
            else if (R2[h] == -1 || d > R2[h]) R2[h] = d;
            RightCount[h]++;
            RightLabels[h] |= bit;
        }
    }

    /// <summary>
    /// Arcs of the gold tree that become unreachable if <paramref name="move"/> is taken now
    /// (unlabelled). <paramref name="goldChildren"/> lists each word's gold dependents.
    /// </summary>
    public int Cost(int move, int[] goldHead, List<int>[] goldChildren)
    {
        int s = S0, b = B, cost = 0;
        switch (move)
        {
            case Left:
                if (goldHead[s] > b) cost++;
                foreach (var k in goldChildren[s]) if (k >= b) cost++;
                break;
            case Right:
            {
                int g = goldHead[b];
                if (g != s && (g > b || InStack[g])) cost++;
                foreach (var k in goldChildren[b]) if (InStack[k] && k != 0 && Head[k] == -1) cost++;
                break;
            }
            case Reduce:
                foreach (var k in goldChildren[s]) if (k >= b) cost++;
                break;
            case Shift:
            {
                if (InStack[goldHead[b]]) cost++;
                foreach (var k in goldChildren[b]) if (InStack[k] && k != 0 && Head[k] == -1) cost++;
                break;
            }
        }
        return cost;
    }

    /// <summary>After the buffer is used up: words left without a head hang from the root word (or become it).</summary>
    public void Finish(int rootLabel, int fallbackLabel)
    {
        int root = -1;
        for (int i = 1; i <= N; i++) if (Head[i] == 0) { root = i; break; }
        for (int i = 1; i <= N; i++)
        {
            if (Head[i] != -1) continue;
            if (root < 0) { root = i; Head[i] = 0; Label[i] = rootLabel; }
            else { Head[i] = root; Label[i] = fallbackLabel; }
        }
        // More than one root can only come from a malformed state; keep the first.
        for (int i = root + 1; i <= N; i++)
            if (Head[i] == 0) { Head[i] = root; Label[i] = fallbackLabel; }
    }
}

/// <summary>
/// Feature templates over an arc-eager state (after Zhang and Nivre 2011, trimmed). Each template
/// costs a lookup in a table far larger than the caches, so the parser's speed is the number of
/// templates: 19 of the original 78 (word+tag unigrams beside word unigrams, word pairs, words with
/// distance or valency, lexical style templates) were dropped for 0.4 points of UAS and 0.5 of LAS on
/// held-out sentences, a third of the feature rows and about 1.5 times the speed. Template numbers
/// are part of the feature hashes, so the kept ones keep theirs.
/// </summary>
internal static class ArcEagerFeatures
{
    public const int Count = 59;

    private static readonly ulong RootWord = FeatureHash.Of("<root>");

    /// <summary>Per-sentence inputs: word hashes and tag ids, index 0 being the root.</summary>
    internal sealed class Input
    {
        public ulong[] Word = [];
        public ulong[] Tag = [];
        public ulong[] Affix = [];
        public int[] PunctBefore = [];
        public int N;
        /// <summary>Whose annotation conventions to follow (treebank index + 1; 0 none).</summary>
        public ulong Style;

        public void Set(IReadOnlyList<WordInfo> words, IReadOnlyList<int> tags, int punctTag, int style)
        {
            Style = (ulong)(style + 1);
            N = words.Count;
            if (Word.Length < N + 2)
            {
                Word = new ulong[N + 2]; Tag = new ulong[N + 2]; Affix = new ulong[N + 2]; PunctBefore = new int[N + 2];
            }
            Word[0] = RootWord; Tag[0] = 999; Affix[0] = RootWord; PunctBefore[0] = 0;
            for (int i = 1; i <= N; i++)
            {
                var w = words[i - 1];
                Word[i] = w.Lower;
                Tag[i] = (ulong)tags[i - 1];
                Affix[i] = FeatureHash.Mix(w.Prefix2, w.Suffix3);
                PunctBefore[i] = PunctBefore[i - 1] + (tags[i - 1] == punctTag ? 1 : 0);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Extract(ArcEagerState st, Input x, Span<ulong> f)
    {
        const ulong NoW = FeatureHash.None, NoP = 1000, NoL = 1001;
        int n = st.N;
        int s0 = st.S0, s1 = st.S1;
        int b0 = st.B <= n ? st.B : -1, b1 = st.B + 1 <= n ? st.B + 1 : -1, b2 = st.B + 2 <= n ? st.B + 2 : -1;
        int s0h = s0 > 0 ? st.Head[s0] : -1;
        int s0h2 = s0h > 0 ? st.Head[s0h] : -1;
        int s0l = s0 > 0 ? st.L1[s0] : -1, s0l2 = s0 > 0 ? st.L2[s0] : -1;
        int s0r = s0 >= 0 ? st.R1[s0] : -1, s0r2 = s0 >= 0 ? st.R2[s0] : -1;
        int b0l = b0 > 0 ? st.L1[b0] : -1, b0l2 = b0 > 0 ? st.L2[b0] : -1;

        ulong W(int i) => i < 0 ? NoW : x.Word[i];
        ulong P(int i) => i < 0 ? NoP : x.Tag[i];
        ulong L(int i) => i < 0 ? NoL : (ulong)(st.Label[i] + 1);

        ulong s0w = W(s0), s0p = P(s0), b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
        ulong s0wp = FeatureHash.Mix(s0w, s0p), b0wp = FeatureHash.Mix(b0w, b0p);
        ulong dist = 0;
        ulong punct = 0;
        if (s0 >= 0 && b0 > 0)
        {
            int d = b0 - s0;
            dist = (ulong)(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7);
            if (s0 == 0) dist = 9;
            int pc = x.PunctBefore[b0 - 1] - x.PunctBefore[Math.Max(s0, 0)];
            punct = (ulong)Math.Min(pc, 3);
        }
        ulong s0vl = s0 >= 0 ? (ulong)st.LeftCount[s0] : 99, s0vr = s0 >= 0 ? (ulong)st.RightCount[s0] : 99, b0vl = b0 > 0 ? (ulong)st.LeftCount[b0] : 99;
        ulong s0sl = s0 >= 0 ? st.LeftLabels[s0] : 0, s0sr = s0 >= 0 ? st.RightLabels[s0] : 0, b0sl = b0 > 0 ? st.LeftLabels[b0] : 0;
        ulong s0a = s0 >= 0 ? x.Affix[s0] : NoW, b0a = b0 > 0 ? x.Affix[b0] : NoW;

        int k = 0;
        // single words
        f[k++] = FeatureHash.F(2, s0w);
        f[k++] = FeatureHash.F(3, s0p);
        f[k++] = FeatureHash.F(5, b0w);
        f[k++] = FeatureHash.F(6, b0p);
        f[k++] = FeatureHash.F(8, b1w);
        f[k++] = FeatureHash.F(9, b1p);
        f[k++] = FeatureHash.F(11, b2w);
        f[k++] = FeatureHash.F(12, b2p);
        // pairs
        f[k++] = FeatureHash.F(16, s0wp, b0p);
        f[k++] = FeatureHash.F(17, s0p, b0wp);
        f[k++] = FeatureHash.F(18, s0w, b0w);
        f[k++] = FeatureHash.F(19, s0p, b0p);
        f[k++] = FeatureHash.F(20, b0p, b1p);
        // three tags
        f[k++] = FeatureHash.F(21, b0p, b1p, b2p);
        f[k++] = FeatureHash.F(22, s0p, b0p, b1p);
        f[k++] = FeatureHash.F(23, P(s0h), s0p, b0p);
        f[k++] = FeatureHash.F(24, s0p, P(s0l), b0p);
        f[k++] = FeatureHash.F(25, s0p, P(s0r), b0p);
        f[k++] = FeatureHash.F(26, s0p, b0p, P(b0l));
        // distance
        f[k++] = FeatureHash.F(28, s0p, dist);
        f[k++] = FeatureHash.F(30, b0p, dist);
        f[k++] = FeatureHash.F(32, s0p, b0p, dist);
        // valency
        f[k++] = FeatureHash.F(34, s0p, s0vr);
        f[k++] = FeatureHash.F(36, s0p, s0vl);
        f[k++] = FeatureHash.F(38, b0p, b0vl);
        // second-order unigrams
        f[k++] = FeatureHash.F(39, W(s0h));
        f[k++] = FeatureHash.F(40, P(s0h));
        f[k++] = FeatureHash.F(41, L(s0));
        f[k++] = FeatureHash.F(42, W(s0l));
        f[k++] = FeatureHash.F(43, P(s0l));
        f[k++] = FeatureHash.F(44, L(s0l));
        f[k++] = FeatureHash.F(45, W(s0r));
        f[k++] = FeatureHash.F(46, P(s0r));
        f[k++] = FeatureHash.F(47, L(s0r));
        f[k++] = FeatureHash.F(48, W(b0l));
        f[k++] = FeatureHash.F(49, P(b0l));
        f[k++] = FeatureHash.F(50, L(b0l));
        // third order
        f[k++] = FeatureHash.F(52, P(s0h2));
        f[k++] = FeatureHash.F(53, L(s0h));
        f[k++] = FeatureHash.F(54, P(s0l2), L(s0l2));
        f[k++] = FeatureHash.F(55, P(s0r2), L(s0r2));
        f[k++] = FeatureHash.F(56, P(b0l2), L(b0l2));
        f[k++] = FeatureHash.F(57, s0p, P(s0l), P(s0l2));
        f[k++] = FeatureHash.F(58, s0p, P(s0r), P(s0r2));
        f[k++] = FeatureHash.F(59, s0p, P(s0h), P(s0h2));
        f[k++] = FeatureHash.F(60, b0p, P(b0l), P(b0l2));
        // label sets
        f[k++] = FeatureHash.F(61, s0p, s0sr);
        f[k++] = FeatureHash.F(62, s0p, s0sl);
        f[k++] = FeatureHash.F(63, b0p, b0sl);
        // second stack word, affixes, punctuation between
        f[k++] = FeatureHash.F(65, P(s1), s0p, b0p);
        f[k++] = FeatureHash.F(67, s0a, b0p);
        f[k++] = FeatureHash.F(68, s0p, b0a);
        f[k++] = FeatureHash.F(69, s0p, b0p, punct);
        f[k++] = FeatureHash.F(71, L(s0), b0p, s0p);
        f[k++] = FeatureHash.F(72, 0);
        // Treebank conventions differ (GSD compound vs CSUI nmod, noun phrase heads): a few templates per style.
        ulong st_ = x.Style;
        f[k++] = FeatureHash.F(73, st_, s0p, b0p);
        f[k++] = FeatureHash.F(76, st_, FeatureHash.Mix(s0p, b0p), dist);
        f[k++] = FeatureHash.F(77, st_, FeatureHash.Mix(s0p, b0p), P(s0l));
        f[k++] = FeatureHash.F(78, st_, L(s0), s0p);
    }
}
