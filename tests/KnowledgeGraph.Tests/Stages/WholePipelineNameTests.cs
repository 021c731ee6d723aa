using KnowledgeGraph.Graph;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>Rules that span stages (the cleaner and the relations, recognition and resolution), run through the whole pipeline.</summary>
public class WholePipelineNameTests
{
    private static EntityGraph Build(string text) => WholePipeline.Build(text);

    private static List<string> Edges(EntityGraph graph, RelationType type) =>
        graph.Relations.Where(r => r.Type == type).Select(r => r.Source.Id + " -> " + r.Target.Id).ToList();

    [Test]
    public void A_provinces_epithet_is_that_province()
    {
        // "Bumi Tambun Bungai" is what news calls Kalimantan Tengah: one place, not a second one.
        var graph = Build("Kunjungan ke Kalteng\n\nGubernur Kalteng Budi Hartono menerima Andi Wirawan di Palangka Raya. "
            + "Andi Wirawan memuji pembangunan di Bumi Tambun Bungai.\n");
        var places = graph.Nodes.Where(n => n.Type == NodeType.Place).Select(n => n.Id).ToList();
        Assert.That(places, Does.Contain("place:kalimantan-tengah"));
        Assert.That(places.Where(p => p.Contains("tambun")), Is.Empty);
    }

    [Test]
    public void A_passive_written_apart_keeps_its_direction()
    {
        var graph = Build("Serangan di Sukamaju\n\nEmpat anggota Polres Sukamaju meninggal dunia di serang Front Pembela Lembah, Senin.\n");
        var attacks = Edges(graph, RelationType.ATTACKED);
        Assert.That(attacks, Does.Contain("organization:front-pembela-lembah -> organization:polres-sukamaju"));
        Assert.That(attacks.Where(a => a.StartsWith("organization:polres-sukamaju")), Is.Empty);
    }

    [Test]
    public void A_victim_told_of_by_the_word_korban_is_not_who_a_clitic_speaker_is()
    {
        var graph = Build("Penusukan di Kotabaru\n\nKapolsek Kotabaru Kompol Budi Hartono mengatakan korban bernama Andi Wirawan mengalami luka di perut.\n"
            + "Akibat penusukan tersebut, korban mengalami luka parah. Dia sempat dibawa ke klinik.\n"
            + "\"Korban sempat dirawat di klinik daerah Sukamaju, namun dirujuk ke rumah sakit,\" ujarnya.\n");
        var stated = Edges(graph, RelationType.STATED);
        Assert.That(stated, Does.Contain("person:budi-hartono -> place:sukamaju"));
        Assert.That(stated.Where(s => s.StartsWith("person:andi-wirawan")), Is.Empty);
    }

    [Test]
    public void No_one_meets_across_the_whole_home_country()
    {
        var graph = Build("Kunjungan ke Indonesia\n\nBudi Hartono melakukan kunjungan kenegaraan ke Indonesia. Budi Hartono bertemu Presiden Andi Wirawan di Istana Merdeka, Jakarta, Senin.\n");
        var met = Edges(graph, RelationType.MET_AT);
        Assert.That(met, Does.Contain("person:budi-hartono -> place:jakarta").And.Contain("person:andi-wirawan -> place:istana-merdeka"));
        Assert.That(met.Where(m => m.EndsWith("place:indonesia")), Is.Empty);
        // The visit is still held in the country.
        Assert.That(Edges(graph, RelationType.HELD_IN).Where(h => h.EndsWith("place:indonesia")), Is.Not.Empty);
        // A country abroad is where its visitors met.
        var abroad = Build("Kunjungan ke Syldavia\n\nAndi Wirawan melakukan kunjungan kenegaraan ke Prancis. Andi Wirawan bertemu Presiden Budi Hartono di Istana Elysee, Paris, Senin.\n");
        Assert.That(Edges(abroad, RelationType.MET_AT), Does.Contain("person:andi-wirawan -> place:prancis"));
    }

    [Test]
    public void A_town_named_by_a_geographic_word_before_its_regency_is_a_place_of_its_own()
    {
        var graph = Build("Banjir di Bungo\n\nMUARA BUNGO — Banjir merendam Kabupaten Bungo sejak Senin.\n");
        var places = graph.Nodes.Where(n => n.Type == NodeType.Place).Select(n => n.Name).ToList();
        Assert.That(places, Does.Contain("Muara Bungo").And.Contain("Bungo"));
    }

    [Test]
    public void A_bare_name_taken_for_a_regency_does_not_join_it_to_another_regency_it_opens()
    {
        var graph = Build("Pengungsi di Puncak\n\nPUNCAK JAYA — Warga di Puncak mengungsi. Kantor distrik di Kabupaten Puncak ditutup sejak Senin.\n");
        var places = graph.Nodes.Where(n => n.Type == NodeType.Place).Select(n => n.Name).ToList();
        Assert.That(places, Does.Contain("Puncak Jaya").And.Contain("Kabupaten Puncak"), string.Join(" | ", places));
    }

    [Test]
    public void The_region_after_a_regional_body_is_no_person()
    {
        var graph = Build("Rapat di Sukamaju\n\nKetua DPRD Sukamaju, Dodi Saputra Wijaya, mengatakan rapat itu tertutup.\n");
        var persons = graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name).ToList();
        Assert.That(persons, Is.EqualTo(new[] { "Dodi Saputra Wijaya" }));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Organization).Select(n => n.Name), Does.Contain("DPRD Sukamaju"));
    }

    [Test]
    public void A_regional_branch_named_with_the_places_short_form_is_one_body()
    {
        var graph = Build("Rapat Tertutup di Kobar\n\nRapat Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kotawaringin Barat (Kobar) berlangsung tertutup, Selasa. "
            + "Ketua DPRD Kobar, Dodi Saputra Wijaya, mengatakan rapat itu membahas anggaran.\n");
        var bodies = graph.Nodes.Where(n => n.Type == NodeType.Organization).Select(n => n.Id).ToList();
        Assert.That(bodies, Is.EqualTo(new[] { "organization:dprd-kabupaten-kotawaringin-barat" }));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EqualTo(new[] { "Dodi Saputra Wijaya" }));
        Assert.That(graph.Nodes.Count(n => n.Type == NodeType.Place), Is.EqualTo(1), "Kobar is the regency");
    }

    [Test]
    public void A_general_rank_spelt_jendral_is_the_rank_and_the_title_before_it_ties_the_person()
    {
        foreach (var rank in new[] { "Inspektur Jenderal", "Inspektur Jendral" })
        {
            var graph = Build($"Kepala Polda Sumatera Utara, {rank} Dodi Saputra mengatakan pelaku sudah diamankan.");
            Assert.That(Edges(graph, RelationType.AFFILIATED_WITH), Does.Contain("person:dodi-saputra -> organization:polda-sumatera-utara"), rank);
        }
    }

    [Test]
    public void A_name_opened_by_the_word_for_a_happening_or_by_a_conjunction_is_no_place()
    {
        var graph = Build("Pandemi di Maluku\n\nSemenjak Pandemi Covid-19 bergejolak di Maluku, Gubernur Maluku Budi Hartono menunda kunjungan ke Ambon.\n");
        var places = graph.Nodes.Where(n => n.Type == NodeType.Place).Select(n => n.Name).ToList();
        Assert.That(places, Does.Contain("Maluku"));
        Assert.That(places.Where(p => p.Contains("Pandemi") || p.Contains("Semenjak")), Is.Empty, string.Join(", ", places));
    }

    [Test]
    public void A_local_office_named_with_its_domains_is_one_body()
    {
        var graph = Build("Rapat di Sukamaju\n\nKepala Dinas Perhubungan dan Pertanahan Dodi Saputra Wijaya mengatakan rapat itu tertutup.\n");
        var bodies = graph.Nodes.Where(n => n.Type == NodeType.Organization).Select(n => n.Name).ToList();
        Assert.That(bodies, Is.EqualTo(new[] { "Dinas Perhubungan dan Pertanahan" }));
        Assert.That(Edges(graph, RelationType.AFFILIATED_WITH), Is.EqualTo(new[] { "person:dodi-saputra-wijaya -> organization:dinas-perhubungan-dan-pertanahan" }));
    }

    [Test]
    public void One_known_by_a_single_name_keeps_the_honorific_and_the_name_alone_is_the_same_person()
    {
        var graph = Build("Debat di Sukamaju\n\nPasangan Dodi Saputra dan Habib Sutarjo menilai debat itu baik. "
            + "\"Kami siap membangun Sukamaju,\" kata Sutarjo.\n");
        var persons = graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name).Order().ToList();
        Assert.That(persons, Is.EqualTo(new[] { "Dodi Saputra", "Habib Sutarjo" }));
        Assert.That(Edges(graph, RelationType.STATED), Does.Contain("person:habib-sutarjo -> place:sukamaju"));
    }

    [Test]
    public void A_joiner_before_another_head_starts_a_second_body()
    {
        var graph = Build("Rapat Dua Kementerian\n\nKementerian Pertahanan dan Kementerian Luar Negeri menggelar rapat bersama di Sukamaju.\n");
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Organization).Select(n => n.Name).Order(),
            Is.EqualTo(new[] { "Kementerian Luar Negeri", "Kementerian Pertahanan" }));
    }

    [Test]
    public void A_partner_described_and_then_named_takes_part_in_the_meeting()
    {
        var graph = Build("Rapat Kerja Komisi\n\nKomisi II Dewan Perwakilan Rakyat Republik Indonesia melakukan rapat kerja dengan mitranya di pemerintahan, yaitu Kementerian Dalam Negeri. "
            + "Wakil Ketua Komisi II DPR Dodi Saputra Wijaya memimpin rapat itu.\n");
        var met = Edges(graph, RelationType.MET_AT);
        var unit = graph.Nodes.Where(n => n.Type == NodeType.Organization && n.Name.StartsWith("Komisi II")).ToList();
        Assert.That(unit, Has.Count.EqualTo(1), "the unit named with the body's long and short names is one");
        Assert.That(met, Does.Contain(unit[0].Id + " -> " + graph.Nodes.Single(n => n.Type == NodeType.Event).Id));
        Assert.That(met.Any(m => m.StartsWith("organization:kementerian-dalam-negeri")), Is.True);
    }

    [Test]
    public void Who_chairs_a_meeting_takes_part_in_it_where_it_was_held()
    {
        var graph = Build("Rapat Kerja\n\n\"Rapat ini penting,\" ujar Dodi Saputra Wijaya, yang bertindak sebagai pemimpin rapat kerja pada Senin, 5 September 2016, di Gedung Lembah, Jakarta.\n");
        var met = Edges(graph, RelationType.MET_AT);
        Assert.That(met, Does.Contain("person:dodi-saputra-wijaya -> place:jakarta"));
        Assert.That(met.Count(m => m.StartsWith("person:dodi-saputra-wijaya -> event:")), Is.EqualTo(1));
    }

    [Test]
    public void The_country_of_a_visitors_title_is_no_party_to_the_meeting()
    {
        var graph = Build("Kunjungan\n\nKunjungan Perdana Menteri Malaysia Dodi Saputra Wijaya di Istana Kepresidenan Bogor berlangsung hangat, Senin.\n");
        var met = Edges(graph, RelationType.MET_AT);
        Assert.That(met.Any(m => m.StartsWith("person:dodi-saputra-wijaya -> event:")), Is.True);
        Assert.That(met.Where(m => m.StartsWith("place:malaysia")), Is.Empty);
    }

    [Test]
    public void A_units_number_and_territory_after_a_slash_are_one_name_and_the_unit_in_a_title_says_nothing()
    {
        var graph = Build("Pasukan Dikerahkan\n\nPangdam XIV/Sukamaju Mayjen TNI Dodi Saputra Wijaya mengatakan pasukan dari Yonif 999/RKS dan Kodim 9901/Lembahhijau dikerahkan ke Makodam XIV/Sukamaju, Senin.\n");
        var names = graph.Nodes.Select(n => n.Type + " " + n.Name).ToList();
        Assert.That(names, Does.Contain("Organization Yonif 999/RKS"));
        Assert.That(names, Does.Contain("Organization Kodim 9901/Lembahhijau"));
        Assert.That(names, Does.Contain("Place Makodam XIV/Sukamaju"));
        Assert.That(names.Where(n => n.Contains("Lembahhijau")).ToList(), Has.Count.EqualTo(1), "the territory is no place of its own");
        var speakers = graph.Relations.Where(r => r.Type == RelationType.STATED).Select(r => r.Source.Name).Distinct();
        Assert.That(speakers, Is.EqualTo(new[] { "Dodi Saputra Wijaya" }));
    }

    [Test]
    public void A_slash_between_words_still_parts_them()
    {
        var graph = Build("Rapat Gabungan\n\nPejabat TNI/Polri dan Partai Maju/Partai Baru hadir di Sukamaju, Senin.\n");
        Assert.That(graph.Nodes.Select(n => n.Name), Has.None.Contains("/"));
    }

    [Test]
    public void A_partys_central_board_speaks_for_the_party_and_alone_names_nothing()
    {
        var graph = Build("Rapat Partai\n\n“Kami mendukung Dodi Saputra Wijaya,” tulis DPP Partai Gelora dalam keterangannya, Senin. Hadir juga jajaran DPP lainnya.\n");
        var bodies = graph.Nodes.Where(n => n.Type == NodeType.Organization).Select(n => n.Name).ToList();
        Assert.That(bodies, Is.EqualTo(new[] { "Partai Gelombang Rakyat Indonesia" }));
        Assert.That(graph.Relations.Where(r => r.Type == RelationType.STATED).Select(r => r.Source.Name), Does.Contain("Partai Gelombang Rakyat Indonesia"));
    }

    [Test]
    public void An_office_is_a_place_and_a_news_agency_a_body()
    {
        var graph = Build("Kunjungan\n\nDodi Saputra Wijaya tiba di Kantor Dinas Sukamaju, Senin. Kantor Berita Lembahhijau melaporkan kunjungan itu.\n");
        var names = graph.Nodes.Select(n => n.Type + " " + n.Name).ToList();
        Assert.That(names, Does.Contain("Place Kantor Dinas Sukamaju"));
        Assert.That(names, Does.Contain("Organization Kantor Berita Lembahhijau"));
    }

    [Test]
    public void Residents_and_a_circuit_are_named_by_their_place()
    {
        var graph = Build("Bentrok Warga\n\nBentrok pecah antara warga Lembahhijau dan warga Karangsari, Senin. Budi Santoso menyebut penduduk Nafrisa sudah tenang. Balapan digelar di sirkuit Tanjungsari pekan depan.\n");
        var places = graph.Nodes.Where(n => n.Type == NodeType.Place).Select(n => n.Name).ToList();
        Assert.That(places, Is.SupersetOf(new[] { "Lembahhijau", "Karangsari", "Nafrisa", "Tanjungsari" }));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EqualTo(new[] { "Budi Santoso" }));
    }

    [Test]
    public void A_headline_name_running_on_into_a_word_the_body_never_writes_is_cut_to_the_name_the_body_uses()
    {
        var graph = Build("Penyerang Darsono Pasutri Teroris\n\nDarsono diserang dengan pisau di Sukamaju, Kamis. Darsono dilarikan ke rumah sakit.\n");
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EqualTo(new[] { "Darsono" }));
        var kept = Build("Kunjungan Darsono Wiradikarta\n\nDarsono tiba di Sukamaju, Kamis. Keluarga Wiradikarta menyambutnya.\n");
        Assert.That(kept.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Does.Contain("Darsono Wiradikarta"));
    }

    [Test]
    public void A_cabinet_portfolio_written_out_is_a_title_of_the_state()
    {
        var graph = Build("Kunjungan\n\nPresiden RI Budi Santoso tiba di Kupang, Senin. Ia didampingi Menteri Usaha Mikro, Kecil, dan Menengah Ani Wulandari.\n");
        Assert.That(Edges(graph, RelationType.AFFILIATED_WITH), Does.Contain("person:ani-wulandari -> place:indonesia"));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EquivalentTo(new[] { "Budi Santoso", "Ani Wulandari" }));
    }

    [Test]
    public void Two_domains_joined_in_a_portfolio_are_one_title_before_the_name()
    {
        var graph = Build("Kunjungan\n\nPresiden RI Budi Santoso tiba di Kupang, Senin. Menteri Pendidikan dan Kebudayaan Ani Wulandari juga hadir.\n");
        Assert.That(Edges(graph, RelationType.AFFILIATED_WITH), Does.Contain("person:ani-wulandari -> place:indonesia"));
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EquivalentTo(new[] { "Budi Santoso", "Ani Wulandari" }));
        // A joiner that leads to no name keeps nothing of the title.
        var none = Build("Kunjungan\n\nPresiden RI Budi Santoso tiba di Kupang, Senin. Menteri Pendidikan dan Kebudayaan belum hadir.\n");
        Assert.That(none.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EqualTo(new[] { "Budi Santoso" }));
    }

    [Test]
    public void The_doer_of_an_attack_told_by_its_verb_attacked_where_the_phrase_places_it()
    {
        var graph = Build("Bom di Kotabaru\n\nKELOMPOK Taliban meledakkan bom bunuh diri di tengah iring-iringan bus yang membawa para kadet polisi di Distrik Paghman, Senin.\n");
        Assert.That(Edges(graph, RelationType.ATTACKED), Does.Contain("organization:taliban -> place:paghman"));
        // A name after another body of the clause is no doer of its own ("RSF, faksi paramiliter Sudan, mengebom ...").
        var other = Build("Bom di Kotabaru\n\nPasukan Dukungan Cepat (RSF) faksi paramiliter Sudan mengebom markas intelijen di Khartoum, Selasa.\n");
        Assert.That(Edges(other, RelationType.ATTACKED), Does.Not.Contain("place:sudan -> place:khartoum"));
    }
}
