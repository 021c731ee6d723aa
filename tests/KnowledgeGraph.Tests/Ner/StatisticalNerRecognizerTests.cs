using NUnit.Framework;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Statistical;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.Ner;

public class StatisticalNerRecognizerTests
{
    private static Document Doc(string text) =>
        new(new CleanText(new Article("t", text, "t.txt"), text, []), TestSegmenter.Segment(text));

    private static List<(NodeType, string)> Names(string text) =>
        StatisticalNerRecognizer.LoadDefault().Recognize(Doc(text)).Select(m => (m.Type, m.Surface)).ToList();

    [Test]
    public void ShippedModelFindsPersonsAndPlace()
    {
        var names = Names("Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta.");
        Assert.That(names, Does.Contain((NodeType.Person, "Joko Widodo")));
        Assert.That(names, Does.Contain((NodeType.Person, "Anthony Albanese")));
        Assert.That(names, Does.Contain((NodeType.Place, "Jakarta")));
        Assert.That(names.Select(n => n.Item2), Has.None.Contains("Presiden").And.None.Contains("Perdana"));
    }

    [Test]
    public void ShippedModelFindsNamesItHasNeverSeenInOtherSentences()
    {
        var names = Names("Wakil Ketua DPR Sufmi Dasco Ahmad mengatakan rapat itu digelar di Surabaya pada Selasa.");
        Assert.That(names, Does.Contain((NodeType.Person, "Sufmi Dasco Ahmad")));
        Assert.That(names, Does.Contain((NodeType.Place, "Surabaya")));
        Assert.That(names, Has.None.Matches<(NodeType, string)>(n => n.Item2.Contains("Selasa") || n.Item2.Contains("Wakil")));
    }

    [Test]
    public void NameWithAnApostropheIsFoundWhole()
    {
        var names = Names("Juru bicara militer Mesir, Ahmed Sha’ban, mengatakan pasukan itu tiba di Kairo pada Senin.");
        Assert.That(names, Does.Contain((NodeType.Person, "Ahmed Sha’ban")));
        Assert.That(names, Has.None.Matches<(NodeType, string)>(n => n.Item2 == "Ahmed Sha" || n.Item2 == "Sha"));
    }

    [Test]
    public void NameJoinedByAParticleBetweenHyphensIsFoundWhole()
    {
        const string text = "Upacara itu digelar di Ruang Iqbal, Aiwan-e-Sadr, Islamabad, pada Selasa.";
        var plain = StatisticalNerRecognizer.LoadDefault().Recognize(Doc(text)).Select(m => m.Surface).ToList();
        var joined = StatisticalNerRecognizer.LoadDefault().JoiningOver(["e", "ul"]).Recognize(Doc(text)).Select(m => m.Surface).ToList();
        // The tagger alone sees the pieces; with the particle known the name runs over it.
        Assert.That(plain, Has.None.EqualTo("Aiwan-e-Sadr"));
        Assert.That(joined, Does.Contain("Aiwan-e-Sadr"));
        Assert.That(joined, Has.None.EqualTo("Aiwan").And.None.EqualTo("Sadr"));
        // A word joined by a hyphen with no particle is left as the tagger found it.
        Assert.That(StatisticalNerRecognizer.LoadDefault().JoiningOver(["e"]).Recognize(Doc("Warga memakai e-KTP di Surabaya.")).Select(m => m.Surface),
            Has.None.Contains("KTP-").And.None.StartsWith("e-"));
    }

    [Test]
    public void SentenceWithoutNamesYieldsNothing()
    {
        Assert.That(Names("harga beras naik karena hujan turun sepanjang minggu ini."), Is.Empty);
    }

    [Test]
    public void MentionsCarryArticleOffsetsSentenceAndRecognizer()
    {
        const string text = "Cuaca cerah.\nMenteri Luar Negeri Retno Marsudi tiba di Bandung.";
        var mentions = StatisticalNerRecognizer.LoadDefault().Recognize(Doc(text)).ToList();
        Assert.That(mentions, Is.Not.Empty);
        foreach (var m in mentions)
        {
            Assert.That(text[m.Start..m.End], Is.EqualTo(m.Surface));
            Assert.That(m.Recognizer, Is.EqualTo("ner"));
            Assert.That(m.Canonical, Is.Null);
            Assert.That(m.EntityId, Is.Null);
        }
        var retno = mentions.Single(m => m.Surface == "Retno Marsudi");
        Assert.That(retno.Type, Is.EqualTo(NodeType.Person));
        Assert.That(retno.SentenceIndex, Is.EqualTo(1));
    }

    [Test]
    public void ScoredMentionsHaveConfidenceAndThresholdDropsWeakOnes()
    {
        var doc = Doc("Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta.");
        var all = StatisticalNerRecognizer.LoadDefault().RecognizeScored(doc);
        Assert.That(all, Is.Not.Empty);
        Assert.That(all.Select(s => s.Confidence), Has.All.InRange(0.0, 1.0 + 1e-9));
        var strict = new StatisticalNerRecognizer(StatisticalNerRecognizer.LoadDefault().Model) { MinConfidence = 1.01 }.RecognizeScored(doc);
        Assert.That(strict, Is.Empty);
    }

    [Test]
    public void TokensThatJoinWordsAndPunctuationAreCutLikeTheTrainingData()
    {
        var pieces = StatisticalNerRecognizer.Pieces([new Token(10, 18, "AS-Rusia"), new Token(19, 25, "(NATO)")]);
        Assert.That(pieces.Select(p => (p.Start, p.End, p.Text)), Is.EqualTo(new[]
        {
            (10, 12, "AS"), (12, 13, "-"), (13, 18, "Rusia"), (19, 20, "("), (20, 24, "NATO"), (24, 25, ")"),
        }));
    }

    [Test]
    public void NameRunningIntoAnotherKnownNameIsSplit()
    {
        const string text = "NATO menggelar rapat di Brussels. Sekretaris Jenderal NATO Jens Stoltenberg berbicara kepada wartawan. Stoltenberg menolak berkomentar.";
        var mentions = StatisticalNerRecognizer.LoadDefault().Recognize(Doc(text)).Select(m => (m.Type, m.Surface)).ToList();
        Assert.That(mentions, Does.Contain((NodeType.Person, "Jens Stoltenberg")));
        Assert.That(mentions.Select(m => m.Surface), Has.None.EqualTo("NATO Jens Stoltenberg"));
        Assert.That(mentions, Does.Contain((NodeType.Person, "Stoltenberg")), "the lone surname follows the full name's type");
    }

    [Test]
    public void LowerCaseCommonWordsAreTrimmedFromNames()
    {
        var mentions = Names("Pasukan itu memasuki kota Kabul pada pagi hari.");
        Assert.That(mentions.Select(m => m.Item2), Has.None.StartsWith("kota"));
        Assert.That(mentions, Does.Contain((NodeType.Place, "Kabul")));
    }

    [Test]
    public void LowerCaseWordsEndNoName()
    {
        var names = Names("Budiyanto mengira, pelaku penyerangan ini sudah berencana terlebih dahulu.");
        Assert.That(names, Does.Contain((NodeType.Person, "Budiyanto")));
        Assert.That(names.Select(n => n.Item2), Has.None.Contains("mengira"));
        Assert.That(Names("Lim Jung-eun tiba di Seoul kemarin."), Does.Contain((NodeType.Person, "Lim Jung-eun")), "a hyphen joins a lower-case syllable");
    }

    [Test]
    public void HeadlinesAreToldFromRunningText()
    {
        Assert.That(StatisticalNerRecognizer.LooksTitleCased(["NATO", "Abaikan", "Ancaman", "Nuklir", "Putin"]), Is.True);
        Assert.That(StatisticalNerRecognizer.LooksTitleCased(["Presiden", "Joko", "Widodo", "bertemu", "wartawan", "di", "Jakarta", "."]), Is.False);
        Assert.That(StatisticalNerRecognizer.LooksTitleCased(["Jens", "Stoltenberg", "."]), Is.False, "too short to judge");
    }

    [Test]
    public void TypographicQuotesDoNotBreakTheName()
    {
        var names = Names("\u201CKami siap berunding,\u201D kata Menteri Luar Negeri Retno Marsudi di Jakarta.");
        Assert.That(names, Does.Contain((NodeType.Person, "Retno Marsudi")));
    }

    [Test]
    public void LoadingTwiceSharesOneModel()
    {
        Assert.That(StatisticalNerRecognizer.LoadDefault().Model, Is.SameAs(StatisticalNerRecognizer.LoadDefault().Model));
    }

    [Test]
    public void MissingModelIsReportedWithItsPath()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"no-model-{Guid.NewGuid():N}");
        var e = Assert.Throws<FileNotFoundException>(() => StatisticalNerRecognizer.Load(dir));
        Assert.That(e!.Message, Does.Contain(dir));
    }

    [Test]
    public void IsAMentionRecognizer()
    {
        Assert.That(StatisticalNerRecognizer.LoadDefault(), Is.InstanceOf<IMentionRecognizer>());
    }
}
