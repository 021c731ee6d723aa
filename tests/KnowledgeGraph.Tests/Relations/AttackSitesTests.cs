using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>An attack event is held where the sentence says the attack fell.</summary>
public class AttackSitesTests
{
    private static (Document Doc, List<(string, string)> Held) Sites(string text, params string[] entities)
    {
        var doc = Build(text, entities).WithEvents();
        doc.Relations.AddRange(new AttackExtractor(Lexicon).Extract(doc));
        var held = new AttackSites(Lexicon).Extract(doc).Where(r => r.Type == RelationType.HELD_IN).Select(r => (r.SourceId, r.TargetId)).ToList();
        return (doc, held);
    }

    private static string EventId(Document doc, string startsWith) =>
        doc.Mentions.First(m => m.Type == NodeType.Event && m.Surface.StartsWith(startsWith)).EntityId!;

    [Test]
    public void AnAttackIsHeldInThePlaceItHit()
    {
        var (doc, held) = Sites("Serangan rudal Rusia ke Kharkiv menewaskan tiga orang pada Senin.", "Rusia:Place", "Kharkiv:Place");
        Assert.That(held, Is.EqualTo(new[] { (EventId(doc, "Serangan"), Id(NodeType.Place, "Kharkiv")) }));
    }

    [Test]
    public void AnAttackWhoseAttackerIsNeverNamedIsStillHeldWhereItHit()
    {
        string[] entities = ["Polda Sukamaju:Organization", "Mapolda Sukamaju:Place"];
        var (doc, held) = Sites("Polda Sukamaju menembak mati dua orang yang berusaha menyerang Mapolda Sukamaju, Rabu pagi.", entities);
        Assert.That(held, Is.EqualTo(new[] { (EventId(doc, "menyerang"), Id(NodeType.Place, "Mapolda Sukamaju")) }));
        // A hedged attack gives no place.
        var (_, hedged) = Sites("Polda Sukamaju menembak mati dua orang yang diduga akan menyerang Mapolda Sukamaju, Rabu pagi.", entities);
        Assert.That(hedged, Is.Empty);
    }

    private static List<(string, string)> AttackedWithSites(string text, params string[] entities)
    {
        var doc = Build(text, entities).WithEvents();
        doc.Relations.AddRange(new AttackExtractor(Lexicon).Extract(doc));
        doc.Relations.AddRange(new HeldInExtractor(Lexicon).Extract(doc));
        return new AttackSites(Lexicon).Extract(doc).Where(r => r.Type == RelationType.ATTACKED).Select(r => (r.SourceId, r.TargetId)).ToList();
    }

    [Test]
    public void WhoAttackedSomeoneInAnAttackAttackedThePlaceItWasHeldIn()
    {
        var attacked = AttackedWithSites("Militer Syldavia melakukan serangan di Kotabaru terhadap Brigade Fajar pada Selasa.",
            "Syldavia:Place", "Kotabaru:Place", "Brigade Fajar:Organization");
        Assert.That(attacked, Is.EqualTo(new[] { (Id(NodeType.Place, "Syldavia"), Id(NodeType.Place, "Kotabaru")) }));
    }

    [Test]
    public void AnAttackOnlyThreatenedAttackedNoPlace()
    {
        var attacked = AttackedWithSites("Militer Syldavia mengancam akan melakukan serangan di Kotabaru terhadap Brigade Fajar.",
            "Syldavia:Place", "Kotabaru:Place", "Brigade Fajar:Organization");
        Assert.That(attacked, Is.Empty);
    }

    [Test]
    public void AConditionalAttackIsHeldNowhere()
    {
        var (_, held) = Sites("Jika serangan rudal Rusia ke Kharkiv berlanjut, warga akan mengungsi.", "Rusia:Place", "Kharkiv:Place");
        Assert.That(held, Is.Empty);
    }

    [Test]
    public void ADeniedAttackIsHeldNowhere()
    {
        var (_, held) = Sites("Rusia membantah melancarkan serangan rudal ke Kharkiv pada Senin.", "Rusia:Place", "Kharkiv:Place");
        Assert.That(held, Is.Empty);
    }

    [Test]
    public void TheAttackerIsNoPlaceTheAttackWasHeldIn()
    {
        var (doc, held) = Sites("Serangan udara Israel terhadap Rafah menewaskan 20 orang.", "Israel:Place", "Rafah:Place");
        Assert.That(held, Does.Not.Contain((EventId(doc, "Serangan"), Id(NodeType.Place, "Israel"))));
        Assert.That(held, Does.Contain((EventId(doc, "Serangan"), Id(NodeType.Place, "Rafah"))));
    }

    [Test]
    public void AnAttackToldByItsVerbIsHeldInThePlaceItHit()
    {
        var (doc, held) = Sites("Kota Vesna diserang Borduria pada Senin malam.", "Kota Vesna:Place", "Borduria:Place");
        var ev = doc.Mentions.Single(m => m.Type == NodeType.Event).EntityId!;
        Assert.That(held, Is.EqualTo(new[] { (ev, Id(NodeType.Place, "Kota Vesna")) }));
    }

    [Test]
    public void AnAttackVerbUnderAConditionIsHeldNowhere()
    {
        var (_, held) = Sites("Jika Borduria menyerang Kota Vesna, warga akan mengungsi.", "Kota Vesna:Place", "Borduria:Place");
        Assert.That(held, Is.Empty);
    }
    [Test]
    public void AnAttackVerbIsNotHeldInTheOwnerOfWhatItHit()
    {
        var (doc, held) = Sites("Milisi Lorak menyerbu gedung parlemen Borduria pada Senin.", "Milisi Lorak:Organization", "Borduria:Place");
        // The owner is attacked, as the guidelines say, but the attack did not take place all over it.
        Assert.That(doc.Relations.Any(r => r.Type == RelationType.ATTACKED && r.TargetId == Id(NodeType.Place, "Borduria")), Is.True);
        Assert.That(held, Is.Empty);
    }
}
