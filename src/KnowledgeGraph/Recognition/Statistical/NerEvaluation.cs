namespace KnowledgeGraph.Recognition.Statistical;

public static class NerEvaluation
{
    public static NerEvaluationResult Evaluate(NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        long correct = 0, total = 0;
        var tp = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var fp = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var fn = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var pred = model.Tag(s.Tokens, s.Cased);
            for (int i = 0; i < pred.Length; i++) if (pred[i] == s.Tags[i]) correct++;
            total += pred.Length;
            var goldSpans = Bio.Spans(s.Tags).ToHashSet();
            var predSpans = Bio.Spans(pred).ToHashSet();
            foreach (var span in predSpans)
                Inc(goldSpans.Contains(span) ? tp : fp, span.Type);
            foreach (var span in goldSpans)
                if (!predSpans.Contains(span)) Inc(fn, span.Type);
        }
        var types = tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var perType = types.Select(t => new EntityScore(t, tp.GetValueOrDefault(t), fp.GetValueOrDefault(t), fn.GetValueOrDefault(t))).ToList();
        var overall = new EntityScore("ALL", perType.Sum(x => x.TruePositives), perType.Sum(x => x.FalsePositives), perType.Sum(x => x.FalseNegatives));
        return new NerEvaluationResult(total == 0 ? 0 : (double)correct / total, perType, overall);

        static void Inc(SortedDictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
    }
}
