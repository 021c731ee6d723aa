using NUnit.Framework;
using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Tests.Ner;

public class TrainNerCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"ner-cmd-{Guid.NewGuid():N}");
        var grit = Directory.CreateDirectory(Path.Combine(_dir, "ner-nergrit")).FullName;
        var corpus = SyntheticCorpus.Build(90);
        // Written with the corpus's own tag names, which the command must map.
        static string Native(string tag) => tag.Replace("PER", "PERSON").Replace("ORG", "ORGANISATION").Replace("LOC", "PLACE");
        SyntheticCorpus.WriteColumns(Path.Combine(grit, "train.txt"), corpus.Take(60), Native);
        SyntheticCorpus.WriteColumns(Path.Combine(grit, "valid.txt"), corpus.Skip(60).Take(15), Native);
        SyntheticCorpus.WriteColumns(Path.Combine(grit, "test.txt"), corpus.Skip(75), Native);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out) Kg(params string[] args)
    {
        var writer = new StringWriter();
        var old = Console.Out;
        Console.SetOut(writer);
        try { return (KnowledgeGraph.Cli.Program.Main(args), writer.ToString()); }
        finally { Console.SetOut(old); }
    }

    [Test]
    public void TrainsWritesAModelAndScoresIt()
    {
        var model = Path.Combine(_dir, "out", "ner.bin");
        var (code, output) = Kg("train-ner", "--data", _dir, "--out", model, "--epochs", "3", "--min-count", "1");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("epoch  3"));
        Assert.That(output, Does.Contain("PER"));
        Assert.That(NerModel.Load(model).Labels, Does.Contain("B-ORG"));

        var first = File.ReadAllBytes(model);
        Assert.That(Kg("train-ner", "--data", _dir, "--out", model, "--epochs", "3", "--min-count", "1").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllBytes(model), Is.EqualTo(first), "same data, same model bytes");

        var (evalCode, evalOut) = Kg("train-ner", "--data", _dir, "--eval", model);
        Assert.That(evalCode, Is.EqualTo(0), evalOut);
        Assert.That(evalOut, Does.Contain("ALL"));
    }

    [Test]
    public void MissingDataFolderFailsWithItsName()
    {
        var missing = Path.Combine(_dir, "nope");
        var err = new StringWriter();
        var old = Console.Error;
        Console.SetError(err);
        try
        {
            var (code, _) = Kg("train-ner", "--data", missing, "--out", Path.Combine(_dir, "m.bin"));
            Assert.That(code, Is.Not.EqualTo(0));
        }
        finally { Console.SetError(old); }
        Assert.That(err.ToString(), Does.Contain("nope"));
    }
}
