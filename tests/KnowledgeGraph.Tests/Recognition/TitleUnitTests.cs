using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition.Rules;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>A unit head's title names the unit; the name after it must be clearly closed.</summary>
public class TitleUnitTests
{
    private static List<(string Surface, NodeType Type, string Recognizer)> Mentions(string text) =>
        new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => (m.Surface, m.Type, m.Recognizer)).ToList();

    private static List<string> Units(string text) =>
        Mentions(text).Where(m => m.Recognizer == TitleNameRecognizer.UnitRecognizerName).Select(m => m.Surface).ToList();

    [TestCase("Kapolda Sulawesi Selatan Irjen Andi Rahman meninjau lokasi banjir.", "Polda Sulawesi Selatan")]
    [TestCase("Pangdam Cenderawasih Mayjen Budi Santoso tiba di Jayapura.", "Kodam Cenderawasih")]
    [TestCase("Kasatgas Damai Cartenz, Kombes Rudi Hartono, membenarkan kejadian itu.", "Satgas Damai Cartenz")]
    [TestCase("Menurut Kapolda Sulawesi Selatan, situasi sudah kondusif.", "Polda Sulawesi Selatan")]
    [TestCase("Danrem 141/Toddopuli Kolonel Inf Hendra Wijaya memimpin apel.", "Korem 141/Toddopuli")]
    // A deputy's title is the head's with the deputy prefix (morphology/deputy-prefixes.tsv).
    [TestCase("Wakapendam XVII/Cenderawasih Letkol Inf Dodi Saputra membenarkan kejadian itu.", "Pendam XVII/Cenderawasih")]
    [TestCase("Wakapolres Sukamaju Kompol Andi Rahman tiba di lokasi.", "Polres Sukamaju")]
    public void The_unit_a_head_leads_is_named(string sentence, string unit) =>
        Assert.That(Units(sentence), Is.EqualTo(new[] { unit }));

    [Test]
    public void The_head_is_still_the_person_after_the_unit()
    {
        var found = Mentions("Kapolda Sulawesi Selatan Irjen Andi Rahman meninjau lokasi banjir.");
        Assert.That(found.Where(m => m.Type == NodeType.Person).Select(m => m.Surface), Is.EqualTo(new[] { "Andi Rahman" }));
        var comma = Mentions("Kasatgas Damai Cartenz, Kombes Rudi Hartono, membenarkan kejadian itu.");
        Assert.That(comma.Where(m => m.Type == NodeType.Person).Select(m => m.Surface), Is.EqualTo(new[] { "Rudi Hartono" }));
    }

    [Test]
    public void A_deputys_title_is_no_part_of_the_name()
    {
        var found = Mentions("Wakapendam XVII/Cenderawasih Letkol Inf Dodi Saputra membenarkan kejadian itu.");
        Assert.That(found.Where(m => m.Type == NodeType.Person).Select(m => m.Surface), Is.EqualTo(new[] { "Dodi Saputra" }));
    }

    [Test]
    public void A_post_is_a_place_and_its_name_is_no_person()
    {
        var found = Mentions("Kapospol Sukamaju, Briptu Andi Saputra gugur dalam serangan itu.");
        Assert.That(found, Does.Contain(("Pospol Sukamaju", NodeType.Place, TitleNameRecognizer.UnitRecognizerName)));
        Assert.That(found.Where(m => m.Type == NodeType.Person).Select(m => m.Surface), Is.EqualTo(new[] { "Andi Saputra" }));
    }

    [TestCase("Kapolda Budi Santoso mengatakan situasi aman.")]
    [TestCase("Presiden Joko Widodo meninjau lokasi banjir.")]
    [TestCase("Kapolda itu belum bisa dihubungi.")]
    [TestCase("Kapolres meminta warga tetap tenang.")]
    public void A_title_without_a_closed_unit_name_names_no_unit(string sentence) =>
        Assert.That(Units(sentence), Is.Empty);

    [Test]
    public void The_unit_name_is_skipped_on_the_way_to_the_name()
    {
        const string text = "Pangdam Cenderawasih Mayjen Budi Santoso tiba.";
        var tokens = NameToken.Tokenize(text, 0, text.Length);
        int j = new TitleNameRecognizer(RuleFixture.Shapes).SkipQualifiers(tokens, 1);
        Assert.That(tokens[j].Text, Is.EqualTo("Budi"));
    }
}

/// <summary>A town's name before a listed person's one-word name is that person's given name.</summary>
public class GivenNameBeforeListedSurnameTests
{
    private static List<(string Surface, NodeType Type)> Found(string text) =>
        new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, RuleFixture.Shapes.Resources.CompassWords, RuleFixture.Shapes)
            .Recognize(RuleFixture.Doc(text)).Select(m => (m.Surface, m.Type)).ToList();

    [Test]
    public void A_town_opening_the_sentence_before_a_listed_surname_is_a_given_name()
    {
        var found = Found("Paris Zeman, yang tinggal di kota itu, mengatakan dia mendengar ledakan.");
        Assert.That(found, Does.Contain(("Paris Zeman", NodeType.Person)));
        Assert.That(found, Does.Not.Contain(("Paris", NodeType.Place)));
    }

    [Test]
    public void After_a_speech_word_too()
    {
        var found = Found("\"Kami mendengar ledakan,\" kata Paris Zeman kepada wartawan.");
        Assert.That(found, Does.Contain(("Paris Zeman", NodeType.Person)));
    }

    [Test]
    public void A_town_after_a_preposition_stays_a_place()
    {
        var found = Found("Pertemuan di Paris Zeman hadiri bersama para menteri.");
        Assert.That(found, Does.Contain(("Paris", NodeType.Place)));
        Assert.That(found.Select(f => f.Surface), Does.Not.Contain("Paris Zeman"));
    }

    [Test]
    public void A_country_before_a_surname_stays_a_place()
    {
        var found = Found("Ceko Zeman disebut dalam laporan itu.");
        Assert.That(found, Does.Contain(("Ceko", NodeType.Place)));
    }
}
