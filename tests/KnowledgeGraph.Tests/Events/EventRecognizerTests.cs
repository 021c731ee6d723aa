using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Events;

public class EventRecognizerTests
{
    private static List<Mention> Events(string text, params string[] entities) =>
        new EventRecognizer(Lexicon).Recognize(Build(text, entities)).ToList();

    [Test]
    public void AQualifiedMeetingHeadToldTwiceInAnArticleIsOneHappening()
    {
        var ev = Events("Presiden Budi Santoso memulai kunjungan kenegaraan ke Manila, Senin. Dalam kunjungan kenegaraan ke Filipina itu ia membawa sepuluh menteri. "
            + "Kunjungan kenegaraan ke Filipina berlangsung tiga hari.",
            "Budi Santoso:Person", "Manila:Place", "Filipina:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AConversationBetweenMinistersIsTalksAndOneHappeningWithTheTalksToldAgain()
    {
        var ev = Events("Hal itu disampaikan Menteri Budi Santoso dalam perbincangan dengan Menteri Luar Negeri Andi Wijaya di Kotabaru, Selasa. "
            + "Pembicaraan dengan Andi Wijaya di Kotabaru itu berlangsung dua jam.",
            "Budi Santoso:Person", "Andi Wijaya:Person", "Kotabaru:Place");
        Assert.That(ev, Is.Not.Empty);
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(1));
        Assert.That(ev[0].Canonical, Does.StartWith("perbincangan"));
    }

    [Test]
    public void AFightOrDisputeBetweenVillagesIsAClashLikeOthers()
    {
        var ev = Events("Polisi menengahi pertikaian antar kelompok pemuda Desa Sukamaju dengan Desa Kotabaru. Bentrokan itu melukai dua orang.",
            "Desa Sukamaju:Place", "Desa Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Single(), Does.StartWith("pertikaian"));
        Assert.That(Events("Perkelahian warga Desa Sukamaju pecah Senin malam.", "Desa Sukamaju:Place").Select(e => e.Canonical), Is.Not.Empty);
    }

    [Test]
    public void AQualifiedMeetingHeadWithOtherPartiesIsAnotherHappening()
    {
        var ev = Events("Menlu Andi Wijaya menggelar pertemuan bilateral dengan Menlu Borduria Karl Petrov di Nusa Dua. "
            + "Ia juga menggelar pertemuan bilateral dengan Menlu Syldavia Otto Kramer di Nusa Dua.",
            "Andi Wijaya:Person", "Borduria:Place", "Karl Petrov:Person", "Syldavia:Place", "Otto Kramer:Person", "Nusa Dua:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void TheDoerAPassiveClauseNamesAfterAGroupNounNamesTheHappening()
    {
        var ev = Events("Menlu itu membahas penculikan warga Sukamaju yang dilakukan kelompok Brigade Fajar di laut.", "Brigade Fajar:Organization");
        Assert.That(ev.Single().Canonical, Is.EqualTo("penculikan warga Sukamaju yang dilakukan kelompok Brigade Fajar"));
        var by = Events("Menlu itu membahas penculikan warga Sukamaju yang dilakukan oleh kelompok Brigade Fajar.", "Brigade Fajar:Organization");
        Assert.That(by.Single().Canonical, Does.EndWith("Brigade Fajar"));
        // Told by its verb: the doer after the group noun.
        var told = Events("Pemerintah terus membebaskan Budi Hartono yang masih disandera kelompok Brigade Fajar di Sukamaju.",
            "Budi Hartono:Person", "Brigade Fajar:Organization", "Sukamaju:Place");
        Assert.That(told.Single().Canonical, Does.Contain("Brigade Fajar").And.Contain("Budi Hartono"));
        // A word that is no group noun is no way to the doer.
        Assert.That(Events("Menlu itu membahas penculikan warga Sukamaju yang dilakukan pekan lalu oleh Brigade Fajar.", "Brigade Fajar:Organization")
            .Select(e => e.Canonical), Has.None.Contains("Brigade Fajar"));
    }

    [Test]
    public void AnEnglishNameEndsWithItsHeadAndTheCapitalisedWordsBeforeItNameTheHappening()
    {
        var ev = Events("Borduria Leaders' Meeting digelar di Kotabaru pada Sabtu.", "Borduria:Place", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Borduria Leaders' Meeting"));
        var year = Events("Kemarin Budi Hartono hadir di Borduria-Syldavia Business Reception 2025 di Kotabaru.",
            "Budi Hartono:Person", "Borduria:Place", "Syldavia:Place", "Kotabaru:Place");
        Assert.That(year.Single().Canonical, Is.EqualTo("Borduria-Syldavia Business Reception 2025"));
        // The sentence's first word is capitalised whatever it is; a head said alone is named as before.
        Assert.That(Events("Meeting itu digelar di Kotabaru.", "Kotabaru:Place").Select(e => e.Canonical), Has.None.StartsWith("Meeting itu"));
        Assert.That(Events("Pada Forum digelar diskusi.", "Kotabaru:Place").Select(e => e.Canonical), Has.None.StartsWith("Pada"));
    }

    [Test]
    public void ANamedOperationIsAHappening()
    {
        var ev = Events("Polisi menggelar Operasi Lembah Damai di Kotabaru sejak Senin.", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.StartWith("Operasi Lembah Damai"));
        // An operation nothing picks out is no happening of the graph.
        Assert.That(Events("Dokter melakukan operasi pada pasien itu kemarin."), Is.Empty);
    }

    [Test]
    public void ShortFormsInBracketsOpenNoClauseAroundAnAttackVerb()
    {
        // The victims' short form and the doer's, told after a description of the group, in brackets.
        var ev = Events("Dua prajurit Pasukan Sukamaju (PS) gugur diserang kelompok separatis bersenjata (BF) di Kotabaru, Senin.",
            "Pasukan Sukamaju:Organization", "BF:Organization", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan BF ke Pasukan Sukamaju di Kotabaru"));
        // A comma after the bracket still ends the clause: the place told after it is not where the attack fell.
        var cut = Events("Dua prajurit Pasukan Sukamaju gugur diserang kelompok separatis bersenjata (BF), di Kotabaru warga berduka.",
            "Pasukan Sukamaju:Organization", "BF:Organization", "Kotabaru:Place");
        Assert.That(cut.Single().Canonical, Is.EqualTo("serangan BF ke Pasukan Sukamaju"));
    }

    [Test]
    public void WhatAnAttackerSetsOffIsNoTargetOfTheBombing()
    {
        var ev = Events("Menurut polisi, pada pagi itu Budi Hartono meledakkan diri di Pasar Sukamaju.", "Budi Hartono:Person", "Pasar Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pengeboman Budi Hartono di Pasar Sukamaju"));
        var bomb = Events("Menurut polisi, anggota Brigade Fajar meledakkan sebuah bom di Pasar Sukamaju.", "Brigade Fajar:Organization", "Pasar Sukamaju:Place");
        Assert.That(bomb.Single().Canonical, Is.EqualTo("pengeboman Brigade Fajar di Pasar Sukamaju"));
    }

    [Test]
    public void AHappeningToldByItsVerbIsPlacedAtAPlaceOfSeveralWords()
    {
        var ev = Events("Menurut polisi, pada pagi itu Brigade Fajar membakar gudang logistik di Pasar Sukamaju.",
            "Brigade Fajar:Organization", "Pasar Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Does.EndWith("di Pasar Sukamaju"));
    }

    [Test]
    public void ATitleWithItsShortFormAndHonorificsLeadsToItsHolder()
    {
        // "(Mendagri)" and "Prof. H." inside the visitor's title still lead to the visitor, and the name leaves them out.
        var ev = Events("Kedatangan Menteri Dalam Negeri (Mendagri) Syldavia Prof. H. Budi Hartono disambut Gubernur Andi Wirawan di Bandara Sukamaju.",
            "Syldavia:Place", "Budi Hartono:Person", "Andi Wirawan:Person", "Bandara Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Kedatangan Menteri Dalam Negeri Syldavia Budi Hartono"));
    }

    [Test]
    public void AnArrivalIsAVisitToWhereTheVisitorCame()
    {
        var ev = Events("Warga menyambut kedatangan Budi Hartono ke Sukamaju pada Senin pagi.", "Budi Hartono:Person", "Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("kedatangan Budi Hartono ke Sukamaju"));
        // A visit told again as an arrival is the same visit.
        var both = Events("Budi Hartono melakukan kunjungan kerja ke Sukamaju pada Senin. Kedatangan Budi Hartono ke Sukamaju disambut warga.",
            "Budi Hartono:Person", "Sukamaju:Place");
        Assert.That(both.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void APlaceSetOffByACommaAfterAMeetingIsWhereItWas()
    {
        string[] names = ["Sari Dewi:Person", "Balai Sukamaju:Place"];
        var ev = Events("Mereka lalu menggelar rapat tertutup dengan Sari Dewi, di Balai Sukamaju.", names);
        Assert.That(ev.Single().Canonical, Does.EndWith("di Balai Sukamaju"));
        // Another clause after the comma is not the meeting's.
        var other = Events("Mereka lalu menggelar rapat tertutup dengan Sari Dewi, kemudian makan di Balai Sukamaju.", names);
        Assert.That(other.Single().Canonical, Does.Not.Contain("Balai Sukamaju"));
    }

    [Test]
    public void AVerticalBarEndsAHappeningsName()
    {
        // News pages set a headline apart from its date or section with a bar.
        var ev = Events("Pertemuan di Kotabaru | 31 Maret 2022 berlangsung tertutup.", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Pertemuan di Kotabaru"));
    }

    [Test]
    public void AMeetingToldAsWhatCameBeforeIsTheVisitJustTold()
    {
        string[] names = ["Budi Hartono:Person", "Dewan Adat Sukamaju:Organization", "Istana Lembah:Place", "Sari Dewi:Person", "Andi Wirawan:Person"];
        var visit = "Presiden Budi Hartono menerima kunjungan Dewan Adat Sukamaju di Istana Lembah, Kamis. ";
        var ev = Events(visit + "Usai pertemuan dengan Budi Hartono, Ketua Dewan Adat Sukamaju Sari Dewi menjelaskan rencana kongres.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // Named with someone the visit did not involve, it is another meeting.
        var other = Events(visit + "Usai pertemuan dengan Andi Wirawan, Sari Dewi menjelaskan rencana kongres.", names);
        Assert.That(other.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
        // Told sentences later, it is another meeting too.
        var later = Events(visit + "Kongres digelar pekan depan. Dewan menyiapkan tiga agenda. "
            + "Usai pertemuan dengan Budi Hartono, Sari Dewi menjelaskan rencana kongres.", names);
        Assert.That(later.Where(e => e.Canonical!.StartsWith("pertemuan") || e.Canonical!.StartsWith("kunjungan")).Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AVisitToldAgainAsComingFromTheGuestsOfficeIsTheSameVisit()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Dewan Negara Syldavia:Organization", "Kotabaru:Place"];
        var ev = Events("Wali Kota Budi Hartono menerima kunjungan kehormatan Wakil Ketua Dewan Negara Syldavia Andi Wirawan di Kotabaru. "
            + "Budi Hartono berterima kasih atas kunjungan kehormatan dari Wakil Ketua Dewan Negara Syldavia, Andi Wirawan.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // Another office's visit is another visit.
        var other = Events("Wali Kota Budi Hartono menerima kunjungan kehormatan Wakil Ketua Dewan Negara Syldavia Andi Wirawan di Kotabaru. "
            + "Sehari kemudian ia menerima kunjungan kehormatan dari Ketua Dewan Negara Syldavia.", names);
        Assert.That(other.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AMeetingOfTwoGovernmentsPointedBackIsTheVisitJustTold()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Syldavia:Place", "Pemerintah Kota Kotabaru:Organization", "Kantor Wali Kota Kotabaru:Place"];
        var visit = "Wali Kota Budi Hartono menerima kunjungan Menteri Luar Negeri Syldavia Andi Wirawan di Kantor Wali Kota Kotabaru, Kamis. ";
        var ev = Events(visit + "Ia berharap pertemuan antara Pemerintah Kota Kotabaru dan Pemerintah Syldavia ini membuka kerja sama.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(ev[1].Surface, Does.EndWith("Pemerintah Syldavia"));
        // Without the demonstrative it is a meeting of its own.
        var own = Events(visit + "Pekan depan digelar pertemuan antara Pemerintah Kota Kotabaru dan Pemerintah Syldavia di Syldavia.", names);
        Assert.That(own.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AnArrestToldAgainWhereItTookPlaceIsTheSameArrest()
    {
        string[] names = ["Pulau Lembah:Place", "Kotabaru:Place", "Sukamaju:Place", "Tim Elang:Organization", "Tim Garuda:Organization"];
        var ev = Events("Polisi melakukan penangkapan terduga pencuri di Pulau Lembah Kabupaten Kotabaru pada Senin. "
            + "Menurut warga, penangkapan di Pulau Lembah oleh Tim Elang berlangsung cepat.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // Elsewhere, or by other named parties, it is another arrest.
        var elsewhere = Events("Polisi melakukan penangkapan terduga pencuri di Pulau Lembah Kabupaten Kotabaru pada Senin. "
            + "Sehari kemudian, penangkapan di Sukamaju oleh Tim Elang berlangsung cepat.", names);
        Assert.That(elsewhere.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
        var others = Events("Penangkapan di Pulau Lembah oleh Tim Garuda berlangsung Senin. "
            + "Menurut warga, penangkapan di Pulau Lembah oleh Tim Elang berlangsung cepat.", names);
        Assert.That(others.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void TheSamePartiesMeetingToldWithTwoWordsIsOneMeeting()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Sari Dewi:Person"];
        var ev = Events("Kunjungan Budi Hartono dan Andi Wirawan berlangsung tertutup. Pertemuan Budi Hartono dan Andi Wirawan membahas koalisi.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // With another party it is another meeting.
        var other = Events("Kunjungan Budi Hartono dan Andi Wirawan berlangsung tertutup. Pertemuan Budi Hartono dan Sari Dewi membahas koalisi.", names);
        Assert.That(other.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AMeetingNamedWithATitlesBodyStillMeetsItsPartiesToldWithAnotherWord()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Partai Lembah:Organization"];
        var ev = Events("Budi Hartono menggelar pertemuan dengan Ketua Umum Partai Lembah Andi Wirawan. Pertemuan Andi Wirawan dan Budi Hartono berlangsung lama. "
                        + "Kunjungan Budi Hartono dan Andi Wirawan membahas koalisi. Kedatangan Budi Hartono itu atas undangan Andi Wirawan.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
    }

    [Test]
    public void AMeetingWithATitlesHolderToldByTheTitleAloneIsTheMeetingThatNamedHim()
    {
        string[] names = ["Polda Sukamaju:Organization", "Budi Hartono:Person", "Komisi Lembah:Organization", "Andi Wirawan:Person"];
        var ev = Events("Kepala Polda Sukamaju, Irjen Pol Budi Hartono menghadiri rapat dengan Komisi Lembah di Kotabaru. "
                        + "Ketua Komisi Lembah Andi Wirawan mengatakan pihaknya menggelar rapat dengar pendapat dengan Kepala Polda Sukamaju.", names);
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
        // A body the article names two people after holds no one in particular.
        var two = Events("Kepala Polda Sukamaju, Irjen Pol Budi Hartono menghadiri rapat dengan Komisi Lembah di Kotabaru. "
                         + "Kepala Polda Sukamaju Andi Wirawan pernah menggelar rapat dengar pendapat dengan Kepala Polda Sukamaju.", names);
        Assert.That(two.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2), string.Join(" | ", two.Select(e => e.Canonical)));
    }

    [Test]
    public void ThePlaceTheSubjectCameToDoesNotHoldTheMeeting()
    {
        var ev = Events("Presiden Budi Hartono tiba di Syldavia untuk melakukan pertemuan dengan Perdana Menteri Andi Wirawan.",
            "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Budi Hartono dengan Andi Wirawan"));
    }

    [Test]
    public void TheGuestAMeetingIsHeldInHonourOfIsInItsPhrase()
    {
        var ev = Events("Para menteri diundang pada acara jamuan makan siang untuk menghormati Presiden Syldavia Andi Wirawan di Istana Lembah.",
            "Syldavia:Place", "Andi Wirawan:Person", "Istana Lembah:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("jamuan makan siang untuk Presiden Syldavia Andi Wirawan di Istana Lembah"));
        // A purpose clause of another verb is no part of it.
        ev = Events("Para menteri diundang pada acara jamuan makan siang untuk membahas anggaran di Istana Lembah.", "Istana Lembah:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("untuk"));
    }

    [Test]
    public void AnHonorificsPeriodBeforeAPersonDoesNotEndTheHappeningsName()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Balai Sukamaju:Place"];
        var ev = Events("Budi Hartono menerima kunjungan kehormatan Perdana Menteri Syldavia Mr. Andi Wirawan di Balai Sukamaju.", names);
        Assert.That(ev.Single().Canonical, Does.Contain("Andi Wirawan").And.EndWith("di Balai Sukamaju"));
        // A period that no name follows still ends it.
        var ended = Events("Budi Hartono menerima kunjungan kehormatan Perdana Menteri Syldavia Mr. Besok ia ke Balai Sukamaju.", names);
        Assert.That(ended.Select(e => e.Canonical), Has.None.Contains("Balai Sukamaju"));
    }

    [Test]
    public void AMeetingHeldOnTheSidelinesIsNamedByWhoHeldIt()
    {
        string[] names = ["Budi Hartono:Person", "Andi Wirawan:Person", "Forum Samudra:Organization"];
        var ev = Events("Budi Hartono dan Andi Wirawan mengadakan pertemuan bilateral di sela-sela pelaksanaan Konferensi Tingkat Tinggi ke-3 Forum Samudra, Selasa.", names);
        Assert.That(ev.Select(e => e.Canonical), Does.Contain("pertemuan bilateral Budi Hartono dan Andi Wirawan"));
        // Written as one word, as reporters often do.
        var joined = Events("Budi Hartono dan Andi Wirawan mengadakan pertemuan bilateral disela-sela pelaksanaan Konferensi Tingkat Tinggi ke-3 Forum Samudra, Selasa.", names);
        Assert.That(joined.Select(e => e.Canonical), Does.Contain("pertemuan bilateral Budi Hartono dan Andi Wirawan"));
        // One party alone picks out no meeting.
        var alone = Events("Budi Hartono mengadakan pertemuan bilateral di sela-sela pelaksanaan Konferensi Tingkat Tinggi ke-3 Forum Samudra, Selasa.", names);
        Assert.That(alone.Select(e => e.Canonical), Has.None.StartsWith("pertemuan bilateral"));
    }

    [Test]
    public void ABombThatExplodedSomewhereIsABombing()
    {
        Assert.That(Events("Sebuah bom mobil meledak di Sukamaju pada Selasa.", "Sukamaju:Place").Single().Canonical, Is.EqualTo("bom mobil di Sukamaju"));
        // A bomb found, or one that did not go off, is the weapon.
        Assert.That(Events("Polisi menemukan bom rakitan di rumah Budi Hartono di Sukamaju.", "Budi Hartono:Person", "Sukamaju:Place"), Is.Empty);
    }

    [Test]
    public void TheTollBetweenAnAttackAndItsPlaceIsNoPartOfItsName()
    {
        var ev = Events("Kelompok Merah mengaku bertanggung jawab atas pemboman bunuh diri yang menewaskan sedikitnya lima warga dan melukai belasan lainnya di Sukamaju.",
            "Kelompok Merah:Organization", "Sukamaju:Place");
        Assert.That(ev.Select(e => e.Canonical), Does.Contain("pemboman bunuh diri di Sukamaju"));
        ev = Events("Pemboman yang menewaskan lima warga itu terjadi di Sukamaju.", "Sukamaju:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("menewaskan"));
    }

    [Test]
    public void NeitherTheDatelineNorACountryInATitleHeldTheMeeting()
    {
        var ev = Events("Sukamaju - Menlu Budi Hartono dan Menlu Borduria Pak Andi Wirawan mengadakan pertemuan bilateral di sela-sela Konferensi Forum Samudra, Selasa.",
            "Sukamaju:Place", "Budi Hartono:Person", "Borduria:Place", "Andi Wirawan:Person", "Forum Samudra:Organization");
        Assert.That(ev.Select(e => e.Canonical), Has.Some.StartsWith("pertemuan bilateral Budi Hartono dan Andi Wirawan"));
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Sukamaju").And.None.Contains("Borduria"));
    }

    [Test]
    public void AnAgreementMediatedBySomeoneIsNamedWithThem()
    {
        var ev = Events("Pada Juli tercapai perjanjian damai yang dimediasi Presiden Sukamaju Budi Hartono.",
            "Sukamaju:Place", "Budi Hartono:Person");
        Assert.That(ev.Single().Canonical, Does.StartWith("perjanjian damai yang dimediasi").And.EndWith("Budi Hartono"));
    }

    [Test]
    public void AmidCircumstancesIsNoPlaceOfTheEvent()
    {
        var ev = Events("Pertemuan itu berlangsung di tengah rencana perombakan Dewan Kota.", "Dewan Kota:Organization");
        Assert.That(ev, Is.Empty);
        var placed = Events("Rapat kerja digelar di tengah Sukamaju pada Senin.", "Sukamaju:Place");
        Assert.That(placed.Single().Canonical, Does.Contain("Sukamaju"));
    }

    [Test]
    public void ADateSetOffByCommasAfterTheDayDoesNotEndTheEvent()
    {
        var ev = Events("Ia memimpin rapat kerja pada Senin, 5 September 2016, di Gedung Lembah, Sukamaju.", "Gedung Lembah:Place", "Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Does.Contain("di Gedung Lembah"));
        // Without the place after it the date is no part of the event's name either.
        var bare = Events("Ia memimpin rapat kerja pada Senin, 5 September 2016, bersama warga Sukamaju.", "Sukamaju:Place");
        Assert.That(bare.Select(e => e.Canonical), Has.None.Contains("September"));
    }

    [Test]
    public void TriggerWithPlaceAnchorIsAnEvent()
    {
        var ev = Events("Pertemuan G7 di Hiroshima berlangsung tiga hari.", "G7:Organization", "Hiroshima:Place");
        Assert.That(ev.Select(e => e.Surface), Is.EqualTo(new[] { "Pertemuan G7 di Hiroshima" }));
        Assert.That(ev[0].Type, Is.EqualTo(NodeType.Event));
        Assert.That(ev[0].EntityId, Is.EqualTo(NodeId.For(NodeType.Event, ev[0].Canonical!)));
    }

    [Test]
    public void TheirMeetingGoesOnToItsPlaceAndIsNamedWithoutThePronoun()
    {
        var ev = Events("Kedua presiden mengadakan pertemuan puncak pertama mereka di Oslo, Norwegia.", "Oslo:Place", "Norwegia:Place");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "pertemuan puncak pertama di Oslo" }));
        // A time after the pronoun does not carry the phrase on: "mereka pada hari Sabtu" is no name.
        Assert.That(Events("Kedua presiden mengadakan pertemuan kedua mereka pada hari Sabtu.", "Oslo:Place"), Is.Empty);
    }

    [Test]
    public void GenericTriggerWithoutAnchorIsNotAnEvent()
    {
        Assert.That(Events("Serangan itu mengejutkan warga. Perang belum usai.", "Kabul:Place"), Is.Empty);
    }

    [Test]
    public void TimeAnchorsAnEventThatHasNoOtherAnchor()
    {
        var ev = Events("Ia berbicara dalam konferensi pers pada hari Selasa.");
        Assert.That(ev.Select(e => e.Surface), Is.EqualTo(new[] { "konferensi pers pada hari Selasa" }));
    }

    [Test]
    public void QuotedProperNameBecomesTheCanonicalName()
    {
        var ev = Events("Latihan gabungan ‘Garuda Shield’ dimulai pekan depan.");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Garuda Shield"));
    }

    [Test]
    public void HedgedTriggerIsNotAnEvent()
    {
        Assert.That(Events("Risiko serangan nuklir terhadap Ukraina kecil.", "Ukraina:Place"), Is.Empty);
    }

    [Test]
    public void PlacingVerbIsLeftOutOfTheName()
    {
        var ev = Events("Ledakan yang terjadi di Beirut menewaskan ratusan orang.", "Beirut:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Ledakan di Beirut"));
    }

    [Test]
    public void ShorterAndLongerDescriptionsOfOneEventShareAnId()
    {
        var ev = Events("Invasi Amerika Serikat ke Irak dimulai 2003. Sejak invasi Amerika Serikat itu, banyak warga mengungsi.",
            "Amerika Serikat:Place", "Irak:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void SameEventInALaterArticleGetsTheSameCanonicalName()
    {
        var recognizer = new EventRecognizer(Lexicon, new EventRegistry());
        var first = recognizer.Recognize(Build("Invasi Rusia ke Ukraina berlanjut.", "Rusia:Place", "Ukraina:Place")).Single();
        var second = recognizer.Recognize(Build("Sejak invasi Rusia, harga gandum naik.", "Rusia:Place")).Single();
        Assert.That(second.EntityId, Is.EqualTo(first.EntityId));
    }

    [Test]
    public void BracketedShortFormAndOrdinalStayInTheName()
    {
        var ev = Events("Para pemimpin hadir dalam Konferensi Tingkat Tinggi (KTT) ke-45 ASEAN di Vientiane.",
            "ASEAN:Organization", "Vientiane:Place");
        Assert.That(ev.Single().Surface, Is.EqualTo("Konferensi Tingkat Tinggi (KTT) ke-45 ASEAN di Vientiane"));
    }

    [Test]
    public void WarNeedsAnEntityAnchorAndIsOnePerArticle()
    {
        Assert.That(Events("Sejak awal perang pada 24 Februari, harga naik."), Is.Empty);
        var ev = Events("Konflik Israel-Hamas memanas. Serangan terjadi saat perang di Gaza berlanjut.",
            "Israel:Place", "Hamas:Organization", "Gaza:Place");
        Assert.That(ev.Select(e => e.Surface), Is.EqualTo(new[] { "Konflik Israel-Hamas", "perang di Gaza" }));
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void EventFoundByAnotherRecognizerIsNotFoundTwice()
    {
        var doc = Build("KTT G20 di Bali dibuka hari ini. Pertemuan ASEAN di Jakarta menyusul.",
            "KTT G20 di Bali:Event", "ASEAN:Organization", "Jakarta:Place");
        var found = new EventRecognizer(Lexicon).Recognize(doc).ToList();
        Assert.That(found.Select(e => e.Surface), Is.EqualTo(new[] { "Pertemuan ASEAN di Jakarta" }));
    }

    [Test]
    public void PlacingClauseWithAuxiliaryAndBracketedDate()
    {
        var ev = Events("Upacara besar yang akan digelar pada Senin (17/8) di Istana Merdeka dinanti warga. Acara ini disiarkan langsung.",
            "Istana Merdeka:Place");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(ev[0].Canonical, Is.EqualTo("Upacara besar pada Senin di Istana Merdeka"));
        Assert.That(ev[1].EntityId, Is.EqualTo(ev[0].EntityId));
    }

    [Test]
    public void A_visit_by_a_minister_is_named_with_the_title_whose_words_look_like_verbs()
    {
        foreach (var title in new[] { "Menteri Pertahanan", "Menteri Luar Negeri" })
        {
            var ev = Events($"Budi Hartono menerima kunjungan {title} Syldavia Andi Wirawan di Kotabaru.",
                "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Kotabaru:Place");
            Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { $"kunjungan {title} Syldavia Andi Wirawan di Kotabaru" }), title);
        }
    }

    [Test]
    public void Press_conferences_in_two_buildings_of_one_town_are_two_happenings()
    {
        var ev = Events("\"Kami sudah bergerak,\" kata Presiden Budi Hartono dalam jumpa pers di Istana Lembah, Kotabaru Pusat, Rabu. "
            + "\"Korban 20 orang,\" kata Andi Wirawan saat jumpa pers di Istana Sukamaju, Jalan Merdeka, Kotabaru, Rabu.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Kotabaru Pusat:Place", "Andi Wirawan:Person", "Istana Sukamaju:Place", "Jalan Merdeka:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(2));
        // Told again in the building it sat in, it is the same one.
        ev = Events("\"Kami sudah bergerak,\" kata Presiden Budi Hartono dalam jumpa pers di Istana Lembah, Kotabaru, Rabu. "
            + "Jumpa pers Budi Hartono di Istana Lembah itu berlangsung singkat.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_dateline_is_no_party_of_a_happening_told_by_a_verb()
    {
        var ev = Events("KOTABARU - Para pekerja dibunuh di Lembah pada Sabtu.", "KOTABARU=Kotabaru:Place", "Lembah:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Kotabaru"));
    }

    [Test]
    public void Talks_brought_about_by_a_mediator_named_after_oleh_are_placed_where_they_sat()
    {
        var ev = Events("Syldavia dan Borduria sepakat berdamai dalam perundingan yang dimediasi oleh Lembah di Kotabaru.",
            "Syldavia:Place", "Borduria:Place", "Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "perundingan yang dimediasi oleh Lembah di Kotabaru" }));
    }

    [Test]
    public void A_meeting_in_a_capital_named_after_its_region_is_named_by_the_capital()
    {
        var ev = Events("Polri dan Kepolisian Lembah menggelar pertemuan bilateral di ibu kota negara bagian Sukamaju Barat, Kotabaru, Senin (9/4).",
            "Polri:Organization", "Kepolisian Lembah:Organization", "Sukamaju Barat:Place", "Kotabaru:Place");
        var name = ev.Select(e => e.Canonical).Distinct().Single();
        Assert.That(name, Does.EndWith(" di Kotabaru"));
        Assert.That(name, Does.Not.Contain("Sukamaju Barat").And.Not.Contain("ibu kota"));
    }
}

public class EventIdentityTests
{
    private static List<Mention> Events(string text, params string[] entities) =>
        new EventRecognizer(Lexicon).Recognize(Build(text, entities)).ToList();

    [Test]
    public void AttacksToldWithDifferentHeadsAtOnePlaceAreOneEvent()
    {
        var ev = Events("Ledakan kembar di Pasar Mosul menewaskan lima orang. Polisi menyebut serangan di Mosul direncanakan lama.",
            "Pasar Mosul:Place", "Mosul:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void AMassacreOfThoseAShootingHitIsThatShooting()
    {
        // A massacre is an attack, so it is told with the shooting of the same workers and the doer it adds.
        var ev = Events("Brigade Fajar mengaku bertanggung jawab atas penembakan pekerja PT Sinar Jaya. Aparat menguasai lokasi pembantaian puluhan pekerja PT Sinar Jaya oleh Brigade Fajar.",
            "Brigade Fajar:Organization", "PT Sinar Jaya:Organization", "PT Sinar Jaya:Organization", "Brigade Fajar:Organization");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void AnAttackToldOnlyByItsDayIsTheAttackToldBefore()
    {
        var ev = Events("Ledakan di Mosul menewaskan lima orang. Serangan pada hari Kamis mengejutkan warga.", "Mosul:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void ADescriptionPointingBackIsAMentionButNotANameOfTheEvent()
    {
        var doc = Build("Ledakan di Mosul menewaskan lima orang. Serangan pada hari Kamis mengejutkan warga.", "Mosul:Place");
        var ev = new EventRecognizer(Lexicon).Recognize(doc).ToList();
        Assert.That(ev.Select(e => e.Recognizer), Is.EqualTo(new[] { EventRecognizer.RecognizerName, EventRecognizer.ReferenceRecognizerName }));
        doc.Mentions.AddRange(ev);
        var graph = new EntityGraph();
        GraphBuilder.Add(graph, doc);
        var node = graph.FindNode(ev[0].EntityId!)!;
        Assert.That(node.Mentions, Is.EqualTo(2));
        Assert.That(node.Aliases, Does.Not.Contain("Serangan pada hari Kamis"));
    }

    [Test]
    public void AggressionAgainstATargetAnAttackCoversIsThatAttack()
    {
        var ev = Events("Serangan Amerika Serikat di Yaman menewaskan lima orang. Juru bicara itu menyebut Amerika Serikat melancarkan agresi brutal terhadap Yaman.",
            "Amerika Serikat:Place", "Yaman:Place", "Amerika Serikat:Place", "Yaman:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void AggressionElsewhereStaysApartFromTheAttack()
    {
        var ev = Events("Serangan Amerika Serikat di Yaman menewaskan lima orang. Juru bicara itu mengecam agresi terhadap Gaza.",
            "Amerika Serikat:Place", "Yaman:Place", "Gaza:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AStrikeTranslatedAsPemogokanIsTheAttackItsAnchorsName()
    {
        var ev = Events("Serangan Amerika Serikat terhadap Suriah menghancurkan pangkalan itu. Teheran mengecam pemogokan Amerika Serikat.",
            "Amerika Serikat:Place", "Suriah:Place", "Teheran:Place", "Amerika Serikat:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void AttacksOnDifferentPlacesStayTwoEvents()
    {
        var ev = Events("Serangan roket di Mosul menewaskan lima orang. Ledakan di Basra melukai dua warga.", "Mosul:Place", "Basra:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AnAttackWithOneAnchorIsNotLinedUpWithAnotherArticlesAttackButASummitIs()
    {
        var recognizer = new EventRecognizer(Lexicon, new EventRegistry());
        var strike = recognizer.Recognize(Build("Serangan Amerika Serikat ke Irak menewaskan 20 orang.", "Amerika Serikat:Place", "Irak:Place")).Single();
        var other = recognizer.Recognize(Build("Serangan Amerika Serikat menewaskan tiga orang.", "Amerika Serikat:Place")).Single();
        Assert.That(other.EntityId, Is.Not.EqualTo(strike.EntityId));

        var summit = recognizer.Recognize(Build("KTT ASEAN di Jakarta dibuka.", "ASEAN:Organization", "Jakarta:Place")).Single();
        var again = recognizer.Recognize(Build("Hasil KTT ASEAN diumumkan.", "ASEAN:Organization")).Single();
        Assert.That(again.EntityId, Is.EqualTo(summit.EntityId));
    }

    [Test]
    public void MeetingToldByItsVerbIsNamedFromItsPartiesAndPlace()
    {
        var ev = Events("Joko Widodo bertemu dengan Anthony Albanese di Canberra.", "Joko Widodo:Person", "Anthony Albanese:Person", "Canberra:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Joko Widodo dan Anthony Albanese di Canberra"));
    }

    [Test]
    public void MeetingVerbNamesTheCanonicalPartiesWithoutTitles()
    {
        var ev = Events("Menlu Retno bertemu Menteri Luar Negeri China Wang Yi pada Selasa.",
            "Retno=Retno Marsudi:Person", "China:Place", "Wang Yi:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Retno Marsudi dan Wang Yi"));
    }

    [TestCase("Joko Widodo, Senin (3/5), bertemu dengan Anthony Albanese di Canberra.")]
    [TestCase("Joko Widodo, Jumat pagi, bertemu dengan Anthony Albanese di Canberra.")]
    [TestCase("Joko Widodo, bertemu dengan Anthony Albanese di Canberra.")]
    [TestCase("Joko Widodo, Senin (3/5) bertemu dengan Anthony Albanese di Canberra.")]
    public void A_time_set_off_between_the_subject_and_its_meeting_verb_keeps_the_subject(string text)
    {
        var ev = Events(text, "Joko Widodo:Person", "Anthony Albanese:Person", "Canberra:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Joko Widodo dan Anthony Albanese di Canberra"));
    }

    [TestCase("Saat bertemu Perdana Menteri (PM) Australia Anthony Albanese di Canberra, Presiden Joko Widodo menegaskan hal itu.")]
    [TestCase("Usai bertemu Anthony Albanese di Canberra, Joko Widodo mengatakan hubungan kedua negara baik.")]
    public void A_meeting_clause_set_before_its_subject_is_the_main_clauses_subjects_meeting(string text)
    {
        var ev = Events(text, "Australia:Place", "Anthony Albanese:Person", "Canberra:Place", "Joko Widodo:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Joko Widodo dan Anthony Albanese di Canberra"));
    }

    [Test]
    public void An_attack_its_doer_launched_at_a_target_told_with_nouns_only_is_named_by_the_doer()
    {
        var ev = Events("Brigade Zorgan melancarkan serangan udara terhadap gudang senjata. Warga mengungsi.", "Brigade Zorgan:Organization");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan udara Brigade Zorgan terhadap gudang senjata"));
        // Without a target, or with the head closing the text, there is nothing to pick it out.
        Assert.That(Events("Brigade Zorgan melancarkan serangan.", "Brigade Zorgan:Organization"), Is.Empty);
        Assert.That(Events("Brigade Zorgan melancarkan serangan", "Brigade Zorgan:Organization"), Is.Empty);
        Assert.That(Events("Brigade Zorgan melancarkan serangan artileri", "Brigade Zorgan:Organization"), Is.Empty);
        // A target that goes on into a name is told by the phrase itself.
        Assert.That(Events("Brigade Zorgan melancarkan serangan ke sebuah pos di Kotabaru.", "Brigade Zorgan:Organization", "Kotabaru:Place").Single().Canonical,
            Does.Contain("Kotabaru"));
    }

    [Test]
    public void Who_was_present_at_a_meeting_pointed_back_to_is_no_part_of_its_name()
    {
        var ev = Events("Rapat koordinasi digelar di Kotabaru, Senin. Dalam pertemuan tersebut hadir langsung Gubernur Sukamaju Budi Hartono.",
            "Kotabaru:Place", "Sukamaju:Place", "Budi Hartono:Person");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Budi Hartono"));
        Assert.That(ev.Select(e => e.Canonical).Distinct(), Is.EqualTo(new[] { "Rapat koordinasi di Kotabaru" }));
    }

    [Test]
    public void A_meeting_clause_set_before_a_main_clause_that_opens_with_no_one_names_no_meeting() =>
        Assert.That(Events("Saat bertemu Anthony Albanese, suasana hangat terasa.", "Anthony Albanese:Person"), Is.Empty);

    [Test]
    public void A_phrase_set_off_before_a_meeting_verb_that_is_no_time_leaves_no_subject()
    {
        var ev = Events("Joko Widodo, yang baru tiba, bertemu dengan Anthony Albanese di Canberra.", "Joko Widodo:Person", "Anthony Albanese:Person", "Canberra:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Joko Widodo"));
    }

    [Test]
    public void VisitVerbIsNamedWithTheDestination()
    {
        Assert.That(Events("Anthony Albanese mengunjungi Indonesia pekan lalu.", "Anthony Albanese:Person", "Indonesia:Place").Single().Canonical,
            Is.EqualTo("kunjungan Anthony Albanese ke Indonesia"));
        Assert.That(Events("Xi Jinping juga berkunjung ke Vietnam.", "Xi Jinping:Person", "Vietnam:Place").Single().Canonical,
            Is.EqualTo("kunjungan Xi Jinping ke Vietnam"));
    }

    [Test]
    public void AVisitIsNamedForWhomTheOthersCameWith()
    {
        Assert.That(Events("Budi Hartono bersama Panglima TNI Andi Wirawan mengunjungi Kotabaru.",
                "Budi Hartono:Person", "TNI:Organization", "Andi Wirawan:Person", "Kotabaru:Place").Single().Canonical,
            Is.EqualTo("kunjungan Budi Hartono ke Kotabaru"));
        Assert.That(Events("Budi Hartono didampingi Andi Wirawan berkunjung ke Kotabaru.",
                "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place").Single().Canonical,
            Is.EqualTo("kunjungan Budi Hartono ke Kotabaru"));
        // A subject after a comma came with no one.
        Assert.That(Events("Dalam kunjungan bersama, Andi Wirawan berkunjung ke Kotabaru.",
                "Andi Wirawan:Person", "Kotabaru:Place").Select(e => e.Canonical), Does.Contain("kunjungan Andi Wirawan ke Kotabaru"));
    }

    [Test]
    public void AnAttackVerbsDoerMayHaveTheirAgeSetOff()
    {
        foreach (var text in new[] { "Budi Hartono (18) menyerang pos polisi di Kotabaru.", "Budi Hartono, 18 tahun, menyerang pos polisi di Kotabaru." })
            Assert.That(Events(text, "Budi Hartono:Person", "Kotabaru:Place").Select(e => e.Canonical), Has.Some.StartWith("serangan"), text);
        var both = Events("Budi Hartono, 18 tahun dan Andi Wirawan, 16 tahun, meledakkan diri di Gereja Sukamaju.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Gereja Sukamaju:Place").Single().Canonical;
        Assert.That(both, Does.Contain("Budi Hartono").And.Contain("Andi Wirawan"));
    }

    [Test]
    public void AMeetingAtSomeonesHomeIsPlacedWhereTheHomeIsNotInTheCountryOfTheirTitle()
    {
        foreach (var title in new[] { "Presiden Borduria", "Presiden ke-lima Borduria" })
            Assert.That(Events($"Budi Hartono menemui Andi Wirawan di kediaman {title} itu, di Jalan Melati, Kotabaru.",
                    "Budi Hartono:Person", "Andi Wirawan:Person", "Borduria:Place", "Jalan Melati:Place", "Kotabaru:Place").Single().Canonical,
                Is.EqualTo("pertemuan Budi Hartono dan Andi Wirawan di Jalan Melati"), title);
    }

    [Test]
    public void MeetingVerbWithoutASecondPartyOrPlaceIsNoEvent()
    {
        Assert.That(Events("Wang Yi bertemu, lalu pulang.", "Wang Yi:Person"), Is.Empty);
        Assert.That(Events("Wang Yi menghadiri acara itu.", "Wang Yi:Person"), Is.Empty);
    }

    [Test]
    public void DeniedMeetingVerbIsNoEvent()
    {
        Assert.That(Events("Retno Marsudi tidak bertemu Wang Yi di Beijing.", "Retno Marsudi:Person", "Wang Yi:Person", "Beijing:Place"), Is.Empty);
    }

    [Test]
    public void TwoVerbMeetingsSharingAPartyAreOneEvent()
    {
        var ev = Events("Xi Jinping berkunjung ke Vietnam. Xi Jinping bertemu dengan Nguyen Phu Trong.",
            "Xi Jinping:Person", "Vietnam:Place", "Nguyen Phu Trong:Person");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void VerbMeetingAndThePlacedTalksOfTheNextSentenceAreOneEvent()
    {
        var ev = Events("Retno Marsudi bertemu Wang Yi. Keduanya sepakat setelah perundingan di Jenewa.",
            "Retno Marsudi:Person", "Wang Yi:Person", "Jenewa:Place");
        EventAsserts.OneEventToldTwice(ev);
    }

    [Test]
    public void AVisitToAPlaceStaysApartFromTheMeetingInIt()
    {
        var ev = Events("Prabowo Subianto memulai kunjungan kerja ke Belgia. Prabowo Subianto bertemu Raja Philippe.",
            "Prabowo Subianto:Person", "Belgia:Place", "Raja Philippe:Person");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void SpeechesExecutionsAndConcertsWithAnAnchorAreEvents()
    {
        Assert.That(Events("Pidato Joko Widodo di Gedung DPR disiarkan langsung.", "Joko Widodo:Person", "Gedung DPR:Place").Single().Canonical,
            Is.EqualTo("Pidato Joko Widodo di Gedung DPR"));
        Assert.That(Events("Eksekusi Ahmad Yani memicu protes.", "Ahmad Yani:Person").Single().Canonical, Is.EqualTo("Eksekusi Ahmad Yani"));
        Assert.That(Events("Pidato itu panjang dan konser selalu ramai.", "Jakarta:Place"), Is.Empty);
    }

    [Test]
    public void MeetingHeldWithOthersIsNamedFromItsParties()
    {
        var ev = Events("Retno Marsudi mengadakan pertemuan dengan Menteri Luar Negeri China Wang Yi dan Park Jin di Jakarta.",
            "Retno Marsudi:Person", "China:Place", "Wang Yi:Person", "Park Jin:Person", "Jakarta:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Retno Marsudi dengan Wang Yi dan Park Jin di Jakarta"));
        Assert.That(ev.Single().Surface, Does.StartWith("pertemuan dengan Menteri Luar Negeri China Wang Yi"));
    }

    [Test]
    public void MeetingHeldWithOthersKeepsTheWordQualifyingItsHead()
    {
        var ev = Events("Budi Hartono (BH) mengadakan pertemuan tertutup dengan Ketua Partai Sukamaju Andi Wirawan di Kotabaru.",
            "Budi Hartono:Person", "BH=Budi Hartono:Person", "Partai Sukamaju:Organization", "Andi Wirawan:Person", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan tertutup Budi Hartono dengan Andi Wirawan di Kotabaru"));
    }

    [Test]
    public void MeetingToldAgainByItsTwoPartiesIsTheOneTheHostHeld()
    {
        var ev = Events("Budi Hartono mengadakan pertemuan tertutup dengan Andi Wirawan di Kotabaru. Pendukung keduanya berharap pertemuan Budi Hartono dengan Andi Wirawan membawa hasil.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // The host alone says nothing of whom he met: a later "pertemuan Budi Hartono" may be another meeting.
        var other = Events("Budi Hartono mengadakan pertemuan tertutup dengan Andi Wirawan dan Sari Dewi di Kotabaru. Setelah itu pertemuan Budi Hartono berlanjut.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Sari Dewi:Person", "Kotabaru:Place");
        Assert.That(other.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void MeetingTwoPartiesHoldIsNamedFromThemBeforeItsPlace()
    {
        var ev = Events("Menteri Luar Negeri Andi Wijaya dan Menteri Luar Negeri Borduria Karl Petrov menggelar pertemuan bilateral di Sukamaju, Kamis.",
            "Andi Wijaya:Person", "Borduria:Place", "Karl Petrov:Person", "Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan bilateral Andi Wijaya dan Karl Petrov di Sukamaju"));
        // One party alone only says who held it; a fronted place is no party.
        Assert.That(Events("Andi Wijaya menggelar pertemuan bilateral di Sukamaju.", "Andi Wijaya:Person", "Sukamaju:Place").Single().Canonical,
            Is.EqualTo("pertemuan bilateral di Sukamaju"));
        Assert.That(Events("Di Sukamaju, Andi Wijaya dan Karl Petrov menggelar pertemuan tertutup di Hotel Lembah.",
            "Sukamaju:Place", "Andi Wijaya:Person", "Karl Petrov:Person", "Hotel Lembah:Place").Single().Canonical,
            Is.EqualTo("pertemuan tertutup Andi Wijaya dan Karl Petrov di Hotel Lembah"));
    }

    [Test]
    public void AnAdjectiveThatLooksLikeAVerbStaysInTheAttacksName()
    {
        var ev = Events("Perang itu dipicu serangan mendadak Brigade Fajar pada 12 Maret terhadap Syldavia.", "Brigade Fajar:Organization", "Syldavia:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan mendadak Brigade Fajar pada 12 Maret terhadap Syldavia"));
    }

    [Test]
    public void AnIncidentPlacedWhereAHappeningToldBeforeTookPlaceIsThatHappening()
    {
        var ev = Events("Bupati menyayangkan pembakaran rumah di Desa Lembahraya. Insiden di Desa Lembahraya itu meresahkan warga.", "Desa Lembahraya:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
        // An incident somewhere else is another happening.
        ev = Events("Bupati menyayangkan pembakaran rumah di Desa Lembahraya. Insiden di Desa Sukamaju meresahkan warga.", "Desa Lembahraya:Place", "Desa Sukamaju:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void TwoWeaponsJoinedByDanStayInTheAttacksName()
    {
        var ev = Events("Brigade Fajar menyebut serangan artileri dan roket ke Syldavia sebagai peringatan.", "Brigade Fajar:Organization", "Syldavia:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan artileri dan roket ke Syldavia"));
        // A second head after "dan" is a second happening, not part of the first one's name.
        Assert.That(Events("Serangan dan penculikan di Syldavia terus terjadi.", "Syldavia:Place").Select(e => e.Canonical), Has.None.StartWith("Serangan dan"));
    }

    [Test]
    public void WarsWithNamesOfTheirOwnInOneArticleStayApart()
    {
        var ev = Events("Situasi itu mirip Perang Dingin, kata Budi Hartono. Ia juga menyinggung Perang Teluk. Perang di Syldavia terus berlanjut. Perang itu menewaskan banyak orang.",
            "Budi Hartono:Person", "Syldavia:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct(), Is.EquivalentTo(new[] { "Perang Dingin", "Perang Teluk", "Perang di Syldavia" }));
    }

    [Test]
    public void ABombingAmidSomethingIsPlacedByTheLocativeAfterIt()
    {
        var ev = Events("Laskar Senja meledakkan bom di tengah rombongan truk yang mengangkut pasokan di Distrik Kotabaru, Senin.",
            "Laskar Senja:Organization", "Distrik Kotabaru=Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pengeboman Laskar Senja di Kotabaru"));
    }

    [Test]
    public void AttackItsSubjectLaunchesIsNamedFromTheAttacker()
    {
        var ev = Events("Borduria meluncurkan serangan rudal ke Syldavia pada Selasa malam.", "Borduria:Place", "Syldavia:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan rudal Borduria ke Syldavia"));
        // "dan" right before the verb joins two predicates: the word before it is no attacker.
        var joined = Events("Kelompok itu membantai warga Syldavia dan melakukan serangan bom di Sukamaju.", "Syldavia:Place", "Sukamaju:Place");
        Assert.That(joined.Single().Canonical, Is.EqualTo("serangan bom di Sukamaju"));
        // A phrase that already names its attacker keeps its name.
        Assert.That(Events("Borduria melancarkan serangan Syldavia di Sukamaju.", "Borduria:Place", "Syldavia:Place", "Sukamaju:Place").Single().Canonical,
            Does.Not.Contain("Borduria"));
    }

    [Test]
    public void PressConferenceWithNothingAfterItIsNamedByItsSpeaker()
    {
        var ev = Events("\"Situasi sudah aman,\" kata Kapolda Sukamaju Budi Santoso dalam konferensi pers, Senin.",
            "Polda Sukamaju:Organization", "Budi Santoso:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("konferensi pers Budi Santoso"));
        var after = Events("Dalam jumpa pers, Kapolda Sukamaju Budi Santoso mengatakan situasi aman.", "Polda Sukamaju:Organization", "Budi Santoso:Person");
        Assert.That(after.Single().Canonical, Is.EqualTo("jumpa pers Budi Santoso"));
        // Nobody named: no happening singled out.
        Assert.That(Events("Hal itu disampaikan dalam konferensi pers, Senin."), Is.Empty);
    }

    [Test]
    public void PhoneCallWithNothingAfterItIsNamedByItsSpeaker()
    {
        var ev = Events("Dalam percakapan telepon, Presiden Budi Santoso meyakinkan mitranya dari Sukamaju.", "Budi Santoso:Person", "Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("percakapan telepon Budi Santoso"));
        Assert.That(Events("Hal itu disampaikan dalam percakapan telepon, Senin."), Is.Empty);
    }

    [Test]
    public void MeetingToldByItsVerbIsNamedFromEveryJoinedSubject()
    {
        var ev = Events("Andi Wijaya dan Karl Petrov bertemu di Sukamaju.", "Andi Wijaya:Person", "Karl Petrov:Person", "Sukamaju:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan Andi Wijaya dan Karl Petrov di Sukamaju"));
    }

    [Test]
    public void AWordForAnyDeedNamesAHappeningOnlyAsTheOneToldBefore()
    {
        var ev = Events("Kelompok Merah menyerang pos polisi di Sukamaju pada Selasa. Bupati Budi Santoso mengecam keras tindakan tersebut.",
            "Kelompok Merah:Organization", "Sukamaju:Place", "Budi Santoso:Person");
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), "the deed pointed back to is the attack told before");
        // Without a demonstrative the word names no happening.
        Assert.That(Events("Polisi mengambil tindakan tegas di Sukamaju.", "Sukamaju:Place"), Is.Empty);
    }

    [Test]
    public void MeetingNotHeldBySomeoneKeepsItsTextName()
    {
        var ev = Events("Rapat dengan Wang Yi di Jakarta ditunda.", "Wang Yi:Person", "Jakarta:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Rapat dengan Wang Yi di Jakarta"));
    }

    [Test]
    public void AttackToldByItsVerbIsNamedFromDoerAndTarget()
    {
        var ev = Events("Kemarin Boko Haram menyerang Maiduguri dengan roket.", "Boko Haram:Organization", "Maiduguri:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan Boko Haram ke Maiduguri"));
        Assert.That(ev.Single().Surface, Is.EqualTo("Boko Haram menyerang Maiduguri"));
    }

    [Test]
    public void TargetWithItsOwnNounsNamesTheHappeningByItself()
    {
        var ev = Events("Ratusan demonstran Serbia menyerbu gedung parlemen Montenegro di Podgorica pada malam hari.",
            "Serbia:Place", "Montenegro:Place", "Podgorica:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("penyerbuan gedung parlemen Montenegro di Podgorica"));
    }

    [Test]
    public void PassiveVerbTakesItsSubjectAsTheTargetAndOlehAsTheDoer()
    {
        var ev = Events("Kota Kharkiv diserang oleh Rusia di tengah malam.", "Kharkiv:Place", "Rusia:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan Rusia ke Kharkiv"));
    }

    [Test]
    public void APlaceRightAfterABodyOrItsBracketedAcronymSaysWhereTheDoerIsFrom()
    {
        var ev = Events("Milisi Lorak (ML) Borduria menyerang sebuah desa di Kotabaru.", "Milisi Lorak:Organization", "ML:Organization", "Borduria:Place", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.StartWith("serangan ML ke sebuah desa").Or.StartWith("serangan Milisi Lorak ke sebuah desa"));
        ev = Events("Milisi Lorak Borduria menyerang sebuah desa di Kotabaru.", "Milisi Lorak:Organization", "Borduria:Place", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.StartWith("serangan Milisi Lorak ke sebuah desa"));
    }

    [Test]
    public void OneEditionOfASeriesNamedSeveralWaysInAnArticleIsOneEvent()
    {
        var ev = Events("Para gubernur membahas musyawarah nasional (Munas) VI. Munas VI di Jakarta digelar bulan depan. Mereka menunggu Munas VI APPSI itu.",
            "Jakarta:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
        // Different editions stay apart.
        ev = Events("Munas VI di Jakarta digelar tahun ini. Munas VII di Bandung digelar tahun depan.", "Jakarta:Place", "Bandung:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void OneBodysSummitToldByWhereItSatAndByItsEditionIsOneEvent()
    {
        var ev = Events("Presiden menghadiri pertemuan tingkat tinggi negara-negara Pakta Lembah di Kotabaru. KTT Pakta Lembah 2024 mengusung tema pangan.",
            "Pakta Lembah:Organization", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
        // Another body's summit stays apart.
        ev = Events("Presiden menghadiri pertemuan tingkat tinggi negara-negara Pakta Lembah di Kotabaru. KTT Borduria 2024 mengusung tema pangan.",
            "Pakta Lembah:Organization", "Kotabaru:Place", "Borduria:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2), string.Join(" | ", ev.Select(e => e.Canonical)));
    }

    [Test]
    public void AnOrdinalBeforeARomanNumeralAndALongerHeadNameTheSameEdition()
    {
        // "Musyawarah Wilayah" is the regional congress "Muswil" names, though the trigger is "musyawarah";
        // "ke IV", "ke-IV" and "IV" are one edition.
        var ev = Events("Musyawarah Wilayah (Muswil) ke IV Partai Lorak Kotabaru dibuka hari ini. Muswil ke-IV Partai Lorak Kotabaru itu memilih ketua baru.",
            "Partai Lorak:Organization", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
        ev = Events("Muswil ke-IV Partai Lorak digelar tahun ini. Muswil ke VII Partai Lorak digelar tahun depan.", "Partai Lorak:Organization");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(2), string.Join(" | ", ev.Select(e => e.Canonical)));
    }

    [Test]
    public void AThingNamedAfterAHappeningIsNoHappening()
    {
        Assert.That(Events("Kapal Perang Republik Indonesia berlayar ke Natuna."), Is.Empty);
        Assert.That(Events("Para tawanan perang dibebaskan di Kotabaru.", "Kotabaru:Place"), Is.Empty);
        Assert.That(Events("Mobil pemadam kebakaran tiba di Kotabaru.", "Kotabaru:Place"), Is.Empty);
        Assert.That(Events("Perang di Kotabaru pecah pada 1999.", "Kotabaru:Place"), Is.Not.Empty);
    }

    [Test]
    public void OneArticlesStingOperationIsOneEventAndACopulaEndsItsName()
    {
        var ev = Events("KPK menggelar Operasi Tangkap Tangan (OTT) terhadap seorang bupati. Ia terkena OTT KPK di Gedung Mawar. Pejabat yang terjerat OTT KPK ialah Bupati Dukuh, Budi Santoso.",
            "KPK:Organization", "Gedung Mawar:Place", "Budi Santoso:Person");
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", ev.Select(e => e.Canonical)));
        Assert.That(ev.Select(e => e.Surface), Has.None.Contains("ialah"));
    }

    [Test]
    public void ALongerDescriptionRunsOnToTheVerbThatPlacesIt()
    {
        var ev = Events("Debat publik pertama pasangan calon Gubernur Dukuh digelar di Kotabaru.", "Dukuh:Place", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.StartWith("Debat publik pertama pasangan calon"));
        // Without a placing verb the description stays short.
        Assert.That(Events("Debat publik pertama pasangan calon yang akan datang itu ditunda.", "Kotabaru:Place"), Is.Empty);
    }

    [Test]
    public void WhoOpenedAnEventIsNoPartOfItsName()
    {
        var ev = Events("Musyawarah Daerah Partai Lorak resmi dibuka oleh Ketua Umum Partai Lorak Budi Santoso di Kotabaru.",
            "Partai Lorak:Organization", "Budi Santoso:Person", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.Not.Contain("Budi Santoso"));
    }

    [Test]
    public void AMannerClauseAfterDenganIsDoneByItsClausesSubject()
    {
        var ev = Events("Polisi Borduria menyatakan Milisi Lorak kembali melakukan aksi teror kepada pekerja di Kampung Mangga, Kabupaten Dukuh dengan membakar gudang logistik.",
            "Polisi Borduria:Organization", "Milisi Lorak:Organization", "Kampung Mangga:Place", "Kabupaten Dukuh:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pembakaran gudang logistik oleh Milisi Lorak"));
    }

    [Test]
    public void GenericTargetKeepsTheDoerInTheName()
    {
        var ev = Events("Milisi Janjaweed yang baru-baru ini menyerang sebuah desa dan membakar rumah warga.", "Janjaweed:Organization");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "serangan Janjaweed ke sebuah desa" }));
    }

    [TestCase("Jika Rusia menyerang Polandia, NATO akan membalas.")]
    [TestCase("Rusia tidak menyerang Polandia kemarin.")]
    [TestCase("Rusia akan menyerang Polandia bulan depan.")]
    [TestCase("Rusia bersiap untuk menyerang Polandia.")]
    [TestCase("Rusia mengancam menyerang Polandia.")]
    public void ConditionalDeniedOrPlannedAttackIsNoEvent(string sentence)
    {
        Assert.That(Events(sentence, "Rusia:Place", "Polandia:Place"), Is.Empty);
    }

    [Test]
    public void AttackVerbWithoutANamedDoerIsNoEvent()
    {
        Assert.That(Events("Mereka menyerang Polandia dari udara.", "Polandia:Place"), Is.Empty);
        Assert.That(Events("Serangan terus berlanjut sepanjang malam.", "Polandia:Place"), Is.Empty);
    }

    [Test]
    public void TargetWithItsOwnNounsAndNameNeedsNoNamedDoer()
    {
        var ev = Events("Sekelompok pria bersenjata menyerbu asrama Universitas Makerere dan melukai tiga orang.", "Universitas Makerere:Organization");
        Assert.That(ev.Single().Canonical, Is.EqualTo("penyerbuan asrama Universitas Makerere"));
        Assert.That(Events("Sekelompok pria bersenjata menyerbu asrama mahasiswa kemarin."), Is.Empty);
    }

    [Test]
    public void ATitlesHolderSetOffByACommaKeepsTheMeetingPhraseGoing()
    {
        var ev = Events("Rapat pertama Gubernur Sukamaju, Budi Hartono bersama Komisi Lembah di Gedung Lembahraya berlangsung lama.",
            "Budi Hartono:Person", "Komisi Lembah:Organization", "Gedung Lembahraya:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Rapat pertama Gubernur Sukamaju Budi Hartono bersama Komisi Lembah di Gedung Lembahraya"));
        // The holder opening a clause of his own ends the phrase.
        ev = Events("Dalam rapat pertama Gubernur Sukamaju, Budi Hartono mengatakan anggaran cukup.", "Budi Hartono:Person");
        Assert.That(ev.Single().Canonical, Does.Not.Contain("Budi Hartono"));
    }

    [Test]
    public void AHolderSetOffByTwoCommasAfterATitleWithItsCountryKeepsTheVisitGoing()
    {
        var ev = Events("Menteri Pertahanan Budi Hartono menerima kunjungan kehormatan dari Menteri Pertahanan Australia, Andi Wirawan, di Kotabaru.",
            "Budi Hartono:Person", "Australia:Place", "Andi Wirawan:Person", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("kunjungan kehormatan dari Menteri Pertahanan Australia Andi Wirawan di Kotabaru"));
        // The holder opening a clause of his own after the second comma ends the phrase before the title.
        ev = Events("Dalam kunjungan Menteri Pertahanan Australia, Andi Wirawan, mengatakan anggaran cukup.",
            "Australia:Place", "Andi Wirawan:Person");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Andi Wirawan"));
    }

    [Test]
    public void AClockTimeIsLeftOutAndTheHappeningGoesOnToWhereItTookPlace()
    {
        var ev = Events("Penyerangan terjadi pada pukul 12.45 WIT, bertempat di Kotabaru, oleh sekelompok warga.", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Penyerangan di Kotabaru"));
        ev = Events("Pertemuan itu berlangsung pada pukul 09.30 di Gedung Lembah.", "Gedung Lembah:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Pertemuan di Gedung Lembah"));
    }

    [Test]
    public void APressConferenceSetOffByACommaIsStillWhereItSat()
    {
        var ev = Events("“Pelakunya sudah kami tangkap,” ujar Kepala Polisi Budi Hartono, dalam jumpa pers, di aula Gedung Lembah, Kotabaru, Senin pagi.",
            "Budi Hartono:Person", "Gedung Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("jumpa pers di aula Gedung Lembah"));
        // A meeting of another kind set off by a comma does not run on to what follows.
        ev = Events("Mereka bertemu dalam rapat, di aula Gedung Lembah, Kotabaru, Senin pagi.", "Gedung Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("aula"));
    }

    [Test]
    public void AJointPressStatementIsAnEvent()
    {
        var ev = Events("Usai pertemuan, kedua pemimpin menyampaikan keterangan pers bersama di Istana Lembah.", "Istana Lembah:Place");
        Assert.That(ev.Select(e => e.Canonical), Does.Contain("keterangan pers bersama di Istana Lembah"));
    }

    [Test]
    public void ACopulaAfterTheTimeEndsTheEventPhrase()
    {
        var ev = Events("Polisi menyebut pelaku penembakan di Pasar Lembah pada Senin pagi adalah Budi Hartono dan Andi Wirawan.",
            "Pasar Lembah:Place", "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("penembakan di Pasar Lembah"));
    }

    [Test]
    public void ASiteStruckNeedsNoNamedDoer()
    {
        var ev = Events("Sekelompok orang menyerang Mapolda Lembah pada Rabu pagi.", "Mapolda Lembah:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("serangan Mapolda Lembah"));
        // A town is no site: who struck it must be named.
        Assert.That(Events("Sekelompok orang menyerang Kotabaru pada Rabu pagi.", "Kotabaru:Place"), Is.Empty);
    }

    [Test]
    public void ACapitalisedHeadAfterAWordForWhoServesABodyNamesTheBody()
    {
        Assert.That(Events("Ketua Forum Kerukunan Umat Beragama Papua menyampaikan hal itu.", "Papua:Place"), Is.Empty);
        Assert.That(Events("Presiden hadir di Forum Investasi Saudi-AS di Riyadh.", "Riyadh:Place").Select(e => e.Surface),
            Is.EqualTo(new[] { "Forum Investasi Saudi-AS di Riyadh" }));
    }

    [Test]
    public void ANamedPersonActedOnSinglesOutTheHappeningWithoutDoerOrPlace()
    {
        var ev = Events("Mantan perdana menteri Hiroshi Tanaka meninggal usai ditembak saat berkampanye.", "Hiroshi Tanaka:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("penembakan Hiroshi Tanaka"));
        // A place acted on needs its doer; a denied shooting is no event.
        Assert.That(Events("Kota Kharkiv diserang kemarin malam.", "Kharkiv:Place"), Is.Empty);
        Assert.That(Events("Hiroshi Tanaka tidak ditembak kemarin.", "Hiroshi Tanaka:Person"), Is.Empty);
    }

    [Test]
    public void AttackVerbWithANamedDoerButNoTargetNorPlaceIsNoEvent()
    {
        Assert.That(Events("Rusia menyerang lagi pada malam hari.", "Rusia:Place"), Is.Empty);
    }

    [Test]
    public void OwnerBeforeAPassiveVerbIsNoPartyToIt()
    {
        Assert.That(Events("Kapten Budi Santoso yang mobilnya dibakar oleh massa kemarin.", "Budi Santoso:Person"), Is.Empty);
    }

    [Test]
    public void OneHappeningToldTwiceByItsVerbIsOneEvent()
    {
        var ev = Events("Kelompok Abu Sayyaf membakar kapal Lorcha Maju di Jolo. Kapal Lorcha Maju dibakar oleh Abu Sayyaf pada Senin.",
            "Abu Sayyaf:Organization", "Lorcha Maju:Organization", "Jolo:Place");
        EventAsserts.OneEventToldTwice(ev);
        Assert.That(ev[0].Canonical, Is.EqualTo("pembakaran kapal Lorcha Maju di Jolo"));
    }

    [Test]
    public void AHappeningToldByItsVerbWithATargetOfNounsIsTheDescriptionOfThoseNouns()
    {
        var ev = Events("Kelompok Lembah Hitam membakar gudang logistik, Senin. Pembakaran gudang logistik milik PT Sinar Jaya terjadi malam hari.",
            "Kelompok Lembah Hitam:Organization", "PT Sinar Jaya:Organization");
        EventAsserts.OneEventToldTwice(ev);
        Assert.That(ev.Select(e => e.Canonical).Distinct(), Is.EqualTo(new[] { "Pembakaran gudang logistik milik PT Sinar Jaya" }));
    }

    [Test]
    public void AHappeningToldByItsVerbWithATargetOfNounsIsNamedByThemAndItsDoer()
    {
        var ev = Events("Kelompok Lembah Hitam membakar gudang logistik.", "Kelompok Lembah Hitam:Organization");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "pembakaran gudang logistik oleh Kelompok Lembah Hitam" }));
        Assert.That(Events("Kelompok Lembah Hitam akan membakar beberapa rumah.", "Kelompok Lembah Hitam:Organization"), Is.Empty, "a threat is no happening");
    }

    [Test]
    public void AYearNamesAnEventAfterItsModifiers()
    {
        var ev = Events("Negara itu dikucilkan setelah kudeta junta militer tahun 1999.");
        Assert.That(ev.Single().Canonical, Is.EqualTo("kudeta junta militer tahun 1999"));
    }

    [Test]
    public void BattleThatRagesAtAPlaceIsPlacedThere()
    {
        var ev = Events("Pertempuran sengit telah berkecamuk di Bakhmut sejak musim panas.", "Bakhmut:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Pertempuran sengit di Bakhmut"));
    }

    [Test]
    public void TheSecondPartysTitleAndAShortFormInBracketsDoNotEndTheMeetingsName()
    {
        var ev = Events("Pertemuan antara Presiden Borduria (BD) Budi Hartono dan Presiden Syldavia Andi Wirawan di Istana Kotabaru berlangsung dua jam.",
            "Borduria:Place", "BD:Place", "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Istana Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("Pertemuan antara Presiden Borduria (BD) Budi Hartono dan Andi Wirawan di Istana Kotabaru"));
        // A short form in brackets that is another name stays where the phrase ends.
        var other = Events("Pertemuan antara Presiden Borduria (Sukamaju) Budi Hartono berakhir.", "Borduria:Place", "Sukamaju:Organization", "Budi Hartono:Person");
        Assert.That(other.Single().Canonical, Is.EqualTo("Pertemuan antara Presiden Borduria"));
    }

    [Test]
    public void AShortSubheadingInTitleCaseNamesNoEvent()
    {
        var ev = Events("Ledakan terjadi di Sukamaju.\n\nKunjungan Utusan SY\n\nAndi Wirawan menyebut ledakan itu terjadi sehari setelah kunjungan utusan Borduria Budi Hartono ke Kotabaru.",
            "Sukamaju:Place", "SY:Place", "Andi Wirawan:Person", "Borduria:Place", "Budi Hartono:Person", "Kotabaru:Place");
        Assert.That(ev.Where(e => e.Canonical!.StartsWith("kunjungan", StringComparison.OrdinalIgnoreCase)).Select(e => e.Canonical).Distinct().Single(), Does.Contain("Kotabaru"));
        // A short line that is a sentence keeps its event.
        Assert.That(Events("Kunjungan Utusan SY berlangsung.", "SY:Place"), Is.Not.Empty);
    }

    [Test]
    public void ADescriptionRunningOutOfAQuoteIsNamedWithoutTheQuoteMarks()
    {
        var ev = Events("Ia ingin mencegah “serangan balasan besar-besaran” di Kotabaru.", "Kotabaru:Place");
        Assert.That(ev.Single().Canonical, Does.Not.Contain("”").And.Not.Contain("“").And.EndWith("di Kotabaru"));
    }

    [Test]
    public void AMeetingItsPartiesHoldIsNamedFromThemWhenNothingAfterItPicksItOut()
    {
        var ev = Events("Sore nanti, Budi Hartono dan Andi Wirawan akan menggelar pertemuan bilateral di ruang rapat gedung itu.",
            "Budi Hartono:Person", "Andi Wirawan:Person");
        Assert.That(ev.Single().Canonical, Is.EqualTo("pertemuan bilateral Budi Hartono dan Andi Wirawan"));
        // One party alone only says who took part.
        Assert.That(Events("Budi Hartono menggelar pertemuan bilateral di ruang rapat gedung itu.", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void UnnamedSidesAreLeftOutAndThePlaceNamesTheMeeting()
    {
        var ev = Events("Ia optimistis soal perundingan antara kedua kubu yang berseteru di Doha pekan depan.", "Doha:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("perundingan di Doha"));
        Assert.That(Events("Ia optimistis soal perundingan antara kedua kubu yang berseteru sejak lama."), Is.Empty);
    }

    [Test]
    public void ADialogueWithAPartyAloneIsAStandingRelationNotAnEvent()
    {
        Assert.That(Events("Riyadh siap untuk melanjutkan dialog dengan Iran.", "Riyadh:Place", "Iran:Place"), Is.Empty);
        var ev = Events("Kedua pihak menggelar dialog dengan Iran di Jenewa.", "Iran:Place", "Jenewa:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("dialog dengan Iran di Jenewa"));
        // A place of several words places it too.
        Assert.That(Events("Kedua pihak menggelar dialog dengan Iran di Pasar Sukamaju pada pagi itu.", "Iran:Place", "Pasar Sukamaju:Place"), Has.Count.EqualTo(1));
    }

    [Test]
    public void AOneVerbClauseGoingOnToTheSidesStaysInTheDescription()
    {
        var ev = Events("Negeri itu terlibat dalam konflik yang menghancurkan antara Tentara Nasional dan Pasukan Rakyat sejak 2023.",
            "Tentara Nasional:Organization", "Pasukan Rakyat:Organization");
        Assert.That(ev.Single().Canonical, Is.EqualTo("konflik yang menghancurkan antara Tentara Nasional dan Pasukan Rakyat"));
    }

    [Test]
    public void AClauseGoingOnToWhoReportedItOrAVagueFutureIsNoEvent()
    {
        Assert.That(Events("Negeri itu menghadapi krisis yang dikutip oleh Perserikatan Bangsa-Bangsa sebagai yang terburuk.",
            "Perserikatan Bangsa-Bangsa:Organization"), Is.Empty);
        Assert.That(Events("Bantuan itu tidak boleh memicu konflik yang lebih besar dengan Rusia.", "Rusia:Place"), Is.Empty);
    }

    [Test]
    public void ABombNamedByThePlaceRightAfterItIsAnEventTheWeaponIsNot()
    {
        var ev = Events("Ia pernah ditangkap karena terlibat bom Bali pada Oktober 2002.", "Bali:Place");
        Assert.That(ev.Single().Canonical, Is.EqualTo("bom Bali"));
        Assert.That(Events("Seorang pria meledakkan bom di dalam bus di Garowe.", "Garowe:Place"), Is.Empty);
        Assert.That(Events("Bom bunuh diri di Markas Polisi Medan menewaskan pelaku.", "Markas Polisi Medan:Place").Single().Canonical,
            Is.EqualTo("Bom bunuh diri di Markas Polisi Medan"));
    }
}

internal static class EventAsserts
{
    /// <summary>Two descriptions found, and both name one event.</summary>
    public static void OneEventToldTwice(List<Mention> ev)
    {
        Assert.That(ev, Has.Count.EqualTo(2));
        Assert.That(ev.Select(e => e.EntityId).Distinct().Count(), Is.EqualTo(1));
    }
}
