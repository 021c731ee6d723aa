using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>
/// Sentences that take part in a meeting told before without naming it again in full: a bare
/// "rapat", "acara tersebut", a list ending in "hadir".
/// </summary>
public class MeetingReferenceTests
{
    private static string MeetingId(Document doc) =>
        doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;

    private const string Hearing = "Rapat dengar pendapat Komisi II DPR dengan Badan Pengawas Pemilu digelar di Senayan pada Selasa. ";

    private static readonly string[] HearingNames =
        ["Komisi II DPR:Organization", "Badan Pengawas Pemilu:Organization", "Senayan:Place"];

    [Test]
    public void WhoOpensABareRapatTookPartInTheMeetingToldBefore()
    {
        var doc = Build(Hearing + "Saat Wakil Ketua Komisi II Rahmat Hidayat membuka rapat, para wartawan menunggu di luar.",
            [.. HearingNames, "Rahmat Hidayat:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rahmat Hidayat"), MeetingId(doc))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rahmat Hidayat"), Id(NodeType.Place, "Senayan"))));
    }

    [Test]
    public void AGeneralMeetingNounWithADemonstrativePointsBackToAMeetingOfAnyHead()
    {
        var doc = Build(Hearing + "Dalam pertemuan ini Ketua Komisi II Rahmat Hidayat dan Wakil Ketua Dewi Lestari memberikan pengarahan.",
            [.. HearingNames, "Rahmat Hidayat:Person", "Dewi Lestari:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rahmat Hidayat"), MeetingId(doc))));
        // The person joined to the first, title and all, took part too.
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dewi Lestari"), MeetingId(doc))));
        // Told before any meeting, it points back to none.
        var bare = Build("Dalam pertemuan ini Rahmat Hidayat memberikan pengarahan. " + Hearing,
            [.. HearingNames, "Rahmat Hidayat:Person"]).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), bare, RelationType.MET_AT).Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Rahmat Hidayat")));
    }

    [Test]
    public void TheCountryAnAttendeeComesFromIsNoPartyOfTheMeeting()
    {
        var doc = Build(Hearing + "Rapat tersebut dihadiri oleh Rahmat Hidayat dari Indonesia dan Dewi Lestari.",
            [.. HearingNames, "Rahmat Hidayat:Person", "Dewi Lestari:Person", "Indonesia:Place"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dewi Lestari"), MeetingId(doc))));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Indonesia")));
    }

    [Test]
    public void ABodyInAnUnnamedOfficialsTitleInAnAttendanceListIsNoParty()
    {
        var doc = Build(Hearing + "Turut hadir Direktur Reserse Polda Maluku, Kapolres Ambon dan Dewi Lestari.",
            [.. HearingNames, "Polda Maluku:Organization", "Dewi Lestari:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dewi Lestari"), MeetingId(doc))));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "Polda Maluku")));
        // A body listed by itself takes part.
        doc = Build(Hearing + "Turut hadir Polda Maluku dan Dewi Lestari.", [.. HearingNames, "Polda Maluku:Organization", "Dewi Lestari:Person"]).WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source), Does.Contain(Id(NodeType.Organization, "Polda Maluku")));
    }

    [Test]
    public void AListEndingInHadirNamesEveryoneListed()
    {
        var doc = Build(Hearing + "Saat rapat dibuka, tiga anggota Bawaslu, yaitu Dewi Lestari, Hasan Basri, dan Maria Ulfa, hadir.",
            [.. HearingNames, "Bawaslu:Organization", "Dewi Lestari:Person", "Hasan Basri:Person", "Maria Ulfa:Person"]).WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Dewi Lestari", "Hasan Basri", "Maria Ulfa" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        // The body in the title before the list is not a party of its own.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "Bawaslu")));
    }

    [Test]
    public void WhoDidNotAttendTheMeetingIsNoParticipant()
    {
        var doc = Build(Hearing + "Ketua Bawaslu Yusuf Rahman tidak hadir dalam rapat itu.",
            [.. HearingNames, "Bawaslu:Organization", "Yusuf Rahman:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Yusuf Rahman")));
    }

    [Test]
    public void AListNotPresentIsNoParticipant()
    {
        var doc = Build(Hearing + "Dua anggota Bawaslu, yaitu Dewi Lestari dan Hasan Basri, tidak hadir.",
            [.. HearingNames, "Bawaslu:Organization", "Dewi Lestari:Person", "Hasan Basri:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Dewi Lestari")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Hasan Basri")));
    }

    [Test]
    public void APartOnlyExpectedInALaterRapatIsNoParticipant()
    {
        var doc = Build(Hearing + "Menteri Dalam Negeri Arif Wibowo diperkirakan akan hadir dalam rapat pekan depan.",
            [.. HearingNames, "Arif Wibowo:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Arif Wibowo")));
    }

    [Test]
    public void ANameAfterABareRapatInsideTheClauseIsWhatWasDiscussed()
    {
        var doc = Build(Hearing + "Para anggota melakukan rapat untuk membahas keputusan Presiden Andi Saputra.",
            [.. HearingNames, "Andi Saputra:Person"]).WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Andi Saputra")));
    }

    [Test]
    public void APresentListAfterAcaraTersebutJoinsTheMeeting()
    {
        var doc = Build("Gubernur Jawa Timur Rina Kartika mengikuti rapat kerja para gubernur di Hotel Mulia, Jakarta. "
                + "Ia mengaku lelah. Acara tersebut berlangsung hingga malam. Tampak hadir beberapa gubernur lain, seperti Gubernur Bali Made Suarta dan Gubernur Papua Yohanes Wenda.",
            "Jawa Timur:Place", "Rina Kartika:Person", "Hotel Mulia:Place", "Jakarta:Place", "Bali:Place", "Made Suarta:Person",
            "Papua:Place", "Yohanes Wenda:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Made Suarta", "Yohanes Wenda" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
    }

    [Test]
    public void ALongTitleAfterDidampingiStillOpensTheList()
    {
        var doc = Build("Presiden Budi Santoso melakukan kunjungan kerja ke Kupang. Dalam kunjungan itu, Presiden Budi didampingi oleh Menteri Pekerjaan Umum dan Perumahan Rakyat Dodi Hartono.",
            "Budi Santoso:Person", "Kupang:Place", "Budi=Budi Santoso:Person", "Dodi Hartono:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dodi Hartono"), ev)));
    }

    [Test]
    public void AGeneralHeadBeforeAMeetingHeadIsThatMeeting()
    {
        var doc = Build("Gubernur Sumatera Utara Bobi Nasution mengikuti acara rapat kerja para gubernur di Hotel Mulia, Jakarta.",
            "Sumatera Utara:Place", "Bobi Nasution:Person", "Hotel Mulia:Place", "Jakarta:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Bobi Nasution"), Id(NodeType.Place, "Hotel Mulia"))));
    }
}

public class MeetingRoomAndTitleTests
{
    [Test]
    public void TheSecondSideOfAntaraEndsBeforeThePlace()
    {
        var doc = Build("Gubernur Jawa Barat Dedi Mulyana mengikuti rapat kerja antara gubernur se-Indonesia dan Menteri Dalam Negeri di Hotel Mulia, Jakarta.",
            "Jawa Barat:Place", "Dedi Mulyana:Person", "Indonesia:Place", "Hotel Mulia:Place", "Jakarta:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dedi Mulyana"), Id(NodeType.Place, "Hotel Mulia"))));
    }

    [Test]
    public void APlaceAfterAnotherClauseIsNotWhereTheSidesMet()
    {
        var doc = Build("Gubernur Jawa Barat Dedi Mulyana mengikuti rapat kerja antara gubernur se-Indonesia dan Menteri Dalam Negeri yang kemudian terbang ke Hotel Mulia.",
            "Jawa Barat:Place", "Dedi Mulyana:Person", "Indonesia:Place", "Hotel Mulia:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Not.Contain((Id(NodeType.Person, "Dedi Mulyana"), Id(NodeType.Place, "Hotel Mulia"))));
    }

    [Test]
    public void NoOneTookPartInAMeetingCalledOff()
    {
        var doc = Build("Presiden Budi Santoso dijadwalkan mengadakan pertemuan dengan Perdana Menteri Taro Yamada di Lima. "
                + "Namun, pertemuan tersebut dibatalkan dan sumber-sumber mengatakan bahwa Presiden Carlos Mendez telah membatalkan perjalanannya.",
            "Budi Santoso:Person", "Taro Yamada:Person", "Lima:Place", "Carlos Mendez:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Carlos Mendez")));
    }

    [Test]
    public void ABracketedAcronymInsideATitleKeepsTheMeetingPhrase()
    {
        var doc = Build("Komisi II DPR menggelar rapat kerja bersama Menteri Dalam Negeri (Mendagri) Arif Wibowo dan Ketua KPU Sari Dewi pada Senin.",
            "Komisi II DPR:Organization", "Arif Wibowo:Person", "KPU:Organization", "Sari Dewi:Person").WithEvents();
        var ev = doc.Mentions.FirstOrDefault(m => m.Type == NodeType.Event);
        Assert.That(ev, Is.Not.Null);
        // Named from its parties, the acronym passed over.
        Assert.That(ev!.Canonical ?? ev.Surface, Does.Contain("Arif Wibowo").And.Contain("Sari Dewi"));
    }

    [Test]
    public void ARuangRapatIsARoomNotAMeeting()
    {
        var doc = Build("Wartawan menunggu di ruang rapat Komisi II DPR, Senayan, sejak pagi.",
            "Komisi II DPR:Organization", "Senayan:Place").WithEvents();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event), Is.Empty);
    }

    [Test]
    public void WhoSpeaksInTheMeetingsRoomTakesPartAndTheRoomPlacesIt()
    {
        var doc = Build("Komisi II DPR menggelar rapat kerja bersama Menteri Dalam Negeri Arif Wibowo pada Senin. "
                + "\"Rapat kita buka,\" kata Ketua Komisi II DPR Rina Sari di ruang rapat Komisi II DPR, Senayan, Jakarta.",
            "Komisi II DPR:Organization", "Arif Wibowo:Person", "Rina Sari:Person", "Senayan:Place", "Jakarta:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Sari"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Rina Sari"), Id(NodeType.Place, "Senayan"))));
        Assert.That(met, Does.Contain((Id(NodeType.Organization, "Komisi II DPR"), Id(NodeType.Place, "Senayan"))));
    }

    [Test]
    public void ADatelineInCapitalsFurtherDownThePageIsNoParty()
    {
        var doc = Build("Kompas.com - 26/09/2022\n\nTim Redaksi\n\nPenulis\n\nEditor\n\nFoto\n\nIklan\n\nJAKARTA, KOMPAS.com - Komisi II DPR menggelar rapat kerja bersama Menteri Dalam Negeri Arif Wibowo pada Senin.",
            "JAKARTA=Jakarta:Place", "Komisi II DPR:Organization", "Arif Wibowo:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Organization, "Komisi II DPR")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Jakarta")));
    }
}

public class MeetingSidelinesTests
{
    private static string EventId(Document doc, string head) =>
        doc.Mentions.First(m => m.Type == NodeType.Event && m.Surface.StartsWith(head, StringComparison.Ordinal)).EntityId!;

    [Test]
    public void WhoMeetsOnTheSidelinesOfASummitAttendsTheSummit()
    {
        var doc = Build("Presiden Budi Santoso dan Perdana Menteri Taro Yamada mengadakan pertemuan puncak di Lima. "
                + "Kedua pemimpin mengadakan pertemuan kedua mereka pada hari Sabtu di sela-sela KTT Kerjasama Ekonomi Asia Pasifik di Lima.",
            "Budi Santoso:Person", "Taro Yamada:Person", "Lima:Place", "Asia Pasifik:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        var summit = EventId(doc, "KTT");
        foreach (var who in new[] { "Budi Santoso", "Taro Yamada" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), summit)), who);
        // A place in the summit's own name is no party of it.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Asia Pasifik")));
    }

    [Test]
    public void TheSummitsPartiesDoNotJoinAMeetingHeldOnItsSidelines()
    {
        var doc = Build("Menteri Luar Negeri Iran Reza Karimi bertemu dengan Menteri Luar Negeri Oman Said Nasser di Amman. "
                + "Karimi menghadiri KTT Teluk bersama Liga Arab di Amman, dan di sela-sela pertemuan itu ia bertemu sejumlah rekannya.",
            "Iran:Place", "Reza Karimi:Person", "Oman:Place", "Said Nasser:Person", "Amman:Place", "Karimi=Reza Karimi:Person",
            "Liga Arab:Organization").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        var summit = doc.Mentions.First(m => m.Type == NodeType.Event && m.Surface.StartsWith("KTT", StringComparison.Ordinal)).EntityId!;
        Assert.That(met, Does.Contain((Id(NodeType.Organization, "Liga Arab"), summit)));
        var others = met.Where(e => e.Target != summit && e.Target.StartsWith("event:", StringComparison.Ordinal)).Select(e => e.Source);
        Assert.That(others, Does.Not.Contain(Id(NodeType.Organization, "Liga Arab")));
    }
}
