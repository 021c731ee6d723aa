using System.Globalization;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Trains the tagger, lemmatizer and parser of a <see cref="ParserModel"/> from CoNLL-U sentences.
/// Deterministic: the same sentences and options give the same model bytes.
/// </summary>
public static class ParserTrainer
{
    public static ParserModel Train(IReadOnlyList<ConlluSentence> sentences, IReadOnlySet<string> clitics, ParserTrainingOptions options, string description, Action<string>? log = null)
    {
        log ??= _ => { };
        if (sentences.Count == 0) throw new ArgumentException("no training sentences");
        var tags = sentences.SelectMany(s => s.Words).Select(w => w.Upos).Where(t => t != "_").Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var data = sentences.Select(s => new Sample(s, tagIndex)).ToList();

        log($"tagger: {tags.Length} tags, {options.TaggerEpochs} epochs");
        var tagger = TrainTagger(data, tags, options, options.Seed);
        tagger = new PosTagger(tags, tagger.Weights.Pruned(options.TaggerPrune));

        // Jackknifed tags for the parser's training input.
        int folds = Math.Max(2, options.JackknifeFolds);
        for (int k = 0; k < folds; k++)
        {
            var rest = data.Where((_, i) => i % folds != k).ToList();
            var t = TrainTagger(rest, tags, options, options.Seed + k + 1);
            for (int i = k; i < data.Count; i += folds) data[i].Predicted = t.TagIds(data[i].Forms);
        }
        double jack = data.Sum(d => d.Predicted!.Zip(d.Gold).Count(p => p.First == p.Second)) / (double)data.Sum(d => d.Forms.Length);
        log(string.Create(CultureInfo.InvariantCulture, $"jackknifed tag accuracy on the training sentences: {jack:F4}"));

        log($"lemmatizer: {options.LemmaEpochs} epochs");
        var lemmatizer = TrainLemmatizer(sentences, options);

        var labels = sentences.SelectMany(s => s.Words).Select(w => w.Deprel).Where(l => l != "_").Append("root").Append("dep")
            .Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        if (labels.Length > 64) throw new InvalidDataException($"{labels.Length} relation labels; at most 64 are supported");
        log($"parser: {labels.Length} labels, {options.ParserEpochs} epochs");
        var parser = TrainParser(data, labels, tagIndex.GetValueOrDefault("PUNCT", -1), lemmatizer.Styles, options, log);
        return new ParserModel(description, tagger, lemmatizer, parser, CliticLexicon.Count(sentences, clitics));
    }

    private sealed class Sample
    {
        public Sample(ConlluSentence s, Dictionary<string, int> tagIndex)
        {
            Sentence = s;
            Forms = s.Words.Select(w => w.Form).ToArray();
            Info = WordInfo.Of(Forms);
            Gold = s.Words.Select(w => tagIndex.GetValueOrDefault(w.Upos, 0)).ToArray();
        }

        public ConlluSentence Sentence { get; }
        public string[] Forms { get; }
        public WordInfo[] Info { get; }
        public int[] Gold { get; }
        public int[]? Predicted { get; set; }
    }

    private static void Shuffle(int[] order, Random rng)
    {
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private static PosTagger TrainTagger(List<Sample> data, string[] tags, ParserTrainingOptions options, int seed)
    {
        var trainer = new PerceptronTrainer(tags.Length);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[PosTagger.FeatureCount];
        var scores = new float[tags.Length];
        for (int epoch = 0; epoch < options.TaggerEpochs; epoch++)
        {
            Shuffle(order, rng);
            foreach (int si in order)
            {
                var d = data[si];
                var predicted = new int[d.Forms.Length];
                for (int i = 0; i < d.Forms.Length; i++)
                {
                    PosTagger.Features(d.Info, predicted, i, feats);
                    trainer.Score(feats, scores);
                    int guess = PosTagger.ArgMax(scores);
                    trainer.Update(feats, d.Gold[i], guess);
                    trainer.Step++;
                    predicted[i] = guess;
                }
            }
        }
        return new PosTagger(tags, trainer.Average(options.Prune));
    }

    /// <summary>The treebank a sentence comes from (its "# treebank = " comment), or "" when unknown.</summary>
    internal static string StyleOf(ConlluSentence s) => s.Comment("treebank") ?? "";

    private static Lemmatizer TrainLemmatizer(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options)
    {
        var styles = sentences.Select(StyleOf).Where(t => t.Length > 0).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();
        int defaultStyle = Array.IndexOf(styles, options.LemmaStyle);
        var ruleCounts = new Dictionary<LemmaRule, int>();
        var byKey = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, (string Form, string Upos, int Style, LemmaRule Rule)>(StringComparer.Ordinal);
        void Count(string key, LemmaRule rule)
        {
            if (!byKey.TryGetValue(key, out var d)) byKey[key] = d = new Dictionary<LemmaRule, int>();
            d[rule] = d.GetValueOrDefault(rule) + 1;
        }
        foreach (var s in sentences)
        {
            var style = StyleOf(s);
            int styleIndex = Array.IndexOf(styles, style);
            foreach (var w in s.Words)
            {
                if (w.Lemma == "_" || w.Form == "_") continue;
                var rule = LemmaRule.Learn(w.Form, w.Lemma);
                ruleCounts[rule] = ruleCounts.GetValueOrDefault(rule) + 1;
                var lower = w.Form.ToLowerInvariant();
                var keys = lower == w.Form ? new[] { w.Form + "\t" + w.Upos, w.Form } : [w.Form + "\t" + w.Upos, w.Form, lower + "\t" + w.Upos, lower];
                foreach (var key in keys)
                {
                    Count(key, rule);
                    if (style.Length > 0) Count(style + Lemmatizer.StyleMark + key, rule);
                }
                types.TryAdd(style + "\t" + w.Form + "\t" + w.Upos, (w.Form, w.Upos, styleIndex, rule));
            }
        }
        ruleCounts.TryAdd(LemmaRule.Identity, 0);
        static string Key(LemmaRule r) => $"{r.Lower}\t{r.DeletePrefix}\t{r.AddPrefix}\t{r.DeleteSuffix}\t{r.AddSuffix}";
        var rules = ruleCounts.OrderByDescending(kv => kv.Key == LemmaRule.Identity).ThenByDescending(kv => kv.Value)
            .ThenBy(kv => Key(kv.Key), StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var ruleIndex = rules.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        // The classifier for unseen words chooses among rules seen at least twice; rarer ones stay lexical.
        int classes = Math.Max(1, rules.TakeWhile(r => ruleCounts[r] >= 2 || r == LemmaRule.Identity).Count());

        int Best(Dictionary<LemmaRule, int> counts) => ruleIndex[counts.OrderByDescending(kv => kv.Value).ThenBy(kv => ruleIndex[kv.Key]).First().Key];
        var lexicon = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, counts) in byKey.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int best = Best(counts);
            int mark = key.IndexOf(Lemmatizer.StyleMark);
            // A style's entry is only kept where the style disagrees with the union.
            if (mark >= 0 && Best(byKey[key[(mark + 1)..]]) == best) continue;
            lexicon[key] = best;
        }

        var examples = types.Values.Where(t => ruleIndex[t.Rule] < classes).ToArray();
        var trainer = new PerceptronTrainer(classes);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var feats = new ulong[Lemmatizer.FeatureCount];
        var scores = new float[classes];
        for (int epoch = 0; epoch < options.LemmaEpochs; epoch++)
        {
            Shuffle(order, rng);
            foreach (int i in order)
            {
                var (form, upos, style, rule) = examples[i];
                Lemmatizer.Features(form, upos, style, feats);
                trainer.Score(feats, scores);
                int guess = -1;
                for (int r = 0; r < classes; r++)
                    if (rules[r].Applies(form) && (guess < 0 || scores[r] > scores[guess])) guess = r;
                if (guess < 0) guess = 0;
                trainer.Update(feats, ruleIndex[rule], guess);
                trainer.Step++;
            }
        }
        return new Lemmatizer(rules, lexicon, trainer.Average(options.Prune), styles, defaultStyle);
    }

    private static DependencyParser TrainParser(List<Sample> data, string[] labels, int punctTag, string[] styles, ParserTrainingOptions options, Action<string> log)
    {
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        int classes = ArcEagerState.Moves + labels.Length;
        var trainer = new PerceptronTrainer(classes);
        var shell = new DependencyParser(labels, new WeightTable(classes, [], []), punctTag);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var st = new ArcEagerState();
        var x = new ArcEagerFeatures.Input();
        var feats = new ulong[ArcEagerFeatures.Count];
        var scores = new float[classes];
        var costs = new int[ArcEagerState.Moves];
        for (int epoch = 0; epoch < options.ParserEpochs; epoch++)
        {
            Shuffle(order, rng);
            int correct = 0, total = 0;
            foreach (int si in order)
            {
                var d = data[si];
                int n = d.Forms.Length;
                var (goldHead, goldLabel) = Projective(d.Sentence, labelIndex);
                var children = new List<int>[n + 1];
                for (int i = 0; i <= n; i++) children[i] = [];
                for (int i = 1; i <= n; i++) children[goldHead[i]].Add(i);
                st.Init(n);
                x.Set(d.Info, d.Predicted ?? d.Gold, punctTag, Array.IndexOf(styles, StyleOf(d.Sentence)));
                while (!st.Terminal)
                {
                    ArcEagerFeatures.Extract(st, x, feats);
                    trainer.Score(feats, scores);
                    int guess = -1, best = -1, minCost = int.MaxValue;
                    for (int m = 0; m < ArcEagerState.Moves; m++)
                    {
                        costs[m] = st.IsValid(m) ? st.Cost(m, goldHead, children) : int.MaxValue;
                        if (costs[m] == int.MaxValue) continue;
                        if (guess < 0 || scores[m] > scores[guess]) guess = m;
                        minCost = Math.Min(minCost, costs[m]);
                    }
                    for (int m = 0; m < ArcEagerState.Moves; m++)
                        if (costs[m] == minCost && (best < 0 || scores[m] > scores[best])) best = m;
                    if (costs[guess] > minCost) trainer.Update(feats, best, guess);
                    int move = epoch > 0 && rng.NextDouble() < options.Explore ? guess : best;
                    int label = -1;
                    if (move is ArcEagerState.Left or ArcEagerState.Right)
                    {
                        int head = move == ArcEagerState.Left ? st.B : st.S0;
                        int dep = move == ArcEagerState.Left ? st.S0 : st.B;
                        label = shell.BestLabel(scores, st, move);
                        if (goldHead[dep] == head && head != 0)
                        {
                            trainer.Update(feats, ArcEagerState.Moves + goldLabel[dep], ArcEagerState.Moves + label);
                            label = goldLabel[dep];
                        }
                    }
                    trainer.Step++;
                    st.Apply(move, label);
                }
                st.Finish(shell.RootLabel, shell.FallbackLabel);
                for (int i = 1; i <= n; i++) { total++; if (st.Head[i] == d.Sentence.Words[i - 1].Head) correct++; }
            }
            log(string.Create(CultureInfo.InvariantCulture, $"  epoch {epoch + 1,2}: training UAS {(double)correct / total:F4}, {trainer.RowCount} feature rows"));
        }
        return new DependencyParser(labels, trainer.Average(options.Prune).Pruned(options.ParserMovePrune, options.ParserLabelPrune), punctTag);
    }

    /// <summary>
    /// The gold tree made projective by lifting: a crossing arc's dependent moves up to its head's
    /// head until no arc crosses (arc-eager can only build projective trees). Indices from 1; 0 is the root.
    /// </summary>
    internal static (int[] Heads, int[] Labels) Projective(ConlluSentence s, IReadOnlyDictionary<string, int> labelIndex)
    {
        int n = s.Words.Count;
        var head = new int[n + 1];
        var label = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            var w = s.Words[i - 1];
            head[i] = w.Head is >= 0 && w.Head <= n && w.Head != i ? w.Head : 0;
            label[i] = labelIndex.TryGetValue(w.Deprel, out int l) ? l : labelIndex["dep"];
        }
        // Break cycles and keep one root: a malformed tree must not hang the oracle.
        int root = -1;
        for (int i = 1; i <= n; i++)
            if (head[i] == 0) { if (root < 0) root = i; else head[i] = root; }
        if (root < 0) { root = 1; head[1] = 0; }
        label[root] = labelIndex["root"];
        for (int i = 1; i <= n; i++)
        {
            int steps = 0, k = i;
            while (k != 0 && steps++ <= n) k = head[k];
            if (k != 0) head[i] = root;
        }
        for (int changes = 0; changes < n * n; changes++)
        {
            int bad = -1;
            for (int d = 1; d <= n && bad < 0; d++)
            {
                int h = head[d];
                if (h == 0) continue;
                int lo = Math.Min(h, d), hi = Math.Max(h, d);
                for (int k = lo + 1; k < hi; k++)
                    if (!Dominates(head, h, k)) { bad = d; break; }
            }
            if (bad < 0) break;
            head[bad] = head[head[bad]];
            if (head[bad] == 0) head[bad] = root == bad ? 0 : root;
        }
        return (head, label);
    }

    private static bool Dominates(int[] head, int h, int k)
    {
        int steps = 0;
        while (k != 0 && steps++ < head.Length)
        {
            if (k == h) return true;
            k = head[k];
        }
        return h == 0;
    }
}
