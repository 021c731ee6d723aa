using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition.Statistical;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Loads the shipped NER model and tags generated Indonesian-like sentences whose names are made
/// up from syllables (so most are unseen), printing load time and tokens per second on one thread.
/// </summary>
public static class NerBenchmark
{
    public const string Help = "statistical NER: model load time, tokens/s (options: --tokens N, --model FILE)";

    private static readonly string[] Frame =
        ["menurut", "laporan", "yang", "disampaikan", "pada", "hari", "Senin", ",", "pemerintah", "akan", "membahas",
         "rencana", "itu", "bersama", "para", "pejabat", "di", "kantor", "pusat", "dan", "mengatakan", "bahwa"];
    private static readonly string[] Syllables = ["ka", "ri", "mo", "ne", "sa", "tu", "vi", "lo", "de", "ga", "ru", "pe"];
    private static readonly string[] Titles = ["Presiden", "Menteri", "Gubernur", "Juru Bicara", "Direktur"];

    public static int Run(string[] args)
    {
        long target = 1_000_000;
        string? modelPath = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--tokens") target = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--model") modelPath = args[i + 1];
        }
        modelPath ??= StatisticalNerRecognizer.ModelPath(Path.Combine(AppContext.BaseDirectory, "Resources"));

        var sw = Stopwatch.StartNew();
        var model = NerModel.Load(modelPath);
        Console.WriteLine($"model {modelPath}: {model.FeatureCount} features, loaded in {sw.Elapsed.TotalMilliseconds:F0} ms");

        var rng = new Random(12345);
        var sentences = new List<string[]>();
        long tokens = 0;
        while (tokens < target)
        {
            var s = Sentence(rng);
            sentences.Add(s);
            tokens += s.Length;
        }

        model.Tag(sentences[0]);
        sw.Restart();
        long entities = 0;
        foreach (var s in sentences) entities += Bio.Spans(model.Tag(s)).Count;
        var tagSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tag: {tokens} tokens in {tagSeconds:F2} s = {tokens / tagSeconds:F0} tokens/s ({entities} entities)"));

        // Whole recognizer (segmenter tokens, confidence, per-article consistency) over articles of 40 sentences.
        var recognizer = new StatisticalNerRecognizer(model);
        var segmenter = IndonesianSegmenter.Load(null);
        var texts = new List<string>();
        for (int i = 0; i < sentences.Count; i += 40)
            texts.Add(string.Join("\n", sentences.Skip(i).Take(40).Select(s => string.Join(' ', s))));
        foreach (var scored in new[] { false, true })
        {
            sw.Restart();
            long mentions = 0;
            foreach (var text in texts)
            {
                var doc = new Document(new CleanText(new Article("b", text, "b"), text, []), segmenter.Segment(text));
                mentions += scored ? recognizer.RecognizeScored(doc).Count : recognizer.Recognize(doc).Count();
            }
            var seconds = sw.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(scored ? "RecognizeScored" : "Recognize"),-15} (segmenting included): {tokens / seconds:F0} tokens/s, {texts.Count / seconds:F0} articles of 40 sentences/s ({mentions} mentions)"));
        }
        return 0;
    }

    private static string[] Sentence(Random rng)
    {
        var words = new List<string>();
        int n = rng.Next(12, 30);
        while (words.Count < n)
        {
            int r = rng.Next(10);
            if (r == 0) { words.AddRange(Titles[rng.Next(Titles.Length)].Split(' ')); words.Add(Name(rng)); words.Add(Name(rng)); }
            else if (r == 1) { words.Add("di"); words.Add(Name(rng)); }
            else words.Add(Frame[rng.Next(Frame.Length)]);
        }
        words.Add(".");
        return [.. words];
    }

    private static string Name(Random rng)
    {
        var s = string.Concat(Enumerable.Range(0, rng.Next(2, 4)).Select(_ => Syllables[rng.Next(Syllables.Length)]));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }
}
