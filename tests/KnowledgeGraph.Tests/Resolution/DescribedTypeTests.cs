using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>What the article says a name is types it: a cue noun before it, a description after it, a longer place it ends.</summary>
public class DescribedTypeTests
{
    private static List<Mention> Resolved(string text, params (string Surface, NodeType Type)[] mentions)
    {
        var doc = RuleFixture.DocWith(text, mentions);
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        return doc.Mentions;
    }

    [Test]
    public void A_description_after_the_comma_types_the_name()
    {
        var m = Resolved("Relawan Bersatu, sebuah kelompok relawan, mengatakan bantuan tiba.", ("Relawan Bersatu", NodeType.Person));
        Assert.That(m[0].Type, Is.EqualTo(NodeType.Organization));
    }

    [Test]
    public void After_a_title_a_cue_noun_says_what_the_holder_leads_and_the_name_stays_a_person()
    {
        var m = Resolved("\"Kami siap,\" ujar Komandan milisi Abu Hamdan al-Rasyidi di Kotabaru.", ("Abu Hamdan al-Rasyidi", NodeType.Person));
        Assert.That(m[0].Type, Is.EqualTo(NodeType.Person));
        // Without the title the cue types the name it stands before.
        var body = Resolved("Serangan dilakukan milisi Fajar Merah di Kotabaru.", ("Fajar Merah", NodeType.Person));
        Assert.That(body[0].Type, Is.EqualTo(NodeType.Organization));
    }

    [Test]
    public void A_person_described_as_a_resident_stays_a_person()
    {
        var m = Resolved("Hendra Gunawan, warga desa Sukamaju, mengatakan bantuan tiba.", ("Hendra Gunawan", NodeType.Person));
        Assert.That(m[0].Type, Is.EqualTo(NodeType.Person));
    }

    [Test]
    public void A_temple_named_after_its_cue_noun_is_a_place()
    {
        var m = Resolved("Bentrokan terjadi di dekat candi Prasat Kravan pagi itu.", ("Prasat Kravan", NodeType.Person));
        Assert.That(m[0].Type, Is.EqualTo(NodeType.Place));
    }

    [Test]
    public void The_trailing_words_of_a_place_taken_for_a_person_are_that_place()
    {
        var m = Resolved("Serangan udara menghantam desa Ka Lin Tha. Warga Lin Tha mengungsi.", ("Ka Lin Tha", NodeType.Place), ("Lin Tha", NodeType.Person));
        Assert.That(m[1].EntityId, Is.EqualTo(m[0].EntityId));
        Assert.That(m[1].Type, Is.EqualTo(NodeType.Place));
    }

    [Test]
    public void A_person_a_street_is_named_after_stays_a_person()
    {
        var m = Resolved("Pawai melewati Jalan Hendra Gunawan. Hendra Gunawan dikenang warga.", ("Jalan Hendra Gunawan", NodeType.Place), ("Hendra Gunawan", NodeType.Person));
        Assert.That(m[1].Type, Is.EqualTo(NodeType.Person));
        Assert.That(m[1].EntityId, Is.Not.EqualTo(m[0].EntityId));
    }

    [Test]
    public void A_body_named_with_its_town_is_the_body_and_with_a_country_is_another_state_s()
    {
        var m = Resolved("Ledakan terjadi di Polsek Sukaluyu Bandung. Polsek Sukaluyu dijaga ketat.",
            ("Polsek Sukaluyu Bandung", NodeType.Organization), ("Polsek Sukaluyu", NodeType.Organization));
        Assert.That(m[1].EntityId, Is.EqualTo(m[0].EntityId));
        var n = Resolved("Dinas Pertanahan Nasional Iran membantah. Dinas Pertanahan Nasional diam.",
            ("Dinas Pertanahan Nasional Iran", NodeType.Organization), ("Dinas Pertanahan Nasional", NodeType.Organization));
        Assert.That(n[1].EntityId, Is.Not.EqualTo(n[0].EntityId));
    }

    [Test]
    public void A_building_named_with_its_town_is_the_building_named_without_it()
    {
        var m = Resolved("Bom meledak di Gereja Santo Yosef Bandung. Polisi berjaga di Gereja Santo Yosef sejak pagi.",
            ("Gereja Santo Yosef Bandung", NodeType.Place), ("Gereja Santo Yosef", NodeType.Place));
        Assert.That(m[1].EntityId, Is.EqualTo(m[0].EntityId));
        // A town is no name of its own: "Kota Bandung" stays apart from any other place.
        var k = Resolved("Banjir melanda Kota Bandung. Warga Bandung Barat mengungsi.", ("Kota Bandung", NodeType.Place), ("Bandung Barat", NodeType.Place));
        Assert.That(k[1].EntityId, Is.Not.EqualTo(k[0].EntityId));
    }
}
