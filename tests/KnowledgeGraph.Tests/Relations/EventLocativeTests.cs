using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class EventLocativeTests
{
    [Test]
    public void AHappeningToldByItsVerbIsHeldWhereTheLocativeAfterItSays()
    {
        var doc = Build("Milisi Lorak menyerbu gudang logistik di Bandara Wamena, Kabupaten Jayawijaya, pada Senin pagi.",
            "Milisi Lorak:Organization", "Bandara Wamena:Place", "Kabupaten Jayawijaya:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Is.EquivalentTo(new[] { (ev, Id(NodeType.Place, "Bandara Wamena")), (ev, Id(NodeType.Place, "Kabupaten Jayawijaya")) }));
    }

    [Test]
    public void ABombingNamedAfterThePlaceItStruckIsHeldThere()
    {
        var doc = Build("Ia pernah ditangkap karena terlibat bom Sukamaju pada Februari 2017.", "Sukamaju:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Is.EqualTo(new[] { (ev, Id(NodeType.Place, "Sukamaju")) }));
    }

    [Test]
    public void AThreatenedHappeningIsHeldNowhere()
    {
        var doc = Build("Milisi Lorak mengancam akan menyerbu gudang logistik di Bandara Wamena pada Senin.",
            "Milisi Lorak:Organization", "Bandara Wamena:Place").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Is.Empty);
    }

    [Test]
    public void AVenueNamedByItsBodyIsHeldInThePlaceChainedToIt()
    {
        var doc = Build("Kongres Partai Surya di Universitas Nusa Bangsa, Kota Ruteng, dibuka pada Rabu.",
            "Partai Surya:Organization", "Universitas Nusa Bangsa:Organization", "Kota Ruteng:Place").WithEvents();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Is.EquivalentTo(new[] { (ev, Id(NodeType.Place, "Kota Ruteng")) }));
    }

    [Test]
    public void AVenueWithoutAPlaceAfterItHoldsNothing()
    {
        var doc = Build("Kongres Partai Surya di Universitas Nusa Bangsa, Ruteng menolak usul itu.",
            "Partai Surya:Organization", "Universitas Nusa Bangsa:Organization", "Ruteng:Place").WithEvents();
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Is.Empty);
    }
}
