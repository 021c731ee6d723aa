using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>Syllabic short forms of places and the regional branches of bodies.</summary>
public class RegionalBranchTests
{
    [TestCase("Kobar", "Kabupaten Kotawaringin Barat", true)]
    [TestCase("Kaltim", "Kalimantan Timur", true)]
    [TestCase("Jabar", "Jawa Barat", true)]
    [TestCase("Bogor", "Kotawaringin Barat", false)]
    [TestCase("Kota", "Kotawaringin Barat", false)]        // takes no piece of the last word
    [TestCase("Kotawaringin", "Kotawaringin Barat", false)]
    [TestCase("KOBAR", "Kotawaringin Barat", false)]        // capitals are an acronym's business
    public void A_short_form_is_cut_from_the_words_of_the_name_in_order(string shortForm, string name, bool expected) =>
        Assert.That(NameVariants.IsSyllabicShortForm(shortForm, name), Is.EqualTo(expected));

    internal static (Mention Mention, string Id)[] Resolve(string text, params (string Surface, int Occurrence, NodeType Type, string Rec)[] found)
    {
        var doc = RuleFixture.Doc(text);
        foreach (var (surface, occurrence, type, rec) in found)
        {
            int at = -1;
            for (int n = 0; n <= occurrence; n++) at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), surface);
            doc.Mentions.Add(new Mention(at, at + surface.Length, surface, type, 0, rec));
        }
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        return doc.Mentions.Select(m => (m, m.EntityId!)).ToArray();
    }

    [Test]
    public void A_body_with_its_acronym_and_a_place_is_the_bodys_branch_there_and_so_is_the_acronym()
    {
        const string text = "Rapat Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kotawaringin Barat (Kobar) digelar. "
            + "Warga Kobar hadir. Ketua DPRD Kobar berbicara. Tata tertib DPRD dibacakan.";
        var resolved = Resolve(text,
            ("Dewan Perwakilan Rakyat Daerah", 0, NodeType.Organization, "gazetteer"),
            ("DPRD", 0, NodeType.Organization, "gazetteer"),
            ("Kabupaten Kotawaringin Barat", 0, NodeType.Place, "gazetteer"),
            ("Kobar", 1, NodeType.Place, "ner"),
            ("DPRD Kobar", 0, NodeType.Organization, "cue"),
            ("DPRD", 2, NodeType.Organization, "gazetteer"));
        const string branch = "organization:dprd-kabupaten-kotawaringin-barat";
        Assert.That(resolved.Where(r => r.Mention.Type == NodeType.Organization).Select(r => r.Id).Distinct(), Is.EqualTo(new[] { branch }));
        Assert.That(resolved.Where(r => r.Mention.Type == NodeType.Place).Select(r => r.Id).Distinct().Count(), Is.EqualTo(1),
            "the short form in brackets names the place again");
    }

    [Test]
    public void A_body_followed_by_a_place_without_an_acronym_between_stays_the_body()
    {
        const string text = "Anggota Dewan Perwakilan Rakyat Daerah mengunjungi Kabupaten Kotawaringin Barat.";
        var resolved = Resolve(text,
            ("Dewan Perwakilan Rakyat Daerah", 0, NodeType.Organization, "gazetteer"),
            ("Kabupaten Kotawaringin Barat", 0, NodeType.Place, "gazetteer"));
        Assert.That(resolved[0].Id, Is.Not.EqualTo("organization:dprd-kabupaten-kotawaringin-barat"));
    }

    [Test]
    public void A_bracketed_word_that_is_no_short_form_of_the_place_names_something_else()
    {
        const string text = "Warga Kabupaten Kotawaringin Barat (Bogor) datang. Warga Bogor pulang.";
        var resolved = Resolve(text,
            ("Kabupaten Kotawaringin Barat", 0, NodeType.Place, "gazetteer"),
            ("Bogor", 1, NodeType.Place, "gazetteer"));
        Assert.That(resolved.Select(r => r.Id).Distinct().Count(), Is.EqualTo(2));
    }
}
