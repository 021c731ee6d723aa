using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>
/// Who took part in a meeting beyond the people named as its subject: bodies and states that hold
/// it, and what is not a party.
/// </summary>
public class MeetingPartyTests
{
    private static List<(string, string)> Met(Document doc) => Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
    private static string O(string name) => Id(NodeType.Organization, name);
    private static string L(string name) => Id(NodeType.Place, name);
    private static string P(string name) => Id(NodeType.Person, name);

    [Test]
    public void BodiesHoldingAMeetingMetAtItAndItsPlace()
    {
        var doc = Build("Partai Hijau, Partai Biru dan Partai Merah melakukan pertemuan di Wisma Kencana, Surabaya, Senin malam.",
            "Partai Hijau:Organization", "Partai Biru:Organization", "Partai Merah:Organization", "Wisma Kencana:Place", "Surabaya:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        foreach (var party in new[] { "Partai Hijau", "Partai Biru", "Partai Merah" })
            Assert.That(met, Is.SupersetOf(new[] { (O(party), ev), (O(party), L("Wisma Kencana")) }));
    }

    [Test]
    public void ThoseAVisitorArrivedWithTookPartInTheVisit()
    {
        var doc = Build("Menteri Budi Hartono mengunjungi Kotabaru pada Jumat. Ia tiba di rumah dinas pukul 09.43 bersama Gubernur Andi Wirawan dan Kapolda Dodi Saputra.",
            "Budi Hartono:Person", "Kotabaru:Place", "Andi Wirawan:Person", "Dodi Saputra:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        foreach (var person in new[] { "Andi Wirawan", "Dodi Saputra" })
            Assert.That(met, Is.SupersetOf(new[] { (P(person), ev), (P(person), L("Kotabaru")) }));
        // Someone else arriving with companions is another's arrival.
        doc = Build("Menteri Budi Hartono mengunjungi Kotabaru pada Jumat. Sutan Baharsyah tiba di bandara bersama Andi Wirawan.",
            "Budi Hartono:Person", "Kotabaru:Place", "Sutan Baharsyah:Person", "Andi Wirawan:Person").WithEvents();
        Assert.That(Met(doc).Select(e => e.Item1), Has.None.EqualTo(P("Andi Wirawan")));
    }

    [Test]
    public void StatesHoldingAMeetingMetThere()
    {
        var doc = Build("Pada 2019, Norwegia dan Swedia pernah mengadakan pertemuan di Oslo.",
            "Norwegia:Place", "Swedia:Place", "Oslo:Place").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (L("Norwegia"), L("Oslo")), (L("Swedia"), L("Oslo")) }));
    }

    [Test]
    public void StatesWhoseDelegatesAreInAMeetingTookPartInIt()
    {
        var doc = Build("Perwakilan Borduria dan Syldavia beradu argumen dalam sidang darurat Dewan Kotabaru.",
            "Borduria:Place", "Syldavia:Place", "Dewan Kotabaru:Organization").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Is.SupersetOf(new[] { (L("Borduria"), ev), (L("Syldavia"), ev) }));
        // A state only talked about in a meeting is no party to it.
        var about = Build("Serangan Borduria ke Syldavia dibahas dalam sidang darurat Dewan Kotabaru.",
            "Borduria:Place", "Syldavia:Place", "Dewan Kotabaru:Organization").WithEvents();
        Assert.That(Met(about).Select(e => e.Item1), Has.None.EqualTo(L("Borduria")).And.None.EqualTo(L("Syldavia")));
    }

    [Test]
    public void WhoWelcomesAVisitorsPartyTakesPartInTheVisit()
    {
        var doc = Build("Gubernur Sukamaju Budi Hartono melakukan kunjungan kerja ke Kabupaten Kotabaru. Setibanya, rombongan itu disambut Bupati Kotabaru Andi Wirawan bersama Wakil Bupati Sari Dewi di pendopo kabupaten.",
            "Sukamaju:Place", "Budi Hartono:Person", "Kabupaten Kotabaru:Place", "Kotabaru:Place", "Andi Wirawan:Person", "Sari Dewi:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Andi Wirawan"), ev), (P("Sari Dewi"), ev), (P("Andi Wirawan"), L("Kabupaten Kotabaru")) }));
        // With no visit told before, a welcome of a party names no meeting.
        var alone = Build("Rombongan itu disambut Bupati Kotabaru Andi Wirawan.", "Kotabaru:Place", "Andi Wirawan:Person").WithEvents();
        Assert.That(Met(alone), Is.Empty);
    }

    [Test]
    public void ARegionAfterItsHeadsTitleIsNoPartyToAWelcome()
    {
        var doc = Build("Setibanya di Kotabaru, Budi Hartono disambut Gubernur Sukamaju.",
            "Kotabaru:Place", "Budi Hartono:Person", "Sukamaju:Place").WithEvents();
        var met = Met(doc);
        Assert.That(met, Does.Contain((P("Budi Hartono"), L("Kotabaru"))));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(L("Sukamaju")));
        // A state met as itself still takes part.
        var state = Build("Setibanya di Kotabaru, Budi Hartono disambut Sukamaju.",
            "Kotabaru:Place", "Budi Hartono:Person", "Sukamaju:Place").WithEvents();
        Assert.That(Met(state), Does.Contain((L("Sukamaju"), L("Kotabaru"))));
    }

    [Test]
    public void APlaceVisitedIsWhereTheVisitWasNotAParty()
    {
        var doc = Build("Budi Hartono mengunjungi Kotabaru, Sukamaju, Jumat.",
            "Budi Hartono:Person", "Kotabaru:Place", "Sukamaju:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (P("Budi Hartono"), ev), (P("Budi Hartono"), L("Kotabaru")), (P("Budi Hartono"), L("Sukamaju")) }));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(L("Kotabaru")));
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Does.Contain((ev, L("Kotabaru"))));
        // A person visited is a party.
        var host = Build("Budi Hartono mengunjungi Andi Wirawan di Kotabaru.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        Assert.That(Met(host), Does.Contain((P("Andi Wirawan"), L("Kotabaru"))));
    }

    [Test]
    public void WhoWelcomesTheVisitorsArrivalTakesPartInTheVisit()
    {
        var doc = Build("Gubernur Sukamaju Budi Hartono melakukan kunjungan kerja ke Kabupaten Kotabaru. Kedatangan mereka disambut Bupati Kotabaru Andi Wirawan.",
            "Sukamaju:Place", "Budi Hartono:Person", "Kabupaten Kotabaru:Place", "Kotabaru:Place", "Andi Wirawan:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Does.Contain((P("Andi Wirawan"), ev)));
    }

    [Test]
    public void BothLeadersHoldingAMeetingAreTheTwoNamedLast()
    {
        var doc = Build("Presiden Budi Hartono menerima Perdana Menteri Andi Wirawan di Istana Lembah. Kedua pemimpin kemudian menggelar pertemuan bilateral di Ruang Kenanga.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Istana Lembah:Place", "Ruang Kenanga:Place").WithEvents();
        var ev = doc.Mentions.Last(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Budi Hartono"), ev), (P("Andi Wirawan"), ev) }));
    }

    [Test]
    public void WhoWelcomesAVisitorOnArrivalTakesPartInTheVisitWhereTheVisitorArrived()
    {
        var doc = Build("Presiden Budi Hartono melakukan kunjungan kenegaraan ke Borduria. Kunjungan itu yang pertama sejak 2019. Kedua negara bertetangga. "
            + "Perdagangan tumbuh pesat. Investasi juga naik. Nilainya besar. Banyak proyek baru. Presiden Budi Hartono tiba di Kotabaru pada Selasa malam. "
            + "Kedatangannya disambut oleh Gubernur Andi Wirawan dan Wali Kota Dodi Saputra.",
            "Budi Hartono:Person", "Borduria:Place", "Kotabaru:Place", "Andi Wirawan:Person", "Dodi Saputra:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        foreach (var person in new[] { "Andi Wirawan", "Dodi Saputra" })
            Assert.That(met, Is.SupersetOf(new[] { (P(person), ev), (P(person), L("Kotabaru")) }));
        // A welcome with no arrival told near it is no one's arrival.
        doc = Build("Presiden Budi Hartono memulai kunjungan kenegaraan ke Borduria. Usulan kerja sama itu disambut baik oleh Andi Wirawan.",
            "Budi Hartono:Person", "Borduria:Place", "Andi Wirawan:Person").WithEvents();
        Assert.That(Met(doc).Select(e => e.Item1), Has.None.EqualTo(P("Andi Wirawan")));
    }

    [Test]
    public void ThosePresentAtAMeetingTookPartUnlessTheirPresenceWasElsewhere()
    {
        var doc = Build("Rapat koordinasi digelar di Kotabaru, Senin. Kehadiran Bupati Sukamaju Andi Wirawan dan Sari Dewi menegaskan dukungan daerah.",
            "Kotabaru:Place", "Sukamaju:Place", "Andi Wirawan:Person", "Sari Dewi:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Andi Wirawan"), ev), (P("Sari Dewi"), ev) }));
        var elsewhere = Build("Rapat koordinasi digelar di Kotabaru, Senin. Budi Hartono mengapresiasi kehadiran Andi Wirawan di acara pelantikannya.",
            "Kotabaru:Place", "Budi Hartono:Person", "Andi Wirawan:Person").WithEvents();
        Assert.That(Met(elsewhere).Select(e => e.Item1), Has.None.EqualTo(P("Andi Wirawan")));
    }

    [Test]
    public void ABodyInATitleWithItsShortFormInBracketsIsNoParty()
    {
        var doc = Build("Budi Hartono bertemu dengan Ketua Asosiasi Sukamaju-Kotabaru (ASK) Andi Wirawan di Kotabaru.",
            "Budi Hartono:Person", "Asosiasi Sukamaju-Kotabaru:Organization", "ASK:Organization", "Andi Wirawan:Person", "Kotabaru:Place").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (P("Budi Hartono"), L("Kotabaru")), (P("Andi Wirawan"), L("Kotabaru")) }));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(O("Asosiasi Sukamaju-Kotabaru")));
    }

    [Test]
    public void StatesInTheTitlesOfPeopleHoldingAMeetingAreNoParties()
    {
        var doc = Build("Menteri Luar Negeri Norwegia Eva Lind dan Menteri Luar Negeri Swedia Lars Holm mengadakan pertemuan di Oslo.",
            "Norwegia:Place", "Swedia:Place", "Eva Lind:Person", "Lars Holm:Person", "Oslo:Place").WithEvents();
        var met = Met(doc);
        Assert.That(met, Does.Contain((P("Eva Lind"), L("Oslo"))));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(L("Norwegia")).And.None.EqualTo(L("Swedia")));
    }

    [Test]
    public void BodyHoldingSomethingOtherThanAMeetingIsNoParty()
    {
        var doc = Build("Badan Siber Nasional menggelar operasi militer di Bergen pada Rabu.",
            "Badan Siber Nasional:Organization", "Bergen:Place").WithEvents();
        Assert.That(Met(doc), Is.Empty);
    }

    [Test]
    public void PlaceBeforeTheHoldersIsWhereTheyMetNotAParty()
    {
        var doc = Build("Di Oslo, Partai Hijau dan Partai Biru mengadakan pertemuan di Hotel Fjord.",
            "Oslo:Place", "Partai Hijau:Organization", "Partai Biru:Organization", "Hotel Fjord:Place").WithEvents();
        Assert.That(Met(doc).Select(e => e.Item1), Has.None.EqualTo(L("Oslo")));
        Assert.That(Met(doc).Select(e => e.Item1), Does.Contain(O("Partai Hijau")));
    }

    [Test]
    public void ListOpeningTheNextSentenceNamesMoreParticipantsOfTheMeeting()
    {
        var doc = Build("Setibanya di Istana Bogor, Raja Harald disambut pasukan kehormatan. "
            + "Raja Harald lalu bertemu dengan Wakil Presiden Eva Lind dan sejumlah pejabat lainnya. "
            + "Seperti Menteri Perdagangan Lars Holm, perwakilan Kamar Dagang Nordik, dan para pengusaha.",
            "Istana Bogor:Place", "Raja Harald:Person", "Eva Lind:Person", "Lars Holm:Person", "Kamar Dagang Nordik:Organization").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[]
        {
            (P("Raja Harald"), L("Istana Bogor")), (P("Eva Lind"), L("Istana Bogor")),
            (P("Lars Holm"), L("Istana Bogor")), (O("Kamar Dagang Nordik"), L("Istana Bogor")),
        }));
    }

    [Test]
    public void ListAfterASentenceOfAGroupBeingPresentNamesWhoWasAtTheMeetingBefore()
    {
        const string text = "Asosiasi Kepala Desa menemui Raja Harald di Istana Bogor, Senin. "
            + "Tujuh kepala desa tampak hadir dalam kesempatan itu. Diantaranya, Kepala Desa Lars Holm dan Kepala Desa Eva Lind.";
        string[] entities = ["Asosiasi Kepala Desa:Organization", "Raja Harald:Person", "Istana Bogor:Place", "Lars Holm:Person", "Eva Lind:Person"];
        var met = Met(Build(text, entities).WithEvents());
        Assert.That(met, Is.SupersetOf(new[] { (P("Lars Holm"), L("Istana Bogor")), (P("Eva Lind"), L("Istana Bogor")) }));
        // A sentence that is not about being present leaves the list to nobody's meeting.
        var other = Met(Build(text.Replace("tampak hadir dalam kesempatan itu", "menanam padi pekan lalu"), entities).WithEvents());
        Assert.That(other.Select(e => e.Item1), Has.None.EqualTo(P("Lars Holm")));
    }

    [Test]
    public void ListSentenceAfterNoMeetingGivesNoEdge()
    {
        var doc = Build("Harga beras naik di banyak kota. Seperti Lars Holm dan Kamar Dagang Nordik, para pedagang mengeluh.",
            "Lars Holm:Person", "Kamar Dagang Nordik:Organization").WithEvents();
        Assert.That(Met(doc), Is.Empty);
    }

    [Test]
    public void BodyInTheTitleOfAListedPersonIsNoParticipant()
    {
        var doc = Build("Raja Harald bertemu dengan Eva Lind di Istana Bogor. Termasuk Ketua Kamar Dagang Nordik Lars Holm.",
            "Raja Harald:Person", "Eva Lind:Person", "Istana Bogor:Place", "Lars Holm:Person", "Kamar Dagang Nordik:Organization").WithEvents();
        var met = Met(doc);
        Assert.That(met, Does.Contain((P("Lars Holm"), L("Istana Bogor"))));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(O("Kamar Dagang Nordik")));
    }

    [Test]
    public void ArrivalStillToComePlacesNoMeeting()
    {
        var doc = Build("Sebelum tiba di Oslo, Raja Harald berkunjung ke Bergen. Raja Harald bertemu dengan Eva Lind.",
            "Oslo:Place", "Raja Harald:Person", "Bergen:Place", "Eva Lind:Person").WithEvents();
        Assert.That(Met(doc), Has.None.EqualTo((P("Eva Lind"), L("Oslo"))));
    }

    [Test]
    public void PeopleJoinedToTheSubjectOfAWelcomeTakePartToo()
    {
        var doc = Build("Kolonel Erik Dahl dan Kapolda Nordland Irjen Nils Berg ikut menyambut Anna Berg di Bandara Bodo.",
            "Erik Dahl:Person", "Nordland:Place", "Nils Berg:Person", "Anna Berg:Person", "Bandara Bodo:Place").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (P("Erik Dahl"), L("Bandara Bodo")), (P("Nils Berg"), L("Bandara Bodo")) }));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(L("Nordland")));
    }

    [Test]
    public void ExamplesAfterAWelcomedGroupAreItsParties()
    {
        var doc = Build("Ratu Anna menyambut para pemimpin negara tetangga seperti Perdana Menteri Lars Holm dan Presiden Eva Lind di Hotel Fjord.",
            "Ratu Anna:Person", "Lars Holm:Person", "Eva Lind:Person", "Hotel Fjord:Place").WithEvents();
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Lars Holm"), L("Hotel Fjord")), (P("Eva Lind"), L("Hotel Fjord")) }));
    }

    [Test]
    public void WelcomeNamingNoPlaceJoinsTheMeetingJustToldWithItsGuest()
    {
        var doc = Build("Presiden Anna Berg disambut Gubernur Eva Lind di Bandara Bodo. "
            + "Hujan turun sejak pagi. "
            + "Selain itu Kolonel Erik Dahl dan Mayor Nils Dahl ikut menyambut Anna Berg di tengah hujan deras.",
            "Anna Berg:Person", "Eva Lind:Person", "Bandara Bodo:Place", "Erik Dahl:Person", "Nils Dahl:Person").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (P("Erik Dahl"), L("Bandara Bodo")), (P("Nils Dahl"), L("Bandara Bodo")) }));
    }

    [Test]
    public void WelcomeWhereTheVisitorArrivedIsPartOfTheVisit()
    {
        var doc = Build("Presiden Anna Berg berkunjung ke Kota Bodo pada Senin. Setibanya di Bandara Bodo, Anna Berg disambut oleh Gubernur Eva Lind.",
            "Anna Berg:Person", "Bodo:Place", "Bandara Bodo:Place", "Eva Lind:Person").WithEvents();
        var visit = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Eva Lind"), visit), (P("Eva Lind"), L("Bandara Bodo")), (P("Anna Berg"), L("Bandara Bodo")) }));
    }

    [Test]
    public void MeetingVerbAfterAnotherMeetingTellsAMeetingOfItsOwn()
    {
        var doc = Build("Anna Berg akan mengadakan pertemuan dengan Presiden Eva Lind, baru kemudian bertemu dengan Perdana Menteri Lars Holm di Hotel Fjord.",
            "Anna Berg:Person", "Eva Lind:Person", "Lars Holm:Person", "Hotel Fjord:Place").WithEvents();
        var first = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Met(doc), Has.None.EqualTo((P("Lars Holm"), first)));
        Assert.That(Met(doc), Does.Contain((P("Lars Holm"), L("Hotel Fjord"))));
    }

    [Test]
    public void WelcomeAfterArrivingSomewhereUnnamedIsNotAtTheEarlierPlace()
    {
        var doc = Build("Presiden Anna Berg mendarat di Bandara Bodo. Setibanya di hotel, Presiden Anna Berg disambut oleh Wali Kota Nils Dahl.",
            "Anna Berg:Person", "Bandara Bodo:Place", "Nils Dahl:Person").WithEvents();
        Assert.That(Met(doc), Has.None.EqualTo((P("Nils Dahl"), L("Bandara Bodo"))));
    }

    [Test]
    public void WelcomeOfSomeoneElseDoesNotJoinAnEarlierMeeting()
    {
        var doc = Build("Presiden Anna Berg disambut Gubernur Eva Lind di Bandara Bodo. "
            + "Kolonel Erik Dahl dan Mayor Nils Dahl menyambut Lars Holm di tengah hujan deras.",
            "Anna Berg:Person", "Eva Lind:Person", "Bandara Bodo:Place", "Erik Dahl:Person", "Nils Dahl:Person", "Lars Holm:Person").WithEvents();
        Assert.That(Met(doc).Select(e => e.Item1), Has.None.EqualTo(P("Erik Dahl")).And.None.EqualTo(P("Lars Holm")));
    }

    [Test]
    public void ThoseWhoSpokeAtAMeetingTookPartInIt()
    {
        var doc = Build("Dewan Nordik menggelar pertemuan darurat di Reykjavik. Perwakilan dari Norwegia, Swedia dan Finlandia telah berbicara dalam pertemuan tersebut.",
            "Dewan Nordik:Organization", "Reykjavik:Place", "Norwegia:Place", "Swedia:Place", "Finlandia:Place").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        foreach (var state in new[] { "Norwegia", "Swedia", "Finlandia" })
            Assert.That(met, Does.Contain((L(state), ev)));
    }

    [Test]
    public void TalkingAboutAMeetingIsNoPartInIt()
    {
        var doc = Build("Dewan Nordik menggelar pertemuan darurat di Reykjavik. Lars Holm berbicara tentang pertemuan tersebut kepada wartawan.",
            "Dewan Nordik:Organization", "Reykjavik:Place", "Lars Holm:Person").WithEvents();
        Assert.That(Met(doc).Select(e => e.Item1), Has.None.EqualTo(P("Lars Holm")));
    }
    [Test]
    public void EveryPartyOfAListAfterBersamaMetAtTheMeeting()
    {
        var doc = Build("Komisi Anggaran menggelar rapat kerja bersama Menteri Keuangan Eva Lind, Panglima Armada Nordik Laksamana Lars Holm, "
            + "Kepala Staf Udara (KSU) Marsekal Nils Dahl, dan Gubernur Bank Sentral Nora Berg pada Senin.",
            "Komisi Anggaran:Organization", "Eva Lind:Person", "Armada Nordik:Organization", "Lars Holm:Person", "Nils Dahl:Person", "Nora Berg:Person").WithEvents();
        var ev = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        var met = Met(doc);
        foreach (var who in new[] { "Eva Lind", "Lars Holm", "Nils Dahl", "Nora Berg" })
            Assert.That(met, Does.Contain((P(who), ev)), who);
        // The body in a title before a name is no party of its own.
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(O("Armada Nordik")));
    }

    [Test]
    public void NameAfterACommaThatOpensAnotherClauseIsNoParty()
    {
        var doc = Build("Presiden Eva Lind menggelar pertemuan dengan Lars Holm, Nora Berg mengatakan kepada wartawan.",
            "Eva Lind:Person", "Lars Holm:Person", "Nora Berg:Person").WithEvents();
        var met = Met(doc);
        Assert.That(met.Select(e => e.Item1), Does.Contain(P("Lars Holm")));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(P("Nora Berg")));
    }

    [Test]
    public void ListAfterAMeetingVerbGoesOnPastCommas()
    {
        var doc = Build("Raja Harald bertemu dengan Perdana Menteri Eva Lind, Menteri Luar Negeri Lars Holm, dan Nora Berg di Istana Bogor.",
            "Raja Harald:Person", "Eva Lind:Person", "Lars Holm:Person", "Nora Berg:Person", "Istana Bogor:Place").WithEvents();
        var met = Met(doc);
        foreach (var who in new[] { "Raja Harald", "Eva Lind", "Lars Holm", "Nora Berg" })
            Assert.That(met, Does.Contain((P(who), L("Istana Bogor"))), who);
    }

    [Test]
    public void TripToldByItsVerbIsAVisitHeldWhereItWent()
    {
        var doc = Build("Raja Harald melawat ke Bergen pekan lalu.", "Raja Harald:Person", "Bergen:Place").WithEvents();
        var ev = doc.Mentions.FirstOrDefault(m => m.Type == NodeType.Event);
        Assert.That(ev, Is.Not.Null);
        Assert.That(Met(doc), Does.Contain((P("Raja Harald"), ev!.EntityId!)));
        Assert.That(Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN), Does.Contain((ev.EntityId!, L("Bergen"))));
    }

    [Test]
    public void TripNotTakenIsNoVisit()
    {
        var doc = Build("Raja Harald tidak melawat ke Bergen pekan lalu.", "Raja Harald:Person", "Bergen:Place").WithEvents();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event), Is.Empty);
        Assert.That(Met(doc), Is.Empty);
    }

    [Test]
    public void LocativeOpeningTheSentencePlacesTheMeetingItsPartiesHeld()
    {
        var doc = Build("Pada April 1993, di Oslo pula Eva Lind mengadakan pertemuan dengan Lars Holm.",
            "Oslo:Place", "Eva Lind:Person", "Lars Holm:Person").WithEvents();
        var met = Met(doc);
        Assert.That(met, Is.SupersetOf(new[] { (P("Eva Lind"), L("Oslo")), (P("Lars Holm"), L("Oslo")) }));
        Assert.That(met.Select(e => e.Item1), Has.None.EqualTo(L("Oslo")));
    }

    [Test]
    public void MeetingNamingNoPlaceIsWhereItsPartyHadJustArrived()
    {
        var doc = Build("Presiden Eva Lind tiba di Oslo pada Rabu sore. "
            + "Eva Lind akan mengadakan pertemuan dengan Perdana Menteri Lars Holm terlebih dulu.",
            "Eva Lind:Person", "Oslo:Place", "Lars Holm:Person").WithEvents();
        Assert.That(Met(doc), Is.SupersetOf(new[] { (P("Eva Lind"), L("Oslo")), (P("Lars Holm"), L("Oslo")) }));
    }

    [Test]
    public void ArrivalDoesNotPlaceAnEventTheArticleNamesWithItsOwnVenue()
    {
        var doc = Build("Presiden Eva Lind mendarat di Bandara Bodo untuk menghadiri Sidang Raya Partai Hijau. "
            + "Eva Lind lalu membuka Sidang Raya Partai Hijau di Universitas Bodo.",
            "Eva Lind:Person", "Bandara Bodo:Place", "Partai Hijau:Organization", "Universitas Bodo:Organization").WithEvents();
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held.Select(e => e.Item2), Has.None.EqualTo(L("Bandara Bodo")));
    }
}
