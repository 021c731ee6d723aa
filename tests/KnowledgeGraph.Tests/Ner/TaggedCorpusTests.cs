using NUnit.Framework;
using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Tests.Ner;

public class TaggedCorpusTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), $"ner-corpus-{Guid.NewGuid():N}"));

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void MapsCorpusTypesAndRepairsStrayInsideTags()
    {
        var path = Path.Combine(_dir, "train.txt");
        File.WriteAllText(path, "Presiden\tO\nJoko\tI-PERSON\nWidodo\tI-PERSON\nke\tO\nBali\tB-PLACE\n\nrendang\tB-FNB\nenak\tO\n");
        var sentences = TaggedCorpus.Read(path, TaggedCorpus.DefaultTypeMap);
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "B-PER", "I-PER", "O", "B-LOC" }));
        Assert.That(sentences[1].Tags, Is.EqualTo(new[] { "O", "O" }));
    }

    [Test]
    public void MalformedLineNamesFileAndLine()
    {
        var path = Path.Combine(_dir, "bad.txt");
        File.WriteAllText(path, "Joko\tB-PERSON\nWidodo PERSON\n");
        var e = Assert.Throws<InvalidDataException>(() => TaggedCorpus.Read(path, TaggedCorpus.DefaultTypeMap));
        Assert.That(e!.Message, Does.Contain("bad.txt:2"));
    }

    [Test]
    public void SpansFollowBioBoundaries()
    {
        var spans = Bio.Spans(["B-PER", "I-PER", "B-PER", "O", "B-LOC", "I-LOC", "B-ORG"]);
        Assert.That(spans, Is.EqualTo(new[] { (0, 2, "PER"), (2, 3, "PER"), (4, 6, "LOC"), (6, 7, "ORG") }));
    }
}
