using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg train-ner: trains the statistical NER tagger from the IndoNLU corpora (NERGrit, cased;
/// optionally NERP, lower-cased, used with case features off) and scores it on the test split.
/// With --eval it only scores an existing model.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder holding ner-nergrit/ (and optionally ner-nerp/) with train.txt, valid.txt, test.txt", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Model file to write (e.g. src/KnowledgeGraph/Resources/id/models/ner.bin)" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<ulong>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount };
        var nerp = new Option<bool>("--with-nerp") { Description = "Also train on ner-nerp (lower-cased; case features off for it)" };
        var withValid = new Option<bool>("--with-valid") { Description = "Also train on the valid split (per-epoch scores then use test)" };
        var titles = new Option<FileInfo?>("--titles") { Description = "TSV whose first column lists title/role phrases; their words become a feature (stored in the model)" };
        var common = new Option<FileInfo?>("--common-words") { Description = "Extra lower-case common words, one per line (added to those read lower-cased in the cased corpora)" };
        var eval = new Option<FileInfo?>("--eval") { Description = "Do not train: score this model on the test split" };

        var command = new Command("train-ner", "Train the statistical named-entity tagger (or score one with --eval).")
        {
            data, output, epochs, seed, minCount, nerp, withValid, titles, common, eval,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(data)!, parse.GetValue(output), parse.GetValue(eval), parse.GetValue(titles), parse.GetValue(common),
                    new NerTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minCount)),
                    parse.GetValue(nerp), parse.GetValue(withValid));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"train-ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(DirectoryInfo data, FileInfo? output, FileInfo? eval, FileInfo? titlesFile, FileInfo? commonFile, NerTrainingOptions options, bool withNerp, bool withValid)
    {
        var grit = Directory.Exists(Path.Combine(data.FullName, "ner-nergrit")) ? Path.Combine(data.FullName, "ner-nergrit") : data.FullName;
        var map = TaggedCorpus.DefaultTypeMap;
        var test = TaggedCorpus.Read(Path.Combine(grit, "test.txt"), map);

        if (eval is not null)
        {
            var sw = Stopwatch.StartNew();
            var loaded = NerModel.Load(eval.FullName);
            Console.WriteLine($"loaded {eval.FullName}: {loaded.FeatureCount} features in {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            var result = NerEvaluation.Evaluate(loaded, test);
            long tokens = test.Sum(s => s.Tokens.Length);
            Console.WriteLine($"tagged {tokens} tokens in {sw.ElapsedMilliseconds} ms ({tokens / Math.Max(sw.Elapsed.TotalSeconds, 1e-9):F0} tokens/s)");
            Print("test", result);
            Console.WriteLine($"confidence (temperature {loaded.Temperature.ToString("G4", CultureInfo.InvariantCulture)})  spans  precision");
            foreach (var (from, to, spans, correct) in NerCalibration.Reliability(loaded, test, [0, 0.5, 0.7, 0.9, 0.97, 1.0001]))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {from:F2}-{Math.Min(to, 1):F2}           {spans,5}  {(spans == 0 ? 0 : (double)correct / spans),9:F3}"));
            return 0;
        }
        if (output is null) throw new ArgumentException("--out is required when training");

        var train = TaggedCorpus.Read(Path.Combine(grit, "train.txt"), map);
        var valid = TaggedCorpus.Read(Path.Combine(grit, "valid.txt"), map);
        if (withValid) train.AddRange(valid);
        if (withNerp)
        {
            var nerpDir = Path.Combine(data.FullName, "ner-nerp");
            train.AddRange(TaggedCorpus.Read(Path.Combine(nerpDir, "train.txt"), map, cased: false));
        }
        var monitor = withValid ? test : valid;
        var features = new NerFeatures(titlesFile is null ? [] : ReadTitleWords(titlesFile.FullName), CommonWords(data.FullName, train, commonFile));
        Console.WriteLine($"training on {train.Count} sentences ({train.Sum(s => s.Tokens.Length)} tokens), {options.Epochs} epochs, seed {options.Seed}");
        var model = NerTrainer.Train(train, features, options, (epoch, m) =>
        {
            var r = NerEvaluation.Evaluate(m, monitor);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch,2}: {(withValid ? "test" : "valid")} token accuracy {r.TokenAccuracy:P2}, entity F1 {r.Overall.F1:F4}"));
        });
        // Calibrated on the held-out split watched above; it scales confidences only, never the tags.
        model = model.WithTemperature(NerCalibration.FitTemperature(model, monitor));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence temperature {model.Temperature:G4} (fitted on {(withValid ? "test" : "valid")})"));
        model.Save(output.FullName);
        Console.WriteLine($"wrote {KnowledgeGraph.Sources.DisplayText.Escape(output.FullName)}: {model.FeatureCount} features, {new FileInfo(output.FullName).Length / 1024.0:F0} KiB");
        Print("test", NerEvaluation.Evaluate(model, test));
        return 0;
    }

    /// <summary>
    /// Words seen in lower case in the cased corpora (NERGrit training text, BaPOS when present)
    /// plus an optional list: tells a capitalised common word from a name.
    /// </summary>
    private static SortedSet<string> CommonWords(string dataDir, IEnumerable<TaggedSentence> train, FileInfo? extra)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        void Add(string token)
        {
            if (token.Any(char.IsLetter) && token.All(c => !char.IsUpper(c))) words.Add(token);
        }
        foreach (var s in train.Where(s => s.Cased))
            foreach (var t in s.Tokens) Add(t);
        var pos = Path.Combine(dataDir, "pos-bapos", "train.txt");
        if (File.Exists(pos))
            foreach (var line in File.ReadLines(pos))
            {
                int tab = line.IndexOf('\t');
                if (tab > 0) Add(line[..tab]);
            }
        if (extra is not null)
            foreach (var line in File.ReadLines(extra.FullName))
                if (line.Length > 0 && !line.StartsWith('#')) words.Add(line.Trim().ToLowerInvariant());
        return words;
    }

    /// <summary>The words of the first column of a title list ("Menteri Pertahanan" → menteri, pertahanan).</summary>
    private static IEnumerable<string> ReadTitleWords(string path)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            foreach (var w in line.Split('\t')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                words.Add(w.ToLowerInvariant());
        }
        return words;
    }

    private static void Print(string split, NerEvaluationResult r)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{split}: token accuracy {r.TokenAccuracy:P2}"));
        Console.WriteLine("type   precision  recall     F1   (tp/fp/fn)");
        foreach (var s in r.PerType.Append(r.Overall))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Type,-6} {s.Precision,9:F4} {s.Recall,7:F4} {s.F1,7:F4}   ({s.TruePositives}/{s.FalsePositives}/{s.FalseNegatives})"));
    }
}
