using KnowledgeGraph.Documents;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Schema;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relations;

public class StateActorsTests
{
    [Test]
    public void Only_a_country_attacks_as_a_place()
    {
        var doc = RuleFixture.Doc("Serangan itu terjadi Senin.");
        var evidence = new Evidence("t", "Serangan itu terjadi Senin.", 0, 8, "Serangan", null);
        doc.Relations.Add(new RelationCandidate("place:rusia", RelationType.ATTACKED, "place:ukraina", evidence));
        doc.Relations.Add(new RelationCandidate("place:washington", RelationType.ATTACKED, "place:amerika-serikat", evidence));
        doc.Relations.Add(new RelationCandidate("place:kampung-sirna", RelationType.ATTACKED, "organization:front-merah", evidence));
        doc.Relations.Add(new RelationCandidate("organization:front-merah", RelationType.ATTACKED, "place:kampung-sirna", evidence));
        doc.Relations.Add(new RelationCandidate("place:washington", RelationType.MET_AT, "place:amerika-serikat", evidence));
        new StateActors(RuleFixture.Shapes.Resources.Gazetteer).Apply(doc);
        Assert.That(doc.Relations.Select(r => r.SourceId + " " + r.Type), Is.EqualTo(new[]
        {
            "place:rusia ATTACKED", "organization:front-merah ATTACKED",
        }));
    }

    [Test]
    public void A_place_meets_only_as_a_state()
    {
        const string text = "Jepang dan Sukamaju hadir dalam pertemuan di Kotabaru.";
        var doc = RuleFixture.Doc(text);
        var evidence = new Evidence("t", text, 0, text.Length, text, null);
        doc.Relations.Add(new RelationCandidate("place:jepang", RelationType.MET_AT, "event:pertemuan-di-kotabaru", evidence));
        doc.Relations.Add(new RelationCandidate("place:sukamaju", RelationType.MET_AT, "event:pertemuan-di-kotabaru", evidence));
        doc.Relations.Add(new RelationCandidate("place:sukamaju", RelationType.MET_AT, "place:kotabaru", evidence));
        doc.Relations.Add(new RelationCandidate("person:budi-hartono", RelationType.MET_AT, "place:kotabaru", evidence));
        doc.Relations.Add(new RelationCandidate("event:pertemuan-di-kotabaru", RelationType.HELD_IN, "place:kotabaru", evidence));
        new StateActors(RuleFixture.Shapes.Resources.Gazetteer).Apply(doc);
        Assert.That(doc.Relations.Select(r => $"{r.SourceId} {r.Type} {r.TargetId}"), Is.EqualTo(new[]
        {
            "place:jepang MET_AT event:pertemuan-di-kotabaru",
            "person:budi-hartono MET_AT place:kotabaru",
            "event:pertemuan-di-kotabaru HELD_IN place:kotabaru",
        }));
    }
}
