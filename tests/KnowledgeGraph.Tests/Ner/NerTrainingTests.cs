using NUnit.Framework;
using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Tests.Ner;

public class NerTrainingTests
{
    private static readonly NerTrainingOptions Options = new(Epochs: 8, MinFeatureCount: 1);

    private static NerModel TrainSynthetic(ulong seed = 7) =>
        NerTrainer.Train(SyntheticCorpus.Build(120), new NerFeatures(), Options with { Seed = seed });

    [Test]
    public void LearnsThePatternAndAppliesItToUnseenNames()
    {
        var model = TrainSynthetic();
        // Neither name nor place occurs in training; the title, the capitals and "berkunjung ke" do the work.
        var tags = model.Tag(["Bupati", "Hendra", "Gunawan", "berkunjung", "ke", "Kupang", "pada", "hari", "Senin", "."]);
        Assert.That(tags, Is.EqualTo(new[] { "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "O" }));
    }

    [Test]
    public void LabelsAreOutsideThenBeginInsidePerType()
    {
        var model = TrainSynthetic();
        Assert.That(model.Labels, Is.EqualTo(new[] { "O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PER", "I-PER" }));
    }

    [Test]
    public void DecodingNeverStartsAnEntityWithInside()
    {
        var model = TrainSynthetic();
        var tags = model.Tag(["Santoso", "Wijaya", "Bank", "Sentosa", "Medan"]);
        for (int i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("I-")) continue;
            Assert.That(i, Is.GreaterThan(0));
            Assert.That(tags[i - 1][2..], Is.EqualTo(tags[i][2..]), $"I- at {i} follows {tags[i - 1]}");
        }
    }

    [Test]
    public void SameDataAndSeedGiveTheSameModelBytes()
    {
        var a = Bytes(TrainSynthetic());
        var b = Bytes(TrainSynthetic());
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void SaveAndLoadGiveIdenticalPredictionsAndBytes()
    {
        var model = TrainSynthetic();
        var bytes = Bytes(model);
        var loaded = NerModel.Load(new MemoryStream(bytes));
        string[][] probes =
        [
            ["Gubernur", "Rina", "Lestari", "berkunjung", "ke", "Padang", "."],
            ["Menurut", "Partai", "Maju", ",", "harga", "beras", "di", "Manado", "naik", "."],
            ["kata", "Agus", "di", "Jakarta"],
        ];
        foreach (var p in probes)
        {
            Assert.That(loaded.Tag(p), Is.EqualTo(model.Tag(p)));
            Assert.That(loaded.TagWithConfidence(p).Confidence, Is.EqualTo(model.TagWithConfidence(p).Confidence).Within(1e-9));
        }
        Assert.That(Bytes(loaded), Is.EqualTo(bytes));
        Assert.That(loaded.FeatureCount, Is.EqualTo(model.FeatureCount));
    }

    [Test]
    public void ConfidenceIsAProbability()
    {
        var (tags, conf) = TrainSynthetic().TagWithConfidence(["Direktur", "Dewi", "Kusuma", "berkunjung", "ke", "Medan", "."]);
        Assert.That(conf, Has.Length.EqualTo(tags.Length));
        Assert.That(conf, Has.All.InRange(0.0, 1.0 + 1e-9));
        Assert.That(conf[1], Is.GreaterThan(0.5));
    }

    [Test]
    public void TemperatureScalesConfidenceButNotTags()
    {
        var model = TrainSynthetic();
        string[] probe = ["Menurut", "Bank", "Sentosa", ",", "harga", "beras", "di", "Kupang", "naik", "."];
        var sharp = model.TagWithConfidence(probe);
        var soft = model.WithTemperature(50).TagWithConfidence(probe);
        Assert.That(soft.Tags, Is.EqualTo(sharp.Tags));
        Assert.That(soft.Confidence.Min(), Is.LessThan(sharp.Confidence.Min()));
        var fitted = NerCalibration.FitTemperature(model, SyntheticCorpus.Build(20));
        Assert.That(fitted, Is.GreaterThan(0));
    }

    [Test]
    public void CorruptModelFileIsReportedWithItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ner-bad-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
            Assert.That(e!.Message, Does.Contain(path));
        }
        finally { File.Delete(path); }
    }

    private static byte[] Bytes(NerModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }
}
