using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Events;

/// <summary>One node per happening: where an event's name ends, which descriptions in one article
/// tell the same happening, and which descriptions in two articles are one event.</summary>
public class EventOneNodeTests
{
    private static List<Mention> Events(string text, params string[] entities) =>
        new EventRecognizer(Lexicon).Recognize(Build(text, entities)).ToList();

    private static int Nodes(List<Mention> events) => events.Select(e => e.EntityId).Distinct().Count();

    [Test]
    public void AWeekdayAfterAnAttackTellsWhenAndPointsToTheArticlesAttack()
    {
        var ev = Events("Milisi Hitam menyerbu Stasiun Kota Lama di Surabaya. Korban serangan Selasa di stasiun itu bertambah menjadi 40 orang.",
            "Milisi Hitam:Organization", "Stasiun Kota Lama:Place", "Surabaya:Place");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev.Any(e => e.Canonical!.Contains("Selasa")), Is.False);
    }

    [Test]
    public void ADemonstrativeAfterAWordOfKindPointsBackToTheHappeningTold()
    {
        var ev = Events("Peristiwa tawuran antarkelompok pelajar terjadi di Kabupaten Sukamaju, Senin. Budi Hartono menyebutkan aksi tawuran pelajar itu terjadi di Jalan Lembah.",
            "Kabupaten Sukamaju:Place", "Budi Hartono:Person", "Jalan Lembah:Place");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev.Select(e => e.Canonical).Distinct().Single(), Does.Not.Contain("itu"));
    }

    [Test]
    public void AnIncidentNamedByItsKindIsTheSameHappeningAsThatKindTold()
    {
        var ev = Events("Polisi menyelidiki penembakan kantor Partai Sukamaju di Kotabaru. Budi Hartono mengatakan pihaknya berkoordinasi dengan Densus terkait insiden penembakan kantor Partai Sukamaju.",
            "Partai Sukamaju:Organization", "Kotabaru:Place", "Budi Hartono:Person", "Densus:Organization");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1));
    }

    [Test]
    public void AShortFormGivenAsAnotherNameIsLeftOutOfTheEventsName()
    {
        var ev = Events("Ia menyampaikannya di sela-sela rapat dengar pendapat atau RDP antara Komisi IX dan Kementerian Sosial.",
            "Komisi IX:Organization", "Kementerian Sosial:Organization");
        Assert.That(ev.Single().Canonical, Is.EqualTo("rapat dengar pendapat antara Komisi IX dan Kementerian Sosial"));
    }

    [Test]
    public void ADescriptionClosedByADemonstrativeIsTheMeetingToldBeforeAndStillNamesIt()
    {
        var ev = Events("Komisi IX menggelar rapat dengar pendapat dengan Kementerian Sosial di Senayan. Dalam rapat bersama Menteri Sosial Budi Hartono itu, Komisi IX turut mengundang Andi Wirawan.",
            "Komisi IX:Organization", "Kementerian Sosial:Organization", "Senayan:Place", "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        // Without the demonstrative the second description is a meeting of its own.
        var apart = Events("Komisi IX menggelar rapat dengar pendapat dengan Kementerian Sosial di Senayan. Dalam rapat bersama Menteri Sosial Budi Hartono, Komisi IX turut mengundang Andi Wirawan.",
            "Komisi IX:Organization", "Kementerian Sosial:Organization", "Senayan:Place", "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(Nodes(apart), Is.EqualTo(2));
    }

    [Test]
    public void AKnownBodysShortFormInBracketsAfterItsUnreadNameTiesTheTwoDescriptions()
    {
        var ev = Events("Presiden Budi Hartono membuka KTT Luar Biasa Kerja Sama Samudra (OKS) di Kotabaru. Budi berbicara di pembukaan KTT Luar Biasa OKS.",
            "Budi Hartono:Person", "OKS:Organization", "Kotabaru:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev[0].Canonical, Does.Not.Contain("("));
    }

    [Test]
    public void AnAttackToldOnlyByWhereItFellIsTheArticlesOneAttackWithThatHead()
    {
        var ev = Events("Serangan Brigade Fajar menghantam sebuah bus di Kotabaru. Menurut saksi, serangan di Sukamaju menewaskan 12 orang.",
            "Brigade Fajar:Organization", "Kotabaru:Place", "Sukamaju:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        // With two attacks told by their attackers, a place alone does not say which.
        var two = Events("Serangan Brigade Fajar menghantam sebuah bus di Kotabaru. Serangan Laskar Senja menghantam pasar. Menurut saksi, serangan di Sukamaju menewaskan 12 orang.",
            "Brigade Fajar:Organization", "Laskar Senja:Organization", "Kotabaru:Place", "Sukamaju:Place");
        Assert.That(Nodes(two), Is.EqualTo(3));
    }

    [Test]
    public void APronounSayingWhoseItIsPointsBackToTheHappeningTold()
    {
        var ev = Events("Presiden Budi Hartono melakukan kunjungan ke Borduria pada Kamis. \"Terima kasih atas sambutan dalam kunjungan saya di Kotabaru,\" kata Budi.",
            "Budi Hartono:Person", "Borduria:Place", "Kotabaru:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev.Select(e => e.Canonical).Distinct().Single(), Does.Not.Contain("saya"));
        // An ordinal may stand between the head and the pronoun.
        var first = Events("Presiden Budi Hartono melakukan kunjungan ke Borduria pada Kamis. \"Ini merupakan kunjungan pertama saya ke Kotabaru,\" kata Budi.",
            "Budi Hartono:Person", "Borduria:Place", "Kotabaru:Place");
        Assert.That(Nodes(first), Is.EqualTo(1));
    }

    private const string BilateralInKotabaru = "Presiden Budi Hartono melakukan pertemuan bilateral dengan Presiden Andi Wirawan di Kotabaru, Kamis. ";

    [Test]
    public void AMeetingToldAgainOnlyByTheSiteInItsTownIsTheSameMeeting()
    {
        const string text = BilateralInKotabaru + "Dalam pertemuan yang berlangsung di Hotel Melati, Kotabaru, Budi menyampaikan apresiasi.";
        string[] entities = ["Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place", "Hotel Melati:Place"];
        var ev = Events(text, entities);
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1));
        // A site in another town is not known to be where the meeting sat.
        var elsewhere = Events(text.Replace("Hotel Melati, Kotabaru", "Hotel Melati, Sukamaju"), [.. entities, "Sukamaju:Place"]);
        Assert.That(Nodes(elsewhere), Is.EqualTo(2));
    }

    [Test]
    public void TheSpeakersOwnMeetingToldAsPastSomewhereElseIsAnEarlierMeeting()
    {
        const string text = BilateralInKotabaru + "\"Banyak kemajuan sejak pertemuan kita di Sukamaju November lalu,\" kata Budi.";
        string[] entities = ["Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place", "Sukamaju:Place"];
        Assert.That(Nodes(Events(text, entities)), Is.EqualTo(2));
        // Not told as past, the speaker's meeting is the one the article tells.
        Assert.That(Nodes(Events(text.Replace(" November lalu", ""), entities)), Is.EqualTo(1));
    }

    [Test]
    public void ADemonstrativeAfterTheWordsOfItsNamePointsBackAndStaysOutOfTheName()
    {
        var ev = Events("Rapat Koordinasi Banjir digelar pada Senin. Rapat Koordinasi Banjir tersebut bertempat di Kotabaru.", "Kotabaru:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev.Select(e => e.Canonical).Distinct().Single(), Does.Not.Contain("tersebut").And.Contain("Kotabaru"));
    }

    [Test]
    public void WhatIsToldToANewsOutletIsNoMeeting()
    {
        Assert.That(Events("Dalam panggilan telepon kepada Reuters, juru bicara Budi Hartono mengatakan serangan itu disengaja.", "Reuters:Organization", "Budi Hartono:Person"), Is.Empty);
        // A call with another party is one.
        Assert.That(Events("Dalam panggilan telepon dengan Andi Wirawan, Budi Hartono mengatakan serangan itu disengaja.", "Andi Wirawan:Person", "Budi Hartono:Person"), Is.Not.Empty);
    }

    [Test]
    public void AnAttackPointedBackToBeforeItIsNamedJoinsTheDescriptionToldAfterIt()
    {
        var ev = Events("Penyerangan itu terjadi pada Kamis dini hari. Polisi menyebut penyerangan Pos Sukamaju dilakukan oleh Brigade Fajar.",
            "Pos Sukamaju:Place", "Brigade Fajar:Organization");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev[0].Canonical, Does.Contain("Pos Sukamaju"));
    }

    [Test]
    public void MeetingsOfOneVisitorWithOtherCounterpartsAreOtherMeetings()
    {
        var ev = Events("Budi Hartono bertemu dengan Andi Wirawan di Kotabaru. Di Kotabaru, Budi Hartono juga bertemu dengan Sari Dewi dan Joko Santoso.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place", "Sari Dewi:Person", "Joko Santoso:Person");
        Assert.That(Nodes(ev), Is.EqualTo(2));
    }

    [Test]
    public void OneAttackersAttackToldAgainWithACloserPlaceIsOneNode()
    {
        var ev = Events("Enam orang tewas dalam serangan Brigade Fajar di Sukamaju. Juru bicara polisi mengatakan para anggota Brigade Fajar menyerbu dua desa di pinggiran Kotabaru.",
            "Brigade Fajar:Organization", "Sukamaju:Place", "Kotabaru:Place");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1));
        // Another attacker's attack in the same article stays apart.
        var two = Events("Enam orang tewas dalam serangan Brigade Fajar di Sukamaju. Laskar Senja menyerbu dua desa di pinggiran Kotabaru.",
            "Brigade Fajar:Organization", "Laskar Senja:Organization", "Sukamaju:Place", "Kotabaru:Place");
        Assert.That(Nodes(two), Is.EqualTo(2));
    }

    [Test]
    public void AStateThatCarriedOutAnAttackAtItsTargetIsTheAttackerOfTheAttackToldBefore()
    {
        // The country named as the clause's subject is who attacked; the body after "terhadap" is the target.
        var ev = Events("Ledakan terjadi dalam serangan pertama oleh Syldavia di Borduria. Juru bicara mengatakan bahwa militer Syldavia melakukan serangan di Kotabaru pada Selasa terhadap Brigade Fajar.",
            "Syldavia:Place", "Borduria:Place", "Kotabaru:Place", "Brigade Fajar:Organization");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(Nodes(ev), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Surface + " => " + e.Canonical)));
        // The sides turned round: a strike back is another attack.
        var back = Events("Pasukan Syldavia melancarkan serangan ke tentara Borduria di Kotabaru. Borduria menembaki tentara Syldavia.",
            "Syldavia:Place", "Borduria:Place", "Kotabaru:Place");
        Assert.That(Nodes(back), Is.EqualTo(2));
        // One that did not strike back carried out no attack.
        var denied = Events("Pasukan Syldavia melancarkan serangan ke tentara Borduria di Kotabaru, dan Borduria tidak melakukan serangan balasan.",
            "Syldavia:Place", "Borduria:Place", "Kotabaru:Place");
        Assert.That(denied.Select(e => e.Canonical), Has.None.Contains("balasan Borduria"));
    }

    [Test]
    public void TheSourceToldBeforeTheClauseIsNoPartyOfTheMeeting()
    {
        var ev = Events("Menurut kantor berita Syldavia, Kabar Pagi, Budi Hartono dan Andi Wirawan melakukan pembicaraan selama dua jam.",
            "Syldavia:Place", "Kabar Pagi:Organization", "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "pembicaraan Budi Hartono dan Andi Wirawan" }));
        // Without the source a list of names is the parties.
        var all = Events("Kemarin Sari Dewi, Budi Hartono dan Andi Wirawan melakukan pembicaraan selama dua jam.",
            "Sari Dewi:Person", "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(all.Select(e => e.Canonical), Is.EqualTo(new[] { "pembicaraan Sari Dewi, Budi Hartono dan Andi Wirawan" }));
    }

    [Test]
    public void AVisitToSomeonesHomeIsAMeetingWithThem()
    {
        var entities = new[] { "Budi Hartono:Person", "Partai Fajar:Organization", "Andi Wirawan:Person", "Jalan Melati:Place", "Kotabaru:Place" };
        var went = Events("Budi Hartono berkunjung ke kediaman Ketua Umum Partai Fajar Andi Wirawan di Jalan Melati, Kotabaru, Rabu.", entities);
        Assert.That(went.Select(e => e.Canonical), Is.EqualTo(new[] { "kunjungan Budi Hartono dan Andi Wirawan di Jalan Melati" }));
        var came = Events("Budi Hartono tiba di kediaman Ketua Umum Partai Fajar Andi Wirawan di Jalan Melati, Kotabaru, Rabu.", entities);
        Assert.That(came.Select(e => e.Canonical), Is.EqualTo(new[] { "kunjungan Budi Hartono dan Andi Wirawan di Jalan Melati" }));
        // Arriving at a hospital is no visit to anyone.
        Assert.That(Events("Budi Hartono tiba di rumah sakit di Kotabaru, Rabu.", entities), Is.Empty);
    }

    [Test]
    public void AMeetingNounWithACliticIsTheMeetingOfTheOneTheSentenceIsAbout()
    {
        var entities = new[] { "Budi Hartono:Person", "Andi Wirawan:Person", "Singapura:Place", "Kotabaru:Place" };
        var visit = Events("Presiden Budi Hartono memberi keterangan pers pada hari kedua kunjungannya ke Singapura.", entities);
        Assert.That(visit.Select(e => e.Canonical), Does.Contain("kunjungan Budi Hartono ke Singapura"));
        var met = Events("Budi Hartono memuji pertemuannya dengan Presiden Andi Wirawan.", entities);
        Assert.That(met.Select(e => e.Canonical), Is.EqualTo(new[] { "pertemuan Budi Hartono dengan Andi Wirawan" }));
        // A meeting called off, or still to come, took place nowhere.
        Assert.That(Events("Budi Hartono membatalkan pertemuannya dengan Andi Wirawan.", entities), Is.Empty);
        Assert.That(Events("Budi Hartono akan melanjutkan kunjungannya ke Singapura.", entities), Is.Empty);
        // With nobody named before it, whose it is stays unknown.
        Assert.That(Events("Pada hari kedua kunjungannya ke Singapura, cuaca cerah.", entities), Is.Empty);
    }

    [Test]
    public void AMeetingACliticGivesItsOwnerIsTheOneOfItsKindToldWithIt()
    {
        var entities = new[] { "Budi Hartono:Person", "Andi Wirawan:Person", "Singapura:Place", "Kotabaru:Place", "Borduria:Place" };
        // Described again in the same sentence ...
        var same = Events("Presiden Budi Hartono tiba pada hari pertama kunjungannya ke Singapura, yang sekaligus merupakan kunjungan pertama Presiden Borduria.", entities);
        Assert.That(Nodes(same), Is.EqualTo(1), string.Join(" | ", same.Select(e => e.Surface)));
        // The description the writer gave names it, as for a meeting told by its verb.
        Assert.That(same[0].Canonical, Is.EqualTo("kunjungan pertama Presiden Borduria"));
        Assert.That(same, Has.Count.EqualTo(2));
        // ... or told before as the owner's.
        var before = Events("Budi Hartono melakukan kunjungan ke Kotabaru pada Senin. Dalam kunjungannya ke Kotabaru itu ia bertemu warga.", entities);
        Assert.That(Nodes(before), Is.EqualTo(1), string.Join(" | ", before.Select(e => e.Surface)));
        // Someone else's visit is another one.
        var other = Events("Andi Wirawan melakukan kunjungan ke Kotabaru pada Senin. Budi Hartono memuji kunjungannya ke Singapura.", entities);
        Assert.That(Nodes(other), Is.EqualTo(2), string.Join(" | ", other.Select(e => e.Surface)));
    }

    [Test]
    public void ACapitalisedWordAfterABracketedDateOpensTheClauseAndIsNotPartOfTheEvent()
    {
        string[] entities = ["Kotabaru:Place", "Budi Hartono:Person", "Polda Sukamaju:Organization"];
        var said = Events("Dalam konferensi pers di Kotabaru Jumat siang (11/5) Kepala Polda Sukamaju irjen Budi Hartono mengatakan pelaku sudah diamankan.", entities);
        Assert.That(said.Select(e => e.Canonical), Is.EqualTo(new[] { "konferensi pers di Kotabaru Jumat" }));
        // A lower-case word after the date goes on with the phrase.
        var placed = Events("Rapat kerja pada Senin (3/9) di Kotabaru berlangsung tertutup.", entities);
        Assert.That(placed.Select(e => e.Canonical).Single(), Does.EndWith("di Kotabaru"));
    }

    [Test]
    public void ANameRightAfterADemonstrativeStartsTheClauseAndIsNotPartOfTheEvent()
    {
        var ev = Events("Penyerangan di Pos Polisi Sukamaju terjadi dini hari. Akibat penyerangan itu Kapolsek Sukamaju terluka.",
            "Pos Polisi Sukamaju:Place", "Kapolsek Sukamaju:Person");
        Assert.That(ev.Select(e => e.Canonical).Distinct(), Is.EqualTo(new[] { "Penyerangan di Pos Polisi Sukamaju" }));
    }

    [Test]
    public void AnAttackNameStopsBeforeASpeechTag()
    {
        var ev = Events("\"Warga datang beramai-ramai dan menyerang,\" tutur Kapolres Budi Santoso.", "Budi Santoso:Person");
        Assert.That(ev.Where(e => e.Canonical!.Contains("Budi")), Is.Empty);
        var told = Events("Warga yang menyerang, lanjut Budi Santoso, lalu membakar pos jaga.", "Budi Santoso:Person");
        Assert.That(told.Where(e => e.Canonical!.Contains("Budi")), Is.Empty);
    }

    [Test]
    public void APlaceAfterDiBeforeTheVerbIsWhereNotTheAttacker()
    {
        var ev = Events("Milisi Hitam di Provinsi Timur menyerang Markas Kompi Delta.",
            "Milisi Hitam:Organization", "Provinsi Timur:Place", "Markas Kompi Delta:Place");
        Assert.That(ev.Single().Canonical, Does.Contain("Milisi Hitam").And.Not.Contain("Provinsi Timur ke"));
    }

    [Test]
    public void AKindWordBeforeTheSummitHeadLeavesTheSummitToNameItself()
    {
        var ev = Events("Ia tiba sebelum konferensi KTT ASEAN. Para menteri bertemu menjelang KTT ASEAN di Vientiane.",
            "ASEAN:Organization", "Vientiane:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
        Assert.That(ev.All(e => e.Canonical!.StartsWith("KTT")), Is.True);
    }

    [Test]
    public void AShorterNameThatOpensTheLongerIsTheSameMeeting()
    {
        var ev = Events("Menteri itu memimpin Pertemuan Pemimpin Samudra. Hasilnya dibawa ke Pertemuan Pemimpin Samudra Selatan ke-12 di Nadi.",
            "Nadi:Place");
        Assert.That(Nodes(ev), Is.EqualTo(1));
    }

    [Test]
    public void AHearingAndTheMeetingOfTheSameSidesAreOne()
    {
        var ev = Events("Rapat dengar pendapat Komisi I dengan Badan Sandi Negara digelar Senin. Rapat antara Komisi I dan BSN ditunda pukul 20.00.",
            "Komisi I:Organization", "Badan Sandi Negara=Badan Sandi Negara:Organization", "BSN=Badan Sandi Negara:Organization");
        Assert.That(Nodes(ev), Is.EqualTo(1));
    }

    [Test]
    public void AMeetingNamedAgainWithOnlyPartiesOfTheToldMeetingIsThatMeeting()
    {
        const string told = "Budi Hartono bertemu dengan Sari Dewi di Sukamaju pada Senin. Keduanya membahas jalan desa. Hasilnya dibawa ke kabupaten. ";
        string[] names = ["Budi Hartono:Person", "Sari Dewi:Person", "Sukamaju:Place", "Dodi Saputra:Person"];
        Assert.That(Nodes(Events(told + "Menurut dia, tujuannya adalah audiensi dengan Sari Dewi.", names)), Is.EqualTo(1));
        // Another party, or the same one far on in the article, is another meeting.
        Assert.That(Nodes(Events(told + "Menurut dia, tujuannya adalah audiensi dengan Dodi Saputra.", names)), Is.EqualTo(2));
        Assert.That(Nodes(Events(told + "Ia pulang. Ia makan. Ia tidur. Esoknya ada audiensi dengan Sari Dewi.", names)), Is.EqualTo(2));
    }

    [Test]
    public void AClashAndTheRiotItBecameAreOneHappening()
    {
        var ev = Events("Polisi menjaga lokasi bentrok antara pemuda Desa Sukamaju dan Desa Sukamakmur pada Senin. "
            + "Kerusuhan pemuda Desa Sukamaju itu menyebabkan dua rumah terbakar.",
            "Desa Sukamaju:Place", "Desa Sukamakmur:Place");
        Assert.That(ev.Select(e => e.Surface.Split(' ')[0].ToLowerInvariant()), Is.EquivalentTo(new[] { "bentrok", "kerusuhan" }));
        Assert.That(Nodes(ev), Is.EqualTo(1));
    }

    [Test]
    public void AHearingWithOtherSidesStaysApart()
    {
        var ev = Events("Rapat dengar pendapat Komisi I dengan Badan Sandi Negara digelar Senin. Rapat antara Komisi II dan Badan Pusat Data ditunda.",
            "Komisi I:Organization", "Komisi II:Organization", "Badan Sandi Negara:Organization", "Badan Pusat Data:Organization");
        Assert.That(Nodes(ev), Is.EqualTo(2));
    }

    [Test]
    public void TwoAttacksOnDifferentPlacesInOneArticleStayApart()
    {
        var ev = Events("Serangan di Kota Utara menewaskan dua orang. Pada hari yang sama, serangan di Kota Selatan melukai lima warga.",
            "Kota Utara:Place", "Kota Selatan:Place");
        Assert.That(Nodes(ev), Is.EqualTo(2));
    }

    [Test]
    public void ASummitWithAndWithoutItsPlaceInTwoArticlesIsOneEvent()
    {
        var recognizer = new EventRecognizer(Lexicon, new EventRegistry());
        var first = recognizer.Recognize(Build("Para pemimpin hadir dalam pertemuan puncak Forum Samudra ke-7 di Nadi.", "Forum Samudra:Organization", "Nadi:Place")).Single();
        var second = recognizer.Recognize(Build("Para menteri membahas hasil pertemuan puncak Forum Samudra ke-7 kemarin.", "Forum Samudra:Organization")).Single();
        Assert.That(second.EntityId, Is.EqualTo(first.EntityId));
    }

    [Test]
    public void TwoEditionsOfOneSummitInTwoArticlesStayApart()
    {
        var recognizer = new EventRecognizer(Lexicon, new EventRegistry());
        var first = recognizer.Recognize(Build("Para pemimpin hadir dalam pertemuan puncak Forum Samudra ke-7 kemarin.", "Forum Samudra:Organization")).Single();
        var second = recognizer.Recognize(Build("Para pemimpin hadir dalam pertemuan puncak Forum Samudra ke-8 kemarin.", "Forum Samudra:Organization")).Single();
        Assert.That(second.EntityId, Is.Not.EqualTo(first.EntityId));
        var third = recognizer.Recognize(Build("Para pemimpin hadir dalam pertemuan puncak Forum Samudra 2031 kemarin.", "Forum Samudra:Organization")).Single();
        var fourth = recognizer.Recognize(Build("Para pemimpin hadir dalam pertemuan puncak Forum Samudra 2032 kemarin.", "Forum Samudra:Organization")).Single();
        Assert.That(fourth.EntityId, Is.Not.EqualTo(third.EntityId));
    }

    [Test]
    public void TheRegistryKeepsEditionsApartAndLetsAnUnnumberedDescriptionJoin()
    {
        var registry = new EventRegistry();
        string[] forum = ["organization:forum"];
        Assert.That(registry.Resolve("summit", forum, "KTT Forum ke-7", true, "name:ke-7"), Is.EqualTo("KTT Forum ke-7"));
        Assert.That(registry.Resolve("summit", forum, "KTT Forum ke-8", true, "name:ke-8"), Is.EqualTo("KTT Forum ke-8"));
        Assert.That(registry.Resolve("summit", forum, "KTT Forum", true), Is.EqualTo("KTT Forum ke-7"));
    }
}
