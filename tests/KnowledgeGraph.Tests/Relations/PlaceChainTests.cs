using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class PlaceChainTests
{
    [Test]
    public void CommaChainAfterTheEventPhraseAddsEachPlace()
    {
        var doc = Build("Ledakan bom di ibu kota Pakistan, Islamabad, di Masjid Faisal menewaskan enam orang.",
            "Pakistan:Place", "Islamabad:Place", "Masjid Faisal:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Islamabad"))));
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Masjid Faisal"))));
    }

    [Test]
    public void APlaceOpeningTheNextClauseIsNotChained()
    {
        var doc = Build("Setelah serangan udara di Rafah, Mesir mengecam keras tindakan itu.",
            "Rafah:Place", "Mesir:Place").WithEvents();
        // "tindakan itu" is the strike told again: two mentions of one event.
        var ev = doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.EntityId).Distinct().Single()!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Rafah"))));
        Assert.That(held, Does.Not.Contain((ev, Id(NodeType.Place, "Mesir"))));
    }

    [Test]
    public void AnAuxiliaryBeforeThePlacingVerbStaysOutOfTheEventName()
    {
        var doc = Build("Konferensi perdamaian Sudan telah berlangsung di Jeddah pada Sabtu.",
            "Sudan:Place", "Jeddah:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event);
        Assert.That(ev.Canonical, Is.EqualTo("Konferensi perdamaian Sudan di Jeddah"));
    }
    [Test]
    public void ACapitalsCountryHeldTheEventToo()
    {
        var doc = Build("Serangan bom di Kandahar, ibu kota Provinsi Helmand, menewaskan sembilan orang.",
            "Kandahar:Place", "Provinsi Helmand:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Is.EquivalentTo(new[] { (ev, Id(NodeType.Place, "Kandahar")), (ev, Id(NodeType.Place, "Provinsi Helmand")) }));
    }

    [Test]
    public void AShortFormInBracketsAfterAPlaceKeepsTheChainGoing()
    {
        var doc = Build("Pertemuan puncak Borduria digelar di Museum Lembah (ML), Kotabaru, Syldavia, pada Senin.",
            "Borduria:Place", "Museum Lembah:Place", "Kotabaru:Place", "Syldavia:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Kotabaru"))));
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Syldavia"))));
    }

    [Test]
    public void APlaceSetInsideAnotherByDiHeldTheEventToo()
    {
        var doc = Build("Pengeboman di Bandara Gao di Mali utara melukai dua tentara.",
            "Bandara Gao:Place", "Mali:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Mali"))));
    }

    [Test]
    public void AContainerIsNotReadFromTheSubjectOfTheNextClause()
    {
        var containers = new PlaceContainers(Lexicon);
        var doc = Build("Serangan di Kandahar, Pakistan mengecam keras tindakan itu.", "Kandahar:Place", "Pakistan:Place");
        var view = new KnowledgeGraph.Text.DocView(doc, new KnowledgeGraph.Text.MentionIndex(doc.Mentions));
        Assert.That(containers.Of(view, doc.Mentions.Single(m => m.Surface == "Kandahar")), Is.Empty);
    }

    [Test]
    public void ANameAfterAVerbIsNoContainer()
    {
        var containers = new PlaceContainers(Lexicon);
        var doc = Build("Pasukan tiba di Kandahar dan menyerang Quetta pada Senin.", "Kandahar:Place", "Quetta:Place");
        var view = new KnowledgeGraph.Text.DocView(doc, new KnowledgeGraph.Text.MentionIndex(doc.Mentions));
        Assert.That(containers.Of(view, doc.Mentions.Single(m => m.Surface == "Kandahar")), Is.Empty);
    }
}
