namespace KnowledgeGraph.Recognition.Statistical;

public static class NerCalibration
{
    /// <summary>Predicted spans grouped by confidence (lowest token marginal in the span): how many, and how many are right.</summary>
    public static IReadOnlyList<(double From, double To, int Spans, int Correct)> Reliability(NerModel model, IReadOnlyList<TaggedSentence> sentences, double[] edges)
    {
        var spans = new int[edges.Length - 1];
        var correct = new int[edges.Length - 1];
        foreach (var s in sentences)
        {
            var (tags, conf) = model.TagWithConfidence(s.Tokens, s.Cased);
            var gold = Bio.Spans(s.Tags).ToHashSet();
            foreach (var span in Bio.Spans(tags))
            {
                double c = 1;
                for (int i = span.Start; i < span.End; i++) c = Math.Min(c, conf[i]);
                int b = 0;
                while (b < spans.Length - 1 && c >= edges[b + 1]) b++;
                spans[b]++;
                if (gold.Contains(span)) correct[b]++;
            }
        }
        return Enumerable.Range(0, spans.Length).Select(b => (edges[b], edges[b + 1], spans[b], correct[b])).ToList();
    }

    /// <summary>
    /// The temperature (on a geometric grid) under which the per-token marginals give the gold
    /// labels of <paramref name="sentences"/> the highest likelihood.
    /// </summary>
    public static float FitTemperature(NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        int l = model.Labels.Length;
        var index = model.Labels.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        double bestT = 1, bestLoss = double.PositiveInfinity;
        for (double t = 0.25; t <= 256; t *= Math.Sqrt(2))
        {
            double loss = 0;
            foreach (var s in sentences)
            {
                var m = model.Marginals(s.Tokens, s.Cased, t);
                for (int i = 0; i < s.Tokens.Length; i++)
                    loss -= Math.Log(Math.Max(1e-12, index.TryGetValue(s.Tags[i], out var y) ? m[i * l + y] : 0));
            }
            if (loss < bestLoss) { bestLoss = loss; bestT = t; }
        }
        return (float)bestT;
    }
}
