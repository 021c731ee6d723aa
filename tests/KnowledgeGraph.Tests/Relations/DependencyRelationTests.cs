using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Relations.Dependency;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Relations read from the parse with the shipped pattern files, one rule family at a time.</summary>
public class DependencyRelationTests
{
    private static List<(string, string)> Find(RelationType type, string text, params string[] entities) =>
        Edges(Dependencies, Parsed(text, entities), type);

    private static string P(string name) => Id(NodeType.Person, name);
    private static string O(string name) => Id(NodeType.Organization, name);
    private static string L(string name) => Id(NodeType.Place, name);

    // ATTACKED

    [Test]
    public void ActiveAttackVerbLinksSubjectToObject()
    {
        Assert.That(Find(RelationType.ATTACKED, "Militer Venezuela menyerang Guyana pada Senin pagi.", "Venezuela:Place", "Guyana:Place"),
            Is.EqualTo(new[] { (L("Venezuela"), L("Guyana")) }));
    }

    [Test]
    public void PassiveWithOlehNamesTheAttacker()
    {
        Assert.That(Find(RelationType.ATTACKED, "Kota Mariupol diserang oleh pasukan Rusia pada Selasa malam.", "Mariupol:Place", "Rusia:Place"),
            Is.EqualTo(new[] { (L("Rusia"), L("Mariupol")) }));
    }

    [Test]
    public void NominalAttackWithTerhadap()
    {
        Assert.That(Find(RelationType.ATTACKED, "Serangan Eritrea terhadap Tigray menewaskan puluhan orang.", "Eritrea:Place", "Tigray:Place"),
            Is.EqualTo(new[] { (L("Eritrea"), L("Tigray")) }));
    }

    [Test]
    public void LightVerbCarriesTheAttackNoun()
    {
        Assert.That(Find(RelationType.ATTACKED, "Iran melancarkan serangan udara ke Israel pada Sabtu.", "Iran:Place", "Israel:Place"),
            Is.EqualTo(new[] { (L("Iran"), L("Israel")) }));
    }

    [Test]
    public void LightVerbAttackAtAPlaceHitThatPlace()
    {
        Assert.That(Find(RelationType.ATTACKED, "Militer Myanmar melancarkan serangan udara di Sagaing pada Selasa.", "Myanmar:Place", "Sagaing:Place"),
            Is.EqualTo(new[] { (L("Myanmar"), L("Sagaing")) }));
    }

    [Test]
    public void AttackToldInAQuoteIsAnAttack()
    {
        Assert.That(Find(RelationType.ATTACKED, "\"Pasukan Rusia menyerang Kharkiv pada Senin,\" kata Oleh Syniehubov.", "Rusia:Place", "Kharkiv:Place", "Oleh Syniehubov:Person"),
            Is.EqualTo(new[] { (L("Rusia"), L("Kharkiv")) }));
    }

    [Test]
    public void ConditionalAttackInAQuoteGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "\"Jika Rusia menyerang Moldova, kami akan membantu,\" kata Maia Sandu.", "Rusia:Place", "Moldova:Place", "Maia Sandu:Person"), Is.Empty);
    }

    [Test]
    public void ConditionalAttackGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Jika Serbia menyerang Kosovo, NATO akan membalas.", "Serbia:Place", "Kosovo:Place", "NATO:Organization"), Is.Empty);
    }

    [Test]
    public void DeniedAttackGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Rwanda membantah telah menyerang Goma.", "Rwanda:Place", "Goma:Place"), Is.Empty);
    }

    [Test]
    public void NegatedAttackGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Pasukan Armenia tidak menyerang Azerbaijan.", "Armenia:Place", "Azerbaijan:Place"), Is.Empty);
    }

    [Test]
    public void PassiveWithABareAgentNeverTurnsTheTargetIntoTheAttacker()
    {
        Assert.That(Find(RelationType.ATTACKED, "Jaringan listrik Ukraina telah diserang Rusia sejak musim gugur lalu.", "Ukraina:Place", "Rusia:Place"),
            Is.EqualTo(new[] { (L("Rusia"), L("Ukraina")) }));
    }

    [Test]
    public void PassiveWithABareAgentParsedAsAnOblique()
    {
        Assert.That(Find(RelationType.ATTACKED, "Pangkalan militer Suriah digempur Israel pada Kamis malam.", "Suriah:Place", "Israel:Place"),
            Is.EqualTo(new[] { (L("Israel"), L("Suriah")) }));
    }

    [Test]
    public void NegatedPassiveGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Pangkalan militer Suriah tidak digempur Israel pada Kamis malam.", "Suriah:Place", "Israel:Place"), Is.Empty);
    }

    [Test]
    public void WhereAnAttackFellWasAttacked()
    {
        Assert.That(Find(RelationType.ATTACKED, "Serangan udara Israel di Rafah menewaskan 20 orang.", "Israel:Place", "Rafah:Place"),
            Is.EqualTo(new[] { (L("Israel"), L("Rafah")) }));
    }

    [Test]
    public void WhereAnAttackByAnAgentFellWasAttacked()
    {
        Assert.That(Find(RelationType.ATTACKED, "Serangan oleh milisi Janjaweed di Geneina menewaskan puluhan warga.", "Janjaweed:Organization", "Geneina:Place"),
            Is.EqualTo(new[] { (O("Janjaweed"), L("Geneina")) }));
    }

    [Test]
    public void ConditionalAttackAtAPlaceGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Jika serangan Rusia di Odesa berlanjut, Turki akan menutup selat.", "Rusia:Place", "Odesa:Place", "Turki:Place"), Is.Empty);
    }

    [Test]
    public void RelativeClauseOnAnAttackNamesItsAims()
    {
        Assert.That(Find(RelationType.ATTACKED, "Koalisi Saudi melancarkan 20 serangan yang menargetkan Sanaa dan Marib pada Minggu.", "Saudi:Place", "Sanaa:Place", "Marib:Place"),
            Is.EquivalentTo(new[] { (L("Saudi"), L("Sanaa")), (L("Saudi"), L("Marib")) }));
    }

    [Test]
    public void DeniedAttackWithARelativeClauseGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Koalisi Saudi membantah melancarkan serangan yang menargetkan Sanaa.", "Saudi:Place", "Sanaa:Place"), Is.Empty);
    }

    [Test]
    public void ConditionalAttackWithARelativeClauseGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Jika Israel melancarkan serangan yang menyasar Teheran, Iran akan membalas.", "Israel:Place", "Teheran:Place", "Iran:Place"), Is.Empty);
    }

    [Test]
    public void AttackCarriedOutByAnAgentInARelativeClause()
    {
        Assert.That(Find(RelationType.ATTACKED, "Serangan yang dilancarkan oleh Hamas terhadap Israel menewaskan ratusan orang.", "Hamas:Organization", "Israel:Place"),
            Is.EqualTo(new[] { (O("Hamas"), L("Israel")) }));
    }

    [Test]
    public void TheCityACapitalNamesIsTheTargetAndSoAreTheNamesListedAfterIt()
    {
        Assert.That(Find(RelationType.ATTACKED, "Koalisi Saudi melancarkan 20 serangan yang menargetkan ibu kota Sanaa, Marib dan Taiz.", "Saudi:Place", "Sanaa:Place", "Marib:Place", "Taiz:Place"),
            Does.Contain((L("Saudi"), L("Sanaa"))));
    }

    [Test]
    public void ACapitalNamedAfterItsCountryMakesBothTargets()
    {
        Assert.That(Find(RelationType.ATTACKED, "Israel menyerang ibu kota Lebanon, Beirut, pada Selasa.", "Israel:Place", "Lebanon:Place", "Beirut:Place"),
            Is.EquivalentTo(new[] { (L("Israel"), L("Lebanon")), (L("Israel"), L("Beirut")) }));
    }

    [Test]
    public void WhosePeopleAnAttackKilledWereAttacked()
    {
        Assert.That(Find(RelationType.ATTACKED, "Serangan udara Israel menewaskan enam tentara Suriah pada Senin.", "Israel:Place", "Suriah:Place"),
            Is.EqualTo(new[] { (L("Israel"), L("Suriah")) }));
    }

    [Test]
    public void WhosePeopleAnAttackVerbsClauseKilledWereAttacked()
    {
        Assert.That(Find(RelationType.ATTACKED, "Turki menargetkan pangkalan Kobani dengan 30 rudal, menewaskan enam tentara Suriah dan dua warga sipil.", "Turki:Place", "Suriah:Place"),
            Does.Contain((L("Turki"), L("Suriah"))));
    }

    [Test]
    public void DeathsNoAttackCausedAreNoAttack()
    {
        Assert.That(Find(RelationType.ATTACKED, "Kecelakaan bus Malaysia menewaskan 20 warga Indonesia.", "Malaysia:Place", "Indonesia:Place"), Is.Empty);
        Assert.That(Find(RelationType.ATTACKED, "Jika serangan Israel menewaskan tentara Mesir, Mesir akan membalas.", "Israel:Place", "Mesir:Place"), Is.Empty);
    }

    [Test]
    public void ShotDeadByAnAgentHangingFromTheResultative()
    {
        Assert.That(Find(RelationType.ATTACKED, "Dua warga Palestina ditembak mati oleh tentara Israel di Jenin.", "Palestina:Place", "Israel:Place", "Jenin:Place"),
            Does.Contain((L("Israel"), L("Palestina"))));
        Assert.That(Find(RelationType.ATTACKED, "Dua warga Palestina tidak ditembak mati oleh tentara Israel di Jenin.", "Palestina:Place", "Israel:Place", "Jenin:Place"), Is.Empty);
    }

    [Test]
    public void ANameBeforeAPassiveAttackVerbIsNeverItsDoer()
    {
        // However the parse hangs the name opening the sentence, the one stabbed is no attacker.
        Assert.That(Find(RelationType.ATTACKED, "Budi Hartono, pemimpin partai buruh terbesar Borduria, pada Rabu 3 Maret, ditikam saat menghadiri sebuah acara di Kotabaru.",
            "Budi Hartono:Person", "Borduria:Place", "Kotabaru:Place"), Is.Empty);
    }

    [Test]
    public void AWeaponAPartyFiredHitWhatItStruck()
    {
        Assert.That(Find(RelationType.ATTACKED, "Rudal yang diluncurkan oleh Houthi menghantam kota Eilat.", "Houthi:Organization", "Eilat:Place"),
            Is.EqualTo(new[] { (O("Houthi"), L("Eilat")) }));
    }

    [Test]
    public void AProductLaunchedIsNoWeapon()
    {
        Assert.That(Find(RelationType.ATTACKED, "Ponsel yang diluncurkan oleh Samsung menghantam pasar Jepang.", "Samsung:Organization", "Jepang:Place"), Is.Empty);
    }

    [Test]
    public void AWeaponFiredTowardAPlaceAttacksIt()
    {
        Assert.That(Find(RelationType.ATTACKED, "Korea Utara melepaskan dua rudal balistik ke arah Jepang pada Kamis.", "Korea Utara:Place", "Jepang:Place"),
            Is.EqualTo(new[] { (L("Korea Utara"), L("Jepang")) }));
    }

    [Test]
    public void WhereAFiredWeaponKilledWasAttacked()
    {
        Assert.That(Find(RelationType.ATTACKED, "Korea Utara menembakkan dua rudal ke arah Jepang yang melukai tiga orang di Hokkaido.", "Korea Utara:Place", "Jepang:Place", "Hokkaido:Place"),
            Is.EquivalentTo(new[] { (L("Korea Utara"), L("Jepang")), (L("Korea Utara"), L("Hokkaido")) }));
    }

    [Test]
    public void AWeaponFiredInAClauseAfterAVerbOfConfirmingHasThatVerbsSubject()
    {
        Assert.That(Find(RelationType.ATTACKED, "Iran mengonfirmasi telah meluncurkan 200 rudal ke Israel pada Selasa.", "Iran:Place", "Israel:Place"),
            Does.Contain((L("Iran"), L("Israel"))));
        Assert.That(Find(RelationType.ATTACKED, "Amerika Serikat mengirimkan rudal ke Ukraina pada Rabu.", "Amerika Serikat:Place", "Ukraina:Place"), Is.Empty);
    }

    [Test]
    public void ReleasingWhatIsNoWeaponIsNoAttack()
    {
        Assert.That(Find(RelationType.ATTACKED, "Mesir melepaskan puluhan tahanan ke Gaza pada Kamis.", "Mesir:Place", "Gaza:Place"), Is.Empty);
    }

    [Test]
    public void AThreatenedOrConditionalFiringGivesNoEdge()
    {
        Assert.That(Find(RelationType.ATTACKED, "Korea Utara mengancam akan menembakkan rudal ke Jepang.", "Korea Utara:Place", "Jepang:Place"), Is.Empty);
        Assert.That(Find(RelationType.ATTACKED, "Jika Korea Utara melepaskan rudal ke Jepang, Amerika Serikat akan membalas.", "Korea Utara:Place", "Jepang:Place", "Amerika Serikat:Place"), Is.Empty);
    }

    [Test]
    public void WhoeverAnAttackKilledWasItsTargetAndWhereItFellToo()
    {
        Assert.That(Find(RelationType.ATTACKED, "Tiga polisi Kenya tewas akibat serangan Al-Shabaab di Lamu.", "Kenya:Place", "Al-Shabaab:Organization", "Lamu:Place"),
            Is.EquivalentTo(new[] { (O("Al-Shabaab"), L("Kenya")), (O("Al-Shabaab"), L("Lamu")) }));
    }

    [Test]
    public void ANamedVictimOfAnAttackInARelativeClauseWasItsTarget()
    {
        Assert.That(Find(RelationType.ATTACKED, "Keluarga Abu Karim yang tewas akibat serangan pesawat nirawak Turki menuntut keadilan.", "Abu Karim:Person", "Turki:Place"),
            Is.EqualTo(new[] { (L("Turki"), P("Abu Karim")) }));
    }

    [Test]
    public void ANamedManAnAttackDidNotKillWasNoTarget()
    {
        Assert.That(Find(RelationType.ATTACKED, "Keluarga Abu Karim yang tidak tewas akibat serangan pesawat nirawak Turki menuntut keadilan.", "Abu Karim:Person", "Turki:Place"), Is.Empty);
    }

    [Test]
    public void AttackToldOnlyByAVerbIsAnEventHeldWhereItHappened()
    {
        var doc = Parsed("Pasukan Serbia menyerang Kosovo di Pristina pada Senin.", "Serbia:Place", "Kosovo:Place", "Pristina:Place");
        var edges = Dependencies.Extract(doc).ToList();
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event);
        Assert.Multiple(() =>
        {
            Assert.That(ev.Canonical, Is.EqualTo("serangan Serbia ke Kosovo"));
            Assert.That(edges.Where(e => e.Type == RelationType.HELD_IN).Select(e => (e.SourceId, e.TargetId)),
                Is.EqualTo(new[] { (ev.EntityId, L("Pristina")) }));
        });
    }

    [Test]
    public void TheNameRightAfterTheDatelineIsTheDoer()
    {
        var doc = Parsed("KOTABARU - Borduria menembakkan puluhan peluru ke Syldavia pada Selasa.", "KOTABARU=Kotabaru:Place", "Borduria:Place", "Syldavia:Place");
        Dependencies.Extract(doc).ToList();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.Canonical), Is.EqualTo(new[] { "serangan Borduria ke Syldavia" }));
    }

    [Test]
    public void WhereTheStoryWasFiledIsNoTargetOfAnAttackToldByAVerb()
    {
        var doc = Parsed("KOTABARU - Dua orang tukang ojek tewas ditembak anggota tentara Borduria.", "KOTABARU=Kotabaru:Place", "Borduria:Place");
        Dependencies.Extract(doc).ToList();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.Canonical), Has.None.Contains("Kotabaru"));
    }

    [Test]
    public void ConditionalAttackVerbIsNoEvent()
    {
        var doc = Parsed("Jika Serbia menyerang Kosovo, NATO akan membalas.", "Serbia:Place", "Kosovo:Place", "NATO:Organization");
        Dependencies.Extract(doc).ToList();
        Assert.That(doc.Mentions.Where(m => m.Type == NodeType.Event), Is.Empty);
    }

    // STATED

    [Test]
    public void QuoteVerbAfterTheQuoteNamesTheSpeaker()
    {
        var edges = Find(RelationType.STATED, "\"Kami akan membantu Sudan,\" kata Ali Hassan di Kairo.", "Ali Hassan:Person", "Sudan:Place", "Kairo:Place");
        Assert.That(edges, Is.EqualTo(new[] { (P("Ali Hassan"), L("Sudan")) }), "where it was said is not what was said");
    }

    [Test]
    public void ReportedSpeechWithBahwa()
    {
        Assert.That(Find(RelationType.STATED, "Maria Lopez mengatakan bahwa Chile siap mengirim bantuan ke Peru.", "Maria Lopez:Person", "Chile:Place", "Peru:Place"),
            Is.EquivalentTo(new[] { (P("Maria Lopez"), L("Chile")), (P("Maria Lopez"), L("Peru")) }));
    }

    [Test]
    public void WhereItWasSaidBeforeBahwaIsNotWhatWasSaid()
    {
        var edges = Find(RelationType.STATED, "Maria Lopez mengatakan selama forum bisnis di Lima bahwa Chile akan mencabut sanksi terhadap Peru.",
            "Maria Lopez:Person", "Lima:Place", "Chile:Place", "Peru:Place");
        Assert.That(edges, Is.EquivalentTo(new[] { (P("Maria Lopez"), L("Chile")), (P("Maria Lopez"), L("Peru")) }), "the forum's city is the setting");
    }

    [Test]
    public void NegatedSpeechVerbReportsNothing()
    {
        Assert.That(Find(RelationType.STATED, "Maria Lopez tidak menjawab pertanyaan tentang Chile.", "Maria Lopez:Person", "Chile:Place"), Is.Empty);
    }

    [Test]
    public void ABodyInTheSpeakersTitleDidNotSpeak()
    {
        var edges = Find(RelationType.STATED, "“Penyidik sudah di lokasi Polsek Kotabaru untuk olah TKP,” kata Kabagbanops Densus 88 antiteror Polri, Kombes Hadi Prasetyo.",
            "Hadi Prasetyo:Person", "Polri:Organization", "Densus 88:Organization", "Polsek Kotabaru:Place");
        Assert.That(edges.Select(e => e.Item1), Has.None.EqualTo(O("Polri")).And.None.EqualTo(O("Densus 88")));
    }

    [Test]
    public void ASpokespersonSpeaksForTheBodyToo()
    {
        var edges = Find(RelationType.STATED, "Hadi Prasetyo, Juru Bicara Dewan Kota, mengatakan bahwa Mardika siap membantu.",
            "Hadi Prasetyo:Person", "Dewan Kota:Organization", "Mardika:Place");
        Assert.That(edges, Does.Contain((O("Dewan Kota"), L("Mardika"))));
    }

    [Test]
    public void MenurutNamesTheSpeaker()
    {
        Assert.That(Find(RelationType.STATED, "Menurut Ahmed Salim, Yordania siap membantu.", "Ahmed Salim:Person", "Yordania:Place"),
            Is.EqualTo(new[] { (P("Ahmed Salim"), L("Yordania")) }));
    }

    [Test]
    public void StatementNamingNobodyGivesNoEdge()
    {
        Assert.That(Find(RelationType.STATED, "\"Kami tidak akan menyerah,\" kata Ali Hassan.", "Ali Hassan:Person"), Is.Empty);
    }

    [Test]
    public void PassiveSpeechVerbHasNoSpeaker()
    {
        Assert.That(Find(RelationType.STATED, "Hassan disebutkan merupakan warga Mesir.", "Hassan:Person", "Mesir:Place"), Is.Empty);
    }

    [Test]
    public void WhatFollowsAQuoteVerbIsNotWhatWasSaid()
    {
        var edges = Find(RelationType.STATED, "\"Sebuah mortir jatuh di dekat sekolah,\" ujar Ali Hassan, kepala distrik Tarsa di Provinsi Kassala, menggambarkan tembakan dari arah pasukan Eritrea.",
            "Ali Hassan:Person", "Tarsa:Place", "Kassala:Place", "Eritrea:Place");
        Assert.That(edges, Is.Empty, "the quote names nobody; the apposition and the writer's gloss after the verb are not the speaker's words");
    }

    [Test]
    public void SpeechVerbInsideAQuoteReportsOnlyTheQuote()
    {
        var edges = Find(RelationType.STATED, "\"Utusan Maria Lopez menegaskan kepada Kairo bahwa Chile siap berunding,\" kata Kementerian Luar Negeri dalam sebuah pernyataan.",
            "Maria Lopez:Person", "Kairo:Place", "Chile:Place", "Kementerian Luar Negeri:Organization");
        Assert.That(edges, Does.Not.Contain((P("Maria Lopez"), O("Kementerian Luar Negeri"))), "who relays the quote is not inside it");
    }

    [Test]
    public void ADescriptionOwnedByANameIsNotThatNamesWords()
    {
        var edges = Find(RelationType.STATED, "Adik Budi Santoso itu mengatakan bahwa Sulawesi siap membantu.", "Budi Santoso:Person", "Sulawesi:Place");
        Assert.That(edges, Is.Empty, "\"Adik X itu\" points back at someone named before, not at X");
    }

    // MET_AT

    [Test]
    public void EveryListedPartnerOfAMeetingMetAtItsPlace()
    {
        var edges = Find(RelationType.MET_AT, "Budi Santoso bertemu dengan Anna Berg, Lars Holm dan Eva Lind di Oslo.",
            "Budi Santoso:Person", "Anna Berg:Person", "Lars Holm:Person", "Eva Lind:Person", "Oslo:Place");
        Assert.That(edges, Is.SupersetOf(new[]
        {
            (P("Budi Santoso"), L("Oslo")), (P("Anna Berg"), L("Oslo")), (P("Lars Holm"), L("Oslo")), (P("Eva Lind"), L("Oslo")),
        }));
    }

    [Test]
    public void MeetingThatMayHappenGivesNoEdge()
    {
        Assert.That(Find(RelationType.MET_AT, "Jika Budi Santoso bertemu dengan Anna Berg di Oslo, mereka akan berdamai.",
            "Budi Santoso:Person", "Anna Berg:Person", "Oslo:Place"), Is.Empty);
    }

    // HELD_IN

    [Test]
    public void EventPlacedByAVerbIsHeldThere()
    {
        var doc = Parsed("Pertemuan itu digelar di Wina, Austria.", "Wina:Place", "Austria:Place");
        var ev = doc.Mentions.FirstOrDefault(m => m.Type == NodeType.Event);
        Assert.That(ev, Is.Not.Null, "the event recognizer marks the meeting");
        var edges = Dependencies.Extract(doc).Where(c => c.Type == RelationType.HELD_IN).Select(c => c.TargetId).ToList();
        Assert.That(edges, Does.Contain(L("Wina")));
    }

    [Test]
    public void ACoupIsHeldInTheCountryItsPhraseNames()
    {
        var doc = Parsed("Kudeta militer Gabon pada Agustus lalu mengejutkan Uni Afrika.", "Gabon:Place", "Uni Afrika:Organization");
        var ev = doc.Mentions.FirstOrDefault(m => m.Type == NodeType.Event);
        Assert.That(ev, Is.Not.Null, "the event recognizer marks the coup");
        var edges = Dependencies.Extract(doc).Where(c => c.Type == RelationType.HELD_IN).Select(c => (c.SourceId, c.TargetId)).ToList();
        Assert.That(edges, Is.EqualTo(new[] { (ev!.EntityId, L("Gabon")) }));
    }

    [Test]
    public void AnAttackIsNotHeldInTheCountryThatCarriedItOut()
    {
        var doc = Parsed("Serangan rudal Iran pada Sabtu malam mengejutkan Uni Eropa.", "Iran:Place", "Uni Eropa:Organization");
        var edges = Dependencies.Extract(doc).Where(c => c.Type == RelationType.HELD_IN).ToList();
        Assert.That(edges, Is.Empty);
    }

    // The file format

    [Test]
    public void PatternRowIsReadWithItsSetsAndOptions()
    {
        var sets = new Dictionary<string, HashSet<string>> { ["hit"] = ["serang"] };
        var p = DependencyPatternFile.Parse(["x", "ATTACKED", "VERB @hit", "=nsubj,^conj/nsubj", "obl(ke|terhadap)", "block=negation"], sets);
        Assert.Multiple(() =>
        {
            Assert.That(p.Relation, Is.EqualTo(RelationType.ATTACKED));
            Assert.That(p.Anchor.Words, Is.EquivalentTo(new[] { "serang" }));
            Assert.That(p.Source.Alternatives, Has.Count.EqualTo(2));
            Assert.That(p.Source.Alternatives[0][0].Exact, Is.True);
            Assert.That(p.Source.Alternatives[1][0].Up, Is.True);
            Assert.That(p.Target.Alternatives[0][0].CaseWords, Is.EquivalentTo(new[] { "ke", "terhadap" }));
            Assert.That(p.BlockedModality, Is.EquivalentTo(new[] { "negation" }));
        });
    }

    [Test]
    public void UnknownSetIsAClearError()
    {
        var e = Assert.Throws<FormatException>(() => DependencyPatternFile.Parse(["x", "ATTACKED", "VERB @nope", "nsubj", "obj"], new Dictionary<string, HashSet<string>>()));
        Assert.That(e!.Message, Does.Contain("@nope"));
    }
}
