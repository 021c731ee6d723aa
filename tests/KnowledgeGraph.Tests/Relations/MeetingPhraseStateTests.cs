using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class MeetingPhraseStateTests
{
    [Test]
    public void AStateAnchoringAnotherHappeningInTheMeetingPhraseIsNoParty()
    {
        var doc = Build("Lavrov hadir ketika konferensi pers konflik Suriah digelar di Jenewa pada Senin.",
            "Lavrov:Person", "Suriah:Place", "Jenewa:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Suriah")));
    }

    [Test]
    public void AStateInsideTheMeetingsProperNameIsNoParty()
    {
        var doc = Build("Para menteri tiba untuk Konferensi Damai Suriah di Jenewa pada Senin.",
            "Suriah:Place", "Jenewa:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Suriah")));
    }

    [Test]
    public void StatesRightAfterALowerCaseMeetingHeadAreParties()
    {
        var doc = Build("Para diplomat menyambut perundingan Armenia-Azerbaijan di Washington pada Jumat.",
            "Armenia:Place", "Azerbaijan:Place", "Washington:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Place, "Armenia")));
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Place, "Azerbaijan")));
    }

    [Test]
    public void ABodyInTheTitleOfWhomOneMeetsIsNoParty()
    {
        var doc = Build("Sugiono bertemu Sekretaris Jenderal ASEAN Kao Kim Hourn di Jakarta.",
            "Sugiono:Person", "ASEAN:Organization", "Kao Kim Hourn:Person", "Jakarta:Place");
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Kao Kim Hourn"), Id(NodeType.Place, "Jakarta"))));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "ASEAN")));
    }
}
