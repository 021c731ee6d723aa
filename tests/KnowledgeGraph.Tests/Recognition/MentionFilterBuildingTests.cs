using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>A building word after a locative makes the name after it the building's; so does a body named by its building.</summary>
public class MentionFilterBuildingTests
{
    private static readonly Lazy<MentionFilter> Filter = new(() => new MentionFilter(LanguageResources.Load()));

    private static Mention One(string text, string surface, NodeType type)
    {
        var doc = RuleFixture.Doc(text);
        int at = text.IndexOf(surface, StringComparison.Ordinal);
        return Filter.Value.Apply(doc, [new Mention(at, at + surface.Length, surface, type, 0, "ner")]).Single();
    }

    [Test]
    public void A_school_named_after_someone_is_a_place()
    {
        var m = One("Penembakan terjadi di sekolah dasar Budi Santoso pada pagi hari.", "Budi Santoso", NodeType.Person);
        Assert.That((m.Surface, m.Type), Is.EqualTo(("sekolah dasar Budi Santoso", NodeType.Place)));
    }

    [Test]
    public void The_building_of_a_body_is_a_place()
    {
        var m = One("Rapat kerja itu digelar di gedung DPR pada Senin.", "DPR", NodeType.Organization);
        Assert.That((m.Surface, m.Type), Is.EqualTo(("gedung DPR", NodeType.Place)));
    }

    [Test]
    public void A_body_named_after_a_locative_by_its_building_is_that_building()
    {
        var office = One("Kedua menteri bertemu di Kantor Gubernur Sukamaju pada Senin.", "Kantor Gubernur Sukamaju", NodeType.Organization);
        Assert.That((office.Surface, office.Type, office.Canonical), Is.EqualTo(("Kantor Gubernur Sukamaju", NodeType.Place, "Kantor Gubernur Sukamaju")));
        // A body the gazetteer lists as a place too is that place.
        Assert.That(One("Kedua presiden bertemu di Gedung Putih pada Senin.", "Gedung Putih", NodeType.Organization).Type, Is.EqualTo(NodeType.Place));
        // Acting or speaking, or housed in no building word, it stays the body.
        Assert.That(One("Gedung Putih membantah laporan itu.", "Gedung Putih", NodeType.Organization).Type, Is.EqualTo(NodeType.Organization));
        // The Kremlin is both Russia's presidency and the fortress it sits in.
        Assert.That(One("Kedua presiden bertemu di Kremlin pada Senin.", "Kremlin", NodeType.Organization).Type, Is.EqualTo(NodeType.Place));
        Assert.That(One("Kremlin membantah laporan itu.", "Kremlin", NodeType.Organization).Type, Is.EqualTo(NodeType.Organization));
        Assert.That(One("Seminar digelar di Universitas Sukamaju pada Senin.", "Universitas Sukamaju", NodeType.Organization).Type, Is.EqualTo(NodeType.Organization));
    }

    [Test]
    public void Someones_office_stays_the_person() =>
        Assert.That(One("Mereka bertemu di kantor Budi Santoso kemarin.", "Budi Santoso", NodeType.Person).Type, Is.EqualTo(NodeType.Person));

    [Test]
    public void Without_a_locative_the_name_stays() =>
        Assert.That(One("Guru sekolah dasar Budi Santoso mengajar di sana.", "Budi Santoso", NodeType.Person).Surface, Is.EqualTo("Budi Santoso"));

    [Test]
    public void A_building_word_before_a_country_is_a_building_in_it_not_named_after_it()
    {
        Assert.That(One("Ledakan terjadi di masjid Prancis pada Jumat.", "Prancis", NodeType.Place).Surface, Is.EqualTo("Prancis"));
        // A place that is no country may name the building.
        Assert.That(One("Ledakan terjadi di masjid Sukamaju pada Jumat.", "Sukamaju", NodeType.Place).Surface, Is.EqualTo("masjid Sukamaju"));
    }
}
