using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class AttendanceListTests
{
    private static string MeetingId(Document doc) =>
        doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;

    [Test]
    public void ListAfterDihadiriInALaterSentenceJoinsTheMeetingToldBefore()
    {
        var doc = Build("Sidang darurat ASEAN digelar di Jakarta pada Senin. Sidang tersebut dihadiri oleh Perdana Menteri Malaysia Anwar Ibrahim, Presiden Filipina Ferdinand Marcos dan Sultan Hassanal Bolkiah.",
            "ASEAN:Organization", "Jakarta:Place", "Malaysia:Place", "Anwar Ibrahim:Person", "Filipina:Place",
            "Ferdinand Marcos:Person", "Hassanal Bolkiah:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Anwar Ibrahim", "Ferdinand Marcos", "Hassanal Bolkiah" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Jakarta"))), who);
        }
        // The countries in the titles are not parties of their own.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Malaysia")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Filipina")));
    }

    [Test]
    public void TurutHadirListsParticipantsOfThePrecedingMeeting()
    {
        var doc = Build("Pertemuan puncak G20 dimulai di Roma pada Sabtu. Turut hadir, Kanselir Jerman Olaf Scholz dan Sekjen PBB Antonio Guterres.",
            "G20:Organization", "Roma:Place", "Jerman:Place", "Olaf Scholz:Person", "PBB:Organization", "Antonio Guterres:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Olaf Scholz"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Antonio Guterres"), ev)));
        // "Sekjen PBB Antonio Guterres": the organisation is part of a title.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "PBB")));
    }

    [Test]
    public void CompanionsOfAParticipantTookPartToo()
    {
        var doc = Build("Dalam pertemuan bilateral di Tokyo itu, Prabowo Subianto didampingi Menteri Luar Negeri Sugiono dan Sekretaris Kabinet Teddy Indra Wijaya.",
            "Tokyo:Place", "Prabowo Subianto:Person", "Sugiono:Person", "Teddy Indra Wijaya:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Prabowo Subianto", "Sugiono", "Teddy Indra Wijaya" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
    }

    [Test]
    public void AMeetingNobodyAttendedHasNoParticipants()
    {
        var doc = Build("Rapat kerja Komisi I DPR digelar di Senayan. Rapat itu tidak dihadiri oleh Menteri Pertahanan Budi Santoso.",
            "Komisi I DPR:Organization", "Senayan:Place", "Budi Santoso:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Budi Santoso")));
    }

    [Test]
    public void AccompanyingSomeoneWithNoMeetingNearbyIsNoMeeting()
    {
        var doc = Build("Banjir melanda Semarang sejak Selasa. Warga mengungsi ke masjid. Gubernur Ahmad Lutfi meninjau lokasi dan didampingi Wali Kota Agustina Wilujeng.",
            "Semarang:Place", "Ahmad Lutfi:Person", "Agustina Wilujeng:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT), Is.Empty);
    }
}
