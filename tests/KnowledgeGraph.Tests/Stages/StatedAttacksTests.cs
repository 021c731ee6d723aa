using KnowledgeGraph.Graph;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>An attack a speaker points back to ("serangan itu", "peristiwa ini") is what the speaker spoke of.</summary>
public class StatedAttacksTests
{
    private static List<string> Stated(string text) =>
        WholePipeline.Build(text).Relations.Where(r => r.Type == RelationType.STATED).Select(r => r.Source.Id + " -> " + r.Target.Id).ToList();

    private static string AttackEvent(string text) =>
        WholePipeline.Build(text).Nodes.Single(n => n.Type == NodeType.Event).Id;

    [Test]
    public void An_attack_noun_with_a_demonstrative_in_a_quote_is_the_attack_told_before()
    {
        const string text = "Serangan di Kharkiv\n\nRusia menyerang Kharkiv pada Selasa malam.\n\n\"Serangan itu sangat keji,\" kata Budi Hartono.\n";
        Assert.That(Stated(text), Does.Contain("person:budi-hartono -> " + AttackEvent(text)));
    }

    [Test]
    public void A_word_of_a_happening_with_a_demonstrative_points_back_too()
    {
        const string text = "Serangan di Kharkiv\n\nRusia melancarkan serangan roket ke Kharkiv, Senin.\n\nBudi Hartono mengatakan peristiwa tersebut menewaskan dua warga.\n";
        Assert.That(Stated(text), Does.Contain("person:budi-hartono -> " + AttackEvent(text)));
    }

    [Test]
    public void Without_a_demonstrative_or_before_any_attack_nothing_is_pointed_back_to()
    {
        var bare = Stated("Serangan di Kharkiv\n\nRusia menyerang Kharkiv pada Selasa malam.\n\n\"Serangan bisa terjadi lagi,\" kata Budi Hartono.\n");
        Assert.That(bare.Where(e => e.Contains("-> event:")), Is.Empty);
        var before = Stated("Serangan di Kharkiv\n\n\"Serangan itu sangat keji,\" kata Budi Hartono.\n\nRusia menyerang Kharkiv pada Selasa malam.\n");
        Assert.That(before.Where(e => e.Contains("-> event:")), Is.Empty);
    }
}
