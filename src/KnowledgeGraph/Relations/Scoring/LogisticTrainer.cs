namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// Logistic regression by stochastic gradient descent with per-feature step sizes (AdaGrad) and
/// L2 shrinkage. Examples are visited in an order drawn from the seed and features are indexed
/// in ordinal order, so the same examples and seed give the same weights, bit for bit.
/// </summary>
public static class LogisticTrainer
{
    public static Dictionary<string, double> Train(IReadOnlyList<(IReadOnlyList<string> Features, bool Label)> examples, LogisticOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fs, _) in examples)
            foreach (var f in fs.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(kv => kv.Value >= options.MinFeatureCount || kv.Key == EdgeFeatures.Bias || kv.Key.EndsWith("|" + EdgeFeatures.Bias, StringComparison.Ordinal))
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) index[names[i]] = i;
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();
        var labels = examples.Select(e => e.Label ? 1.0 : 0.0).ToArray();

        var w = new double[names.Length];
        var g2 = new double[names.Length];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        ulong state = options.Seed * 0x9E3779B97F4A7C15UL + 1;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            // Fisher–Yates with a fixed generator (xorshift64*): the same on every runtime.
            for (int i = order.Length - 1; i > 0; i--)
            {
                state ^= state >> 12; state ^= state << 25; state ^= state >> 27;
                int j = (int)((state * 0x2545F4914F6CDD1DUL >> 33) % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (int k in order)
            {
                var x = rows[k];
                double z = 0;
                foreach (int f in x) z += w[f];
                double p = 1.0 / (1.0 + Math.Exp(-z));
                double g = p - labels[k];
                foreach (int f in x)
                {
                    double grad = g + options.L2 * w[f];
                    g2[f] += grad * grad;
                    w[f] -= options.LearningRate * grad / Math.Sqrt(g2[f] + 1e-8);
                }
            }
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
            if (w[i] != 0) weights[names[i]] = Math.Round(w[i], 6);
        return weights;
    }
}
