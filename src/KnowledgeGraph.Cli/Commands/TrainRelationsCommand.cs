using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations.Scoring;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg train-relations: trains the relation scorer from annotated corpora (articles/ and
/// gold.json each), prints k-fold cross-validated figures per edge type beside the rules' own,
/// picks each type's threshold from them, and writes the model. --test scores the written model
/// end to end on other annotated corpora.
/// </summary>
internal static class TrainRelationsCommand
{
    public static Command Create()
    {
        var corpora = new Option<string[]>("--corpus") { Description = "Annotated corpus folder (articles/ and gold.json, the scorer's format); may be repeated", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (use it with kg build --relation-model, or put it at id/models/relations.tsv in a language pack)", Required = true };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation (split by article); 0 or 1: none, and no threshold is chosen", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the fold split and of the training order", DefaultValueFactory = _ => 1UL };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new LogisticOptions().Epochs };
        var l2 = new Option<double>("--l2") { Description = "L2 shrinkage of the weights", DefaultValueFactory = _ => new LogisticOptions().L2 };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen in fewer candidates", DefaultValueFactory = _ => new LogisticOptions().MinFeatureCount };
        var minGain = new Option<double>("--min-gain") { Description = "F1 a type's cross-validated figure must gain over the rules before the model decides that type", DefaultValueFactory = _ => 0.02 };
        var test = new Option<string[]>("--test") { Description = "Annotated corpus to score the written model on, end to end; may be repeated", AllowMultipleArgumentsPerToken = false };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("train-relations", "Train the relation scorer on annotated corpora; print cross-validated precision, recall and F1 per edge type.")
        {
            corpora, output, folds, seed, epochs, l2, minCount, minGain, test, jobs,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(corpora)!, parse.GetValue(output)!, parse.GetValue(folds), parse.GetValue(test) ?? [], parse.GetValue(minGain),
                    new LogisticOptions(Epochs: parse.GetValue(epochs), L2: parse.GetValue(l2), MinFeatureCount: parse.GetValue(minCount), Seed: parse.GetValue(seed)), Math.Max(1, parse.GetValue(jobs)));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"kg train-relations: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string[] corpusDirs, FileInfo output, int folds, string[] testDirs, double minGain, LogisticOptions options, int jobs)
    {
        // Labelled against the rules alone: the shipped model must not judge its own training data.
        var rulesOnly = new ExtractionOptions { UseRelationModel = false };
        var corpora = corpusDirs.Select(AnnotatedCorpus.FromDirectory).ToList();
        var tests = testDirs.Select(AnnotatedCorpus.FromDirectory).ToList();
        var labelled = new List<LabelledCorpus>();
        foreach (var c in corpora)
        {
            var l = RelationTraining.Label(c, rulesOnly, jobs, w => Console.Error.WriteLine($"warning: {w.Where}: {w.Reason}"));
            labelled.Add(l);
            Console.WriteLine($"{c.Name}: {l.Candidates.Select(x => x.Group).Distinct().Count()} articles, {l.Candidates.Count} candidates " +
                              $"({l.Candidates.Count(x => x.FromRules)} from rules), {l.Candidates.Count(x => x.Label)} right");
        }
        var all = labelled.SelectMany(l => l.Candidates).ToList();
        var goldEdges = labelled.SelectMany(l => l.GoldEdges).ToList();
        PrintNodes(labelled);

        var thresholds = new Dictionary<RelationType, Cut>();
        if (folds >= 2)
        {
            var p = RelationTraining.CrossValidate(all, folds, options);
            thresholds = RelationTraining.ChooseThresholds(all, p, goldEdges, minGain);
            var rules = RelationTraining.EdgeFigures(all.Where(c => c.FromRules), goldEdges);
            var learned = RelationTraining.EdgeFigures(RelationTraining.Kept(all, i => p[i], thresholds), goldEdges);
            var everyType = ScoredGraph.EdgeTypes.Select(Enum.Parse<RelationType>).ToList();
            var atHalf = RelationTraining.EdgeFigures(RelationTraining.Kept(all, i => p[i], everyType.ToDictionary(t => t, _ => new Cut(0.5, 0.5))), goldEdges);
            var ceiling = RelationTraining.EdgeFigures(all, goldEdges);
            Console.WriteLine();
            Console.WriteLine("recall if every candidate were kept: " + string.Join(", ", ScoredGraph.EdgeTypes.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t} {ceiling[t].Recall:F3}"))));
            Console.WriteLine($"edges, {folds}-fold cross-validated (folds split by article, seed {options.Seed}); ends matched as the evaluation matches nodes");
            Console.WriteLine("type               rules: P      R      F1  | learned at 0.5: P   R      F1  | chosen: rules/added  P    R      F1");
            foreach (var t in ScoredGraph.EdgeTypes.Append("= mission_edges").Append("= all_edges"))
            {
                var types = t == "= mission_edges" ? ScoredGraph.MissionEdgeTypes : t == "= all_edges" ? ScoredGraph.EdgeTypes : [t];
                var (r, h, l) = (RelationTraining.Micro(rules, types), RelationTraining.Micro(atHalf, types), RelationTraining.Micro(learned, types));
                var th = types.Length == 1 && thresholds.TryGetValue(Enum.Parse<RelationType>(t), out var x) ? string.Create(CultureInfo.InvariantCulture, $"{x.Rules:F2}/{x.Added:F2}") : types.Length == 1 ? "rules" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t,-17} {r.Precision,6:F3} {r.Recall,6:F3} {r.F1,6:F3}  | {h.Precision,6:F3} {h.Recall,6:F3} {h.F1,6:F3}      | {th,9}  {l.Precision,6:F3} {l.Recall,6:F3} {l.F1,6:F3}"));
            }
        }
        var weights = LogisticTrainer.Train(RelationTraining.Examples(all), options);
        var notes = new List<string>
        {
            $"trained by kg train-relations on {string.Join(", ", corpora.Select(c => $"{c.Name} ({all.Where(x => x.Group.StartsWith(c.Name + "/", StringComparison.Ordinal)).Select(x => x.Group).Distinct().Count()} articles)"))}",
            string.Create(CultureInfo.InvariantCulture, $"{all.Count} candidates, {all.Count(c => c.Label)} right; {options.Epochs} epochs, L2 {options.L2}, min count {options.MinFeatureCount}, seed {options.Seed}, {folds}-fold thresholds, min gain {minGain}"),
        };
        var model = new RelationModel(weights, thresholds, notes);
        model.Save(output.FullName);
        Console.WriteLine($"wrote {KnowledgeGraph.Sources.DisplayText.Escape(output.FullName)}: {weights.Count} weights, thresholds {(thresholds.Count == 0 ? "none (rules decide every type)" : string.Join(", ", thresholds.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Rules:F2}/{kv.Value.Added:F2}"))))}");

        foreach (var c in tests)
        {
            var l = RelationTraining.Label(c, rulesOnly, jobs);
            var kept = RelationTraining.Kept(l.Candidates, i => model.Probability(l.Candidates[i].Features), thresholds);
            var rules = RelationTraining.EdgeFigures(l.Candidates.Where(x => x.FromRules), l.GoldEdges);
            var learned = RelationTraining.EdgeFigures(kept, l.GoldEdges);
            Console.WriteLine();
            Console.WriteLine($"test on {c.Name} (model trained on {string.Join(", ", corpora.Select(x => x.Name))})");
            Console.WriteLine("type               rules: P      R      F1  | learned: P      R      F1");
            foreach (var t in ScoredGraph.EdgeTypes.Append("= mission_edges").Append("= all_edges"))
            {
                var types = t == "= mission_edges" ? ScoredGraph.MissionEdgeTypes : t == "= all_edges" ? ScoredGraph.EdgeTypes : [t];
                var (r, x) = (RelationTraining.Micro(rules, types), RelationTraining.Micro(learned, types));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t,-17} {r.Precision,6:F3} {r.Recall,6:F3} {r.F1,6:F3}  | {x.Precision,9:F3} {x.Recall,6:F3} {x.F1,6:F3}"));
            }
        }
        return 0;
    }

    private static void PrintNodes(IReadOnlyList<LabelledCorpus> labelled)
    {
        foreach (var l in labelled)
        {
            Console.WriteLine($"nodes of {l.Corpus.Name} (evaluation figures; the relation scorer does not change nodes)");
            foreach (var (type, p) in l.Nodes)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-13} P {p.Precision:F3}  R {p.Recall:F3}  F1 {p.F1:F3}  ({p.Tp}/{p.Fp}/{p.Fn})"));
        }
    }
}
