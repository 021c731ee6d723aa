using KnowledgeGraph.Parsing;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Parsing;

/// <summary>Training determinism, the model file's integrity checks and the parser commands.</summary>
public class ParserModelTests
{
    private static string Fixture => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "parsing", "mini.conllu");

    private static readonly ParserTrainingOptions Quick = new() { TaggerEpochs = 3, LemmaEpochs = 3, ParserEpochs = 3, JackknifeFolds = 2 };

    private static byte[] TrainBytes(int seed = 11)
    {
        var sentences = Conllu.ReadFile(Fixture);
        foreach (var s in sentences) UdLabels.Harmonise(s, UdLabels.LoadAgentMarkers(null));
        var model = ParserTrainer.Train(sentences, new HashSet<string> { "nya", "kah" }, Quick with { Seed = seed }, "test");
        var bytes = new MemoryStream();
        model.Save(bytes);
        return bytes.ToArray();
    }

    private static string SaveTemp(byte[] bytes)
    {
        var path = Path.Combine(KgRunner.NewTempDir("parser-model"), "parser.bin");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void TrainingTwiceGivesTheSameBytes()
    {
        var a = TrainBytes();
        var b = TrainBytes();
        Assert.That(a, Is.EqualTo(b));
        Assert.That(TrainBytes(seed: 12), Is.Not.EqualTo(a), "the seed is used");
    }

    [Test]
    public void ASavedModelLoadsAndReadsTheSameAsTheTrainedOne()
    {
        var path = SaveTemp(TrainBytes());
        var model = ParserModel.Load(path);
        var a = model.Analyse(["Menteri", "itu", "menyetujui", "nya", "."]);
        Assert.That(a.Heads.Count(h => h == 0), Is.EqualTo(1), "one root");
        Assert.That(a.Upos, Has.Length.EqualTo(5));
        Assert.That(model.Clitics.SplitCount("menyetujuinya"), Is.EqualTo(1), "multiword tokens of the training data are counted");
    }

    [Test]
    public void AMissingModelIsNamed()
    {
        var path = Path.Combine(KgRunner.NewTempDir("parser-model"), "none.bin");
        var e = Assert.Throws<FileNotFoundException>(() => ParserModel.Load(path));
        Assert.That(e!.Message, Does.Contain(path).And.Not.Contain("\n"));
    }

    [Test]
    public void ACorruptModelIsRefusedWithOneLine()
    {
        var bytes = TrainBytes();
        bytes[^100] ^= 0x40;
        var path = SaveTemp(bytes);
        var e = Assert.Throws<InvalidDataException>(() => ParserModel.Load(path));
        Assert.That(e!.Message, Does.Contain(path).And.Contain("checksum").And.Not.Contain("\n"));
    }

    [Test]
    public void ATruncatedOrForeignFileIsRefused()
    {
        var bytes = TrainBytes();
        var truncated = SaveTemp(bytes[..(bytes.Length / 2)]);
        Assert.That(Assert.Throws<InvalidDataException>(() => ParserModel.Load(truncated))!.Message, Does.Contain("truncated"));
        var foreign = SaveTemp("not a model at all, just text"u8.ToArray());
        Assert.That(Assert.Throws<InvalidDataException>(() => ParserModel.Load(foreign))!.Message, Does.Contain("not a KGPARSER file"));
    }

    [Test]
    public void EvaluateParserPrintsTheFourScores()
    {
        var (code, stdout, stderr) = KgRunner.Run("evaluate-parser", "--gold", Fixture);
        Assert.That(code, Is.EqualTo(0), stderr);
        var lines = stdout.Trim().Split('\n');
        Assert.That(lines.Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "UPOS", "lemma", "UAS", "LAS" }));
        foreach (var l in lines)
        {
            var value = double.Parse(l.Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(value, Is.InRange(0.5, 1.0), l);
        }
    }

    [Test]
    public void EvaluateParserWithACorruptModelExitsWithOneLine()
    {
        var bytes = TrainBytes();
        bytes[^50] ^= 1;
        var path = SaveTemp(bytes);
        var (code, stdout, stderr) = KgRunner.Run("evaluate-parser", "--gold", Fixture, "--model", path);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain(path).And.Contain("checksum"));
    }

    [Test]
    public void ParsePrintsConlluWithOffsets()
    {
        var dir = KgRunner.NewTempDir("parse");
        var file = Path.Combine(dir, "berita.txt");
        File.WriteAllText(file, "Menurutnya, NATO siap.\nKyiv diserang oleh Rusia.\n");
        var (code, stdout, stderr) = KgRunner.Run("parse", file);
        Assert.That(code, Is.EqualTo(0), stderr);
        var sentences = Conllu.Read(new StringReader(stdout));
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0].Text, Is.EqualTo("Menurutnya, NATO siap."));
        Assert.That(sentences[0].MultiwordTokens.Single().Form, Is.EqualTo("Menurutnya"));
        var text = File.ReadAllText(file);
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            var range = w.Misc.Split('|').Single(m => m.StartsWith("TokenRange=")).Split('=')[1].Split(':').Select(int.Parse).ToArray();
            Assert.That(text[range[0]..range[1]], Is.EqualTo(w.Form));
        }
        Assert.That(sentences[1].Words.Single(w => w.Form == "Rusia").Deprel, Is.EqualTo("obl:agent"));
    }
}
