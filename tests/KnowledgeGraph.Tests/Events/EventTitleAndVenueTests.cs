using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Events;

/// <summary>Events named past a title's words, kept apart by the buildings they sat in, and never anchored on the dateline.</summary>
public class EventTitleAndVenueTests
{
    private static List<Mention> Events(string text, params string[] entities) =>
        new EventRecognizer(Lexicon).Recognize(Build(text, entities)).ToList();

    [Test]
    public void A_visit_by_a_minister_is_named_with_the_title_whose_words_look_like_verbs()
    {
        foreach (var title in new[] { "Menteri Pertahanan", "Menteri Luar Negeri" })
        {
            var ev = Events($"Budi Hartono menerima kunjungan {title} Syldavia Andi Wirawan di Kotabaru.",
                "Budi Hartono:Person", "Syldavia:Place", "Andi Wirawan:Person", "Kotabaru:Place");
            Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { $"kunjungan {title} Syldavia Andi Wirawan di Kotabaru" }), title);
        }
    }

    [Test]
    public void Press_conferences_in_two_buildings_of_one_town_are_two_happenings()
    {
        var ev = Events("\"Kami sudah bergerak,\" kata Presiden Budi Hartono dalam jumpa pers di Istana Lembah, Kotabaru Pusat, Rabu. "
            + "\"Korban 20 orang,\" kata Andi Wirawan saat jumpa pers di Istana Sukamaju, Jalan Merdeka, Kotabaru, Rabu.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Kotabaru Pusat:Place", "Andi Wirawan:Person", "Istana Sukamaju:Place", "Jalan Merdeka:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(2));
        // Told again in the building it sat in, it is the same one.
        ev = Events("\"Kami sudah bergerak,\" kata Presiden Budi Hartono dalam jumpa pers di Istana Lembah, Kotabaru, Rabu. "
            + "Jumpa pers Budi Hartono di Istana Lembah itu berlangsung singkat.",
            "Budi Hartono:Person", "Istana Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_dateline_is_no_party_of_a_happening_told_by_a_verb()
    {
        var ev = Events("KOTABARU - Para pekerja dibunuh di Lembah pada Sabtu.", "KOTABARU=Kotabaru:Place", "Lembah:Place");
        Assert.That(ev.Select(e => e.Canonical), Has.None.Contains("Kotabaru"));
    }

    [Test]
    public void Talks_brought_about_by_a_mediator_named_after_oleh_are_placed_where_they_sat()
    {
        var ev = Events("Syldavia dan Borduria sepakat berdamai dalam perundingan yang dimediasi oleh Lembah di Kotabaru.",
            "Syldavia:Place", "Borduria:Place", "Lembah:Place", "Kotabaru:Place");
        Assert.That(ev.Select(e => e.Canonical), Is.EqualTo(new[] { "perundingan yang dimediasi oleh Lembah di Kotabaru" }));
    }

    [Test]
    public void A_meeting_in_a_capital_named_after_its_region_is_named_by_the_capital()
    {
        var ev = Events("Polri dan Kepolisian Lembah menggelar pertemuan bilateral di ibu kota negara bagian Sukamaju Barat, Kotabaru, Senin (9/4).",
            "Polri:Organization", "Kepolisian Lembah:Organization", "Sukamaju Barat:Place", "Kotabaru:Place");
        var name = ev.Select(e => e.Canonical).Distinct().Single();
        Assert.That(name, Does.EndWith(" di Kotabaru"));
        Assert.That(name, Does.Not.Contain("Sukamaju Barat").And.Not.Contain("ibu kota"));
    }
}
