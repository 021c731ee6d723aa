using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Trains and measures the relation scorer: runs the pipeline over annotated corpora recording
/// every candidate, labels each by the scorer's matching (the same node matching `kg evaluate`
/// uses; a candidate is right when gold has its edge), cross-validates with folds split by
/// article, and picks each edge type's threshold on the held-out predictions.
/// </summary>
public static class RelationTraining
{
    public static readonly double[] ThresholdGrid = Enumerable.Range(1, 19).Select(i => i / 20.0).ToArray();

    /// <summary>Runs the rules-only pipeline over the corpus and labels every candidate against its gold graph.</summary>
    public static LabelledCorpus Label(AnnotatedCorpus corpus, ExtractionOptions options, int jobs, Action<InputWarning>? warn = null)
    {
        var dir = options.ResourceDirectory ?? Language.LanguageResources.DefaultDirectory;
        var recorder = new CandidateRecorder(CueWords.FromPack(Packs.LanguagePack.Open(options.Language, dir, options.Overlays)));
        var pipeline = ExtractionPipeline.CreateDefault(options with { CandidateStage = recorder });
        pipeline.Jobs = jobs;
        var reader = new ArticleReader(warn, new ArticleReaderOptions { ResourceDirectories = [dir, .. options.Overlays], Language = options.Language });
        var files = ArticleReader.ExpandInputs([corpus.ArticlesDirectory], warn);
        var graph = pipeline.Run(reader.Read(files));

        var gold = ScoredGraph.ReadGold(corpus.GoldPath);
        var predicted = ToScored(graph);
        var match = GraphScorer.MatchNodes(gold, predicted);
        var report = GraphScorer.Score(gold, predicted);
        var goldEdges = gold.Edges.Select(e => Prefixed(corpus, e)).ToHashSet();
        var labelled = new List<LabelledCandidate>();
        foreach (var (article, candidates) in recorder.ByArticle)
            foreach (var c in candidates)
            {
                var s = graph.CurrentId(c.Candidate.SourceId);
                var t = graph.CurrentId(c.Candidate.TargetId);
                if (s == t || graph.FindNode(s) is null || graph.FindNode(t) is null) continue;
                var edge = Prefixed(corpus, new ScoredEdge(match.GetValueOrDefault(s) ?? "?" + s, c.Candidate.Type.ToString(), match.GetValueOrDefault(t) ?? "?" + t));
                labelled.Add(new LabelledCandidate(corpus.Name + "/" + article, edge, goldEdges.Contains(edge), c.FromRules, c.Features));
            }
        return new LabelledCorpus(corpus, labelled, report.Nodes, gold.Edges.Select(e => Prefixed(corpus, e)).ToList());
    }

    // Node ids are the corpus's own: several corpora are told apart by their name.
    private static ScoredEdge Prefixed(AnnotatedCorpus corpus, ScoredEdge e) => new(corpus.Name + ":" + e.Source, e.Type, corpus.Name + ":" + e.Target);

    /// <summary>The graph as the scorer reads its GraphML: typed nodes with name and aliases, typed edges.</summary>
    public static ScoredGraph ToScored(EntityGraph graph)
    {
        var nodes = graph.Nodes.Where(n => ScoredGraph.NodeTypes.Contains(n.Type.ToString()))
            .Select(n => new ScoredNode(n.Id, n.Type.ToString(), n.Name, n.Aliases.Prepend(n.Name).ToList())).ToList();
        var edges = graph.Relations.Where(r => ScoredGraph.EdgeTypes.Contains(r.Type.ToString()))
            .Select(r => new ScoredEdge(r.Source.Id, r.Type.ToString(), r.Target.Id)).ToList();
        return new ScoredGraph(nodes, edges);
    }

    /// <summary>Per edge type, the figures of the edges that the kept candidates add, as `kg evaluate` would count them.</summary>
    public static Dictionary<string, Prf> EdgeFigures(IEnumerable<LabelledCandidate> kept, IEnumerable<ScoredEdge> goldEdges)
    {
        var predicted = kept.Select(c => c.Edge).ToHashSet();
        var gold = goldEdges.ToHashSet();
        var result = new Dictionary<string, Prf>(StringComparer.Ordinal);
        foreach (var t in ScoredGraph.EdgeTypes)
        {
            int p = predicted.Count(e => e.Type == t), g = gold.Count(e => e.Type == t);
            int tp = predicted.Count(e => e.Type == t && gold.Contains(e));
            result[t] = Prf.From(tp, p - tp, g - tp);
        }
        return result;
    }

    public static Prf Micro(IReadOnlyDictionary<string, Prf> figures, IEnumerable<string> types)
    {
        var list = types.Select(t => figures[t]).ToList();
        return Prf.From(list.Sum(x => x.Tp), list.Sum(x => x.Fp), list.Sum(x => x.Fn));
    }

    /// <summary>Examples of the given candidates for the trainer.</summary>
    public static List<(IReadOnlyList<string> Features, bool Label)> Examples(IEnumerable<LabelledCandidate> candidates) =>
        candidates.Select(c => (c.Features, c.Label)).ToList();

    /// <summary>
    /// Out-of-fold probabilities: articles are dealt into <paramref name="folds"/> folds in an
    /// order drawn from the seed; each fold is scored by a model trained on the others.
    /// </summary>
    public static double[] CrossValidate(IReadOnlyList<LabelledCandidate> candidates, int folds, LogisticOptions options)
    {
        var groups = candidates.Select(c => c.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var rng = new Random(unchecked((int)options.Seed));
        var shuffled = groups.OrderBy(_ => rng.Next()).ToList();
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < shuffled.Count; i++) foldOf[shuffled[i]] = i % folds;
        var result = new double[candidates.Count];
        var byFold = Enumerable.Range(0, folds).AsParallel().AsOrdered().Select(k =>
        {
            var train = candidates.Where(c => foldOf[c.Group] != k).ToList();
            var weights = LogisticTrainer.Train(Examples(train), options);
            var model = new RelationModel(weights, new Dictionary<RelationType, Cut>(), []);
            return (k, model);
        }).ToList();
        for (int i = 0; i < candidates.Count; i++)
            result[i] = byFold[foldOf[candidates[i].Group]].model.Probability(candidates[i].Features);
        return result;
    }

    /// <summary>
    /// Per edge type, the pair of thresholds (rules' candidates, added candidates) whose kept
    /// candidates give the best F1 on the held-out probabilities, if it beats the rules alone by
    /// more than <paramref name="minGain"/>; types where nothing does get no thresholds.
    /// </summary>
    public static Dictionary<RelationType, Cut> ChooseThresholds(IReadOnlyList<LabelledCandidate> candidates, double[] probabilities, IReadOnlyList<ScoredEdge> goldEdges, double minGain = 0)
    {
        var chosen = new Dictionary<RelationType, Cut>();
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var name = type.ToString();
            if (!ScoredGraph.EdgeTypes.Contains(name)) continue;
            var ofType = candidates.Select((c, i) => (C: c, P: probabilities[i])).Where(x => x.C.Edge.Type == name).ToList();
            var gold = goldEdges.Where(e => e.Type == name).ToList();
            double F1(Cut cut) => EdgeFigures(ofType.Where(x => cut.Keep(x.P, x.C.FromRules)).Select(x => x.C), gold)[name].F1;
            double best = F1(Cut.RulesAlone) + minGain;
            Cut? bestCut = null;
            foreach (var r in ThresholdGrid.Prepend(0.0))
                foreach (var a in ThresholdGrid.Append(1.0))
                {
                    var cut = new Cut(r, a);
                    if (cut == Cut.RulesAlone) continue;
                    var f1 = F1(cut);
                    if (f1 > best) { best = f1; bestCut = cut; }
                }
            if (bestCut is { } b) chosen[type] = b;
        }
        return chosen;
    }

    /// <summary>The candidates a model with these thresholds keeps (rules' candidates for types without one).</summary>
    public static IEnumerable<LabelledCandidate> Kept(IReadOnlyList<LabelledCandidate> candidates, Func<int, double> probability, IReadOnlyDictionary<RelationType, Cut> thresholds) =>
        candidates.Where((c, i) => thresholds.TryGetValue(Enum.Parse<RelationType>(c.Edge.Type), out var t) ? t.Keep(probability(i), c.FromRules) : c.FromRules);
}
