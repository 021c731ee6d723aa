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
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
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
}
