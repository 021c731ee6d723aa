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
    public void OneWhoReportsAMeetingOthersHoldIsNotAtIt()
    {
        var doc = Build("Budi Hartono akan mengadakan pertemuan dengan Andi Wirawan, ungkap Dodi Saputra kepada wartawan.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Dodi Saputra:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source).ToList();
        Assert.That(met, Does.Contain(Id(NodeType.Person, "Budi Hartono")));
        Assert.That(met, Does.Not.Contain(Id(NodeType.Person, "Dodi Saputra")));
        // Telling of a meeting no one else is named holding ("kami"), the speaker was at it.
        doc = Build("\"Kami mengadakan pertemuan dengan Andi Wirawan di Kotabaru,\" kata Dodi Saputra.",
            "Andi Wirawan:Person", "Kotabaru:Place", "Dodi Saputra:Person").WithEvents();
        met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source).ToList();
        Assert.That(met, Does.Contain(Id(NodeType.Person, "Dodi Saputra")));
    }

    [Test]
    public void ACountryInTheVisitorsTitleIsNotWhereTheVisitWas()
    {
        var doc = Build("Kedatangan Menteri Dalam Negeri Syldavia Budi Hartono disambut Gubernur Andi Wirawan di Bandara Sukamaju.",
            "Syldavia:Place", "Budi Hartono:Person", "Andi Wirawan:Person", "Bandara Sukamaju:Place").WithEvents();
        var ev = MeetingId(doc);
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Bandara Sukamaju"))));
        Assert.That(held, Does.Not.Contain((ev, Id(NodeType.Place, "Syldavia"))));
    }

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
    public void Who_came_with_a_party_of_a_meeting_told_far_before_was_at_that_meeting()
    {
        const string text = "Budi Hartono bertemu dengan Andi Wirawan di Kotabaru pada Rabu. Andi pernah bercerita tentang nasi goreng. "
            + "Ia menyukai masakan itu. Kabar itu beredar lama. Budi Hartono tiba pukul 12.30. Mantan Komandan Korps Sukamaju itu didampingi Sari Dewi. "
            + "Sementara Andi Wirawan didampingi Dodi Saputra dan Rina Kartika.";
        var doc = Build(text, "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place", "Andi:Person", "Sari Dewi:Person",
            "Dodi Saputra:Person", "Rina Kartika:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Sari Dewi", "Dodi Saputra", "Rina Kartika" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        // Without a party of it to come with, a list so far after names no one at it.
        var alone = Build("Budi Hartono bertemu dengan Andi Wirawan di Kotabaru pada Rabu. Andi pernah bercerita tentang nasi goreng. "
            + "Ia menyukai masakan itu. Kabar itu beredar lama. Hujan turun sore itu. Sementara Joko Santoso didampingi Dodi Saputra.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place", "Andi:Person", "Joko Santoso:Person", "Dodi Saputra:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), alone, RelationType.MET_AT).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Dodi Saputra")));
    }

    [Test]
    public void Companions_named_after_a_word_of_naming_members_took_part()
    {
        var doc = Build("Budi Hartono berkunjung ke Kotabaru pada Jumat. Kunjungan kerja itu didampingi beberapa pejabat Kementerian Sukamaju diantaranya Dirjen Sari Dewi dan Dirjen Dodi Saputra.",
            "Budi Hartono:Person", "Kotabaru:Place", "Kementerian Sukamaju:Organization", "Sari Dewi:Person", "Dodi Saputra:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Sari Dewi", "Dodi Saputra" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
    }

    [Test]
    public void A_country_represented_at_the_meeting_took_part_with_who_stood_for_it()
    {
        var doc = Build("Sidang darurat ASEAN digelar di Jakarta pada Senin. Sidang tersebut dihadiri oleh Presiden Borduria Budi Hartono. "
            + "Sementara itu, Syldavia diwakili oleh Menteri Luar Negeri Andi Wirawan.",
            "ASEAN:Organization", "Jakarta:Place", "Borduria:Place", "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Place, "Syldavia"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Jakarta"))));
        // Without a meeting in view, being represented is no attendance.
        var none = Build("Syldavia diwakili oleh Menteri Luar Negeri Andi Wirawan dalam perkara itu.", "Syldavia:Place", "Andi Wirawan:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), none, RelationType.MET_AT), Is.Empty);
    }

    [Test]
    public void A_sea_or_ocean_named_as_a_party_takes_part_in_nothing()
    {
        var doc = Build("Menteri Budi Hartono menghadiri konferensi negara-negara pesisir Samudera Hindia di Kotabaru.",
            "Budi Hartono:Person", "Samudera Hindia:Place", "Kotabaru:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Person, "Budi Hartono")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Samudera Hindia")));
    }

    [Test]
    public void A_meeting_that_involves_states_lists_them_as_parties()
    {
        var doc = Build("Pertemuan menteri luar negeri digelar di Vientiane pada Sabtu. Pertemuan di Vientiane melibatkan mitra-mitra ASEAN, termasuk Jepang, India, dan Australia.",
            "Vientiane:Place", "ASEAN:Organization", "Jepang:Place", "India:Place", "Australia:Place").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Jepang", "India", "Australia" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Place, who), ev)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Place, who), Id(NodeType.Place, "Vientiane"))), who);
        }
    }

    [Test]
    public void Leaders_listed_as_following_a_summit_took_part_in_it()
    {
        var doc = Build("KTT Uni Afrika dibuka di Addis Ababa pada Minggu. Di antara para pemimpin yang mengikuti KTT tahunan itu adalah pemimpin baru Zimbabwe, Liberia dan Angola.",
            "Uni Afrika:Organization", "Addis Ababa:Place", "Zimbabwe:Place", "Liberia:Place", "Angola:Place").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Zimbabwe", "Liberia", "Angola" })
            Assert.That(met, Does.Contain((Id(NodeType.Place, who), ev)), who);
    }

    [Test]
    public void One_said_to_be_present_at_the_meeting_took_part_in_it()
    {
        var doc = Build("KTT Uni Afrika dibuka di Addis Ababa pada Minggu. Pemimpin Palestina Mahmoud Abbas yang juga hadir dalam pertemuan itu mengatakan Israel harus mundur.",
            "Uni Afrika:Organization", "Addis Ababa:Place", "Palestina:Place", "Mahmoud Abbas:Person", "Israel:Place").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Mahmoud Abbas"), ev)));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Israel")));
    }

    [Test]
    public void What_another_happening_involves_or_a_meeting_did_not_involve_is_no_party()
    {
        var doc = Build("KTT Uni Afrika dibuka di Addis Ababa pada Minggu. Serangan di perbatasan itu melibatkan Brigade Fajar. Pertemuan itu tidak melibatkan Sudan.",
            "Uni Afrika:Organization", "Addis Ababa:Place", "Brigade Fajar:Organization", "Sudan:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "Brigade Fajar")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Sudan")));
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
    public void MembersSeenTooAtAMeetingTookPartButASeenMoodStillNamesNoOne()
    {
        var doc = Build("Komisi IV DPRD Sukamaju menggelar rapat dengar pendapat dengan PT Lembah di Kotabaru. "
            + "Terlihat pula beberapa anggota Komisi IV DPRD Sukamaju, diantaranya Andi Wirawan, Dodi Wijaya, serta beberapa anggota lainnya. "
            + "Budi Hartono terlihat juga gembira bersalaman dengan Joko Prasetyo.",
            "Komisi IV DPRD Sukamaju:Organization", "PT Lembah:Organization", "Kotabaru:Place", "Andi Wirawan:Person",
            "Dodi Wijaya:Person", "Budi Hartono:Person", "Joko Prasetyo:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Andi Wirawan", "Dodi Wijaya" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Joko Prasetyo")));
    }

    [Test]
    public void NamesSeenAtAMeetingTookPartButAMoodSeenNamesNoOne()
    {
        var doc = Build("Rapat koordinasi Partai Sukamaju digelar di Kotabaru pada Senin. Dari Partai Kotabaru terlihat Bendahara Andi Wirawan, Sari Dewi dan Dodi Wijaya. "
            + "Budi Hartono tampak gembira bersalaman dengan Joko Prasetyo.",
            "Partai Sukamaju:Organization", "Kotabaru:Place", "Partai Kotabaru:Organization", "Andi Wirawan:Person", "Sari Dewi:Person",
            "Dodi Wijaya:Person", "Budi Hartono:Person", "Joko Prasetyo:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Andi Wirawan", "Sari Dewi", "Dodi Wijaya" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Joko Prasetyo")));
    }

    [Test]
    public void ThoseNamedAsAccompanyingAVisitTookPart()
    {
        var doc = Build("Turut mendampingi dalam lawatan Presiden Budi Hartono ke Pelabuhan Sukamaju, yakni Menteri Andi Wirawan dan Gubernur Sari Dewi.",
            "Budi Hartono:Person", "Pelabuhan Sukamaju:Place", "Andi Wirawan:Person", "Sari Dewi:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Andi Wirawan", "Sari Dewi" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
    }

    [Test]
    public void BodiesInATitleWithABracketedShortFormAreNoCompanions()
    {
        var doc = Build("Dalam pertemuan di Kotabaru, Budi Hartono didampingi oleh Andi Wirawan, Kepala Badan Sandi Sukamaju (BSS) Brigade Fajar Kolonel Dodi Wijaya.",
            "Kotabaru:Place", "Budi Hartono:Person", "Andi Wirawan:Person", "Badan Sandi Sukamaju:Organization", "BSS=Badan Sandi Sukamaju:Organization",
            "Brigade Fajar:Organization", "Dodi Wijaya:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Dodi Wijaya"), ev)));
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Organization, "Badan Sandi Sukamaju")));
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Organization, "Brigade Fajar")));
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
    public void ThoseAPersonBringsAlongTookPartAndAnAdjectiveOrAdverbBringsNoOne()
    {
        var doc = Build("Presiden Budi Santoso menerima kunjungan Perdana Menteri Borduria Karel Novak di Istana Sukamaju. "
            + "Karel Novak bersama istrinya, Ana Novak, tiba pukul 10.00 dan disambut Budi Santoso bersama Ibu Negara Ani Rahayu. "
            + "Keduanya menegaskan pemahaman bersama Dodi Wijaya. Budi Santoso bersama-sama Joko Prasetyo menanam pohon.",
            "Budi Santoso:Person", "Borduria:Place", "Karel Novak:Person", "Istana Sukamaju:Place", "Ana Novak:Person",
            "Ani Rahayu:Person", "Dodi Wijaya:Person", "Joko Prasetyo:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Ana Novak", "Ani Rahayu" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        foreach (var who in new[] { "Dodi Wijaya", "Joko Prasetyo" })
            Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, who)), who);
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

    [Test]
    public void WhoOpenedOrHostedAMeetingTookPartWhereItWasHeld()
    {
        var doc = Build("Rapat Kerja Daerah Partai Lorak resmi dibuka oleh Ketua Umum Partai Lorak Budi Santoso pada Jumat sore di Hotel Mawar, Kotabaru.",
            "Partai Lorak:Organization", "Budi Santoso:Person", "Hotel Mawar:Place", "Kotabaru:Place").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Santoso"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Santoso"), Id(NodeType.Place, "Hotel Mawar"))));
        // The party in the opener's title is not a party to the meeting.
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "Partai Lorak")));
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Hotel Mawar"))));
        // Closed is not opened by anyone: no participant without "oleh".
        doc = Build("Rapat Kerja Daerah Partai Lorak ditutup, tiga anggota Partai Lorak pulang ke Kotabaru.",
            "Partai Lorak:Organization", "Kotabaru:Place").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT), Is.Empty);
    }

    [Test]
    public void TheBodyOfMembersNamedNextIsNoParty()
    {
        var doc = Build("Rapat kerja itu digelar di Kotabaru. Budi Santoso datang ke rapat itu didampingi para pengurus Partai Lorak lainnya, seperti Ani Wulandari, Joko Prasetyo.",
            "Kotabaru:Place", "Budi Santoso:Person", "Partai Lorak:Organization", "Ani Wulandari:Person", "Joko Prasetyo:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Ani Wulandari"), ev)));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Joko Prasetyo"), ev)));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Organization, "Partai Lorak")));
    }

    [Test]
    public void TheObjectOfAVerbInAMeetingsSentenceIsNotPresent()
    {
        var doc = Build("Rapat kerja Partai Lorak digelar di Kotabaru. Dalam rapat ini, hanya satu nama muncul sebagai calon ketua menggantikan Joko Prasetyo.",
            "Partai Lorak:Organization", "Kotabaru:Place", "Joko Prasetyo:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Person, "Joko Prasetyo")));
        // The subject after the setting is present.
        doc = Build("Rapat kerja Partai Lorak digelar di Kotabaru. Dalam rapat ini, Joko Prasetyo menyampaikan laporan.",
            "Partai Lorak:Organization", "Kotabaru:Place", "Joko Prasetyo:Person").WithEvents();
        met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Person, "Joko Prasetyo")));
    }

    [Test]
    public void WhereAPartySpokeRightAfterAMeetingWithNoPlaceIsWhereItWasHeld()
    {
        var doc = Build("Dalam pertemuan dengan Budi Santoso, Andi Wiratmaja membahas perdagangan. \"Kami bersahabat sejak lama,\" kata Andi Wiratmaja di Istana Mawar, Kotabaru.",
            "Budi Santoso:Person", "Andi Wiratmaja:Person", "Istana Mawar:Place", "Kotabaru:Place").WithEvents();
        var ev = MeetingId(doc);
        var held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held, Does.Contain((ev, Id(NodeType.Place, "Istana Mawar"))));
        // Someone who took no part speaking somewhere places nothing.
        doc = Build("Dalam pertemuan dengan Budi Santoso, Andi Wiratmaja membahas perdagangan. \"Itu baik,\" kata Joko Prasetyo di Istana Mawar, Kotabaru.",
            "Budi Santoso:Person", "Andi Wiratmaja:Person", "Joko Prasetyo:Person", "Istana Mawar:Place", "Kotabaru:Place").WithEvents();
        held = Edges(new HeldInExtractor(Lexicon), doc, RelationType.HELD_IN);
        Assert.That(held.Select(e => e.Target), Does.Not.Contain(Id(NodeType.Place, "Istana Mawar")));
    }

    [Test]
    public void WhoseHomeWasVisitedTookPartInTheVisit()
    {
        var doc = Build("Presiden Borduria Andi Wiratmaja berkunjung ke kediaman mantan presiden Kotabaru, Budi Santoso di Jalan Mawar, Dukuh.",
            "Borduria:Place", "Andi Wiratmaja:Person", "Kotabaru:Place", "Budi Santoso:Person", "Jalan Mawar:Place", "Dukuh:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Budi Santoso"), Id(NodeType.Place, "Jalan Mawar"))));
        Assert.That(met, Does.Contain((Id(NodeType.Person, "Andi Wiratmaja"), Id(NodeType.Place, "Jalan Mawar"))));
        // The country in the host's title is neither a party nor the place of the visit.
        Assert.That(met.Select(e => e.Source).Concat(met.Select(e => e.Target)), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void TheDatelineTakesPartInNothing()
    {
        var doc = Build("Kotabaru - Di sela-sela menghadiri KTT Lowa, Presiden Borduria Andi Wiratmaja berkunjung ke Dukuh.",
            "Kotabaru:Place", "Lowa:Organization", "Borduria:Place", "Andi Wiratmaja:Person", "Dukuh:Place").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        Assert.That(met.Select(e => e.Source), Does.Contain(Id(NodeType.Person, "Andi Wiratmaja")));
        Assert.That(met.Select(e => e.Source), Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void EveryoneOnTheLinesOfAListOfWhoArrivedMetWhereTheyArrived()
    {
        var doc = Build("Rapat kerja digelar di Sukamaju pada Minggu.\nBerikut nama bupati yang sudah hadir di Kotabaru:\n"
            + "- Gubernur Jambi Budi Hartono\n- Wagub Riau Andi Wirawan\n2) Gubernur Bali Sari Dewi\nHujan turun sore itu bersama Joko Susilo.",
            "Sukamaju:Place", "Kotabaru:Place", "Jambi:Place", "Riau:Place", "Bali:Place",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Sari Dewi:Person", "Joko Susilo:Person").WithEvents();
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Budi Hartono", "Andi Wirawan", "Sari Dewi" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Kotabaru"))), who);
        Assert.That(met.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Joko Susilo")), "the list ends at the first line that is no item");
        Assert.That(met.Select(e => e.Target), Has.None.EqualTo(Id(NodeType.Place, "Jambi")), "a title's region is not where they met");
    }

    [Test]
    public void ListAfterALineThatAnnouncesNoArrivalNamesNoParticipants()
    {
        var doc = Build("Rapat kerja digelar di Sukamaju pada Minggu.\nBerikut daftar pejabat yang dicopot di Kotabaru:\n- Gubernur Jambi Budi Hartono\n- Wagub Riau Andi Wirawan",
            "Sukamaju:Place", "Kotabaru:Place", "Jambi:Place", "Riau:Place", "Budi Hartono:Person", "Andi Wirawan:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Budi Hartono")));
    }

    [Test]
    public void Who_was_seen_present_further_on_in_the_story_of_the_only_meeting_told_was_at_it()
    {
        const string text = "Presiden Budi Hartono memimpin rapat terbatas di Istana Lembah pada Rabu. Kehadiran para menteri sejak siang menambah kesan pentingnya rapat ini. "
            + "Para pejabat tampak seragam dalam kemeja putih. Kepala Badan Pangan, Andi Wirawan, mengonfirmasi undangan itu. Namun, ia memilih diam. "
            + "Di antara wajah-wajah yang hadir, terlihat Menteri Kesehatan Sari Dewi dan Menteri Koperasi Dodi Saputra.";
        var doc = Build(text, "Budi Hartono:Person", "Istana Lembah:Place", "Andi Wirawan:Person", "Sari Dewi:Person", "Dodi Saputra:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Sari Dewi", "Dodi Saputra" })
        {
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), Id(NodeType.Place, "Istana Lembah"))), who);
        }
        // With two meetings told before, the list says nothing of which one it was.
        var two = Build(text.Replace("Kehadiran para menteri sejak siang menambah kesan pentingnya rapat ini.", "Pada Selasa, Budi Hartono bertemu dengan Joko Susilo di Kotabaru."),
            "Budi Hartono:Person", "Istana Lembah:Place", "Andi Wirawan:Person", "Sari Dewi:Person", "Dodi Saputra:Person", "Joko Susilo:Person", "Kotabaru:Place").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), two, RelationType.MET_AT).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Sari Dewi")));
    }

    [Test]
    public void People_listed_before_a_word_of_taking_part_in_the_meeting_took_part()
    {
        var doc = Build("Presiden Budi Hartono memimpin sidang kabinet di Istana Lembah pada Rabu. "
            + "Tak ketinggalan, Menteri Kesehatan Sari Dewi, Menteri Koperasi Dodi Saputra dan Kapolri Jenderal Joko Susilo turut serta dalam pertemuan ini.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Sari Dewi:Person", "Dodi Saputra:Person", "Joko Susilo:Person").WithEvents();
        var ev = MeetingId(doc);
        var met = Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT);
        foreach (var who in new[] { "Sari Dewi", "Dodi Saputra", "Joko Susilo" })
            Assert.That(met, Does.Contain((Id(NodeType.Person, who), ev)), who);
        // Not taking part: "tidak ikut serta".
        doc = Build("Presiden Budi Hartono memimpin sidang kabinet di Istana Lembah pada Rabu. Menteri Kesehatan Sari Dewi dan Menteri Koperasi Dodi Saputra tidak ikut serta dalam pertemuan ini.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Sari Dewi:Person", "Dodi Saputra:Person").WithEvents();
        Assert.That(Edges(new MeetingExtractor(Lexicon), doc, RelationType.MET_AT).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Sari Dewi")));
    }
}
