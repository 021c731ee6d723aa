using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Parsing;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg train-parser: trains the UPOS tagger, lemmatizer and dependency parser from the Indonesian UD
/// treebanks (ud-id-gsd, ud-id-csui, ud-id-pud under --data), holding out every N-th sentence of each
/// treebank, and prints the held-out scores.
/// </summary>
internal static class TrainParserCommand
{
    public static Command Create()
    {
        var defaults = new ParserTrainingOptions();
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder holding ud-id-gsd/, ud-id-csui/ and ud-id-pud/ (CoNLL-U files)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (e.g. src/KnowledgeGraph/Resources/id/models/parser.bin)", Required = true };
        var holdout = new Option<int>("--holdout") { Description = "Hold out every N-th sentence of each treebank for evaluation (0: train on everything)", DefaultValueFactory = _ => 10 };
        var heldOut = new Option<DirectoryInfo?>("--heldout-out") { Description = "Write the held-out sentences there (heldout-all.conllu and one file per treebank) for kg evaluate-parser" };
        var taggerEpochs = new Option<int>("--tagger-epochs") { DefaultValueFactory = _ => defaults.TaggerEpochs };
        var parserEpochs = new Option<int>("--parser-epochs") { DefaultValueFactory = _ => defaults.ParserEpochs };
        var seed = new Option<int>("--seed") { Description = "Shuffle and exploration seed", DefaultValueFactory = _ => defaults.Seed };
        var limit = new Option<int>("--limit") { Description = "Train on at most this many sentences (quick runs and tests; 0: all)" };
        var resources = new Option<DirectoryInfo?>("--resources") { Description = "Resource folder with <lang>/parsing/clitics.tsv (default: the bundled one)" };
        var command = new Command("train-parser", "Train the part-of-speech tagger, lemmatizer and dependency parser from Universal Dependencies treebanks.")
        {
            data, output, holdout, heldOut, taggerEpochs, parserEpochs, seed, limit, resources,
        };
        command.SetAction(parse =>
        {
            try
            {
                var options = defaults with { TaggerEpochs = parse.GetValue(taggerEpochs), ParserEpochs = parse.GetValue(parserEpochs), Seed = parse.GetValue(seed) };
                return Run(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(holdout), parse.GetValue(heldOut), parse.GetValue(limit),
                    parse.GetValue(resources)?.FullName, options);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"kg train-parser: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(DirectoryInfo data, FileInfo output, int holdout, DirectoryInfo? heldOutDir, int limit, string? resources, ParserTrainingOptions options)
    {
        if (holdout < 0 || holdout == 1) throw new ArgumentException("--holdout must be 0 or at least 2");
        var sw = Stopwatch.StartNew();
        var treebanks = Treebanks.Load(data.FullName, UdLabels.LoadAgentMarkers(resources));
        var (train, held) = Treebanks.Split(treebanks, holdout);
        if (limit > 0 && train.Count > limit) train = train.Take(limit).ToList();
        foreach (var tb in treebanks)
            Console.WriteLine($"{tb.Name}: {tb.Sentences.Count} sentences, {tb.Sentences.Sum(s => s.Words.Count)} words; held out {held[tb.Name].Count}");
        Console.WriteLine($"training on {train.Count} sentences ({train.Sum(s => s.Words.Count)} words)");
        var clitics = WordSplitter.LoadRules(resources).Select(r => r.Clitic).ToHashSet(StringComparer.Ordinal);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Indonesian UD ({string.Join(", ", treebanks.Select(t => t.Name))}); {train.Count} sentences; every {holdout}. sentence held out (0: none); " +
            $"tagger {options.TaggerEpochs} epochs, parser {options.ParserEpochs} epochs, seed {options.Seed}");
        var model = ParserTrainer.Train(train, clitics, options, description, Console.WriteLine);
        model.Save(output.FullName);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {KnowledgeGraph.Sources.DisplayText.Escape(output.FullName)}: {new FileInfo(output.FullName).Length / 1024.0:F0} KiB (tagger {model.Tagger.Weights.Count}, lemmatizer {model.Lemmatizer.Weights.Count}, parser {model.Parser.Weights.Count} feature rows) in {sw.Elapsed.TotalSeconds:F0} s"));
        if (holdout == 0) return 0;
        var all = ParserScores.Zero;
        foreach (var tb in treebanks)
        {
            var scores = ParserEvaluation.Evaluate(model, held[tb.Name]);
            all += scores;
            Print(tb.Name, scores);
        }
        Print("all", all);
        if (heldOutDir is not null)
        {
            Directory.CreateDirectory(heldOutDir.FullName);
            foreach (var tb in treebanks) Conllu.WriteFile(Path.Combine(heldOutDir.FullName, $"heldout-{tb.Name}.conllu"), held[tb.Name]);
            Conllu.WriteFile(Path.Combine(heldOutDir.FullName, "heldout-all.conllu"), treebanks.SelectMany(t => held[t.Name]));
            Console.WriteLine($"held-out sentences written to {heldOutDir.FullName}");
        }
        return 0;
    }

    private static void Print(string name, ParserScores s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held out {name,-5} {s.Words,6} words: UPOS {s.Upos:F4}  lemma {s.Lemma:F4}  UAS {s.Uas:F4}  LAS {s.Las:F4}"));
}
