using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class HeldInRecallTests
{
    private static List<(string, string)> HeldIn(KnowledgeGraph.Documents.Document doc) => Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);

    private static void Dump(KnowledgeGraph.Documents.Document doc)
    {
        foreach (var m in doc.Mentions.Where(m => m.Type == NodeType.Event)) TestContext.Out.WriteLine($"EV '{m.Surface}' => {m.Canonical}");
        foreach (var e in HeldIn(doc)) TestContext.Out.WriteLine($"HELD {e}");
    }

    [Test]
    public void ALocativeAfterTheListOfPartiesPlacesTheMeeting()
    {
        var doc = Build("Presiden Budi Santoso menggelar pertemuan segitiga bersama dengan PM Samoa Tuilaepa Sailele dan PM Tonga Siaosi Sovaleni di Aula Merdeka, Surabaya, Indonesia, pada Kamis.",
            "Budi Santoso:Person", "Samoa:Place", "Tuilaepa Sailele:Person", "Tonga:Place", "Siaosi Sovaleni:Person",
            "Aula Merdeka:Place", "Surabaya:Place", "Indonesia:Place").WithEvents();
        Dump(doc);
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(HeldIn(doc), Is.SupersetOf(new[] { (ev, Id(NodeType.Place, "Aula Merdeka")), (ev, Id(NodeType.Place, "Surabaya")), (ev, Id(NodeType.Place, "Indonesia")) }));
    }

    [Test]
    public void AClauseTellingWhereTheVenueLiesPlacesTheEventThereToo()
    {
        var doc = Build("Rapat digelar di Gedung Lembah yang berlokasi di Kotabaru, Senin.", "Gedung Lembah:Place", "Kotabaru:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(HeldIn(doc), Is.SupersetOf(new[] { (ev, Id(NodeType.Place, "Gedung Lembah")), (ev, Id(NodeType.Place, "Kotabaru")) }));
        // Any other clause says nothing of where the venue lies.
        var other = Build("Rapat digelar di Gedung Lembah yang dibangun di Kotabaru, Senin.", "Gedung Lembah:Place", "Kotabaru:Place").WithEvents();
        Assert.That(HeldIn(other).Select(e => e.Item2), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void AListOfPartiesGoingOnToAVerbPlacesNothing()
    {
        var doc = Build("Presiden Budi Santoso menggelar pertemuan bersama PM Samoa Tuilaepa Sailele dan PM Tonga Siaosi Sovaleni membahas pembangunan di Papua.",
            "Budi Santoso:Person", "Samoa:Place", "Tuilaepa Sailele:Person", "Tonga:Place", "Siaosi Sovaleni:Person", "Papua:Place").WithEvents();
        Dump(doc);
        Assert.That(HeldIn(doc).Select(e => e.Item2), Does.Not.Contain(Id(NodeType.Place, "Papua")));
    }

    [Test]
    public void ALocativeAfterABracketedAcronymPlacesTheSummit()
    {
        var doc = Build("Para menteri menghadiri KTT Kerjasama Ekonomi Asia Pasifik (APEC) di Santiago, Chile, pada Jumat.",
            "Asia Pasifik:Place", "APEC:Organization", "Santiago:Place", "Chile:Place").WithEvents();
        Dump(doc);
        var held = HeldIn(doc).Select(e => e.Item2).ToList();
        Assert.That(held, Does.Contain(Id(NodeType.Place, "Santiago")));
        Assert.That(held, Does.Contain(Id(NodeType.Place, "Chile")));
        Assert.That(held, Does.Not.Contain(Id(NodeType.Place, "Asia Pasifik")));
    }

    [Test]
    public void APlaceEndingTheNameOfAGatheringIsNotWhereTheyMet()
    {
        var doc = Build("Budi Santoso bertemu dengan Presiden Chile Gabriel Boric di sela-sela KTT Kerjasama Ekonomi Asia Pasifik di Santiago.",
            "Budi Santoso:Person", "Chile:Place", "Gabriel Boric:Person", "Asia Pasifik:Place", "Santiago:Place").WithEvents();
        Dump(doc);
        var held = HeldIn(doc).Select(e => e.Item2).ToList();
        Assert.That(held, Does.Contain(Id(NodeType.Place, "Santiago")));
        Assert.That(held, Does.Not.Contain(Id(NodeType.Place, "Asia Pasifik")));
    }

    [Test]
    public void APlaceInTheSummitsOwnNameIsNoParty()
    {
        var doc = Build("KTT Kerjasama Ekonomi Asia Pasifik di Santiago dihadiri Presiden Budi Santoso.",
            "Asia Pasifik:Place", "Santiago:Place", "Budi Santoso:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Asia Pasifik")));
    }

    [Test]
    public void AStateAfterASummitsAcronymStaysAParty()
    {
        var doc = Build("KTT Indonesia-Malaysia di Santiago berlangsung lancar.",
            "Indonesia:Place", "Malaysia:Place", "Santiago:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Place, "Malaysia")));
    }

    [Test]
    public void ABuildingNamedAfterItsTownIsInThatTown()
    {
        var doc = Build("Presiden menerima kunjungan Perdana Menteri Budi Santoso di Istana Kepresidenan Cipanas pada Jumat. Hujan turun di Cipanas sejak pagi.",
            "Budi Santoso:Person", "Istana Kepresidenan Cipanas:Place", "Cipanas:Place").WithEvents();
        Dump(doc);
        Assert.That(HeldIn(doc).Select(e => e.Item2), Does.Contain(Id(NodeType.Place, "Cipanas")));
    }

    [Test]
    public void AStraitNamedAfterAStateIsNotInIt()
    {
        var doc = Build("Latihan militer besar-besaran digelar di Selat Taiwan pada Senin. Taiwan mengecam latihan itu.",
            "Selat Taiwan:Place", "Taiwan:Place").WithEvents();
        Dump(doc);
        Assert.That(HeldIn(doc).Select(e => e.Item2), Does.Not.Contain(Id(NodeType.Place, "Taiwan")));
    }

    [Test]
    public void TheParseDoesNotHoldAMeetingInAPlaceOfAGatheringsName()
    {
        var doc = Parsed("Budi Santoso bertemu dengan Presiden Chile Gabriel Boric di sela-sela KTT Kerjasama Ekonomi Asia Pasifik di Santiago.",
            "Budi Santoso:Person", "Chile:Place", "Gabriel Boric:Person", "Asia Pasifik:Place", "Santiago:Place");
        var held = Edges(Dependencies, doc, RelationType.HELD_IN).Select(e => e.Target).ToList();
        TestContext.Out.WriteLine(string.Join(", ", held));
        Assert.That(held, Does.Not.Contain(Id(NodeType.Place, "Asia Pasifik")));
    }
}
