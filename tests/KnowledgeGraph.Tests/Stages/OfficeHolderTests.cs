using KnowledgeGraph.Graph;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>A title said without a name names the one person the article gives that title to (the office-holders stage).</summary>
public class OfficeHolderTests
{
    private static EntityGraph Build(string text) => WholePipeline.Build(text);

    private static List<string> MetAt(EntityGraph graph) =>
        graph.Relations.Where(r => r.Type == RelationType.MET_AT).Select(r => r.Source.Id + " -> " + r.Target.Id).ToList();

    [Test]
    public void Titles_said_alone_are_their_holders()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nPanglima TNI Marsekal Rudi Hartono dan Kapolri Jenderal Polisi Budi Sutarjo tiba di Sukamaju, Senin. "
                          + "Di Sukamaju, Panglima TNI dan Kapolri bertemu dengan Andi Wirawan di Gedung Negara.\n");
        var met = MetAt(graph);
        Assert.That(met, Does.Contain("person:rudi-hartono -> place:gedung-negara"));
        Assert.That(met, Does.Contain("person:budi-sutarjo -> place:gedung-negara"));
        // The body in the title is not the one who met.
        Assert.That(met.Where(m => m.StartsWith("organization:")), Is.Empty);
        // A title is no name of its holder: the next holder has it too.
        var rudi = graph.Nodes.Single(n => n.Id == "person:rudi-hartono");
        Assert.That(rudi.Aliases, Does.Not.Contain("Panglima TNI"));
    }

    [Test]
    public void A_title_said_alone_in_its_short_form_is_the_holder_of_the_full_title()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nPerdana Menteri Singapura Rudi Hartono tiba di Sukamaju, Senin. "
                          + "Di Sukamaju, Andi Wirawan bertemu PM Singapura di Gedung Negara.\n");
        Assert.That(MetAt(graph), Does.Contain("person:rudi-hartono -> place:gedung-negara"));
    }

    [Test]
    public void A_title_said_alone_speaks_as_its_holder_but_is_the_office_in_what_is_said()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nPanglima TNI Marsekal Rudi Hartono meresmikan gedung baru di Sukamaju, Senin. "
                          + "\"Kondisi Sukamaju aman,\" kata Panglima TNI. \"Kami menyambut kehadiran Panglima TNI di Sukamaju,\" kata Andi Wirawan.\n");
        var stated = graph.Relations.Where(r => r.Type == RelationType.STATED).Select(r => r.Source.Id + " -> " + r.Target.Id).ToList();
        Assert.That(stated, Does.Contain("person:rudi-hartono -> place:sukamaju"));
        Assert.That(stated, Does.Not.Contain("person:andi-wirawan -> person:rudi-hartono"));
    }

    [TestCase("mantan Panglima TNI")]
    [TestCase("para Panglima TNI")]
    public void A_former_holder_or_several_are_not_the_holder_named(string title)
    {
        const string named = "Kunjungan ke Sukamaju\n\nPanglima TNI Marsekal Budi Sutarjo meresmikan gedung baru, Senin. ";
        Assert.That(MetAt(Build(named + "Panglima TNI kemudian bertemu dengan Andi Wirawan di Gedung Negara.\n")),
            Does.Contain("person:budi-sutarjo -> place:gedung-negara"));
        Assert.That(MetAt(Build(named + $"Sebelumnya, {title} bertemu dengan Andi Wirawan di Gedung Negara.\n")),
            Does.Not.Contain("person:budi-sutarjo -> place:gedung-negara"));
    }

    [Test]
    public void A_title_two_people_carry_names_neither()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nMenteri Budi Sutarjo dan Menteri Dodi Saputra tiba di Sukamaju, Senin. "
                          + "Menteri kemudian bertemu dengan Andi Wirawan di Gedung Negara.\n");
        var met = MetAt(graph);
        Assert.That(met, Does.Not.Contain("person:budi-sutarjo -> place:gedung-negara"));
        Assert.That(met, Does.Not.Contain("person:dodi-saputra -> place:gedung-negara"));
    }

    [Test]
    public void An_ordinal_after_the_title_is_another_holder()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nPresiden Budi Sutarjo tiba di Sukamaju, Senin. "
                          + "Presiden ke-3 bertemu dengan Andi Wirawan di Gedung Negara.\n");
        Assert.That(MetAt(graph), Does.Not.Contain("person:budi-sutarjo -> place:gedung-negara"));
    }

    [Test]
    public void A_title_said_alone_in_a_sentence_naming_nobody_else_is_its_holder()
    {
        var graph = Build("Kunjungan ke Sukamaju\n\nMenteri Budi Sutarjo tiba di Sukamaju, Senin. "
                          + "Menteri kemudian menyampaikan sambutan singkat.\n");
        Assert.That(graph.Nodes.Single(n => n.Id == "person:budi-sutarjo").Mentions, Is.EqualTo(2));
    }
}
