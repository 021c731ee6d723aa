using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Who said it: conjoined speakers, continued quotes, clitic speakers, cited outlets, offices standing for their holder.</summary>
public class SpeakerAttributionTests
{
    private static StatedExtractor Extractor => new(Lexicon);

    private static (string, string) Stated(NodeType from, string speaker, NodeType to, string target) =>
        (Id(from, speaker), Id(to, target));

    // Both extractors that read statements, the surface one and the one reading the parse.
    private static List<(string Source, string Target)> AllStated(Document doc) =>
        Edges(Extractor, doc, RelationType.STATED).Concat(Edges(Dependencies, doc, RelationType.STATED)).Distinct().ToList();

    [Test]
    public void APronounOpeningTheClauseAfterAFrontedPlaceIsTheSpeaker()
    {
        var doc = Build("Presiden Hadi Prasetyo tiba di Kotabaru pada Senin. Dalam jumpa pers di Sukamaju, Rabu, ia mengatakan bahwa Mardika siap berunding.",
            "Hadi Prasetyo:Person", "Kotabaru:Place", "Sukamaju:Place", "Mardika:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika")));
        // A place is never the speaker.
        Assert.That(edges.Select(e => e.Item1), Does.Not.Contain(Id(NodeType.Place, "Sukamaju")));
    }

    [Test]
    public void ConjoinedSubjectsOfASpeechVerbEachStateWhatItReports()
    {
        var doc = Parsed("Presiden Hadi Prasetyo dan Perdana Menteri Tomas Verhaal menyatakan bahwa Sentosa siap berunding dengan Mardika.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Sentosa:Place", "Mardika:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.SupersetOf(new[]
        {
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa"),
            Stated(NodeType.Person, "Tomas Verhaal", NodeType.Place, "Sentosa"),
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika"),
            Stated(NodeType.Person, "Tomas Verhaal", NodeType.Place, "Mardika"),
        }));
        Assert.That(edges, Does.Not.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Person, "Tomas Verhaal")));
        Assert.That(edges, Does.Not.Contain(Stated(NodeType.Person, "Tomas Verhaal", NodeType.Person, "Hadi Prasetyo")));
    }

    [Test]
    public void APersonInAnAsideBetweenCommasIsNotTheSpeaker()
    {
        var doc = Parsed("Presiden Hadi Prasetyo, saat berdiri di samping Presiden Mardika Tomas Verhaal, menyatakan dukungan Sentosa bagi Kotabaru.",
            "Hadi Prasetyo:Person", "Mardika:Place", "Tomas Verhaal:Person", "Sentosa:Place", "Kotabaru:Place");
        var edges = AllStated(doc);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa")));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
    }

    [Test]
    public void NotingThatReportsSpeechButNotingAFigureDoesNot()
    {
        var said = Build("Andi Wirawan, seorang pejabat Sentosa, mencatat bahwa jembatan itu runtuh sebelum kunjungan Tomas Verhaal ke Kotabaru.",
            "Andi Wirawan:Person", "Sentosa:Place", "Tomas Verhaal:Person", "Kotabaru:Place");
        Assert.That(Edges(Extractor, said, RelationType.STATED), Does.Contain(Stated(NodeType.Person, "Andi Wirawan", NodeType.Place, "Kotabaru")));
        var counted = Build("Andi Wirawan mencatat 20 korban di Kotabaru.", "Andi Wirawan:Person", "Kotabaru:Place");
        Assert.That(Edges(Extractor, counted, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void ASpeakerAfterTheVerbMayHoldAWordOfPlaceInALowerCaseTitle()
    {
        var doc = Build("Dua warga tewas dalam banjir di Kotabaru, kata menteri dalam negeri Syldavia Budi Hartono.",
            "Kotabaru:Place", "Syldavia:Place", "Budi Hartono:Person");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Does.Contain(Stated(NodeType.Person, "Budi Hartono", NodeType.Place, "Kotabaru")));
        // A place told after the speaker's words is where they spoke, with no one named in it.
        var there = Build("Dua warga tewas dalam banjir, kata polisi di Kotabaru.", "Kotabaru:Place");
        Assert.That(Edges(Extractor, there, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void OthersWhoseWordsAReportTellsStateThemToo()
    {
        var doc = Parsed("Andi Wirawan menyebut Budi Hartono dan Tomas Verhaal menegaskan keprihatinan mereka atas banjir di Kotabaru.",
            "Andi Wirawan:Person", "Budi Hartono:Person", "Tomas Verhaal:Person", "Kotabaru:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.SupersetOf(new[]
        {
            Stated(NodeType.Person, "Andi Wirawan", NodeType.Place, "Kotabaru"),
            Stated(NodeType.Person, "Budi Hartono", NodeType.Place, "Kotabaru"),
            Stated(NodeType.Person, "Tomas Verhaal", NodeType.Place, "Kotabaru"),
        }));
        // A second verb sharing the first one's subject is still the first speaker's alone.
        var shared = Build("Andi Wirawan menekankan bahwa Sentosa siap dan mengutuk serangan di Kotabaru.",
            "Andi Wirawan:Person", "Sentosa:Place", "Kotabaru:Place");
        Assert.That(Edges(Extractor, shared, RelationType.STATED).Select(e => e.Source).Distinct(), Is.EqualTo(new[] { Id(NodeType.Person, "Andi Wirawan") }));
    }

    [Test]
    public void AHopeReportedOfABodyIsWhatItStated()
    {
        var doc = Build("Partai Sukamaju berharap kunjungan Budi Hartono ke Kotabaru membawa hasil.",
            "Partai Sukamaju:Organization", "Budi Hartono:Person", "Kotabaru:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.SupersetOf(new[]
        {
            Stated(NodeType.Organization, "Partai Sukamaju", NodeType.Person, "Budi Hartono"),
            Stated(NodeType.Organization, "Partai Sukamaju", NodeType.Place, "Kotabaru"),
        }));
    }

    [Test]
    public void AStatementPointedBackToByAPassiveSpeechVerbIsTheSentenceBefore()
    {
        var doc = Build("Jalan menuju Kotabaru dibuka lagi setelah serangan Brigade Fajar. Pernyataan ini disampaikan Kapolres Sukamaju AKBP Budi Hartono kepada wartawan.",
            "Kotabaru:Place", "Brigade Fajar:Organization", "Sukamaju:Place", "Budi Hartono:Person");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Is.SupersetOf(new[]
        {
            Stated(NodeType.Person, "Budi Hartono", NodeType.Place, "Kotabaru"),
            Stated(NodeType.Person, "Budi Hartono", NodeType.Organization, "Brigade Fajar"),
        }));
        // "oleh" may stand before the speaker of a passive speech verb.
        var by = Build("Kotabaru menolak usul itu, dikatakan oleh Budi Hartono.", "Kotabaru:Place", "Budi Hartono:Person");
        Assert.That(Edges(Extractor, by, RelationType.STATED), Does.Contain(Stated(NodeType.Person, "Budi Hartono", NodeType.Place, "Kotabaru")));
        // An ordinary subject before the passive verb keeps the statement in its sentence.
        var own = Build("Jalan menuju Kotabaru dibuka lagi. Rencana itu disampaikan Budi Hartono kepada wartawan.", "Kotabaru:Place", "Budi Hartono:Person");
        Assert.That(Edges(Extractor, own, RelationType.STATED), Is.Empty);
    }

    [Test]
    public void WhomTheSpeakerMetIsNoCoSpeaker()
    {
        var doc = Parsed("Hadi Prasetyo bertemu dengan Tomas Verhaal di Kotabaru dan menyatakan bahwa Sentosa siap berunding.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place", "Sentosa:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa")));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
    }

    [Test]
    public void AQuotedPhraseTheSentenceRunsOnAfterCarriesTheRestOfTheSentence()
    {
        var doc = Build("Hadi Prasetyo menyatakan “keprihatinan yang mendalam” atas kerja sama militer antara Sentosa dan Mardika.",
            "Hadi Prasetyo:Person", "Sentosa:Place", "Mardika:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[]
        {
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa"),
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika"),
        }));
    }

    [Test]
    public void TheWritersAsideAfterADashIsNotPartOfARunOnQuote()
    {
        var doc = Build("Hadi Prasetyo berjanji untuk mengakhiri “perang panjang” di Sentosa - konflik yang dimulai setelah invasi Mardika.",
            "Hadi Prasetyo:Person", "Sentosa:Place", "Mardika:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa") }));
    }

    [Test]
    public void AnUnattributedQuoteContinuesTheSpeakerNotThePersonNamedBetween()
    {
        // The first quote's speaker is the leader named before it; the second quote is not attributed.
        var doc = Build("Hadi Prasetyo tiba di Kotabaru. “Kami siap membantu Sentosa,” kata pemimpin Kotabaru itu. Pada kesempatan yang sama, Hadi Prasetyo mengundang rekannya, Tomas Verhaal, untuk berbicara di forum itu.\n\n“Kami berharap Mardika ikut hadir.”",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Sentosa:Place", "Kotabaru:Place", "Mardika:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika")));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
    }

    [Test]
    public void ACliticSpeakerAfterABodysStatementIsThatBodyNotThePersonItNames()
    {
        var doc = Build("Seorang warga tewas dalam serangan di Kotabaru, kata Kementerian Luar Negeri Sentosa. Tomas Verhaal, yang sempat disandera, ditemukan oleh pasukan Mardika, katanya.",
            "Kementerian Luar Negeri Sentosa:Organization", "Tomas Verhaal:Person", "Kotabaru:Place", "Mardika:Place");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Organization, "Kementerian Luar Negeri Sentosa", NodeType.Person, "Tomas Verhaal")));
        Assert.That(edges, Does.Contain(Stated(NodeType.Organization, "Kementerian Luar Negeri Sentosa", NodeType.Place, "Mardika")));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
    }

    [Test]
    public void AQuoteSaidByDiaAfterNarrationGoesOnQuotingTheLastQuotedSpeaker()
    {
        const string said = "“Kelompok itu menyerang pada malam hari,” kata juru bicara polisi Hadi Prasetyo. Hanya saja, Tomas Verhaal telah membakar dua rumah. Warga mengungsi ke hutan. ";
        string[] names = ["Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Kotabaru:Place"];
        var edges = Edges(Extractor, Build(said + "“Korban dibawa ke Kotabaru,” ucap dia.", names), RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Kotabaru")));
        Assert.That(edges.Select(e => e.Source), Has.None.EqualTo(Id(NodeType.Person, "Tomas Verhaal")));
        // The person named in the sentence right before the quote is the one quoted.
        edges = Edges(Extractor, Build(said + "Tomas Verhaal lalu menemui wartawan. “Korban dibawa ke Kotabaru,” ucap dia.", names), RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Tomas Verhaal", NodeType.Place, "Kotabaru")));
    }

    [Test]
    public void ACliticAfterAPersonsQuoteStaysWithThatPerson()
    {
        var doc = Build("Hadi Prasetyo tiba di Kotabaru. “Mardika adalah mitra penting,” ujarnya.",
            "Hadi Prasetyo:Person", "Kotabaru:Place", "Mardika:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika") }));
    }

    [Test]
    public void ANewsOutletCitedAsTheSourceStatesNothing()
    {
        var doc = Parsed("Dua orang tewas dalam serangan di Kotabaru, kata kantor berita Reuters. Menurut Reuters, pasukan Mardika menembaki Kotabaru.",
            "Reuters:Organization", "Kotabaru:Place", "Mardika:Place");
        Assert.That(AllStated(doc), Is.Empty);
    }

    [Test]
    public void ANamedBodyThatIsNoOutletStillSpeaks()
    {
        var doc = Build("Dua orang tewas dalam serangan di Kotabaru, kata Dewan Kota.", "Dewan Kota:Organization", "Kotabaru:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EqualTo(new[] { Stated(NodeType.Organization, "Dewan Kota", NodeType.Place, "Kotabaru") }));
    }

    [Test]
    public void AnInvitationIsNoStatement()
    {
        var doc = Parsed("Hadi Prasetyo mengajak Tomas Verhaal untuk bergabung dengan Sentosa.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person", "Sentosa:Place");
        Assert.That(AllStated(doc), Is.Empty);
    }

    [Test]
    public void AnOfficeWithoutANameAfterAccordingToStandsForItsHolderNamedBefore()
    {
        var doc = Build("Kepala kepolisian Hadi Prasetyo membenarkan adanya serangan. Menurut Kapolda Mardika, serangan itu dilakukan kelompok Sentosa.",
            "Hadi Prasetyo:Person", "Mardika:Place", "Sentosa:Organization");
        var edges = Edges(Extractor, doc, RelationType.STATED);
        Assert.That(edges, Does.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Organization, "Sentosa")));
        // The place in the office's title is who holds it, not what was said.
        Assert.That(edges, Does.Not.Contain(Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika")));
    }

    [Test]
    public void AccordingToANameTakesTheWordsAfterTheComma()
    {
        var doc = Build("Menurut Hadi Prasetyo, pasukan Mardika sudah tiba di Kotabaru.", "Hadi Prasetyo:Person", "Mardika:Place", "Kotabaru:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[]
        {
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika"),
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Kotabaru"),
        }));
    }

    [Test]
    public void AStatementOnlyForeseenUnderAConditionIsNotMade()
    {
        var doc = Parsed("Jika Sentosa menyerang lagi, Hadi Prasetyo akan mengumumkan bahwa Mardika ikut membalas.",
            "Hadi Prasetyo:Person", "Sentosa:Place", "Mardika:Place");
        Assert.That(AllStated(doc), Is.Empty);
    }

    [Test]
    public void AConditionInsideWhatWasSaidDoesNotUndoTheSaying()
    {
        var doc = Build("Hadi Prasetyo mengatakan bahwa jika Sentosa menyerang, Mardika akan membalas.",
            "Hadi Prasetyo:Person", "Sentosa:Place", "Mardika:Place");
        Assert.That(Edges(Extractor, doc, RelationType.STATED), Is.EquivalentTo(new[]
        {
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Sentosa"),
            Stated(NodeType.Person, "Hadi Prasetyo", NodeType.Place, "Mardika"),
        }));
    }

    [Test]
    public void ConjoinedSpeakersOfAStatementNamingNobodyGiveNoEdge()
    {
        var doc = Parsed("Hadi Prasetyo dan Tomas Verhaal menyatakan bahwa mereka siap bekerja sama.",
            "Hadi Prasetyo:Person", "Tomas Verhaal:Person");
        Assert.That(AllStated(doc), Is.Empty);
    }
}
