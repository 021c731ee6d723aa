using KnowledgeGraph.Parsing;
using KnowledgeGraph.Segmentation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Parsing;

public class WordSplitterTests
{
    private static WordSplitter Splitter()
    {
        var words = new Dictionary<string, int> { ["rumah"] = 5, ["sebelumnya"] = 9, ["apa"] = 4, ["sekolah"] = 3, ["buku"] = 2 };
        var split = new Dictionary<string, int> { ["apakah"] = 6, ["sebelumnya"] = 1 };
        return new WordSplitter(WordSplitter.LoadRules(null), new CliticLexicon(words, split));
    }

    [TestCase("menyetujuinya", 10)]
    [TestCase("rumahku", 5)]
    [TestCase("apakah", 3)]
    [TestCase("sebelumnya", -1)]   // the treebanks keep it whole more often than not
    [TestCase("sekolah", -1)]      // a known word, not seko + lah
    [TestCase("buku", -1)]         // stem too short
    [TestCase("hanya", -1)]
    [TestCase("dapatkah", -1)]     // unknown stem: -kah is only split after a known word
    [TestCase("F-16nya", -1)]
    public void SplitPoints(string word, int expected) =>
        Assert.That(Splitter().SplitPoint(word, sentenceStart: false), Is.EqualTo(expected));

    [Test]
    public void ACapitalisedWordMidSentenceIsTakenForANameUnlessItsStemIsKnown()
    {
        var s = Splitter();
        Assert.That(s.SplitPoint("Zhenya", sentenceStart: false), Is.EqualTo(-1));
        Assert.That(s.SplitPoint("Zhenya", sentenceStart: true), Is.EqualTo(3));
        Assert.That(s.SplitPoint("Rumahnya", sentenceStart: false), Is.EqualTo(5));
    }

    [Test]
    public void SplitWordsKeepTheirTokenAndOffsets()
    {
        var text = "Lihat rumahnya, Pak.";
        var words = Splitter().Split(Tokenizer.Tokenize(text));
        Assert.That(words.Select(w => (w.Text, w.Start, w.End, w.Token)), Is.EqualTo(new[]
        {
            ("Lihat", 0, 5, 0), ("rumah", 6, 11, 1), ("nya", 11, 14, 1), (",", 14, 15, 2), ("Pak", 16, 19, 3), (".", 19, 20, 4),
        }));
    }

    [Test]
    public void RulesFileErrorsNameTheLine()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kg-clitics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "id", "parsing"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "id", "parsing", "clitics.tsv"), "# comment\nnya\tsometimes\t3\n");
            var e = Assert.Throws<FormatException>(() => WordSplitter.LoadRules(dir));
            Assert.That(e!.Message, Does.Contain("clitics.tsv:2").And.Contain("sometimes"));
        }
        finally { Directory.Delete(dir, true); }
    }
}
