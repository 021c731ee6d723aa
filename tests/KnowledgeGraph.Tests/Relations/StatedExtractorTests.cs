using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class StatedExtractorTests
{
    private static StatedExtractor Extractor => new(Lexicon);

    [Test]
    public void DirectQuoteAttributedAfterGivesSpeakerToEachNamedNode()
    {
        var doc = Build("“Kami akan terus membantu Filipina dan ASEAN,” kata Anwar Ibrahim kepada wartawan.",
            "Filipina:Place", "ASEAN:Organization", "Anwar Ibrahim:Person");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Anwar Ibrahim"), Id(NodeType.Place, "Filipina")),
            (Id(NodeType.Person, "Anwar Ibrahim"), Id(NodeType.Organization, "ASEAN")),
        }));
        var evidence = Extractor.Extract(doc).First().Evidence;
        Assert.That(evidence.Quote, Does.StartWith("Kami akan terus membantu Filipina"));
        Assert.That(evidence.Date, Is.EqualTo("2024-01-02"));
    }

    [Test]
    public void ATitleListingFieldsBeforeTheSpeakersNameStillLeadsToTheSpeaker()
    {
        var doc = Build("“Semua warga diundang ke Istana Lembah,” kata Kepala Bagian Hukum, Humas, dan Media Dinas Lembah, Budi Hartono kepada wartawan.",
            "Istana Lembah:Place", "Dinas Lembah:Organization", "Budi Hartono:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Istana Lembah")) }));
    }

    [Test]
    public void DirinyaPointsBackToTheSpeakerBeforeAndNoBodyInTheClauseSpeaks()
    {
        var doc = Build("Menteri Budi Hartono mengatakan Kotabaru siap. Dirinya memberikan sambutan hangat atas masuknya Borduria sebagai anggota Pakta Lembah, serta menyatakan kepuasan atas kerja sama di Syldavia.",
            "Budi Hartono:Person", "Kotabaru:Place", "Borduria:Place", "Pakta Lembah:Organization", "Syldavia:Place");
        var speakers = Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item1).Distinct();
        Assert.That(speakers, Is.EqualTo(new[] { Id(NodeType.Person, "Budi Hartono") }));
    }

    [Test]
    public void APersonTitledWithABodyBeforeAColonSpeaksNotTheBody()
    {
        // The word before the colon is no speech verb the list knows (a typo): the colon still opens the quote.
        var doc = Build("Budi Hartono, Kepala Penyidik di Kepolisian Kotabaru berkta: “Andi Wirawan dibawa ke Sukamaju.”",
            "Budi Hartono:Person", "Kepolisian Kotabaru:Organization", "Andi Wirawan:Person", "Sukamaju:Place");
        var speakers = Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item1).Distinct();
        Assert.That(speakers, Is.EqualTo(new[] { Id(NodeType.Person, "Budi Hartono") }));
        // A body alone before the colon speaks itself.
        doc = Build("Kepolisian Kotabaru menyebutkan: “Andi Wirawan dibawa ke Sukamaju.”",
            "Kepolisian Kotabaru:Organization", "Andi Wirawan:Person", "Sukamaju:Place");
        speakers = Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item1).Distinct();
        Assert.That(speakers, Is.EqualTo(new[] { Id(NodeType.Organization, "Kepolisian Kotabaru") }));
    }

    [Test]
    public void ASpeechVerbWrittenWithACapitalInsideASentenceIsAWordOfAName()
    {
        var doc = Build("“Kami menang,” kata Sari Dewi dalam acara Sari Bercerita di Gedung Lembah, Kotabaru.",
            "Sari Dewi:Person", "Sari:Person", "Gedung Lembah:Place", "Kotabaru:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
        // In a lower-case sentence the verb still reports.
        var told = Build("Sari Dewi bercerita bahwa Gedung Lembah di Kotabaru sudah tua.", "Sari Dewi:Person", "Gedung Lembah:Place", "Kotabaru:Place");
        Assert.That(Edges(Extractor, told, RelationType.STATED), Is.Not.Empty);
    }

    [Test]
    public void ASpeechWordOpeningANameIsAWordOfTheName()
    {
        // "Said" is an English speech verb; here it opens a listed guest's name.
        var doc = Build("Hadir dalam pertemuan tersebut Budi Hartono, Said Wirawan, Sari Dewi, dan Joko Susilo.",
            "Budi Hartono:Person", "Said Wirawan:Person", "Sari Dewi:Person", "Joko Susilo:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
        var said = Build("Budi Hartono said Sari Dewi would visit Kotabaru.", "Budi Hartono:Person", "Sari Dewi:Person", "Kotabaru:Place");
        Assert.That(Edges(Extractor, said, RelationType.STATED), Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void ADescriptionPointingBackAtSomeoneIntroducedUnnamedIsNoOneNamed()
    {
        var entities = new[] { "Budi Hartono:Person", "Kotabaru:Place", "Sukamaju:Place" };
        var doc = Build("Seorang pejabat senior mengatakan Budi Hartono tewas di Kotabaru. Pejabat itu mengatakan bahwa kehadiran Budi Hartono di Sukamaju melanggar kesepakatan.", entities);
        Assert.That(Edges(Extractor, doc, RelationType.STATED).Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Budi Hartono")));
        // Introduced by name, the description is that person.
        var named = Build("Pejabat senior Budi Hartono tiba di Kotabaru. Pejabat itu mengatakan bahwa Sukamaju aman.", entities);
        Assert.That(Edges(Extractor, named, RelationType.STATED), Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Sukamaju"))));
    }

    [TestCase("Budi Hartono merinci, pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    [TestCase("Budi Hartono menjabarkan bahwa pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    [TestCase("Budi Hartono mengira, pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    [TestCase("Budi Hartono menduga pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    [TestCase("Budi Hartono mentweet bahwa pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    [TestCase("Budi Hartono mencuitkan bahwa pelaku sudah lama mengintai Pos Lembah di Kotabaru.")]
    public void WhatASpeakerSupposesOrDetailsIsWhatTheySaid(string text)
    {
        var doc = Build(text, "Budi Hartono:Person", "Pos Lembah:Place", "Kotabaru:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru"))));
    }

    [TestCase("Budi Hartono saat ditemui di Kotabaru mengatakan Pos Lembah sudah aman.")]
    [TestCase("Budi Hartono ketika dihubungi dari Kotabaru, menyebutkan Pos Lembah sudah aman.")]
    public void AClauseOfWhenTheSpeakerSpokeStandsBetweenSpeakerAndVerb(string text)
    {
        var doc = Build(text, "Budi Hartono:Person", "Kotabaru:Place", "Pos Lembah:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Pos Lembah"))));
    }

    [Test]
    public void ACaptionOfSomeoneRespondingSaysNothing()
    {
        var doc = Build("Budi Hartono saat menanggapi serangan di Pos Lembah, Kotabaru, Jumat.", "Budi Hartono:Person", "Kotabaru:Place", "Pos Lembah:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void AKindOfBodyPointedBackToIsTheBodyNamedLast()
    {
        var doc = Build("Brigade Zorgan merebut Kotabaru, Senin. “Kami menguasai Sukamaju,” kata kelompok itu dalam pernyataan.",
            "Brigade Zorgan:Organization", "Kotabaru:Place", "Sukamaju:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Organization, "Brigade Zorgan"), Id(NodeType.Place, "Sukamaju"))));
    }

    [Test]
    public void MeetingPointedBackToByItsHeadIsSpokenOf()
    {
        var doc = Build("Partai Hijau dan Partai Biru mengadakan pertemuan di Sukamaju pada Senin. Andi Wirawan mengakui pertemuan membahas harga beras.",
            "Partai Hijau:Organization", "Partai Biru:Organization", "Andi Wirawan:Person", "Sukamaju:Place").WithEvents();
        var meeting = doc.Mentions.First(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Does.Contain((Id(NodeType.Person, "Andi Wirawan"), meeting)));
    }

    [Test]
    public void MeetingPointedBackToWhereSomethingWasSaidIsNotWhatWasSaid()
    {
        var doc = Build("Budi Hartono bertemu dengan Andi Wirawan di Sukamaju pada Senin. Andi Wirawan mengatakan dalam pertemuan itu bahwa harga beras naik.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Sukamaju:Place").WithEvents();
        Assert.That(Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item2), Has.None.StartsWith("event:"));
    }

    [Test]
    public void PointsOpenedByYangPertamaAdalahAreTheSpeakers()
    {
        var doc = Build("Seperti disampaikan Budi Santoso, Sukamaju mengenang dua tokoh. Yang pertama adalah Karel Novak dan yang kedua Dodi Wijaya. "
            + "Yang pertama kali datang adalah Andi Wirawan.",
            "Budi Santoso:Person", "Sukamaju:Place", "Karel Novak:Person", "Dodi Wijaya:Person", "Andi Wirawan:Person");
        var targets = Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item2).ToList();
        Assert.That(targets, Is.SupersetOf(new[] { Id(NodeType.Person, "Karel Novak"), Id(NodeType.Person, "Dodi Wijaya") }));
        // "Yang pertama kali ..." with no copula after the ordinal is the writer's own sentence.
        Assert.That(targets, Does.Not.Contain(Id(NodeType.Person, "Andi Wirawan")));
    }

    [Test]
    public void PointsAnnouncedByAStatementAndOpenedByOrdinalsAreTheSpeakers()
    {
        var doc = Build("Menlu Budi Santoso mengatakan ada dua isu yang dibahas dalam pertemuan itu. Pertama, rencana kunjungan Karel Novak ke Sukamaju. "
            + "Kedua, kerja sama maritim di Laut Lembah. Pertama kali Dodi Wijaya datang ke Kotabaru pada 2019.",
            "Budi Santoso:Person", "Karel Novak:Person", "Sukamaju:Place", "Laut Lembah:Place", "Dodi Wijaya:Person", "Kotabaru:Place");
        var targets = Edges(Extractor, doc, RelationType.STATED).Select(e => e.Item2).ToList();
        Assert.That(targets, Is.SupersetOf(new[] { Id(NodeType.Person, "Karel Novak"), Id(NodeType.Place, "Sukamaju"), Id(NodeType.Place, "Laut Lembah") }));
        // "Pertama kali" with no comma opens the writer's own sentence.
        Assert.That(targets, Does.Not.Contain(Id(NodeType.Person, "Dodi Wijaya")));
        Assert.That(targets, Does.Not.Contain(Id(NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void QuoteWithOnlyPronounsGivesNoEdge()
    {
        var doc = Build("“Kami siap menghadapi mereka,” ujar Anwar Ibrahim.", "Anwar Ibrahim:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void SpeakerIsNeverItsOwnTarget()
    {
        var doc = Build("Prabowo Subianto mengatakan Prabowo Subianto tidak akan mundur dari Indonesia.",
            "Prabowo Subianto:Person", "Indonesia:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Prabowo Subianto"), Id(NodeType.Place, "Indonesia")) }));
    }

    [Test]
    public void PronounSpeakerResolvesToLastPersonWhoSpoke()
    {
        var doc = Build("Menteri Luar Negeri Retno Marsudi tiba di Tokyo. “Jepang adalah mitra penting,” ungkapnya.",
            "Retno Marsudi:Person", "Tokyo:Place", "Jepang:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Retno Marsudi"), Id(NodeType.Place, "Jepang")) }));
    }

    [Test]
    public void ReportedSpeechWithBahwaAndApposition()
    {
        var doc = Build("Gan Yu, juru bicara Kementerian Luar Negeri China, mengatakan bahwa Vietnam melanggar perjanjian.",
            "Gan Yu:Person", "Kementerian Luar Negeri China:Organization", "Vietnam:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Gan Yu"), Id(NodeType.Place, "Vietnam")) }));
    }

    [Test]
    public void SettingBetweenSpeechVerbAndBahwaIsNotReported()
    {
        var doc = Build("Ahmad Dahlan mengatakan dalam kunjungan ke Surabaya bahwa Malaysia akan membuka konsulat di Medan.",
            "Ahmad Dahlan:Person", "Surabaya:Place", "Malaysia:Place", "Medan:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Ahmad Dahlan"), Id(NodeType.Place, "Malaysia")),
            (Id(NodeType.Person, "Ahmad Dahlan"), Id(NodeType.Place, "Medan")),
        }));
    }

    [Test]
    public void NamesJoinedBeforeBahwaStayReported()
    {
        var doc = Build("Ahmad Dahlan menyebut Malaysia dan bahwa Brunei juga hadir.",
            "Ahmad Dahlan:Person", "Malaysia:Place", "Brunei:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Ahmad Dahlan"), Id(NodeType.Place, "Malaysia")),
            (Id(NodeType.Person, "Ahmad Dahlan"), Id(NodeType.Place, "Brunei")),
        }));
    }

    [Test]
    public void ReleasingAStatementAndExpressingAppreciationAreReportedSpeech()
    {
        var doc = Build("Kementerian Luar Negeri Jepang merilis pernyataan yang menyebut Korea Utara melanggar sanksi. Ahmad Dahlan mengapresiasi kehadiran Brunei di forum itu.",
            "Kementerian Luar Negeri Jepang:Organization", "Korea Utara:Place", "Ahmad Dahlan:Person", "Brunei:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Organization, "Kementerian Luar Negeri Jepang"), Id(NodeType.Place, "Korea Utara")),
            (Id(NodeType.Person, "Ahmad Dahlan"), Id(NodeType.Place, "Brunei")),
        }));
    }

    [Test]
    public void AppreciationNamingNobodyGivesNoEdge()
    {
        var doc = Build("Ahmad Dahlan mengapresiasi kerja keras mereka selama ini.", "Ahmad Dahlan:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void NegatedSpeechVerbReportsNothing()
    {
        var doc = Build("ASEAN tidak secara langsung menjawab pernyataan Ahmad Dahlan tentang Malaysia.",
            "ASEAN:Organization", "Ahmad Dahlan:Person", "Malaysia:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void MenurutAndPostposedKataCountAsReportedSpeech()
    {
        var doc = Build("Menurut Anies Baswedan, Jakarta butuh transportasi massal. Bandung juga begitu, kata Ridwan Kamil.",
            "Anies Baswedan:Person", "Jakarta:Place", "Bandung:Place", "Ridwan Kamil:Person");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Anies Baswedan"), Id(NodeType.Place, "Jakarta")),
            (Id(NodeType.Person, "Ridwan Kamil"), Id(NodeType.Place, "Bandung")),
        }));
    }

    [Test]
    public void SepertiDisampaikanOpensReportedSpeechLikeMenurut()
    {
        var doc = Build("Seperti disampaikan Anies Baswedan, Jakarta butuh transportasi massal.",
            "Anies Baswedan:Person", "Jakarta:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[] { (Id(NodeType.Person, "Anies Baswedan"), Id(NodeType.Place, "Jakarta")) }));
        // The words before a plain passive speech verb stay the speaker's: "..., dikatakan X" after the clause.
        doc = Build("Bandung juga begitu, dikatakan Ridwan Kamil.", "Bandung:Place", "Ridwan Kamil:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[] { (Id(NodeType.Person, "Ridwan Kamil"), Id(NodeType.Place, "Bandung")) }));
    }

    [Test]
    public void PlaceSpeakerGivesNoStatement()
    {
        var doc = Build("Pemerintah Malaysia mengatakan Singapura harus menghormati perjanjian.",
            "Malaysia:Place", "Singapura:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void QuoteRunningOverTwoParagraphsBelongsToTheSpeakerNamedAtItsEnd()
    {
        var doc = Build("“Kami mendukung Palestina.\n\nIsrael harus menghentikan operasinya,” tegas Sugiono dalam wawancara.",
            "Palestina:Place", "Israel:Place", "Sugiono:Person");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Sugiono"), Id(NodeType.Place, "Palestina")),
            (Id(NodeType.Person, "Sugiono"), Id(NodeType.Place, "Israel")),
        }));
    }

    [Test]
    public void MeetingWhereSomethingWasSaidIsNotWhatWasSaid()
    {
        var doc = Build("Retno Marsudi menjelaskan sikap Indonesia dalam konferensi pers di Jakarta.",
            "Retno Marsudi:Person", "Indonesia:Place", "Jakarta:Place").WithEvents();
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Retno Marsudi"), Id(NodeType.Place, "Indonesia")) }));
    }

    [Test]
    public void MenurutPassesOverTitlesToThePerson()
    {
        var doc = Build("Menurut Menteri Sekretaris Negara (Mensesneg) Pratikno, agenda utama Presiden di Tokyo adalah ekonomi.",
            "Pratikno:Person", "Tokyo:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Pratikno"), Id(NodeType.Place, "Tokyo")) }));
    }

    [Test]
    public void SpeechVerbInsideAReportBelongsToTheReport()
    {
        var doc = Build("Sugiono menegaskan bahwa ASEAN akan tetap bersatu dan mengutuk keras serangan itu di Myanmar.",
            "Sugiono:Person", "ASEAN:Organization", "Myanmar:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges.Select(e => e.Source).Distinct(), Is.EqualTo(new[] { Id(NodeType.Person, "Sugiono") }));
        Assert.That(edges, Has.Count.EqualTo(2));
    }

    [Test]
    public void WritersContextAfterMenyusulIsNotPartOfTheReport()
    {
        var doc = Build("Sugiono menegaskan komitmen Indonesia menyusul ancaman dari Korea Utara.",
            "Sugiono:Person", "Indonesia:Place", "Korea Utara:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Sugiono"), Id(NodeType.Place, "Indonesia")) }));
    }

    [Test]
    public void DatelinePlaceIsNotPartOfWhatWasSaid()
    {
        var doc = Build("JAKARTA - Korea Utara kembali menembakkan rudal, kata Kepala Staf Gabungan Korea Selatan.",
            "JAKARTA=Jakarta:Place", "Korea Utara:Place", "Kepala Staf Gabungan Korea Selatan:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Kepala Staf Gabungan Korea Selatan"), Id(NodeType.Place, "Korea Utara")) }));
    }

    [Test]
    public void CitedSourceIsNotATarget()
    {
        var doc = Build("Vietnam siap berunding, kata Pham Minh Chinh, dikutip Reuters.",
            "Vietnam:Place", "Pham Minh Chinh:Person", "Reuters:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Pham Minh Chinh"), Id(NodeType.Place, "Vietnam")) }));
    }

    [Test]
    public void TitleWithDemonstrativeStandsForTheLastSpeaker()
    {
        var doc = Build("“Kami bersahabat,” kata Xi Jinping. Sekjen Partai Komunis China itu menyinggung hubungan dengan Indonesia.",
            "Xi Jinping:Person", "Partai Komunis China:Organization", "Indonesia:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Xi Jinping"), Id(NodeType.Place, "Indonesia")) }));
    }

    [Test]
    public void DescriptionWithDemonstrativeAfterTheQuoteStandsForTheLastSpeaker()
    {
        var doc = Build("Menteri Luar Negeri Peru Elsa Galarza tiba di Lima. “Kami ingin berdamai dengan Chile,” tulis diplomat senior Peru itu dalam unggahannya.",
            "Elsa Galarza:Person", "Peru:Place", "Lima:Place", "Chile:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Elsa Galarza"), Id(NodeType.Place, "Chile")) }));
    }

    [Test]
    public void DescriptionWithDemonstrativeBeforeTheVerbStandsForTheLastSpeaker()
    {
        var doc = Build("Elsa Galarza tiba di Lima pada Senin. Diplomat senior itu mengatakan Chile siap berunding.",
            "Elsa Galarza:Person", "Lima:Place", "Chile:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Elsa Galarza"), Id(NodeType.Place, "Chile")) }));
    }

    [Test]
    public void DescriptionWithoutDemonstrativeNamesNoSpeaker()
    {
        var doc = Build("Elsa Galarza tiba di Lima pada Senin. “Kami ingin berdamai dengan Chile,” kata seorang diplomat.",
            "Elsa Galarza:Person", "Lima:Place", "Chile:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void VerbOfConfirmingReportsSpeech()
    {
        var doc = Build("Elsa Galarza memastikan Chile akan mengirim delegasi ke Lima.", "Elsa Galarza:Person", "Chile:Place", "Lima:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Elsa Galarza"), Id(NodeType.Place, "Chile")),
            (Id(NodeType.Person, "Elsa Galarza"), Id(NodeType.Place, "Lima")),
        }));
    }

    [Test]
    public void ConcessiveClauseAfterAReportIsTheWritersContext()
    {
        var doc = Build("Elsa Galarza menegaskan Peru siap berunding, meski Chile menolak hadir di Lima.",
            "Elsa Galarza:Person", "Peru:Place", "Chile:Place", "Lima:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Elsa Galarza"), Id(NodeType.Place, "Peru")) }));
    }

    [Test]
    public void PersonNamedInWhatTheLastSpeakerSaidDoesNotTakeOverHisPronoun()
    {
        var doc = Build("Ratna Dewi mengatakan, pemerintah Indonesia akan mengenang jasa Kenji Sato. Menurutnya, Kenji Sato memperkuat kerja sama dengan Jepang. “Kami berterima kasih kepada Thailand,” ujarnya.",
            "Ratna Dewi:Person", "Indonesia:Place", "Kenji Sato:Person", "Jepang:Place", "Thailand:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Ratna Dewi"), Id(NodeType.Place, "Thailand"))));
        Assert.That(edges.Where(e => e.Item1 == Id(NodeType.Person, "Kenji Sato")), Is.Empty);
    }

    [Test]
    public void WhomItWasSaidToIsNotWhatWasSaid()
    {
        var doc = Build("Indonesia menolak usul Malaysia, kata Ratna Dewi kepada Reuters.",
            "Indonesia:Place", "Malaysia:Place", "Ratna Dewi:Person", "Reuters:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Ratna Dewi"), Id(NodeType.Place, "Indonesia")),
            (Id(NodeType.Person, "Ratna Dewi"), Id(NodeType.Place, "Malaysia")),
        }));
    }

    [Test]
    public void SpeakerBeforeItsAppositionAndTheVerbAfterAQuote()
    {
        var doc = Build("“Banjir merusak 300 rumah di Kendari,” Rina Wulandari, kepala badan bencana daerah, mengatakan kepada media.",
            "Rina Wulandari:Person", "Kendari:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { (Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Kendari")) }));
    }

    [Test]
    public void OrganisationSpeakingThroughADemikianStatement()
    {
        var doc = Build("“Kami telah menahan dua tersangka di Medan,” demikian pernyataan Kejaksaan Agung.",
            "Medan:Place", "Kejaksaan Agung:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { (Id(NodeType.Organization, "Kejaksaan Agung"), Id(NodeType.Place, "Medan")) }));
    }

    [Test]
    public void AnOrderIsReportedSpeech()
    {
        var doc = Build("Ketua Mahkamah Agung Hendra Wijaya memerintahkan Kejaksaan Agung untuk membuka kembali kasus itu.",
            "Hendra Wijaya:Person", "Kejaksaan Agung:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { (Id(NodeType.Person, "Hendra Wijaya"), Id(NodeType.Organization, "Kejaksaan Agung")) }));
    }

    [Test]
    public void ADescriptionOwnedByAPersonPointsBackAtTheLastSpeaker()
    {
        var doc = Build("Rina Wulandari mengatakan Kendari siap. Adik Budi Santoso itu berdalih tidak ingin membebani Sulawesi.",
            "Rina Wulandari:Person", "Kendari:Place", "Budi Santoso:Person", "Sulawesi:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Sulawesi"))));
        Assert.That(edges, Does.Not.Contain((Id(NodeType.Person, "Budi Santoso"), Id(NodeType.Place, "Sulawesi"))));
    }

    [Test]
    public void DeniedStatementNamingNobodyGivesNoEdge()
    {
        var doc = Build("“Tidak ada yang kami sembunyikan,” demikian pernyataan Kejaksaan Agung.", "Kejaksaan Agung:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void WhomTheSubjectMetIsNotTheSpeaker()
    {
        var doc = Build("Menteri Luar Negeri Rina Wulandari bertemu dengan timpalannya, Budi Santoso, dengan menyatakan kesiapan Kendari untuk membantu Sulawesi.",
            "Rina Wulandari:Person", "Budi Santoso:Person", "Kendari:Place", "Sulawesi:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Kendari"))));
        Assert.That(edges.Where(e => e.Item1 == Id(NodeType.Person, "Budi Santoso")), Is.Empty);
    }

    [Test]
    public void APersonInARelativeClauseIsNotTheSpeaker()
    {
        var doc = Build("Rina Wulandari, yang kantornya membantu pemerintahan Budi Santoso, menyatakan dukungan penuh kepada Sulawesi.",
            "Rina Wulandari:Person", "Budi Santoso:Person", "Sulawesi:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Sulawesi")) }));
    }

    [Test]
    public void ACitedSourceAfterAReportIsNotPartOfIt()
    {
        var doc = Build("Rina Wulandari mendesak Kendari untuk bersiap, menurut kantor berita Sulawesi Pos.",
            "Rina Wulandari:Person", "Kendari:Place", "Sulawesi Pos:Organization");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Kendari")) }));
    }

    [Test]
    public void AContinuedQuoteBelongsToTheSubjectWhoAnsweredTheLastSpeaker()
    {
        var doc = Build("“Kendari harus dibangun kembali,” kata Rina Wulandari kepada Budi Santoso.\n\nMenjawab pernyataan Rina Wulandari, Budi Santoso menggelengkan kepala.\n\n“Kami akan mengirim bantuan ke Sulawesi,” lanjutnya.",
            "Rina Wulandari:Person", "Budi Santoso:Person", "Kendari:Place", "Sulawesi:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Budi Santoso"), Id(NodeType.Place, "Sulawesi"))));
        Assert.That(edges, Does.Not.Contain((Id(NodeType.Person, "Rina Wulandari"), Id(NodeType.Place, "Sulawesi"))));
    }

    [Test]
    public void AnAdjectiveThatCanOpenAClauseDoesNotCutTheSubjectOff()
    {
        // "sementara" is "while" opening a clause, and "interim" after a noun: here the subject is Hadi.
        var doc = Parsed("Presiden Mardika Hadi Prasetyo memanfaatkan pertemuan dengan presiden sementara Lembaria, Tomas Verhaal, untuk menyerukan perdamaian dengan Sentosa.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Mardika:Place", "Lembaria:Place", "Sentosa:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
    }

    [Test]
    public void TheSameWordOpeningAClauseStillGivesThatClauseItsOwnSubject()
    {
        var doc = Parsed("Hadi Prasetyo tiba di Kotabaru, sementara Tomas Verhaal menyerukan perdamaian dengan Sentosa.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place", "Sentosa:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Tomas Verhaal"), Id(NodeType.Place, "Sentosa")) }));
    }

    [Test]
    public void APronounStandsForTheSubjectOfTheSentenceBeforeNotForWhomItMet()
    {
        var doc = Build("Presiden Hadi Prasetyo bertemu dengan Perdana Menteri Tomas Verhaal di Kotabaru. Ia mengatakan Mardika siap bekerja sama dengan Sentosa.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place", "Mardika:Place", "Sentosa:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Mardika")),
            (Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Sentosa")),
        }));
    }

    [Test]
    public void APronounAfterASentenceItsLastPersonOpensStaysWithThatPerson()
    {
        // No subject before the person: the sentence opens with a clause, so the person named stands.
        var doc = Build("Setelah bertemu Hadi Prasetyo, Tomas Verhaal tiba di Kotabaru. Ia mengatakan Mardika siap bekerja sama.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place", "Mardika:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Tomas Verhaal"), Id(NodeType.Place, "Mardika")) }));
    }

    [Test]
    public void AnAttributionClosingReportedSpeechIsNotPartOfWhatWasReported()
    {
        var doc = Build("Hadi Prasetyo tiba di Kotabaru. Ia mendesak Tomas Verhaal untuk menandatangani perjanjian dengan Sentosa, kata Dewan Kota.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place", "Sentosa:Place", "Dewan Kota:Organization");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(edges, Does.Contain((Id(NodeType.Organization, "Dewan Kota"), Id(NodeType.Place, "Sentosa"))));
        Assert.That(edges, Does.Not.Contain((Id(NodeType.Person, "Hadi Prasetyo"), Id(NodeType.Organization, "Dewan Kota"))));
    }

    [Test]
    public void ANestedReportNamingNobodyGivesNoEdge()
    {
        var doc = Build("Hadi Prasetyo tiba di Kotabaru. Ia menyatakan siap berunding, kata Dewan Kota.",
            "Hadi Prasetyo:Person", "Kotabaru:Place", "Dewan Kota:Organization");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.Empty);
    }
}
