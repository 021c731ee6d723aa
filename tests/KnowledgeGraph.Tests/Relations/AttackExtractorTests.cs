using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

public class AttackExtractorTests
{
    private static AttackExtractor Extractor => new(Lexicon);

    private static List<(string, string)> Attacks(string text, params string[] entities) =>
        Edges(Extractor, Build(text, entities), RelationType.ATTACKED);

    [Test]
    public void ActiveVerbAssertsAttack()
    {
        Assert.That(Attacks("Pada Senin pagi, Israel menyerang Lebanon selatan.", "Israel:Place", "Lebanon:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Israel"), Id(NodeType.Place, "Lebanon")) }));
    }

    [Test]
    public void AVictimDescribedThenNamedIsTheTarget()
    {
        string[] entities = ["Front Lembah:Organization", "Budi Hartono:Person", "Kotabaru:Place"];
        var edge = (Id(NodeType.Organization, "Front Lembah"), Id(NodeType.Person, "Budi Hartono"));
        Assert.That(Attacks("Front Lembah menembak mati seorang sopir angkot bernama Budi Hartono di Kotabaru, Senin.", entities), Does.Contain(edge));
        Assert.That(Attacks("Front Lembah melakukan penyerangan terhadap sopir angkot bernama Budi Hartono di Kotabaru.", entities), Does.Contain(edge));
        // An age set off after the victim's name does not end the phrase before where it happened.
        Assert.That(Attacks("Front Lembah melakukan penyerangan terhadap Budi Hartono (40) di Kotabaru.", entities),
            Does.Contain((Id(NodeType.Organization, "Front Lembah"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void WhereSomethingWasShotDownIsNoTarget()
    {
        string[] entities = ["Borduria:Place", "Syldavia:Place", "Kotabaru:Place"];
        Assert.That(Attacks("Borduria menembak jatuh 20 drone Syldavia di atas wilayah Kotabaru.", entities),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Syldavia")) }));
        // Any other attack verb still hits the places it names.
        Assert.That(Attacks("Borduria menembaki pos Syldavia di wilayah Kotabaru.", entities),
            Does.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void AnOfficersAccountOfAnAttackTellsIt()
    {
        string[] entities = ["Polres Kotabaru:Organization", "Budi Hartono:Person", "Front Lembah:Organization", "Sukamaju:Place", "Kementerian Pertahanan Borduria:Organization", "Syldavia:Place"];
        var edge = (Id(NodeType.Organization, "Front Lembah"), Id(NodeType.Place, "Sukamaju"));
        Assert.That(Attacks("Kasat Reskrim Polres Kotabaru AKP Budi Hartono mengatakan Front Lembah menyerang Sukamaju pada Senin.", entities), Does.Contain(edge));
        // A side's spokesperson telling what the other side did is that side's claim.
        Assert.That(Attacks("Juru bicara Kementerian Pertahanan Borduria Budi Hartono mengatakan Syldavia menyerang Sukamaju pada Senin.", entities), Is.Empty);
    }

    [Test]
    public void SendingOffWeaponsAtAPlaceAttacksIt()
    {
        string[] entities = ["Borduria:Place", "Syldavia:Place", "Kotabaru:Place"];
        Assert.That(Attacks("Borduria melepaskan 20 lebih rudal jelajah ke Syldavia pada Sabtu.", entities),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Syldavia")) }));
        // What is sent off is no weapon: a release, not an attack.
        Assert.That(Attacks("Borduria melepaskan 20 tahanan ke Syldavia pada Sabtu.", entities), Is.Empty);
        Assert.That(Attacks("Borduria melepaskan Kotabaru dari blokade.", entities), Is.Empty);
    }

    [Test]
    public void WeaponsPutToUseForAnAttackCarriedItOut()
    {
        string[] entities = ["Borduria:Place", "Syldavia:Place"];
        var edge = new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Syldavia")) };
        Assert.That(Attacks("Militer Borduria menggunakan drone untuk menyerang kilang minyak Syldavia pada Rabu.", entities), Is.EqualTo(edge));
        Assert.That(Attacks("Militer Borduria mengonfirmasi pengerahan jet tempur F-16 untuk menyerang posisi militer Syldavia.", entities), Is.EqualTo(edge));
        // A purpose with no weapons put to use is an aim; what hedges the use hedges the attack.
        Assert.That(Attacks("Militer Borduria bersiap untuk menyerang kilang minyak Syldavia.", entities), Is.Empty);
        Assert.That(Attacks("Borduria harus diizinkan menggunakan drone untuk menyerang Syldavia.", entities), Is.Empty);
        Assert.That(Attacks("Jika Borduria menggunakan senjata nuklir untuk menyerang Syldavia, perang akan meluas.", entities), Is.Empty);
    }

    [Test]
    public void WhoWasKilledInAnAttackNamingOnlyItsAttackerWasAttackedByIt()
    {
        var edges = Attacks("Komandan milisi Budi Santoso tewas dalam serangan udara Borduria, Jumat pagi. Ani Rahayu juga tewas dalam serangan itu.",
            "Budi Santoso:Person", "Borduria:Place", "Ani Rahayu:Person");
        Assert.That(edges, Does.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Person, "Budi Santoso"))));
        Assert.That(edges, Does.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Person, "Ani Rahayu"))));
        // A death only supposed is no attack.
        Assert.That(Attacks("Budi Santoso kemungkinan tewas dalam serangan udara Borduria.", "Budi Santoso:Person", "Borduria:Place"), Is.Empty);
    }

    [Test]
    public void PlacesListedAfterBesidesWereHitByTheAttackToo()
    {
        var edges = Attacks("Borduria meluncurkan serangan rudal ke Syldavia pada Sabtu. Selain Kotabaru, Sukamaju dan Kharkiv, serangan rudal itu juga mengenai apartemen di Lembah.",
            "Borduria:Place", "Syldavia:Place", "Kotabaru:Place", "Sukamaju:Place", "Kharkiv:Place", "Lembah:Place");
        foreach (var hit in new[] { "Kotabaru", "Sukamaju", "Kharkiv" })
            Assert.That(edges, Does.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Place, hit))), hit);
        // Without the closing comma the words are no list of places the attack reached.
        var none = Attacks("Borduria meluncurkan serangan rudal ke Syldavia pada Sabtu. Selain itu Kotabaru menolak bantuan.",
            "Borduria:Place", "Syldavia:Place", "Kotabaru:Place");
        Assert.That(none, Does.Not.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Kotabaru"))));
    }

    [Test]
    public void ThePeopleTheNextSentenceNamesWereTheUnnamedVictimsOfAnAttack()
    {
        string[] names = ["Brigade Fajar:Organization", "Budi Hartono:Person", "Andi Wirawan:Person"];
        (string, string)[] both = [(Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Person, "Budi Hartono")),
            (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Person, "Andi Wirawan"))];
        Assert.That(Attacks("Namun, dua pekerja tewas dibunuh oleh anggota Brigade Fajar dalam insiden itu. "
            + "Identitas dua korban tewas itu adalah Budi Hartono dan Andi Wirawan.", names), Is.EquivalentTo(both));
        Assert.That(Attacks("Brigade Fajar menyerang dua pekerja di jalan itu. Mereka adalah Budi Hartono dan Andi Wirawan.", names),
            Is.EquivalentTo(both));
        // A sentence naming people without a word for victims or a pronoun for them tells of others.
        Assert.That(Attacks("Brigade Fajar menyerang dua pekerja di jalan itu. Ketua panitia adalah Budi Hartono dan Andi Wirawan.", names), Is.Empty);
    }

    [Test]
    public void ThoseTheWordsForTheHarmedNameAfterAnAttackWereItsVictims()
    {
        string[] names = ["Brigade Fajar:Organization", "Kotabaru:Place", "Budi Hartono:Person", "Andi Wirawan:Person"];
        var budi = (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Person, "Budi Hartono"));
        var andi = (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Person, "Andi Wirawan"));
        Assert.That(Attacks("Brigade Fajar menyerang pos jaga di Kotabaru. Satu orang tewas yakni Sertu Budi Hartono, dan satu lagi Kapten Andi Wirawan terluka.", names),
            Does.Contain(budi).And.Contain(andi));
        Assert.That(Attacks("Brigade Fajar menembak warga di Kotabaru. Dua warga yang tewas adalah Budi Hartono dan Andi Wirawan.", names),
            Does.Contain(budi).And.Contain(andi));
        Assert.That(Attacks("Brigade Fajar menembak warga di Kotabaru. Korbannya yakni Brigadir Budi Hartono yang terluka di lengan.", names),
            Does.Contain(budi));
        // With no attack told before, the harmed are no one's victims.
        Assert.That(Attacks("Banjir melanda Kotabaru. Dua warga yang tewas adalah Budi Hartono dan Andi Wirawan.", names), Is.Empty);
    }

    [Test]
    public void AnAttackToldToHaveHappenedSomewhereReachesThePlacePastARelativeClause()
    {
        var edges = Attacks("Serangan udara Borduria menghantam sebuah bus di Kotabaru. Serangan itu terjadi Kamis pagi di luar pasar yang sibuk di Sukamaju.",
            "Borduria:Place", "Kotabaru:Place", "Sukamaju:Place");
        Assert.That(edges, Does.Contain((Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Sukamaju"))));
    }

    [Test]
    public void AKillingTheTextTellsIsAnAttack()
    {
        var edge = new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Organization, "Polres Sukamaju")) };
        Assert.That(Attacks("Brigade Fajar membunuh tiga anggota Polres Sukamaju pada Senin.", "Brigade Fajar:Organization", "Polres Sukamaju:Organization"), Is.EqualTo(edge));
        Assert.That(Attacks("Tiga anggota Polres Sukamaju dibunuh oleh Brigade Fajar pada Senin.", "Brigade Fajar:Organization", "Polres Sukamaju:Organization"), Is.EqualTo(edge));
        Assert.That(Attacks("Brigade Fajar mengancam akan membunuh anggota Polres Sukamaju.", "Brigade Fajar:Organization", "Polres Sukamaju:Organization"), Is.Empty);
    }

    [Test]
    public void TheOutletAReportIsTakenFromIsNoTarget()
    {
        var found = Attacks("Dikutip dari Kantor Berita Lembah, Rabu, belasan pelaku penyanderaan ditembak mati. "
            + "Dalam insiden ini, Brigade Fajar mengaku bertanggung jawab atas serangan terhadap Kotabaru.",
            "Brigade Fajar:Organization", "Kotabaru:Place", "Kantor Berita Lembah:Organization");
        Assert.That(found, Does.Contain((Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Kotabaru"))));
        Assert.That(found.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Organization, "Kantor Berita Lembah")));
    }

    [Test]
    public void SteppingUpOrGoingOnWithAttacksAssertsThem()
    {
        var edge = new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Syldavia")) };
        Assert.That(Attacks("Pasukan Borduria meningkatkan serangan terhadap Syldavia sejak Senin.", "Borduria:Place", "Syldavia:Place"), Is.EqualTo(edge));
        Assert.That(Attacks("Borduria melanjutkan serangan ke Syldavia pada Senin.", "Borduria:Place", "Syldavia:Place"), Is.EqualTo(edge));
        Assert.That(Attacks("Borduria akan melanjutkan serangan ke Syldavia.", "Borduria:Place", "Syldavia:Place"), Is.Empty);
    }

    [Test]
    public void APassivesDoerMayBeDescribedBeforeItsNameAndStruckWhereTheTextSays()
    {
        var edges = Attacks("Dua anggota Brigade Fajar tewas diserang kelompok bersenjata liar (LS) di Kotabaru.",
            "Brigade Fajar:Organization", "LS:Organization", "Kotabaru:Place");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Organization, "LS"), Id(NodeType.Organization, "Brigade Fajar")),
            (Id(NodeType.Organization, "LS"), Id(NodeType.Place, "Kotabaru")),
        }));
        // Whom the clause does not name: the attack fell where the text says.
        Assert.That(Attacks("Dua warga diserang Laskar Senja di Kotabaru.", "Laskar Senja:Organization", "Kotabaru:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Laskar Senja"), Id(NodeType.Place, "Kotabaru")) }));
        // A clause word after the verb ends the search for a doer.
        Assert.That(Attacks("Dua warga diserang saat tidur bersama Laskar Senja di Kotabaru.", "Laskar Senja:Organization", "Kotabaru:Place"), Is.Empty);
    }

    [Test]
    public void AttackersWithTheirAgesSetOffAllDidIt()
    {
        var kotabaru = Id(NodeType.Place, "Kotabaru");
        foreach (var text in new[] { "Budi Hartono (18) dan Andi Wirawan (16) menyerang pos polisi di Kotabaru.",
                                     "Budi Hartono, 18 tahun, dan Andi Wirawan, 16 tahun, menyerang pos polisi di Kotabaru." })
            Assert.That(Attacks(text, "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place"),
                Is.SupersetOf(new[] { (Id(NodeType.Person, "Budi Hartono"), kotabaru), (Id(NodeType.Person, "Andi Wirawan"), kotabaru) }), text);
        // A number in brackets that is no age does not join the next name.
        Assert.That(Attacks("Budi Hartono (18) menyerang pos polisi. Andi Wirawan di Kotabaru.", "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place")
            .Select(e => e.Item1), Has.None.EqualTo(Id(NodeType.Person, "Andi Wirawan")));
    }

    [Test]
    public void ADoubtAboutTheAttackersNameIsNoDoubtAboutTheAttack()
    {
        var budi = Id(NodeType.Person, "Budi Hartono");
        var andi = Id(NodeType.Person, "Andi Wirawan");
        Assert.That(Attacks("Seorang pria yang diduga bernama Budi Hartono menyerang Andi Wirawan di Kotabaru.", "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place"),
            Does.Contain((budi, andi)));
        // Doubting the deed itself still hedges it.
        Assert.That(Attacks("Budi Hartono diduga menyerang Andi Wirawan di Kotabaru.", "Budi Hartono:Person", "Andi Wirawan:Person", "Kotabaru:Place"), Is.Empty);
    }

    [Test]
    public void EveryoneTheTargetsListJoinsWithTheirTitlesWasAttacked()
    {
        var budi = Id(NodeType.Person, "Budi Hartono");
        var edges = Attacks("Budi Hartono menyerang anggota Polsek Sukamaju AKP Andi Wirawan dan Briptu Dodi Saputra di Kotabaru.",
            "Budi Hartono:Person", "Polsek Sukamaju:Organization", "Andi Wirawan:Person", "Dodi Saputra:Person", "Kotabaru:Place");
        Assert.That(edges, Is.SupersetOf(new[] { (budi, Id(NodeType.Person, "Andi Wirawan")), (budi, Id(NodeType.Person, "Dodi Saputra")) }));
        // A name after "dan" that opens a clause of its own is no target.
        var other = Attacks("Borduria menyerang Kotabaru dan Syldavia membalas serangan itu.", "Borduria:Place", "Kotabaru:Place", "Syldavia:Place");
        Assert.That(other.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Place, "Syldavia")));
    }

    [Test]
    public void WhereAnAttackWasDoneIsReadPastTheWeaponItWasDoneWith()
    {
        var budi = Id(NodeType.Person, "Budi Hartono");
        var edges = Attacks("Budi Hartono menyerang Andi Wirawan dengan sebilah pisau di Masjid Raya, Kotabaru.",
            "Budi Hartono:Person", "Andi Wirawan:Person", "Masjid Raya:Place", "Kotabaru:Place");
        Assert.That(edges, Is.SupersetOf(new[] { (budi, Id(NodeType.Place, "Masjid Raya")), (budi, Id(NodeType.Place, "Kotabaru")) }));
        // Who the doer came with is no weapon: the place after them is not read as the attack's.
        var with = Attacks("Budi Hartono menyerang Andi Wirawan dengan Dodi Saputra di Kotabaru.", "Budi Hartono:Person", "Andi Wirawan:Person", "Dodi Saputra:Person", "Kotabaru:Place");
        Assert.That(with.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Person, "Dodi Saputra")));
    }

    [Test]
    public void ConditionalAttackGivesNoEdge()
    {
        Assert.That(Attacks("Jika Rusia menyerang Polandia, NATO akan bertindak.", "Rusia:Place", "Polandia:Place", "NATO:Organization"), Is.Empty);
    }

    [Test]
    public void ThreatGivesNoEdge()
    {
        Assert.That(Attacks("Korea Utara mengancam akan menyerang Jepang.", "Korea Utara:Place", "Jepang:Place"), Is.Empty);
    }

    [Test]
    public void CalledOffOrScheduledAttackGivesNoEdge()
    {
        Assert.That(Attacks("Israel membatalkan serangan ke Rafah.", "Israel:Place", "Rafah:Place"), Is.Empty);
        Assert.That(Attacks("Israel dijadwalkan menyerang Rafah pekan depan.", "Israel:Place", "Rafah:Place"), Is.Empty);
    }

    [Test]
    public void DenialGivesNoEdge()
    {
        Assert.That(Attacks("Taliban membantah menyerang Kabul.", "Taliban:Organization", "Kabul:Place"), Is.Empty);
    }

    [Test]
    public void AnOrderToAttackIsNoAttack()
    {
        var entities = new[] { "Budi Hartono:Person", "Brigade Fajar:Organization", "Kotabaru:Place" };
        Assert.That(Attacks("Budi Hartono menginstruksikan pasukan keamanan menghancurkan Brigade Fajar di Kotabaru.", entities), Is.Empty);
        Assert.That(Attacks("Budi Hartono memerintahkan pasukan menyerang Brigade Fajar di Kotabaru.", entities), Is.Empty);
        Assert.That(Attacks("Budi Hartono menyerang Brigade Fajar di Kotabaru.", entities), Is.Not.Empty);
    }

    [Test]
    public void AccusationGivesNoEdge()
    {
        Assert.That(Attacks("Ada tuduhan bahwa Israel menyerang Suriah.", "Israel:Place", "Suriah:Place"), Is.Empty);
    }

    [Test]
    public void AttackClaimedInsideAStatementGivesNoEdge()
    {
        Assert.That(Attacks("Juru bicara militer Budi Santoso mengatakan Thailand menyerang Kamboja.",
            "Budi Santoso:Person", "Thailand:Place", "Kamboja:Place"), Is.Empty);
        Assert.That(Attacks("“Thailand menyerang Kamboja,” kata Budi Santoso.",
            "Budi Santoso:Person", "Thailand:Place", "Kamboja:Place"), Is.Empty);
    }

    [Test]
    public void NominalAttackReachesPlacesNamedWithTermasuk()
    {
        var edges = Attacks("Serangan rudal Iran ke berbagai kota Israel, termasuk ibu kota Tel Aviv, melukai warga.",
            "Iran:Place", "Israel:Place", "Tel Aviv:Place");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Place, "Iran"), Id(NodeType.Place, "Israel")),
            (Id(NodeType.Place, "Iran"), Id(NodeType.Place, "Tel Aviv")),
        }));
    }

    [Test]
    public void DoerAfterOlehAttacksTheOwnerNamedWithMilik()
    {
        var edges = Attacks("Insiden penembakan pesawat milik Jepang di Laut China Timur oleh pasukan China memicu protes.",
            "Jepang:Place", "Laut China Timur:Place", "China:Place");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Place, "China"), Id(NodeType.Place, "Jepang")) }));
    }

    [Test]
    public void PassiveVerbWithDoer()
    {
        var edges = Attacks("Kapal Vietnam diserang oleh Penjaga Pantai China di perairan itu.",
            "Vietnam:Place", "Penjaga Pantai China:Organization");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Organization, "Penjaga Pantai China"), Id(NodeType.Place, "Vietnam")) }));
    }

    [Test]
    public void PassiveSubjectStandingInAnAddressIsAttackedWithWhereItStood()
    {
        // The commas of the address open no clause: the attacked is the subject, not the last place.
        var edges = Attacks("Tiga anggota Polres Sukamaju di Kampung Sirna, Kabupaten Sukamaju, Jawa Barat tewas diserang Front Merah.",
            "Polres Sukamaju:Organization", "Kampung Sirna:Place", "Kabupaten Sukamaju:Place", "Jawa Barat:Place", "Front Merah:Organization");
        var front = Id(NodeType.Organization, "Front Merah");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (front, Id(NodeType.Organization, "Polres Sukamaju")), (front, Id(NodeType.Place, "Kampung Sirna")),
            (front, Id(NodeType.Place, "Kabupaten Sukamaju")), (front, Id(NodeType.Place, "Jawa Barat")),
        }));
    }

    [Test]
    public void PassiveSubjectAfterAPreposedAdjunctIsStillTheAttacked()
    {
        // A comma before a name that is no place does open the clause, after a place as well.
        var edges = Attacks("Pada Senin malam di Kampung Sirna, pos Polres Sukamaju diserang Front Merah.",
            "Kampung Sirna:Place", "Polres Sukamaju:Organization", "Front Merah:Organization");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Organization, "Front Merah"), Id(NodeType.Organization, "Polres Sukamaju")) }));
    }

    [Test]
    public void WhomAnAttackPointedBackToKilledWereAttackedByItsAttacker()
    {
        const string told = "Front Merah menyerang Pos Lembah di Kabupaten Sukamaju, Senin. ";
        var entities = new[] { "Front Merah:Organization", "Pos Lembah:Place", "Kabupaten Sukamaju:Place", "Budi Santoso:Person", "Andi Wijaya:Person" };
        var front = Id(NodeType.Organization, "Front Merah");
        var budi = (front, Id(NodeType.Person, "Budi Santoso"));
        var andi = (front, Id(NodeType.Person, "Andi Wijaya"));
        Assert.That(Attacks(told + "Serangan itu menewaskan Budi Santoso dan Andi Wijaya.", entities), Does.Contain(budi).And.Contain(andi));
        Assert.That(Attacks(told + "Kejadian tersebut terjadi sekitar pukul 03.00 menewaskan Serda Budi Santoso (sempat hilang), Pratu Andi Wijaya.", entities),
            Does.Contain(budi).And.Contain(andi));
    }

    [Test]
    public void WhereAHappeningPointedBackToTookPlaceIsWhereTheAttackFell()
    {
        var entities = new[] { "Front Merah:Organization", "Pos Lembah:Place", "Kampung Sukamaju:Place", "Kabupaten Kotabaru:Place" };
        var front = Id(NodeType.Organization, "Front Merah");
        var found = Attacks("Front Merah menyerang Pos Lembah, Senin. Peristiwa ini terjadi pada Senin dini hari di Kampung Sukamaju, Kabupaten Kotabaru.", entities);
        Assert.That(found, Does.Contain((front, Id(NodeType.Place, "Kampung Sukamaju"))).And.Contain((front, Id(NodeType.Place, "Kabupaten Kotabaru"))));
        // A meeting told before is no attack: where the happening took place was attacked by no one.
        Assert.That(Attacks("Front Merah menggelar rapat, Senin. Peristiwa ini terjadi di Kampung Sukamaju.", entities), Is.Empty);
    }

    [Test]
    public void AHappeningPointedBackToWithoutAToldAttackKillsNoOneByAnyone()
    {
        var entities = new[] { "Front Merah:Organization", "Budi Santoso:Person" };
        // No attack told before: the accident is no attack.
        Assert.That(Attacks("Front Merah menggelar rapat, Senin. Kejadian tersebut menewaskan Budi Santoso.", entities), Is.Empty);
        // A hedge on the pointing phrase.
        Assert.That(Attacks("Front Merah menyerang Pos Lembah, Senin. Kejadian tersebut diduga menewaskan Budi Santoso.", [.. entities, "Pos Lembah:Place"]),
            Does.Not.Contain((Id(NodeType.Organization, "Front Merah"), Id(NodeType.Person, "Budi Santoso"))));
    }

    [Test]
    public void ArsonByAPartyIsAnAttackOnWhatItBurnt()
    {
        var edges = Attacks("Pesawat Merpati Air dibakar oleh Front Merah di Bandara Lembah.",
            "Merpati Air:Organization", "Front Merah:Organization", "Bandara Lembah:Place");
        Assert.That(edges, Does.Contain((Id(NodeType.Organization, "Front Merah"), Id(NodeType.Organization, "Merpati Air"))));
        // Burning with no named party is no attack on anyone.
        Assert.That(Attacks("Warga membakar sampah di Kampung Sirna.", "Kampung Sirna:Place"), Is.Empty);
    }

    [Test]
    public void WhoAReportedClauseSaysCarriedOutAnAttackIsTheAttackerNotTheReporter()
    {
        var edges = Attacks("Polda Sukamaju menyatakan Front Merah kembali melakukan aksi teror kepada para pekerja di Kampung Sirna, Senin.",
            "Polda Sukamaju:Organization", "Front Merah:Organization", "Kampung Sirna:Place");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Organization, "Front Merah"), Id(NodeType.Place, "Kampung Sirna")) }));
    }

    [Test]
    public void EveryPerpetratorOfAListAttackedWhatTheAttackWasAimedAt()
    {
        var edges = Attacks("Sepuluh orang tewas dalam serangan brutal ke kantor majalah Suara Lembah di Sukamaju, Rabu. "
            + "Polisi sudah mengetahui identitas ketiga penyerang, yaitu Andi Wijaya, Budi Santoso dan Dodi Saputra.",
            "Suara Lembah:Organization", "Sukamaju:Place", "Andi Wijaya:Person", "Budi Santoso:Person", "Dodi Saputra:Person");
        foreach (var attacker in new[] { "Andi Wijaya", "Budi Santoso", "Dodi Saputra" })
            Assert.That(edges, Does.Contain((Id(NodeType.Person, attacker), Id(NodeType.Organization, "Suara Lembah")))
                .And.Contain((Id(NodeType.Person, attacker), Id(NodeType.Place, "Sukamaju"))), attacker);
    }

    [Test]
    public void GenericAttackWithoutAttackerGivesNoEdge()
    {
        Assert.That(Attacks("Serangan itu terjadi di Kabul pada malam hari.", "Kabul:Place"), Is.Empty);
    }

    [Test]
    public void PossessiveAttackBelongsToTheClauseSubject()
    {
        Assert.That(Attacks("Tentara Myanmar terus meningkatkan serangannya terhadap Front Nasional Chin di Chin.",
            "Myanmar:Place", "Front Nasional Chin:Organization", "Chin:Place"), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Place, "Myanmar"), Id(NodeType.Organization, "Front Nasional Chin")),
            (Id(NodeType.Place, "Myanmar"), Id(NodeType.Place, "Chin")),
        }));
    }

    [Test]
    public void ListOfPlacesAfterTheVerbAreAllTargets()
    {
        Assert.That(Attacks("Menurut seorang reporter Kantor Berita Antara, pesawat Israel menghantam daerah terpisah di Rafah, Khan Yunis, dan Deir al-Balah.",
            "Kantor Berita Antara:Organization", "Israel:Place", "Rafah:Place", "Khan Yunis:Place", "Deir al-Balah:Place"), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Place, "Israel"), Id(NodeType.Place, "Rafah")),
            (Id(NodeType.Place, "Israel"), Id(NodeType.Place, "Khan Yunis")),
            (Id(NodeType.Place, "Israel"), Id(NodeType.Place, "Deir al-Balah")),
        }));
    }

    [Test]
    public void DatelinePlaceIsNeverTheAttacker()
    {
        Assert.That(Attacks("SEOUL - Korea Utara menembakkan dua rudal ke Jepang.", "SEOUL=Seoul:Place", "Korea Utara:Place", "Jepang:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Korea Utara"), Id(NodeType.Place, "Jepang")) }));
    }

    [Test]
    public void MissilesIntoTheSeaAttackNobody()
    {
        Assert.That(Attacks("Korea Utara menembakkan dua rudal balistik ke Laut Jepang.", "Korea Utara:Place", "Laut Jepang:Place"), Is.Empty);
    }

    [Test]
    public void ClaimInALaterSentenceNamesTheAttackerOfThePlaces()
    {
        var edges = Attacks("Ledakan besar terjadi di Stasiun Kota, Lumbria, pada Senin pagi. Serangan itu diklaim oleh Brigade Fajar.",
            "Stasiun Kota:Place", "Lumbria:Place", "Brigade Fajar:Organization");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Stasiun Kota")),
            (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Lumbria")),
        }));
    }

    [Test]
    public void NamedPerpetratorAttacksWhereTheBlastWas()
    {
        var edges = Attacks("Ledakan bom terjadi di kompleks Gedung Arena. Pelaku diidentifikasi bernama Budi Hartono.",
            "Gedung Arena:Place", "Budi Hartono:Person");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Gedung Arena")) }));
    }

    [Test]
    public void WhoTriedToAttackIsTheNounTheClauseHangsFromNotTheSentencesSubject()
    {
        string[] entities = ["Polda Sukamaju:Organization", "Mapolda Sukamaju:Place", "Budi Hartono:Person"];
        // "yang berusaha menyerang": the clause hangs from the perpetrators, whom the police shot; the police attacked no building.
        foreach (var tried in new[] { "berusaha", "sempat", "mencoba" })
            Assert.That(Attacks($"Polda Sukamaju menembak mati dua pelaku yang {tried} menyerang Mapolda Sukamaju, Rabu pagi.", entities), Is.Empty, tried);
        // The perpetrators the article names carried out what the clause tells.
        var named = Attacks("Polda Sukamaju menembak mati dua pelaku yang berusaha menyerang Mapolda Sukamaju, Rabu pagi. Pelaku diidentifikasi bernama Budi Hartono.", entities);
        Assert.That(named, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Mapolda Sukamaju")) }));
    }

    [Test]
    public void TheSuspectTheArticleNamesAttackedWhereTheAttackHappened()
    {
        string[] entities = ["Polsek Sukamaju:Organization", "Pasar Lembah:Place", "Kotabaru:Place", "Budi Hartono:Person"];
        var expected = new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Pasar Lembah")), (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru")) };
        // A relative clause telling only that the attack happened goes on to where it did.
        var edges = Attacks("Polsek Sukamaju membenarkan insiden penusukan yang terjadi di Pasar Lembah, Kotabaru pada Minggu. Sedangkan tersangkanya ialah Budi Hartono (22).", entities);
        Assert.That(edges, Is.EquivalentTo(expected));
        // Any other relative clause keeps the place from the attack.
        Assert.That(Attacks("Polsek Sukamaju membenarkan insiden penusukan yang membuat warga di Pasar Lembah, Kotabaru resah. Tersangkanya ialah Budi Hartono (22).", entities), Is.Empty);
    }

    [Test]
    public void APerpetratorDescribedAtLengthIsTheOneTheNamingWordNames()
    {
        string[] entities = ["Gedung Arena:Place", "Budi Hartono:Person", "Kotabaru:Place"];
        var edges = Attacks("Ledakan bom terjadi di kompleks Gedung Arena. Pelaku yang ditangkap adalah seorang pria berumur 28 tahun asal Kotabaru bernama Budi Hartono.", entities);
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Gedung Arena")) }));
        // After a verb done to someone, the name is whom it was done to, not the perpetrator.
        Assert.That(Attacks("Ledakan bom terjadi di kompleks Gedung Arena. Pelaku sempat menyandera seorang pria berumur 28 tahun asal Kotabaru bernama Budi Hartono.", entities), Is.Empty);
    }

    [Test]
    public void AnUnknownDoersAttackIsThePerpetratorsTheArticleNames()
    {
        string[] entities = ["Lembaga Sukamaju:Organization", "Kotabaru:Place", "Budi Hartono:Person"];
        var edges = Attacks("Sebelumnya, seorang tak dikenal menembak kantor Lembaga Sukamaju di Kotabaru. Polisi mengetahui identitas pelaku yang bernama Budi Hartono.", entities);
        Assert.That(edges, Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Organization, "Lembaga Sukamaju"))));
        // A negation of the deed itself still says nothing happened.
        var denied = Attacks("Sebelumnya, seorang petugas tidak menembak kantor Lembaga Sukamaju di Kotabaru. Polisi mengetahui identitas pelaku yang bernama Budi Hartono.", entities);
        Assert.That(denied.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Organization, "Lembaga Sukamaju")));
    }

    [Test]
    public void APartyNamedAfterASpeechVerbIsTheAttackerNotTheSpeaker()
    {
        string[] entities = ["Syldavia:Place", "Borduria:Place", "Kotabaru:Place"];
        Assert.That(Attacks("Para pejabat Syldavia mengatakan rudal Borduria menghantam sebuah bangunan di kota Kotabaru pada Selasa.", entities),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Kotabaru")) }));
        // With no party named in what was said, the speaker's own strike stays theirs.
        Assert.That(Attacks("Borduria mengatakan telah menghantam kota Kotabaru pada Selasa.", entities),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Borduria"), Id(NodeType.Place, "Kotabaru")) }));
        // Whom a speaker holds responsible is no claim of the attack.
        var blamed = Attacks("Serangan bom terjadi di Kotabaru. Serangan itu diklaim oleh Brigade Fajar tetapi pemerintah Syldavia mengatakan Jaringan Lembah yang bertanggung jawab.",
            [.. entities, "Brigade Fajar:Organization", "Jaringan Lembah:Organization"]);
        Assert.That(blamed.Select(e => e.Item1), Has.None.EqualTo(Id(NodeType.Organization, "Jaringan Lembah")));
    }

    [Test]
    public void ClaimOfResponsibilityCountsButADenialDoesNot()
    {
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Brigade Fajar mengaku bertanggung jawab atas serangan itu.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Pasar Lama")) }));
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Brigade Fajar membantah bertanggung jawab atas serangan itu.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"), Is.Empty);
    }

    [Test]
    public void SpokespersonClaimingTheirOwnSidesAttackAssertsIt()
    {
        var entities = new[] { "Brigade Fajar:Organization", "Budi Hartono:Person", "Kotabaru:Place", "Sukamaju:Place" };
        var fajar = Id(NodeType.Organization, "Brigade Fajar");
        Assert.That(Attacks("Juru bicara Brigade Fajar, Budi Hartono, mengklaim Brigade Fajar menembakkan rudal ke Kotabaru.", entities),
            Is.EqualTo(new[] { (fajar, Id(NodeType.Place, "Kotabaru")) }));
        // The side referred to: "kelompok itu", "kami".
        Assert.That(Attacks("Juru bicara Brigade Fajar Budi Hartono mengatakan kelompok itu melancarkan serangan di Sukamaju.", entities),
            Is.EqualTo(new[] { (fajar, Id(NodeType.Place, "Sukamaju")) }));
        Assert.That(Attacks("Juru bicara Brigade Fajar Budi Hartono tiba. “Kami menyerang Kotabaru,” kata Budi Hartono.", entities),
            Is.EqualTo(new[] { (fajar, Id(NodeType.Place, "Kotabaru")) }));
        // A commander speaks for the force, a head of state for the state.
        Assert.That(Attacks("Komandan Brigade Fajar Budi Hartono mengatakan kami menyerang Kotabaru.", entities),
            Is.EqualTo(new[] { (fajar, Id(NodeType.Place, "Kotabaru")) }));
        var syldavia = Id(NodeType.Place, "Syldavia");
        Assert.That(Attacks("Presiden Syldavia Andi Wirawan mengumumkan bahwa Syldavia telah menyerang Kotabaru.", "Syldavia:Place", "Andi Wirawan:Person", "Kotabaru:Place"),
            Is.EqualTo(new[] { (syldavia, Id(NodeType.Place, "Kotabaru")) }));
    }

    [Test]
    public void SpokespersonsAccountOfAnotherSidesAttackStaysAClaim()
    {
        var entities = new[] { "Brigade Fajar:Organization", "Laskar Senja:Organization", "Budi Hartono:Person", "Kotabaru:Place" };
        Assert.That(Attacks("Juru bicara Brigade Fajar, Budi Hartono, mengklaim Laskar Senja menembakkan rudal ke Kotabaru.", entities), Is.Empty);
        // Speaking for a body takes a spokesperson's, a head's or a commander's title naming it.
        Assert.That(Attacks("Anggota Brigade Fajar Budi Hartono mengatakan kami menyerang Kotabaru.", entities), Is.Empty);
        Assert.That(Attacks("Juru bicara Budi Hartono mengatakan kelompok itu menyerang Kotabaru.", entities), Is.Empty);
    }

    [Test]
    public void CopulaTiesThePerpetratorNamedBeforeIt()
    {
        var edges = Attacks("Ledakan terjadi di Pasar Lama. Polisi menyebut Andi Wirawan dan Budi Hartono adalah pelaku pengeboman itu.",
            "Pasar Lama:Place", "Polisi:Organization", "Andi Wirawan:Person", "Budi Hartono:Person");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Place, "Pasar Lama")),
            (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Pasar Lama")),
        }));
        // Admitting to be behind the attack owns it; a claim, as for any attack, does not assert it.
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Juru bicara Brigade Fajar yang mengaku sebagai dalang serangan itu menolak berkomentar.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Pasar Lama")) }));
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Juru bicara Brigade Fajar yang mengklaim sebagai dalang serangan itu menolak berkomentar.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"), Is.Empty);
    }

    [Test]
    public void APerpetratorNamedAfterTheAttacksDescriptionDidIt()
    {
        var edges = Attacks("Pelaku penembakan di pasar malam Kotabaru bernama Budi Hartono ditangkap polisi pada Minggu.",
            "Kotabaru:Place", "Budi Hartono:Person");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru")) }));
        // Whom the attack killed, named in a clause before the name, leaves the perpetrator untold.
        Assert.That(Attacks("Pelaku penembakan yang menewaskan Andi Wirawan di Kotabaru bernama Budi Hartono.",
            "Andi Wirawan:Person", "Kotabaru:Place", "Budi Hartono:Person").Where(e => e.Item1 == Id(NodeType.Person, "Budi Hartono")), Is.Empty);
    }

    [Test]
    public void APartyInvolvedInTheAttackDidItUnlessItDeniesIt()
    {
        Assert.That(Attacks("Polisi menyebut Budi Hartono terlibat dalam penembakan di Kotabaru.", "Budi Hartono:Person", "Kotabaru:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru")) }));
        Assert.That(Attacks("Brigade Fajar membantah terlibat dalam penembakan di Kotabaru.", "Brigade Fajar:Organization", "Kotabaru:Place"), Is.Empty);
        // Whom the attack was aimed at goes to the one involved too.
        Assert.That(Attacks("Polisi menyebut Budi Hartono terlibat dalam percobaan pembunuhan terhadap Andi Wirawan.", "Budi Hartono:Person", "Andi Wirawan:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Andi Wirawan")) }));
    }

    [Test]
    public void SuspectedPerpetratorGivesNoEdge()
    {
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Budi Hartono diduga sebagai pelaku pengeboman itu.",
            "Pasar Lama:Place", "Budi Hartono:Person"), Is.Empty);
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Budi Hartono bukan pelaku pengeboman itu.",
            "Pasar Lama:Place", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void WhoWasAttackedIsNoPerpetrator()
    {
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Penyerang menarget staf Dana Anak Dunia di kota itu.",
            "Pasar Lama:Place", "Dana Anak Dunia:Organization"), Is.Empty);
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Pelaku penyerangan terhadap Budi Hartono belum diketahui.",
            "Pasar Lama:Place", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void APerpetratorNounBeforeAnAttackIsTheOneNamedBesideIt()
    {
        // In apposition after the victim, closed by an age in brackets.
        Assert.That(Attacks("Pelaku penikaman terhadap Sari Dewi, Budi Hartono (31), ditetapkan sebagai tersangka.", "Sari Dewi:Person", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // Named before the perpetrator noun, across a comma.
        Assert.That(Attacks("Budi Hartono, pelaku penusukan terhadap Sari Dewi.", "Sari Dewi:Person", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // Named in another sentence.
        Assert.That(Attacks("Pelaku pembacokan terhadap Sari Dewi sudah ditangkap. Pelaku diidentifikasi bernama Budi Hartono.", "Sari Dewi:Person", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // Two victims in a list are both victims; nobody is named as the perpetrator.
        Assert.That(Attacks("Pelaku penikaman terhadap Sari Dewi dan Budi Hartono, kata polisi, masih dicari.", "Sari Dewi:Person", "Budi Hartono:Person"), Is.Empty);
        // Whoever tells of the perpetrator is not the perpetrator.
        Assert.That(Attacks("Pelaku penikaman terhadap Sari Dewi masih dicari. Pelaku, kata Kompol Andi Wirawan, dijerat pasal penganiayaan.",
            "Sari Dewi:Person", "Andi Wirawan:Person"), Is.Empty);
    }

    [Test]
    public void APassiveWithoutItsAttackerGoesToThePerpetratorNamedElsewhere()
    {
        Assert.That(Attacks("Sari Dewi diserang dengan pisau saat berjalan pulang. Polisi menangkap pelaku bernama Budi Hartono.",
            "Sari Dewi:Person", "Polisi:Organization", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // The body in the victim's title is not the victim.
        Assert.That(Attacks("Komandan Brigade Fajar Kolonel (Purn) Sari Dewi ditikam saat berjalan pulang. Pelaku diidentifikasi bernama Budi Hartono.",
            "Brigade Fajar:Organization", "Sari Dewi:Person", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // Nobody named as the perpetrator: nobody attacked.
        Assert.That(Attacks("Sari Dewi diserang dengan pisau saat berjalan pulang.", "Sari Dewi:Person"), Is.Empty);
    }

    [Test]
    public void WhereTheVictimWasWhenStruckWasAttacked()
    {
        var edges = Attacks("Sari Dewi ditikam saat menghadiri sebuah acara di Kotabaru. Polisi menangkap tersangka Budi Hartono.",
            "Sari Dewi:Person", "Kotabaru:Place", "Budi Hartono:Person");
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")),
            (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Kotabaru")),
        }));
        // Under a hedge it is no attack at all.
        Assert.That(Attacks("Sari Dewi diduga ditikam saat menghadiri sebuah acara di Kotabaru. Polisi menangkap tersangka Budi Hartono.",
            "Sari Dewi:Person", "Kotabaru:Place", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void WhoSpeaksBeforeAColonDidNotStrike()
    {
        Assert.That(Attacks("Budi Hartono: Serang Kotabaru Tak Bisa Dibenarkan", "Budi Hartono:Person", "Kotabaru:Place"), Is.Empty);
        // A time's colon is no speaker's.
        Assert.That(Attacks("Pada pukul 10:27, Syldavia menyerang Kotabaru.", "Syldavia:Place", "Kotabaru:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Syldavia"), Id(NodeType.Place, "Kotabaru")) }));
    }

    [Test]
    public void ADescriptionSetOffBeforeAPassiveIsSaidOfThePersonBeforeIt()
    {
        // The party and the country in the description are not whom the knife hit.
        var edges = Attacks("Pada Selasa pagi, Sari Dewi, pemimpin oposisi Partai Lembah di Syldavia, ditikam seorang pria. Polisi menangkap tersangka Budi Hartono.",
            "Sari Dewi:Person", "Partai Lembah:Organization", "Syldavia:Place", "Budi Hartono:Person");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
    }

    [Test]
    public void PerpetratorsNamedByTheNextSentenceAttackedTheVictim()
    {
        const string told = "Sari Dewi diserang dengan pisau saat berjalan pulang. Polisi mengamankan kedua pelaku. ";
        string[] names = ["Sari Dewi:Person", "Polisi:Organization", "Budi Hartono:Person", "Andi Wirawan:Person"];
        Assert.That(Attacks(told + "Mereka masing-masing Budi Hartono dan Andi Wirawan.", names), Is.EquivalentTo(new[]
        {
            (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")),
            (Id(NodeType.Person, "Andi Wirawan"), Id(NodeType.Person, "Sari Dewi")),
        }));
        // A next sentence that does not say who they are names no perpetrator.
        Assert.That(Attacks(told + "Mereka dibawa ke kantor Budi Hartono.", names), Is.Empty);
    }

    [Test]
    public void PeopleNamedAfterASentenceOfOthersHarmedWereAttackedToo()
    {
        const string told = "Sari Dewi diserang dengan pisau di Pasar Lama. Selain Sari Dewi, dua warga lain ikut terluka. ";
        const string caught = " Polisi mengamankan kedua pelaku. Mereka masing-masing Budi Hartono dan Andi Wirawan.";
        string[] names = ["Sari Dewi:Person", "Pasar Lama:Place", "Polsek Lama:Organization", "Joko Susilo:Person", "Rudi Hakim:Person",
            "Polisi:Organization", "Budi Hartono:Person", "Andi Wirawan:Person"];
        var edges = Attacks(told + "Mereka masing-masing Kapolsek Lama Kompol Joko Susilo dan ajudan bernama Rudi Hakim." + caught, names);
        foreach (var attacker in new[] { "Budi Hartono", "Andi Wirawan" })
            foreach (var victim in new[] { "Sari Dewi", "Joko Susilo", "Rudi Hakim" })
                Assert.That(edges, Does.Contain((Id(NodeType.Person, attacker), Id(NodeType.Person, victim))), $"{attacker} -> {victim}");
        // A next sentence that does not say who they are names no victim.
        edges = Attacks(told + "Mereka dibawa ke rumah Joko Susilo." + caught, names);
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Person, "Joko Susilo")));
    }

    [Test]
    public void AnUnnamedGangsAttackGoesToThePerpetratorsListedLaterWithThoseItHurt()
    {
        const string attack = "Sebelumnya, sekelompok orang bersenjata menyerang Pos Lembah, Rabu pagi. Akibatnya, dua petugas mengalami luka. "
            + "Salah satunya Brigadir Joko Susilo yang mengalami luka di tangan. Kemudian Kompol Rudi Hakim mengalami luka di kepala. ";
        const string named = "Petugas menembak mati tiga pelaku. Mereka ialah Budi Hartono, 48, warga Kotabaru; Andi Wirawan, 26, warga Lembah; dan Dodi Saputra, 29, warga Sukamaju.";
        string[] names = ["Pos Lembah:Place", "Joko Susilo:Person", "Rudi Hakim:Person", "Budi Hartono:Person", "Andi Wirawan:Person",
            "Dodi Saputra:Person", "Kotabaru:Place", "Lembah:Place", "Sukamaju:Place"];
        var edges = Attacks(attack + named, names);
        foreach (var attacker in new[] { "Budi Hartono", "Andi Wirawan", "Dodi Saputra" })
        {
            foreach (var victim in new[] { "Joko Susilo", "Rudi Hakim" })
                Assert.That(edges, Does.Contain((Id(NodeType.Person, attacker), Id(NodeType.Person, victim))), $"{attacker} -> {victim}");
            Assert.That(edges, Does.Contain((Id(NodeType.Person, attacker), Id(NodeType.Place, "Pos Lembah"))), $"{attacker} -> site");
        }
        // Where the perpetrators live was not attacked.
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Place, "Kotabaru")));
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Place, "Sukamaju")));
        // A person hurt who is named after a verb, not as the subject, is not taken as hurt in the attack.
        edges = Attacks("Sekelompok orang menyerang Pos Lembah. Polisi menyebut Joko Susilo mengalami luka. " + named, names);
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Person, "Joko Susilo")));
        // A perpetrator the narration says was killed is no victim of the attack.
        edges = Attacks("Sekelompok orang menyerang Pos Lembah. Sedangkan Andi Wirawan tewas ditembak petugas. " + named, names);
        Assert.That(edges.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Person, "Andi Wirawan")));
        // No attack told: someone hurt is no victim of anyone.
        Assert.That(Attacks("Kompol Rudi Hakim mengalami luka di kepala setelah jatuh. " + named, names), Is.Empty);
    }

    [Test]
    public void ThePartyRightAfterAnAttackerNounIsWhomItAttacked()
    {
        // "Penyerang Sari Dewi" is her attacker: she did not attack herself.
        Assert.That(Attacks("Penyerang Sari Dewi sudah ditangkap. Sari Dewi ditikam di Pasar Lama.",
            "Sari Dewi:Person", "Pasar Lama:Place"), Is.Empty);
        // After a comma, the party is the attacker's name.
        Assert.That(Attacks("Sari Dewi ditikam di Pasar Lama. Penyerang, Budi Hartono, sudah ditangkap.",
            "Sari Dewi:Person", "Budi Hartono:Person", "Pasar Lama:Place"),
            Is.EquivalentTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")), (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Place, "Pasar Lama")) }));
    }

    [Test]
    public void TheAttackerNounStandsForThePerpetratorNamedElsewhere()
    {
        var edges = Attacks("Pelaku melepaskan tembakan ke arah Sari Dewi dari atap gedung. Pelaku diidentifikasi bernama Budi Hartono.",
            "Sari Dewi:Person", "Budi Hartono:Person");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // Nobody named as the perpetrator: nobody attacked.
        Assert.That(Attacks("Pelaku melepaskan tembakan ke arah Sari Dewi dari atap gedung.", "Sari Dewi:Person"), Is.Empty);
        // A threatened attack by the perpetrator is none.
        Assert.That(Attacks("Pelaku mengancam akan menyerang Sari Dewi. Pelaku diidentifikasi bernama Budi Hartono.",
            "Sari Dewi:Person", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void AClauseOfTheTollLeadsOnToWhereTheAttackFell()
    {
        var edges = Attacks("Brigade Fajar mengaku bertanggung jawab atas aksi pemboman yang menewaskan lima warga dan melukai belasan lainnya di Kota Baru.",
            "Brigade Fajar:Organization", "Kota Baru:Place");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Kota Baru")) }));
        // Another clause is not the attack's.
        Assert.That(Attacks("Brigade Fajar mengaku bertanggung jawab atas aksi pemboman yang dikecam warga di Kota Baru.",
            "Brigade Fajar:Organization", "Kota Baru:Place"), Is.Empty);
    }

    [Test]
    public void AKillingNamesWhomItWasDoneTo()
    {
        Assert.That(Attacks("Polisi menyelidiki pembunuhan Sari Dewi oleh Budi Hartono di Kota Baru.",
            "Polisi:Organization", "Sari Dewi:Person", "Budi Hartono:Person", "Kota Baru:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        // The one killed is no attacker, and a killing with no doer attacks nobody.
        Assert.That(Attacks("Mereka mengecam pembunuhan tokoh Brigade Fajar di Kota Baru.",
            "Brigade Fajar:Organization", "Kota Baru:Place"), Is.Empty);
    }

    [Test]
    public void AMassacreAnAssaultAndAMobBeatingAreAttacks()
    {
        Assert.That(Attacks("Brigade Fajar membantai warga Sukamaju.", "Brigade Fajar:Organization", "Sukamaju:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Sukamaju")) }));
        Assert.That(Attacks("Sari Dewi dianiaya oleh Budi Hartono.", "Sari Dewi:Person", "Budi Hartono:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        Assert.That(Attacks("Warga Sukamaju mengeroyok Andi Wirawan.", "Sukamaju:Place", "Andi Wirawan:Person"),
            Does.Contain((Id(NodeType.Place, "Sukamaju"), Id(NodeType.Person, "Andi Wirawan"))));
        Assert.That(Attacks("Budi Hartono mengancam akan menganiaya Sari Dewi.", "Budi Hartono:Person", "Sari Dewi:Person"), Is.Empty);
    }

    [Test]
    public void AStabbingIsAnAttack()
    {
        Assert.That(Attacks("Budi Hartono menusuk Sari Dewi di Pasar Lama.", "Budi Hartono:Person", "Sari Dewi:Person", "Pasar Lama:Place"),
            Does.Contain((Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi"))));
        Assert.That(Attacks("Sari Dewi ditusuk oleh Budi Hartono.", "Budi Hartono:Person", "Sari Dewi:Person"),
            Is.EqualTo(new[] { (Id(NodeType.Person, "Budi Hartono"), Id(NodeType.Person, "Sari Dewi")) }));
        Assert.That(Attacks("Budi Hartono mengancam akan menusuk Sari Dewi.", "Budi Hartono:Person", "Sari Dewi:Person"), Is.Empty);
    }

    [Test]
    public void DisputedClaimGivesNoEdge()
    {
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Serangan itu diklaim oleh Brigade Fajar, tetapi polisi menyebut kelompok lain.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"), Is.Empty);
    }

    [Test]
    public void PerpetratorWithNoAttackToldGivesNoEdge()
    {
        // A suspect in a story that tells no attack is no attacker.
        Assert.That(Attacks("Polisi menangkap warga di Pasar Lama. Pelaku bernama Budi Hartono dibawa ke kantor polisi.",
            "Pasar Lama:Place", "Budi Hartono:Person"), Is.Empty);
    }

    [Test]
    public void ConditionalAttackWithAClaimLaterGivesNoEdge()
    {
        Assert.That(Attacks("Jika ledakan terjadi di Pasar Lama, Brigade Fajar akan bertanggung jawab.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"), Is.Empty);
    }

    [Test]
    public void DatelinePlaceIsNotTheAttacker()
    {
        var edges = Attacks("TEMPO.CO, Islamabad – Sejumlah pesawat tempur India menyerang Pakistan pada Selasa.",
            "Islamabad:Place", "India:Place", "Pakistan:Place");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Place, "India"), Id(NodeType.Place, "Pakistan")) }));
    }

    [Test]
    public void NominalAttackWithADoerButNoNamedTargetReachesThePlaceItLiesIn()
    {
        var edges = Attacks("Puluhan warga tewas dalam serangan oleh Brigade Fajar terhadap dua kamp pengungsian selama dua hari terakhir di Kota Lumbria.",
            "Brigade Fajar:Organization", "Kota Lumbria:Place");
        Assert.That(edges, Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Kota Lumbria")) }));
    }
    [Test]
    public void EveryPartyOfTheSubjectListAttacks()
    {
        Assert.That(Attacks("Prancis dan Mali melancarkan serangan udara terhadap Kidal pada Senin.", "Prancis:Place", "Mali:Place", "Kidal:Place"),
            Is.EquivalentTo(new[] { (Id(NodeType.Place, "Prancis"), Id(NodeType.Place, "Kidal")), (Id(NodeType.Place, "Mali"), Id(NodeType.Place, "Kidal")) }));
    }

    [Test]
    public void APartyNamedBeforeTheSubjectListDoesNotAttack()
    {
        Assert.That(Attacks("Menurut Nigeria, Chad melancarkan serangan udara terhadap Boko Haram.", "Nigeria:Place", "Chad:Place", "Boko Haram:Organization"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Chad"), Id(NodeType.Organization, "Boko Haram")) }));
    }

    [Test]
    public void APluralPronounInTheTargetStandsForTheOtherPartyOfTheSentence()
    {
        Assert.That(Attacks("Kelompok Al-Shabaab menyatakan tetap bertahan meski Kenya melakukan serangan terhadap markas mereka di Jubaland.",
                "Al-Shabaab:Organization", "Kenya:Place", "Jubaland:Place"),
            Does.Contain((Id(NodeType.Place, "Kenya"), Id(NodeType.Organization, "Al-Shabaab"))));
    }

    [Test]
    public void AThreatenedAttackOnThemGivesNoEdge()
    {
        Assert.That(Attacks("Kelompok Al-Shabaab menyatakan Kenya mengancam akan melakukan serangan terhadap markas mereka.",
            "Al-Shabaab:Organization", "Kenya:Place"), Is.Empty);
    }
    [Test]
    public void AnAttackPhraseNamingNoAttackerIsTheLastToldAttackersOwn()
    {
        Assert.That(Attacks("Pakistan menyerang Kandahar pada Senin. Serangan udara itu menyasar markas Tehrik-i-Taliban.",
                "Pakistan:Place", "Kandahar:Place", "Tehrik-i-Taliban:Organization"),
            Does.Contain((Id(NodeType.Place, "Pakistan"), Id(NodeType.Organization, "Tehrik-i-Taliban"))));
    }

    [Test]
    public void AnAttackPhraseWithNoAttackerToldBeforeGivesNoEdge()
    {
        Assert.That(Attacks("Pakistan mengecam kekerasan pada Senin. Serangan udara itu menyasar markas Tehrik-i-Taliban.",
            "Pakistan:Place", "Tehrik-i-Taliban:Organization"), Is.Empty);
    }

    [Test]
    public void AConditionalAttackPhraseAfterAToldAttackGivesNoEdge()
    {
        Assert.That(Attacks("Pakistan menyerang Kandahar pada Senin. Jika serangan udara itu menyasar Quetta, warga akan mengungsi.",
                "Pakistan:Place", "Kandahar:Place", "Quetta:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Pakistan"), Id(NodeType.Place, "Kandahar")) }));
    }

    [Test]
    public void AnAttackPhraseFarFromTheToldAttackIsNotItsAttackers()
    {
        Assert.That(Attacks("Pakistan menyerang Kandahar pada Senin. Warga mengungsi. Sekolah ditutup. Pasar sepi. Jalan lengang. Serangan udara itu menyasar Quetta.",
                "Pakistan:Place", "Kandahar:Place", "Quetta:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Pakistan"), Id(NodeType.Place, "Kandahar")) }));
    }

    [Test]
    public void AnAttackPhrasePointingBackFellWhereItHappened()
    {
        Assert.That(Attacks("Kelompok Al-Shabaab menyerang pangkalan militer Kenya di Lamu. Serangan itu terjadi di Desa Manda pada Minggu dini hari.",
                "Al-Shabaab:Organization", "Kenya:Place", "Lamu:Place", "Desa Manda:Place"),
            Does.Contain((Id(NodeType.Organization, "Al-Shabaab"), Id(NodeType.Place, "Desa Manda"))));
    }

    [Test]
    public void TheyOpeningTheNextSentenceAreTheAttackersJustTold()
    {
        Assert.That(Attacks("Kelompok Garuda Hitam menyerang Pos Polisi Wamena pada Jumat. Mereka juga menembak Bripda Yonas Kogoya.",
                "Kelompok Garuda Hitam:Organization", "Pos Polisi Wamena:Place", "Yonas Kogoya:Person"),
            Does.Contain((Id(NodeType.Organization, "Kelompok Garuda Hitam"), Id(NodeType.Person, "Yonas Kogoya"))));
        // With no attack told before, "they" name no one.
        Assert.That(Attacks("Pasar Wamena ramai pada Jumat. Mereka juga menembak Bripda Yonas Kogoya.", "Yonas Kogoya:Person"), Is.Empty);
    }

    [Test]
    public void AnAttackPhrasePointingBackToAThreatGivesNoEdge()
    {
        Assert.That(Attacks("Kelompok Al-Shabaab mengancam akan menyerang Kenya. Serangan itu bisa terjadi di Desa Manda.",
            "Al-Shabaab:Organization", "Kenya:Place", "Desa Manda:Place"), Is.Empty);
        Assert.That(Attacks("Pasar Desa Manda ramai pada Sabtu. Serangan itu terjadi di Desa Manda.", "Desa Manda:Place"), Is.Empty);
    }

    [Test]
    public void DenialOpeningAReportedClauseGivesNoEdge()
    {
        Assert.That(Attacks("Pemerintah Rwanda membantah bahwa pasukannya telah menyerang kota Goma.", "Rwanda:Place", "Goma:Place"), Is.Empty);
        Assert.That(Attacks("Pemerintah Rwanda menyangkal bahwa tentara Rwanda menyerang Goma.", "Rwanda:Place", "Goma:Place"), Is.Empty);
    }

    [Test]
    public void ShotDeadByAnAgent()
    {
        // Where the doer struck is attacked with whom it struck, as the guidelines have it.
        Assert.That(Attacks("Seorang warga Kenya ditembak mati oleh Al-Shabaab di Lamu.", "Kenya:Place", "Al-Shabaab:Organization", "Lamu:Place"),
            Is.EquivalentTo(new[] { (Id(NodeType.Organization, "Al-Shabaab"), Id(NodeType.Place, "Kenya")), (Id(NodeType.Organization, "Al-Shabaab"), Id(NodeType.Place, "Lamu")) }));
        Assert.That(Attacks("Jika seorang warga Kenya ditembak mati oleh Al-Shabaab, Nairobi akan membalas.", "Kenya:Place", "Al-Shabaab:Organization", "Nairobi:Place"), Is.Empty);
    }

    [Test]
    public void WhatAPersonConfirmsIsToldAsFact()
    {
        Assert.That(Attacks("Juru bicara militer Budi Santoso membenarkan bahwa Thailand menyerang Kamboja pada Senin.",
                "Budi Santoso:Person", "Thailand:Place", "Kamboja:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Place, "Thailand"), Id(NodeType.Place, "Kamboja")) }));
        Assert.That(Attacks("Juru bicara militer Budi Santoso membenarkan bahwa Thailand tidak menyerang Kamboja pada Senin.",
            "Budi Santoso:Person", "Thailand:Place", "Kamboja:Place"), Is.Empty);
        Assert.That(Attacks("“Thailand menyerang Kamboja,” Budi Santoso membenarkan.",
            "Budi Santoso:Person", "Thailand:Place", "Kamboja:Place"), Is.Empty);
    }

    [Test]
    public void ARelativeClauseAttacksForTheNameItHangsFrom()
    {
        Assert.That(Attacks("Milisi Houthi, yang telah menyerang kapal Inggris, mengumumkan gencatan senjata.",
                "Houthi:Organization", "Inggris:Place"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Houthi"), Id(NodeType.Place, "Inggris")) }));
    }

    [Test]
    public void ARelativeClauseOnAnUnnamedNounNamesNoAttacker()
    {
        Assert.That(Attacks("Sudan terlibat dalam perang yang menghancurkan Khartoum sejak April.", "Sudan:Place", "Khartoum:Place"), Is.Empty);
    }

    [Test]
    public void ResponsibilityForOtherAttacksOwnsNotTheOneTold()
    {
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Brigade Fajar bertanggung jawab atas beberapa aksi pengeboman lain pada 2018.",
            "Pasar Lama:Place", "Brigade Fajar:Organization"), Is.Empty);
        Assert.That(Attacks("Ledakan terjadi di Pasar Lama. Brigade Fajar bertanggung jawab atas aksi pengeboman itu.",
                "Pasar Lama:Place", "Brigade Fajar:Organization"),
            Is.EqualTo(new[] { (Id(NodeType.Organization, "Brigade Fajar"), Id(NodeType.Place, "Pasar Lama")) }));
    }

    [Test]
    public void SupplyingMissilesIsNoAttack()
    {
        Assert.That(Attacks("Amerika Serikat mengirimkan rudal ke Ukraina pada Rabu.", "Amerika Serikat:Place", "Ukraina:Place"), Is.Empty);
    }

    [Test]
    public void WhomAnAttackKilledNamedBeforeItWereAttacked()
    {
        var edges = Attacks("Budi Santoso dan Ani Rahayu yang tewas dalam serangan Kelompok Merah di Sukamaju dimakamkan kemarin.",
            "Budi Santoso:Person", "Ani Rahayu:Person", "Kelompok Merah:Organization", "Sukamaju:Place");
        Assert.That(edges, Does.Contain((Id(NodeType.Organization, "Kelompok Merah"), Id(NodeType.Person, "Budi Santoso"))));
        Assert.That(edges, Does.Contain((Id(NodeType.Organization, "Kelompok Merah"), Id(NodeType.Person, "Ani Rahayu"))));
        // A death told apart from the attack is no harm the attack did.
        var apart = Attacks("Budi Santoso tewas dalam kecelakaan. Serangan Kelompok Merah di Sukamaju menewaskan tiga orang.",
            "Budi Santoso:Person", "Kelompok Merah:Organization", "Sukamaju:Place");
        Assert.That(apart.Select(e => e.Item2), Has.None.EqualTo(Id(NodeType.Person, "Budi Santoso")));
    }

    [Test]
    public void WhomAnAttackWithoutItsAttackerKilledWereAttackedByThePerpetrator()
    {
        var edges = Attacks("Polisi mengetahui identitas ketiga penyerang, yaitu Said Rahman, Karim Rahman dan Hamid Musa. "
            + "Kartunis Budi Santoso dan Ani Rahayu juga meregang nyawa dalam serangan keji tersebut.",
            "Said Rahman:Person", "Karim Rahman:Person", "Hamid Musa:Person", "Budi Santoso:Person", "Ani Rahayu:Person");
        foreach (var attacker in new[] { "Said Rahman", "Karim Rahman", "Hamid Musa" })
            foreach (var victim in new[] { "Budi Santoso", "Ani Rahayu" })
                Assert.That(edges, Does.Contain((Id(NodeType.Person, attacker), Id(NodeType.Person, victim))), attacker + " → " + victim);
        // An attack told in passing, not pointed back to, may be someone else's.
        var passing = Attacks("Polisi mengetahui identitas penyerang, yaitu Said Rahman. Budi Santoso tewas dalam serangan pesawat nirawak tahun lalu.",
            "Said Rahman:Person", "Budi Santoso:Person");
        Assert.That(passing, Is.Empty);
    }
}
