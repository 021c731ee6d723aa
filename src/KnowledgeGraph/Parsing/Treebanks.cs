namespace KnowledgeGraph.Parsing;

/// <summary>
/// Reads the Indonesian UD treebanks from a data folder laid out as ud-id-gsd/, ud-id-csui/,
/// ud-id-pud/ (any *.conllu found there; for PUD the revised file when present). Relations are
/// harmonised (<see cref="UdLabels"/>). The revised PUD has no lemmas; they are taken from the
/// original PUD sentence when both have the same words.
/// </summary>
public static class Treebanks
{
    public static List<Treebank> Load(string dataDir, IReadOnlySet<string> agentMarkers)
    {
        if (!Directory.Exists(dataDir)) throw new DirectoryNotFoundException($"data folder not found: {dataDir}");
        var result = new List<Treebank>();
        foreach (var name in new[] { "gsd", "csui", "pud" })
        {
            var dir = Path.Combine(dataDir, "ud-id-" + name);
            if (!Directory.Exists(dir)) continue;
            var files = Directory.GetFiles(dir, "*.conllu").OrderBy(f => f, StringComparer.Ordinal).ToList();
            var revised = files.Where(f => f.EndsWith("-revised.conllu", StringComparison.Ordinal)).ToList();
            var originals = files.Except(revised).ToList();
            var sentences = new List<ConlluSentence>();
            if (revised.Count > 0)
            {
                var lemmaSource = originals.SelectMany(Conllu.ReadFile).Where(s => s.Id is not null)
                    .GroupBy(s => s.Id!).ToDictionary(g => g.Key, g => g.First());
                foreach (var s in revised.SelectMany(Conllu.ReadFile))
                {
                    if (s.Id is { } id && lemmaSource.TryGetValue(id, out var o) && o.Words.Count == s.Words.Count
                        && o.Words.Zip(s.Words).All(p => p.First.Form == p.Second.Form))
                        for (int i = 0; i < s.Words.Count; i++)
                            if (s.Words[i].Lemma == "_") s.Words[i].Lemma = o.Words[i].Lemma;
                    sentences.Add(s);
                }
            }
            else sentences.AddRange(originals.SelectMany(Conllu.ReadFile));
            foreach (var s in sentences)
            {
                UdLabels.Harmonise(s, agentMarkers);
                if (s.Comment("treebank") is null) s.Comments.Add("treebank = " + name);
            }
            result.Add(new Treebank(name, sentences));
        }
        if (result.Count == 0) throw new InvalidDataException($"{dataDir}: no ud-id-gsd/, ud-id-csui/ or ud-id-pud/ folder with .conllu files");
        return result;
    }

    /// <summary>
    /// Splits each treebank into a training part and a fixed held-out part: every
    /// <paramref name="every"/>-th sentence (the 10th, 20th, … in file order) is held out. 0 holds out nothing.
    /// </summary>
    public static (List<ConlluSentence> Train, Dictionary<string, List<ConlluSentence>> HeldOut) Split(IEnumerable<Treebank> treebanks, int every)
    {
        var train = new List<ConlluSentence>();
        var held = new Dictionary<string, List<ConlluSentence>>(StringComparer.Ordinal);
        foreach (var tb in treebanks)
        {
            var h = new List<ConlluSentence>();
            for (int i = 0; i < tb.Sentences.Count; i++)
                if (every > 0 && i % every == every - 1) h.Add(tb.Sentences[i]);
                else train.Add(tb.Sentences[i]);
            held[tb.Name] = h;
        }
        return (train, held);
    }
}
