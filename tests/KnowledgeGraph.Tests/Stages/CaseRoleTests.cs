using KnowledgeGraph.Graph;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>"pelaku" and "korban" said in place of a name are the one person the article names in that part (the case-roles stage).</summary>
public class CaseRoleTests
{
    private static List<string> Attacks(string text) =>
        WholePipeline.Build(text).Relations.Where(r => r.Type == RelationType.ATTACKED).Select(r => r.Source.Id + " -> " + r.Target.Id).ToList();

    [Test]
    public void The_perpetrator_named_by_initials_is_the_one_shot_later()
    {
        var attacks = Attacks("Pos Polisi Diserang\n\nSeorang pelaku berinisial BH menyerang pos polisi di Kotabaru, Kamis. "
                              + "Namun pelaku tidak mengindahkan tembakan peringatan. Kapolsek Andi Wirawan lalu menembak pelaku.\n");
        Assert.That(attacks, Does.Contain("person:andi-wirawan -> person:bh"));
    }

    [Test]
    public void The_victim_named_once_is_the_one_struck_later()
    {
        var attacks = Attacks("Tawuran Pelajar\n\nTawuran pelajar terjadi di Kotabaru, Senin. Korban berinisial MU meninggal dunia. "
                              + "Polisi menangkap tersangka berinisial RD. RD membacok korban di bagian leher dengan celurit.\n");
        Assert.That(attacks, Does.Contain("person:rd -> person:mu"));
    }

    [Test]
    public void A_name_that_becomes_the_victim_names_it()
    {
        var attacks = Attacks("Begal di Kotabaru\n\nAndi Wirawan (49), seorang pengendara motor, menjadi korban begal di Kotabaru. "
                              + "Polisi menangkap tersangka berinisial RD. RD membacok korban dengan celurit.\n");
        Assert.That(attacks, Does.Contain("person:rd -> person:andi-wirawan"));
    }

    [Test]
    public void The_perpetrator_of_an_attack_attacked_where_it_was_held_though_the_name_is_spelled_twice()
    {
        var attacks = Attacks("Bom di Kotabaru\n\nSebuah bom bunuh diri mengguncang Markas Polisi Sukamaju di Jalan Lembah, Rabu. "
                              + "Wakapolda Andi Wirawan mengatakan, pelaku bom bunuh diri di Markas Polisi Sukamaju dilakukan tunggal oleh Dodi Saputra Nasution (24). "
                              + "Polisi memeriksa keluarga pelaku bom bunuh diri bernama Dodi Saputraa Nasution (24).\n");
        // One person, whichever spelling names the node.
        Assert.That(attacks.Where(a => a.StartsWith("person:dodi-saputra") && a.EndsWith("-> place:markas-polisi-sukamaju")).ToList(), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_part_the_article_gives_two_people_names_neither()
    {
        var attacks = Attacks("Tawuran Pelajar\n\nKedua korban bernama Budi Hartono dan Andi Wirawan. Polisi menangkap tersangka berinisial RD. RD membacok korban dengan celurit.\n");
        Assert.That(attacks.Where(a => a.StartsWith("person:rd -> person:")), Is.Empty);
    }

    [TestCase("kedua korban")]
    [TestCase("dua orang korban")]
    [TestCase("korban lainnya")]
    public void Several_or_another_victim_is_not_the_one_named(string said)
    {
        var attacks = Attacks($"Tawuran Pelajar\n\nKorban berinisial MU meninggal dunia di Kotabaru. Polisi menangkap tersangka berinisial RD. RD membacok {said} dengan celurit.\n");
        Assert.That(attacks, Does.Not.Contain("person:rd -> person:mu"));
    }

    [Test]
    public void Each_perpetrator_a_copula_names_after_the_attack_attacked_where_it_was_held()
    {
        // A police chief tells the attack as the news does, not as a side's claim.
        var attacks = Attacks("Bom di Kotabaru\n\nKapolda Andi Wirawan menyatakan, dua orang pelaku bom bunuh diri di Terminal Kampung Melayu pada Rabu malam "
                              + "adalah Budi Hartono dan Dodi Saputra.\n");
        Assert.That(attacks, Is.SupersetOf(new[] { "person:budi-hartono -> place:terminal-kampung-melayu", "person:dodi-saputra -> place:terminal-kampung-melayu" }));
        Assert.That(attacks.Where(a => a.StartsWith("person:andi-wirawan")), Is.Empty);
    }

    [Test]
    public void Who_tells_of_the_perpetrator_is_not_the_perpetrator()
    {
        var attacks = Attacks("Kasus Penyerangan\n\nBerdasarkan hasil penyidikan, kata Kapolri Jenderal Andi Wirawan, pelaku penyerangan terhadap Budi Hartono "
                              + "merupakan anggota Jamaah Ansharut Daulah.\n");
        Assert.That(attacks.Where(a => a.StartsWith("person:andi-wirawan")), Is.Empty);
    }

    [Test]
    public void A_partys_word_is_no_name_of_its_holder_and_picks_out_no_event()
    {
        var graph = WholePipeline.Build("Pos Polisi Diserang\n\nSeorang pelaku berinisial BH menyerang pos polisi di Kotabaru, Kamis. "
                                        + "Kapolsek Andi Wirawan lalu menembak pelaku.\n");
        Assert.That(graph.Nodes.Single(n => n.Id == "person:bh").Aliases, Does.Not.Contain("pelaku"));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Event).Select(n => n.Name), Has.None.Contains("Andi Wirawan ke BH"));
    }
}
