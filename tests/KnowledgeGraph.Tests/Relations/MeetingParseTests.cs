using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Relations.Dependency;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>
/// MET_AT and HELD_IN read from the parse: whom a meeting verb's subject met or welcomed, the one
/// who welcomed, the parties and place of a meeting told only by its verb, and what is no party.
/// </summary>
public class MeetingParseTests
{
    private static List<(string, string)> Met(string text, params string[] entities) =>
        Edges(Dependencies, Parsed(text, entities), RelationType.MET_AT);

    private static string P(string name) => Id(NodeType.Person, name);
    private static string L(string name) => Id(NodeType.Place, name);

    [Test]
    public void WhomTheSubjectMetWasThereToo()
    {
        var edges = Met("Menteri Budi Santoso menemui Duta Besar Lars Holm di Bergen pada Senin.",
            "Budi Santoso:Person", "Lars Holm:Person", "Bergen:Place");
        Assert.That(edges, Is.SupersetOf(new[] { (P("Budi Santoso"), L("Bergen")), (P("Lars Holm"), L("Bergen")) }));
    }

    [Test]
    public void TheCountryInTheTitleOfWhoseHomeItWasIsNotWhereTheyMet()
    {
        var edges = Met("Budi Santoso menemui Andi Wirawan di kediaman Presiden ke-lima Borduria itu pada Senin.",
            "Budi Santoso:Person", "Andi Wirawan:Person", "Borduria:Place");
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(L("Borduria")));
        // A place named as itself after a common noun still is.
        var town = Met("Budi Santoso menemui Andi Wirawan di kota Bergen pada Senin.", "Budi Santoso:Person", "Andi Wirawan:Person", "Bergen:Place");
        Assert.That(town, Does.Contain((P("Budi Santoso"), L("Bergen"))));
    }

    [Test]
    public void HostAndGuestsOfAWelcomeMetWhereItTookPlace()
    {
        var edges = Met("Gubernur Eva Lind menyambut Presiden Anna Berg dan Perdana Menteri Lars Holm di Tromso.",
            "Eva Lind:Person", "Anna Berg:Person", "Lars Holm:Person", "Tromso:Place");
        Assert.That(edges, Is.SupersetOf(new[]
        {
            (P("Eva Lind"), L("Tromso")), (P("Anna Berg"), L("Tromso")), (P("Lars Holm"), L("Tromso")),
        }));
    }

    [Test]
    public void TheOneWhoWelcomedAVisitorMetThere()
    {
        var edges = Met("Presiden Anna Berg disambut oleh Wali Kota Eva Lind di Stavanger.",
            "Anna Berg:Person", "Eva Lind:Person", "Stavanger:Place");
        Assert.That(edges, Does.Contain((P("Eva Lind"), L("Stavanger"))));
    }

    [Test]
    public void PeopleJoiningAWelcomeMetThere()
    {
        var edges = Met("Kolonel Erik Dahl dan Mayor Nils Berg ikut menyambut Anna Berg di Bandara Sola.",
            "Erik Dahl:Person", "Nils Berg:Person", "Anna Berg:Person", "Bandara Sola:Place");
        Assert.That(edges, Is.SupersetOf(new[] { (P("Erik Dahl"), L("Bandara Sola")), (P("Nils Berg"), L("Bandara Sola")) }));
    }

    [Test]
    public void MeetingTheSubjectDidNotHoldGivesNoEdge()
    {
        Assert.That(Met("Menteri Budi Santoso tidak menemui Duta Besar Lars Holm di Bergen.",
            "Budi Santoso:Person", "Lars Holm:Person", "Bergen:Place"), Is.Empty);
        Assert.That(Met("Jika Gubernur Eva Lind menyambut Presiden Anna Berg di Tromso, protes akan meluas.",
            "Eva Lind:Person", "Anna Berg:Person", "Tromso:Place"), Is.Empty);
    }

    [Test]
    public void PersonMerelyMentionedInAMeetingSentenceIsNoParty()
    {
        var edges = Met("Budi Santoso menemui Lars Holm di Bergen untuk membahas usulan Eva Lind.",
            "Budi Santoso:Person", "Lars Holm:Person", "Eva Lind:Person", "Bergen:Place");
        Assert.That(edges, Does.Contain((P("Lars Holm"), L("Bergen"))));
        Assert.That(edges.Select(e => e.Item1), Does.Not.Contain(P("Eva Lind")));
    }

    [Test]
    public void PlaceOpeningALineIsTheDatelineNotAParty()
    {
        var edges = Met("Kabar dari utara\n\nOslo   Menteri Budi Santoso menemui Duta Besar Lars Holm di Bergen.",
            "Oslo:Place", "Budi Santoso:Person", "Lars Holm:Person", "Bergen:Place");
        Assert.That(edges, Does.Contain((P("Budi Santoso"), L("Bergen"))));
        Assert.That(edges.Select(e => e.Item1), Does.Not.Contain(L("Oslo")));
    }

    [Test]
    public void StateInATitleSetOffBeforeTheNameIsNoParty()
    {
        var doc = Build("Budi Santoso menemui Ketua Parlemen Norwegia, Lars Holm di Bergen, Senin.",
            "Budi Santoso:Person", "Norwegia:Place", "Lars Holm:Person", "Bergen:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((P("Lars Holm"), L("Bergen"))));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(L("Norwegia")));
    }

    [Test]
    public void MeetingToldOnlyByItsVerbHasItsPartiesAndPlace()
    {
        var doc = Parsed("Menteri Budi Santoso menemui Duta Besar Lars Holm di Bergen pada Senin.",
            "Budi Santoso:Person", "Lars Holm:Person", "Bergen:Place");
        var ev = doc.Mentions.FirstOrDefault(m => m.Type == NodeType.Event)?.EntityId;
        Assert.That(ev, Is.Not.Null, "the event recognizer marks the meeting the verb tells");
        var edges = Dependencies.Extract(doc).ToList();
        Assert.That(edges.Where(c => c.Type == RelationType.MET_AT).Select(c => (c.SourceId, c.TargetId)),
            Is.SupersetOf(new[] { (P("Budi Santoso"), ev!), (P("Lars Holm"), ev!) }));
        Assert.That(edges.Where(c => c.Type == RelationType.HELD_IN).Select(c => (c.SourceId, c.TargetId)),
            Does.Contain((ev!, L("Bergen"))));
    }

    private static List<(string Source, string Target)> SurfaceMet(string text, params string[] entities) =>
        Edges(new MeetingExtractor(Lexicon), Build(text, entities).WithEvents(), RelationType.MET_AT);

    [Test]
    public void MeetingWithoutPlaceTookPlaceWhereAPartyHadJustArrived()
    {
        var met = SurfaceMet("Presiden Anna Berg tiba di Bergen pada Senin pagi. Anna Berg kemudian bertemu dengan Perdana Menteri Lars Holm.",
            "Anna Berg:Person", "Bergen:Place", "Lars Holm:Person");
        Assert.That(met, Is.SupersetOf(new[] { (P("Anna Berg"), L("Bergen")), (P("Lars Holm"), L("Bergen")) }));
    }

    [Test]
    public void WelcomeOnArrivalTookPlaceWhereTheGuestArrived()
    {
        var met = SurfaceMet("Setibanya di Istana Skaugum, Presiden Anna Berg disambut oleh Raja Harald Lund.",
            "Istana Skaugum:Place", "Anna Berg:Person", "Harald Lund:Person");
        Assert.That(met, Is.SupersetOf(new[] { (P("Anna Berg"), L("Istana Skaugum")), (P("Harald Lund"), L("Istana Skaugum")) }));
    }

    [Test]
    public void ArrivalAtAnOfficeNamedByItsHoldersTitleIsInThePlacesChainedAfterIt()
    {
        var met = SurfaceMet("Presiden Anna Berg tiba di Kantor Perdana Menteri Norwegia Lars Holm, Bergen, Jumat. Anna Berg disambut oleh Lars Holm.",
            "Anna Berg:Person", "Norwegia:Place", "Lars Holm:Person", "Bergen:Place");
        Assert.That(met, Is.SupersetOf(new[] { (P("Anna Berg"), L("Bergen")), (P("Lars Holm"), L("Bergen")) }));
        Assert.That(met.Select(e => e.Target), Does.Not.Contain(L("Norwegia")));
    }

    [Test]
    public void ArrivalOfSomeoneElseDoesNotPlaceTheMeeting()
    {
        var met = SurfaceMet("Delegasi Swedia tiba di Bergen pada Senin. Anna Berg bertemu dengan Lars Holm.",
            "Swedia:Place", "Bergen:Place", "Anna Berg:Person", "Lars Holm:Person");
        Assert.That(met.Select(e => e.Target), Does.Not.Contain(L("Bergen")));
    }

    [Test]
    public void GroupNamedInTheNextSentenceTookPartInTheWelcome()
    {
        var met = SurfaceMet("Presiden Anna Berg disambut sejumlah menteri di Bandara Sola. Mereka adalah Menteri Erik Dahl dan Menteri Nils Berg.",
            "Anna Berg:Person", "Bandara Sola:Place", "Erik Dahl:Person", "Nils Berg:Person");
        Assert.That(met, Is.SupersetOf(new[] { (P("Erik Dahl"), L("Bandara Sola")), (P("Nils Berg"), L("Bandara Sola")) }));
    }

    [Test]
    public void ListAfterASentenceWithoutMeetingJoinsNothing()
    {
        var met = SurfaceMet("Harga minyak naik di Bergen pekan ini. Mereka adalah Erik Dahl dan Nils Berg.",
            "Bergen:Place", "Erik Dahl:Person", "Nils Berg:Person");
        Assert.That(met, Is.Empty);
    }
}
