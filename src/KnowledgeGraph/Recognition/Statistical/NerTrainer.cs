namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// Averaged structured perceptron: decode each sentence with the current weights, and where the
/// best path differs from the gold one move weight from the predicted labels to the gold labels.
/// The averaged weights (over every step) are what is kept; they generalise far better than the last ones.
/// </summary>
public static class NerTrainer
{
    public static string[] LabelsFor(IEnumerable<TaggedSentence> sentences)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var t in s.Tags)
                if (t != "O") types.Add(Bio.TypeOf(t));
        var labels = new List<string> { "O" };
        foreach (var t in types) { labels.Add("B-" + t); labels.Add("I-" + t); }
        return [.. labels];
    }

    /// <param name="afterEpoch">Called after each pass with the pass number and the averaged model so far.</param>
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, NerFeatures features, NerTrainingOptions options, Action<int, NerModel>? afterEpoch = null)
    {
        if (sentences.Count == 0) throw new ArgumentException("no training sentences", nameof(sentences));
        var labels = LabelsFor(sentences);
        int l = labels.Length;
        var labelIndex = labels.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);

        // Hash every token's features once; keep those seen often enough, numbered by first appearance.
        var buffer = new FeatureBuffer();
        var hashed = new ulong[sentences.Count][][];
        var counts = new Dictionary<ulong, int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sent = sentences[s];
            features.Extract(sent.Tokens, sent.Cased, buffer);
            hashed[s] = new ulong[sent.Tokens.Length][];
            for (int i = 0; i < sent.Tokens.Length; i++)
            {
                hashed[s][i] = buffer.Of(i).ToArray();
                foreach (var h in hashed[s][i]) counts[h] = counts.GetValueOrDefault(h) + 1;
            }
        }
        var ids = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        var data = new int[sentences.Count][][];
        var gold = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            data[s] = new int[hashed[s].Length][];
            for (int i = 0; i < hashed[s].Length; i++)
            {
                var row = new List<int>(hashed[s][i].Length);
                foreach (var h in hashed[s][i])
                {
                    if (counts[h] < options.MinFeatureCount) continue;
                    if (!ids.TryGetValue(h, out int id)) { id = hashes.Count; ids.Add(h, id); hashes.Add(h); }
                    row.Add(id);
                }
                data[s][i] = [.. row];
            }
            gold[s] = sentences[s].Tags.Select(t => labelIndex[t]).ToArray();
            hashed[s] = null!;
        }

        int f = hashes.Count;
        var w = new double[f * l];
        var u = new double[f * l];
        var tw = new double[(l + 1) * l];
        var tu = new double[(l + 1) * l];
        var allowed = NerModel.AllowedTransitions(labels);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rng = new SplitMix64(options.Seed);
        double c = 1;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var s in order)
            {
                var x = data[s];
                var y = gold[s];
                int n = x.Length;
                var emissions = new double[n * l];
                for (int i = 0; i < n; i++)
                    foreach (var id in x[i])
                        for (int k = 0; k < l; k++) emissions[i * l + k] += w[id * l + k];
                var pred = NerModel.Viterbi(emissions, n, l, tw, allowed);
                for (int i = 0; i < n; i++)
                {
                    int pg = i == 0 ? l : y[i - 1];
                    int pp = i == 0 ? l : pred[i - 1];
                    if (pg == pp && y[i] == pred[i]) continue;
                    Bump(tw, tu, pg * l + y[i], +1, c);
                    Bump(tw, tu, pp * l + pred[i], -1, c);
                    if (y[i] == pred[i]) continue;
                    foreach (var id in x[i])
                    {
                        Bump(w, u, id * l + y[i], +1, c);
                        Bump(w, u, id * l + pred[i], -1, c);
                    }
                }
                c++;
            }
            if (afterEpoch is not null || epoch == options.Epochs)
            {
                var model = Average(labels, features, hashes, w, u, tw, tu, c, epoch == options.Epochs ? options.PruneBelow : 0);
                afterEpoch?.Invoke(epoch, model);
                if (epoch == options.Epochs) return model;
            }
        }
        throw new ArgumentException("epochs must be at least 1", nameof(options));
    }

    private static void Bump(double[] w, double[] u, int k, double d, double c)
    {
        w[k] += d;
        u[k] += c * d;
    }

    private static NerModel Average(string[] labels, NerFeatures features, List<ulong> hashes, double[] w, double[] u, double[] tw, double[] tu, double c, double prune)
    {
        int l = labels.Length;
        var keptHashes = new List<ulong>();
        var kept = new List<float>();
        var row = new float[l];
        for (int f = 0; f < hashes.Count; f++)
        {
            bool any = false;
            for (int y = 0; y < l; y++)
            {
                double a = w[f * l + y] - u[f * l + y] / c;
                row[y] = Math.Abs(a) < prune ? 0f : (float)a;
                any |= row[y] != 0f;
            }
            if (!any) continue;
            keptHashes.Add(hashes[f]);
            kept.AddRange(row);
        }
        var trans = new float[tw.Length];
        for (int k = 0; k < tw.Length; k++) trans[k] = (float)(tw[k] - tu[k] / c);
        return new NerModel(labels, features, keptHashes, [.. kept], trans);
    }
}

/// <summary>A small fixed PRNG so shuffles are the same on every runtime version.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
