using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>Where a name ends: a regnal number belongs to it; a religion word alone is nobody.</summary>
public class NameEdgeTests
{
    private static readonly Lazy<MentionFilter> Filter = new(() => new MentionFilter(RuleFixture.Shapes.Resources));

    private static int NameLength(string text)
    {
        var tokens = NameToken.Tokenize(text, 0, text.Length);
        return RuleFixture.Shapes.NameAt(tokens, 0, afterTitle: true);
    }

    [TestCase("Benediktus XVI memimpin misa.", 2)]
    [TestCase("Karel Gustaf XVI, raja itu, tiba.", 3)]
    [TestCase("Budi Santoso II.", 3)]
    public void A_regnal_number_closes_the_name(string text, int tokens) =>
        Assert.That(NameLength(text), Is.EqualTo(tokens));

    [TestCase("Budi Santoso I Made Wirawan hadir.", 2)]
    [TestCase("Budi Santoso XL berangkat.", 2)]
    public void A_letter_run_that_is_no_regnal_number_or_starts_another_name_stays_out(string text, int tokens) =>
        Assert.That(NameLength(text), Is.EqualTo(tokens));

    private static List<Mention> Apply(string text, string surface, NodeType type)
    {
        int at = text.IndexOf(surface, StringComparison.Ordinal);
        return Filter.Value.Apply(RuleFixture.Doc(text), [new Mention(at, at + surface.Length, surface, type, 0, "ner")]);
    }

    [TestCase("Kelompok bersenjata Sunni itu menyerang pos polisi.", "Sunni")]
    [TestCase("Warga Yahudi berkumpul di depan gedung itu.", "Yahudi")]
    public void A_religion_word_alone_names_no_one(string text, string surface)
    {
        Assert.That(Apply(text, surface, NodeType.Person), Is.Empty);
        Assert.That(Apply(text, surface, NodeType.Organization), Is.Empty);
    }

    [Test]
    public void A_name_that_starts_with_such_a_word_stays() =>
        Assert.That(Apply("Menurut Hindu Wardhana, pertemuan itu ditunda.", "Hindu Wardhana", NodeType.Person), Has.Count.EqualTo(1));
}

/// <summary>A named church is a building; a listed church body keeps the list's type.</summary>
public class ChurchCueTests
{
    private static NodeType? CueType(string text, string head)
    {
        var tokens = NameToken.Tokenize(text, 0, text.Length);
        int i = Enumerable.Range(0, tokens.Count).First(k => tokens[k].Text == head);
        return RuleFixture.Shapes.CueNameAt(tokens, i)?.Type;
    }

    [Test]
    public void A_named_church_is_a_place() =>
        Assert.That(CueType("Misa digelar di Gereja Santo Yosef Merauke kemarin.", "Gereja"), Is.EqualTo(NodeType.Place));

    [Test]
    public void A_listed_church_body_stays_an_organisation() =>
        Assert.That(CueType("Pemimpin Gereja Katolik Dunia menyerukan perdamaian.", "Gereja"), Is.EqualTo(NodeType.Organization));

    [Test]
    public void A_police_post_word_is_no_personal_name()
    {
        const string text = "Kepala Polsubsektor Briptu Andi gugur.";
        var tokens = NameToken.Tokenize(text, 0, text.Length);
        Assert.That(RuleFixture.Shapes.IsPersonalNameWord(tokens, 1, afterTitle: true), Is.False);
    }
}
