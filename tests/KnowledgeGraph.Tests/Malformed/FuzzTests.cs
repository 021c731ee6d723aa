using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sinks.Json;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using Microsoft.FSharp.Core;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Malformed;

/// <summary>
/// Property-based fuzzing with a fixed seed (the same cases every run): random mutations of a
/// valid graph.json, and random byte files as articles. Every case ends with exit code 0 or 1,
/// at most one line per problem, no stack trace, and nothing written when it fails. The
/// library runs in-process, so a few hundred cases take seconds.
/// </summary>
[NonParallelizable]
public class FuzzTests
{
    private const int Cases = 300;

    internal static Config Seeded(int cases) =>
        Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20240611UL, 1442695040888963407UL), FSharpOption<int>.None)));

    // ---- graph.json mutations ----

    /// <summary>One edit of the JSON tree: which node (a number picked into the tree's list of values), what is done to it, with what.</summary>
    public sealed record Edit(int Target, int Action, int Value);

    private static readonly Func<JsonNode?>[] Values =
    [
        () => null, () => true, () => "", () => " ", () => "7", () => 1.5, () => -1, () => 0, () => 3_000_000_000L,
        () => JsonNode.Parse("1e20"), () => JsonNode.Parse("1e400"), () => JsonNode.Parse("-0"), () => new JsonObject(), () => new JsonArray(),
        () => new JsonArray(new JsonArray(new JsonArray())), () => "Person", () => "STATED", () => "place:kyiv", () => "\u0000",
        () => new string('x', 5000), () => int.MaxValue, () => long.MinValue, () => "person:\u00e9\u4e2d",
    ];

    private static List<(JsonNode? Parent, object Key, JsonNode? Node)> Flatten(JsonNode root)
    {
        var all = new List<(JsonNode?, object, JsonNode?)> { (null, "", root) };
        for (int i = 0; i < all.Count; i++)
        {
            var node = all[i].Item3;
            if (node is JsonObject o) foreach (var (k, v) in o) all.Add((o, k, v));
            else if (node is JsonArray a) for (int j = 0; j < a.Count; j++) all.Add((a, j, a[j]));
        }
        return all;
    }

    internal static byte[] Apply(byte[] valid, Edit[] edits, int byteEdit)
    {
        var root = JsonNode.Parse(valid)!;
        foreach (var e in edits)
        {
            var all = Flatten(root);
            var (parent, key, node) = all[e.Target % all.Count];
            if (parent is null) continue;
            var value = Values[e.Value % Values.Length]();
            switch (e.Action % 5)
            {
                case 0: Set(parent, key, value); break;                                  // replace
                case 1: if (parent is JsonObject o) o.Remove((string)key); else ((JsonArray)parent).RemoveAt((int)key); break; // delete
                case 2: if (parent is JsonArray a) a.Add(node?.DeepClone()); else Set(parent, key, value); break;        // repeat
                case 3: if (node is JsonObject no) no["extra" + e.Value] = value; else Set(parent, key, value); break;   // add a property
                case 4: if (node is JsonValue && node.GetValueKind() == System.Text.Json.JsonValueKind.String) Set(parent, key, node.GetValue<string>() + "\"'\\\n"); break;
            }
        }
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        // Now and then damage the bytes too: cut, flip, or put in a byte that is never UTF-8.
        switch (byteEdit % 8)
        {
            case 1: return bytes[..(byteEdit / 8 % Math.Max(1, bytes.Length))];
            case 2: bytes[byteEdit / 8 % bytes.Length] ^= 0x55; return bytes;
            case 3: bytes[byteEdit / 8 % bytes.Length] = 0xFF; return bytes;
            default: return bytes;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o) o[(string)key] = value;
        else ((JsonArray)parent)[(int)key] = value;
    }

    private static readonly Gen<Edit> EditGen =
        from t in Gen.Choose(0, 100_000) from a in Gen.Choose(0, 4) from v in Gen.Choose(0, 1000) select new Edit(t, a, v);

    private static readonly Gen<(Edit[] Edits, int ByteEdit)> MutationGen =
        from n in Gen.Choose(1, 4) from edits in Gen.ArrayOf(EditGen, n) from b in Gen.Choose(0, 1_000_000) select (edits, b);

    [Test]
    public void Mutated_graph_files_are_read_whole_or_refused_with_one_line_and_nothing_written()
    {
        var valid = MalformedGraphFileTests.ValidGraph();
        var dir = KgRunner.NewTempDir("fuzz-graph");
        var file = Path.Combine(dir, "graph.json");
        var output = Path.Combine(dir, "out.graphml");
        int refused = 0, accepted = 0;
        var property = Prop.ForAll(Arb.From(MutationGen), m =>
        {
            File.WriteAllBytes(file, Apply(valid, m.Edits, m.ByteEdit));
            if (File.Exists(output)) File.Delete(output);
            var (code, _, err) = KgRunner.Run("export", "--from", file, "--format", "graphml", "--out", output);
            var lines = err.TrimEnd('\n').Split('\n');
            if (code == 1)
            {
                refused++;
                Assert.That(lines, Has.Length.EqualTo(1), err);
                Assert.That(lines[0], Does.StartWith($"kg export: {file}: "));
                Assert.That(err, Does.Not.Contain("unexpected error").And.Not.Contain("   at "));
                Assert.That(File.Exists(output), Is.False, "nothing written for a refused file");
            }
            else
            {
                accepted++;
                Assert.That(code, Is.EqualTo(0), err);
                Assert.That(err, Is.Empty);
                Assert.That(File.Exists(output), Is.True);
                // What was accepted is a graph the tool can write and read back unchanged.
                var graph = JsonGraphReader.Read(file);
                using var ms = new MemoryStream();
                new KnowledgeGraph.Sinks.Json.JsonGraphSink().Write(graph, ms);
                var again = JsonGraphReader.Read(new MemoryStream(ms.ToArray()));
                Assert.That(again.NodeCount, Is.EqualTo(graph.NodeCount));
                Assert.That(again.RelationCount, Is.EqualTo(graph.RelationCount));
            }
        });
        Check.One(Seeded(Cases), property);
        TestContext.Out.WriteLine($"{refused} refused, {accepted} accepted");
        // The mutations reach both outcomes, so both branches were checked.
        Assert.That(refused, Is.GreaterThan(Cases / 4));
        Assert.That(accepted, Is.GreaterThan(5));
    }

    // ---- random bytes as articles ----

    private static readonly string[] Pieces =
    [
        "Presiden", " Joko Widodo", " bertemu", " Jens Stoltenberg", " di Brussels", ", Selasa (20/6)", " (12/10/2022)", "\u201C", "\u201D", "\"",
        " kata", " Rusia", " menyerang", " Kyiv", ".", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u0000", "\uFEFF", "\u00e2\u20ac\u0153", "\uFFFD",
        "Baca juga: ", "2022", " Januari", "(", ")", "'", "\u2026", "\uD83D\uDE00", "Dr.", " NATO", "-",
    ];

    private static readonly Gen<byte[]> ArticleBytes = Gen.OneOf(
        // Raw random bytes.
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
        // News-like text from pieces, in one of several encodings.
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces))
        from encoding in Gen.Choose(0, 4)
        select Encode(string.Concat(pieces), encoding),
        // Text with a few bytes broken.
        from pieces in Gen.NonEmptyListOf(Gen.Elements(Pieces))
        from at in Gen.Choose(0, 10_000)
        from b in Gen.Choose(0, 255)
        select Break(Encoding.UTF8.GetBytes(string.Concat(pieces)), at, (byte)b));

    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        3 => Encoding.Unicode.GetBytes(text),
        4 => Encoding.Latin1.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] Break(byte[] bytes, int at, byte b)
    {
        if (bytes.Length > 0) bytes[at % bytes.Length] = b;
        return bytes;
    }

    [Test]
    public void Random_byte_files_are_read_and_built_or_skipped_with_one_line_never_an_exception()
    {
        var dir = KgRunner.NewTempDir("fuzz-articles");
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Jobs = 1;
        int n = 0, skipped = 0, built = 0;
        var property = Prop.ForAll(Arb.From(ArticleBytes), bytes =>
        {
            var file = Path.Combine(dir, $"a{n++:D4}.txt");
            File.WriteAllBytes(file, bytes);
            var warnings = new List<InputWarning>();
            var article = new ArticleReader(warnings.Add).Read([file]).SingleOrDefault();
            Assert.That(warnings, Has.Count.LessThanOrEqualTo(1));
            Assert.That(warnings.All(w => !w.Message.Contains('\n')), Is.True, "one line per problem");
            if (article is null)
            {
                skipped++;
                Assert.That(warnings, Has.Count.EqualTo(1));
                Assert.That(warnings[0].Skipped, Is.True);
                return;
            }
            built++;
            var graph = pipeline.Run([ArticleSizeLimit.Cut(article, ArticleSizeLimit.DefaultMaxBytes)]);
            Assert.That(graph.Nodes.Count(x => x.Type == NodeType.Article), Is.EqualTo(1));
            using var ms = new MemoryStream();
            new KnowledgeGraph.Sinks.Json.JsonGraphSink().Write(graph, ms);
            Assert.That(JsonGraphReader.Read(new MemoryStream(ms.ToArray())).NodeCount, Is.EqualTo(graph.NodeCount), "what a build writes reads back");
        });
        Check.One(Seeded(Cases), property);
        TestContext.Out.WriteLine($"{built} built, {skipped} skipped");
        Assert.That(built, Is.GreaterThan(Cases / 4));
        Assert.That(skipped, Is.GreaterThan(0));
    }

    [Test]
    public void A_folder_of_random_files_builds_through_the_command_with_one_line_per_skipped_file()
    {
        var input = KgRunner.NewTempDir("fuzz-folder");
        var samples = ArticleBytes.Sample(40, new Rnd(7UL, 1442695040888963407UL), 30);
        for (int i = 0; i < samples.Length; i++) File.WriteAllBytes(Path.Combine(input, $"f{i:D2}.txt"), samples[i]);
        File.Copy(Directory.GetFiles(KgRunner.Samples)[0], Path.Combine(input, "zz-real.txt"));
        var output = Path.Combine(KgRunner.NewTempDir("fuzz-folder-out"), "out");
        foreach (var jobs in new[] { "1", "2" })
        {
            var (code, stdout, err) = KgRunner.Run("build", input, "--out", output, "--jobs", jobs);
            Assert.That(code, Is.EqualTo(0), err);
            var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("warning", StringComparison.Ordinal)).ToList();
            var named = lines.Select(l => l.Split(':')[1].Trim()).ToList();
            Assert.That(named, Is.Unique, "at most one line per file");
            Assert.That(err, Does.Not.Contain("   at ").And.Not.Contain("unexpected error"));
            Assert.That(stdout, Does.Contain("graph.json"));
            Assert.That(JsonGraphReader.Read(Path.Combine(output, "graph.json")).NodeCount, Is.GreaterThan(0));
        }
    }
}
