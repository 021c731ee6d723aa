using KnowledgeGraph.Documents;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Schema;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relations;

public class CountryVisitsTests
{
    [Test]
    public void NoOneMeetsAtAVisitHeldOnlyInACountry()
    {
        const string text = "Kunjungan Budi Hartono ke Jepang berlanjut. Kunjungan Budi Hartono ke Istana Lembah selesai.";
        var doc = RuleFixture.Doc(text);
        doc.Mentions.Add(new Mention(0, 32, text[..32], NodeType.Event, 0, "test", "kunjungan Budi Hartono ke Jepang", "event:abroad"));
        doc.Mentions.Add(new Mention(44, 82, text[44..82], NodeType.Event, 1, "test", "kunjungan Budi Hartono ke Istana Lembah", "event:palace"));
        var evidence = new Evidence("t", text, 0, 32, text[..32], null);
        doc.Relations.Add(new RelationCandidate("event:abroad", RelationType.HELD_IN, "place:jepang", evidence));
        doc.Relations.Add(new RelationCandidate("event:palace", RelationType.HELD_IN, "place:istana-lembah", evidence));
        doc.Relations.Add(new RelationCandidate("person:budi-hartono", RelationType.MET_AT, "event:abroad", evidence));
        doc.Relations.Add(new RelationCandidate("person:budi-hartono", RelationType.MET_AT, "event:palace", evidence));
        new CountryVisits(RuleFixture.Shapes.Resources.Gazetteer, TestDocs.Lexicon).Apply(doc);
        Assert.That(doc.Relations.Select(r => r.Type + " " + r.TargetId), Is.EqualTo(new[]
        {
            "HELD_IN place:jepang", "HELD_IN place:istana-lembah", "MET_AT event:palace",
        }));
    }
}
