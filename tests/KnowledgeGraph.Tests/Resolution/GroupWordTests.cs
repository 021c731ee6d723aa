using KnowledgeGraph.Graph;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Resolution.RegionalBranchTests;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>Words that say what kind of group a known body is, written before its name.</summary>
public class GroupWordTests
{
    [Test]
    public void Group_words_before_a_known_body_name_that_body()
    {
        const string text = "Kelompok Militan Hamas Serang Pos Militer. Hamas mengaku bertanggung jawab.";
        var resolved = Resolve(text, ("Kelompok Militan Hamas", 0, NodeType.Organization, "cue"), ("Hamas", 1, NodeType.Organization, "gazetteer"));
        Assert.That(resolved.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void A_part_of_a_known_body_stays_its_own_body()
    {
        // "Kerja" is no word of a kind of group: a working group of the body is a unit of its own.
        const string text = "Kelompok Kerja Hamas Bertemu. Hamas mengaku bertanggung jawab.";
        var resolved = Resolve(text, ("Kelompok Kerja Hamas", 0, NodeType.Organization, "cue"), ("Hamas", 1, NodeType.Organization, "gazetteer"));
        Assert.That(resolved.Select(r => r.Id).Distinct().Count(), Is.EqualTo(2));
    }
}
