using KnowledgeGraph.Documents;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Schema;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relations;

public class StateAttackersTests
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
        new StateAttackers(RuleFixture.Shapes.Resources.Gazetteer).Apply(doc);
        Assert.That(doc.Relations.Select(r => r.SourceId + " " + r.Type), Is.EqualTo(new[]
        {
            "place:rusia ATTACKED", "organization:front-merah ATTACKED", "place:washington MET_AT",
        }));
    }
}
