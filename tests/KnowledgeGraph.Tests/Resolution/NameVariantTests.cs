using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>Forms of one name become one node; different entities with similar names stay apart.</summary>
public class NameVariantTests
{
    private static EntityResolver NewResolver() => new(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer);

    private static Document Doc(string text, params (string Surface, NodeType Type)[] mentions) => RuleFixture.DocWith(text, mentions);

    private static List<string?> Ids(string text, params (string, NodeType)[] mentions)
    {
        var doc = Doc(text, mentions);
        NewResolver().Resolve(doc);
        return doc.Mentions.Select(m => m.EntityId).ToList();
    }

    // The ids of persons named in the text, in order.
    private static List<string?> People(string text, params string[] names) =>
        Ids(text, names.Select(n => (n, NodeType.Person)).ToArray());

    [Test]
    public void A_title_said_alone_is_the_person_its_name_was_given_to_though_a_list_read_that_name_shorter()
    {
        // The title recognizer kept the name as written ("H. Budi Hartono"); a list read it without the initial.
        const string text = "Rapat dipimpin Gubernur H. Budi Hartono. \"Kita bekerja keras,\" ucap Gubernur.";
        var doc = RuleFixture.Doc(text);
        int name = text.IndexOf("Budi Hartono", StringComparison.Ordinal), title = text.LastIndexOf("Gubernur", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(name, name + 12, "Budi Hartono", NodeType.Person, 0, GazetteerRecognizer.RecognizerName, "Budi Hartono"));
        doc.Mentions.Add(new Mention(title, title + 8, "Gubernur", NodeType.Person, 1, TitleNameRecognizer.RecognizerName, "H. Budi Hartono"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "person:budi-hartono", "person:budi-hartono" }));
        // A name that only shares its last word is someone else.
        var other = RuleFixture.Doc(text);
        other.Mentions.Add(new Mention(name + 5, name + 12, "Hartono", NodeType.Person, 0, GazetteerRecognizer.RecognizerName, "Hartono"));
        other.Mentions.Add(new Mention(title, title + 8, "Gubernur", NodeType.Person, 1, TitleNameRecognizer.RecognizerName, "H. Budi Hartono"));
        NewResolver().Resolve(other);
        Assert.That(other.Mentions.Select(m => m.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void A_name_misspelt_by_one_letter_in_the_same_article_is_one_person()
    {
        var ids = People("Pemimpin kelompok itu, Tobias Karangeya, kabur. Polisi memburu Tobias Karangoya dan Karangeya.", "Tobias Karangeya", "Tobias Karangoya", "Karangeya");
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void A_body_named_by_its_head_and_last_word_is_the_one_longer_body_of_the_article()
    {
        var ids = Ids("Kementerian Pertahanan Borduria menyebut serangan itu berhasil. Kementerian Borduria menolak berkomentar.",
            ("Kementerian Pertahanan Borduria", NodeType.Organization), ("Kementerian Borduria", NodeType.Organization));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        // With two such bodies the short name does not say which.
        var two = Ids("Kementerian Pertahanan Borduria dan Kementerian Keuangan Borduria bersidang. Kementerian Borduria menolak berkomentar.",
            ("Kementerian Pertahanan Borduria", NodeType.Organization), ("Kementerian Keuangan Borduria", NodeType.Organization), ("Kementerian Borduria", NodeType.Organization));
        Assert.That(two.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_surname_with_its_particle_joins_the_full_name_whatever_type_it_was_taken_for()
    {
        var ids = Ids("Komandan Abu Hamdan al-Rasyidi tiba. Al-Rasyidi mengatakan pasukannya siap.",
            ("Abu Hamdan al-Rasyidi", NodeType.Person), ("Al-Rasyidi", NodeType.Organization));
        Assert.That(ids, Is.EqualTo(new[] { "person:abu-hamdan-al-rasyidi", "person:abu-hamdan-al-rasyidi" }));
    }

    [Test]
    public void A_palace_named_after_a_town_is_its_own_place_a_palace_word_before_a_listed_building_is_that_building()
    {
        Assert.That(Ids("Presiden menerima tamu di Istana Surabaya.", ("Istana Surabaya", NodeType.Place)).Single(), Is.EqualTo("place:istana-surabaya"));
        Assert.That(Ids("Keduanya bertemu di Istana Kremlin.", ("Istana Kremlin", NodeType.Place)).Single(), Is.EqualTo("place:kremlin"));
    }

    [Test]
    public void A_unit_named_with_its_bodys_headquarters_is_the_unit_a_list_knows()
    {
        Assert.That(Ids("Hal itu disampaikan Divisi Humas Mabes Polri kemarin.", ("Divisi Humas Mabes Polri", NodeType.Organization)).Single(),
            Is.EqualTo("organization:divisi-hubungan-masyarakat-polri"));
        // A unit no list knows keeps its name.
        Assert.That(Ids("Hal itu disampaikan Biro Lembah Mabes Polri kemarin.", ("Biro Lembah Mabes Polri", NodeType.Organization)).Single(),
            Is.EqualTo("organization:biro-lembah-mabes-polri"));
    }

    [Test]
    public void The_leading_words_of_a_persons_other_name_told_alone_are_that_person()
    {
        var ids = Ids("Kelompok itu dipimpin oleh Darsono Wiradikarta alias Abu Hamdan Rasyidi. Abu Hamdan ditangkap pekan lalu.",
            ("Darsono Wiradikarta", NodeType.Person), ("Abu Hamdan Rasyidi", NodeType.Person), ("Abu Hamdan", NodeType.Person));
        Assert.That(ids.Distinct().Single(), Is.EqualTo("person:darsono-wiradikarta"));
    }

    [Test]
    public void A_title_said_alone_is_the_person_a_list_knows_without_the_middle_initial_written()
    {
        const string text = "Gubernur Budi D. Hartono mengecam serangan itu. \"Kami siaga,\" kata Gubernur.";
        var doc = RuleFixture.Doc(text);
        int name = text.IndexOf("Budi D. Hartono", StringComparison.Ordinal), title = text.LastIndexOf("Gubernur", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(name, name + 15, "Budi D. Hartono", NodeType.Person, 0, TitleNameRecognizer.RecognizerName));
        doc.Mentions.Add(new Mention(title, title + 8, "Gubernur", NodeType.Person, 1, TitleNameRecognizer.RecognizerName, "Budi D. Hartono"));
        var listed = RuleFixture.Shapes.Resources.Gazetteer.Append(new GazetteerEntry(NodeType.Person, "Budi Hartono", [], "", []));
        new EntityResolver(RuleFixture.Shapes, listed).Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "person:budi-hartono", "person:budi-hartono" }));
    }

    [Test]
    public void A_word_one_letter_off_a_listed_countrys_name_is_that_country()
    {
        var doc = Doc("Ini kunjungan pertama Presiden Indoneska ke Ukraina.", ("Indoneska", NodeType.Person), ("Ukraina", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("place:indonesia"));
        // A short word is too often a different word one letter off ("Irak", "Iran").
        var shortWord = Doc("Presiden Irap tiba di Ukraina.", ("Irap", NodeType.Person), ("Ukraina", NodeType.Place));
        NewResolver().Resolve(shortWord);
        Assert.That(shortWord.Mentions[0].EntityId, Does.Not.StartWith("place:"));
    }

    [Test]
    public void A_word_one_letter_off_a_listed_bodys_one_word_name_is_that_body()
    {
        var doc = Doc("Pimpinan Pusat Muhamadiyah mengecam serangan itu.", ("Muhamadiyah", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("organization:muhammadiyah"));
        // Two letters off is another name.
        var far = Doc("Pimpinan Pusat Muhamadiyat mengecam serangan itu.", ("Muhamadiyat", NodeType.Person));
        NewResolver().Resolve(far);
        Assert.That(far.Mentions[0].EntityId, Does.Not.StartWith("organization:"));
    }

    [Test]
    public void A_lone_surname_spelt_one_letter_differently_joins_the_full_name()
    {
        var ids = People("Menlu Hamid Torabqhi tiba. Menurut Toraqhi, perundingan berjalan baik.", "Hamid Torabqhi", "Toraqhi");
        Assert.That(ids, Is.EqualTo(new[] { "person:hamid-torabqhi", "person:hamid-torabqhi" }));
    }

    [Test]
    public void A_lone_surname_typed_with_its_letters_out_of_order_joins_the_full_name()
    {
        var ids = People("Diplomat Arjun Sethulami tiba. Sethumali menolak berkomentar.", "Arjun Sethulami", "Sethumali");
        Assert.That(ids, Is.EqualTo(new[] { "person:arjun-sethulami", "person:arjun-sethulami" }));
        var extra = People("Diplomat Arjun Sethumalih tiba. Sethulami menolak berkomentar.", "Arjun Sethumalih", "Sethulami");
        Assert.That(extra.Distinct().Single(), Is.EqualTo("person:arjun-sethumalih"));
    }

    [Test]
    public void Surnames_with_other_letters_or_two_candidates_stay_apart()
    {
        // Different letters: two people.
        var ids = People("Budi Hartono hadir. Hartini juga hadir.", "Budi Hartono", "Hartini");
        Assert.That(ids.Distinct().Count(), Is.EqualTo(2));
        // Two full names whose surnames both fit: the lone surname joins neither.
        ids = People("Arjun Sethulami dan Ravi Sethalumi hadir. Sethumali diam.", "Arjun Sethulami", "Ravi Sethalumi", "Sethumali");
        Assert.That(ids[2], Is.Not.EqualTo(ids[0]).And.Not.EqualTo(ids[1]));
    }

    [TestCase("Gokhale", "Goklahel", true)]
    [TestCase("Sethulami", "Sethumali", true)]
    [TestCase("Hartono", "Hartini", false)]
    [TestCase("Amirsah", "Mirsaha", false)] // same letters, different start
    [TestCase("Nasir", "Nisar", false)] // too short to judge by letters
    public void Letters_out_of_order(string a, string b, bool same) =>
        Assert.That(NameVariants.LettersReordered(NameKey.Of(a), NameKey.Of(b)), Is.EqualTo(same));

    [Test]
    public void A_known_person_misspelt_in_a_new_article_is_the_known_person()
    {
        Assert.That(Ids("Vladimir Puttin berpidato.", ("Vladimir Puttin", NodeType.Person)).Single(), Is.EqualTo("person:vladimir-putin"));
    }

    [Test]
    public void People_sharing_a_surname_stay_two_and_the_lone_surname_joins_neither()
    {
        var ids = People("Hartono Wibisono dan istrinya Sari Wibisono hadir. Wibisono tersenyum.", "Hartono Wibisono", "Sari Wibisono", "Wibisono");
        Assert.That(ids, Is.EqualTo(new[] { "person:hartono-wibisono", "person:sari-wibisono", "person:wibisono" }));
    }

    [Test]
    public void Given_names_one_letter_apart_and_short_names_are_different_people()
    {
        var ids = People("Mario Santoro dan Maria Santoro bertemu Kim Jong Un, bukan Kim Jong Il.", "Mario Santoro", "Maria Santoro", "Kim Jong Un", "Kim Jong Il");
        Assert.That(ids.Distinct().Count(), Is.EqualTo(4));
    }

    [Test]
    public void Given_names_before_a_listed_persons_full_name_make_another_person_and_title_words_do_not()
    {
        // "Budi Santoso" is a listed minister: his wife, named with his name, is someone else.
        var ids = People("Menteri Budi Santoso datang bersama Ibu Ani Rahayu Budi Santoso.", "Budi Santoso", "Ani Rahayu Budi Santoso");
        Assert.That(ids, Is.EqualTo(new[] { "person:budi-santoso", "person:ani-rahayu-budi-santoso" }));
        var titled = People("Menteri Budi Santoso datang. Sekretaris Kabinet Budi Santoso hadir.", "Budi Santoso", "Kabinet Budi Santoso");
        Assert.That(titled.Distinct().Single(), Is.EqualTo("person:budi-santoso"));
    }

    [Test]
    public void A_given_name_cut_to_its_first_syllables_is_the_one_person_whose_name_opens_so()
    {
        var ids = People("Ketua Umum Sekarwati Hartono menyiapkan menu. Menu itu dipilih Ibu Sekar sendiri.", "Sekarwati Hartono", "Sekar");
        Assert.That(ids.Distinct().Single(), Is.EqualTo("person:sekarwati-hartono"));
        // Two people whose names open so: the short form stays apart.
        var two = People("Sekarwati Hartono dan Sekarini Wibowo hadir. Sekar tidak hadir.", "Sekarwati Hartono", "Sekarini Wibowo", "Sekar");
        Assert.That(two[2], Is.Not.EqualTo(two[0]).And.Not.EqualTo(two[1]));
    }

    [Test]
    public void A_person_called_by_the_initials_of_a_full_name_in_the_article_is_that_person()
    {
        var ids = People("Menteri Budi Hartono Wirawan tiba di desa itu. BHW lalu memanen padi.", "Budi Hartono Wirawan", "BHW");
        Assert.That(ids.Distinct().Single(), Is.EqualTo("person:budi-hartono-wirawan"));
        // Two letters are too few to tell whose.
        var two = People("Budi Hartono tiba di desa itu. BH lalu memanen padi.", "Budi Hartono", "BH");
        Assert.That(two[1], Is.Not.EqualTo(two[0]));
    }

    [Test]
    public void A_place_cut_to_the_first_syllables_of_its_words_is_the_place_of_the_article_so_named()
    {
        var ids = Ids("Polisi Kotabaru Selatan menangkap pelaku di Jalan Melati, Kotsel.",
            ("Kotabaru Selatan", NodeType.Place), ("Jalan Melati", NodeType.Place), ("Kotsel", NodeType.Place));
        Assert.That(ids[2], Is.EqualTo(ids[0]));
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
    }

    [Test]
    public void A_lone_word_spelt_another_way_that_sounds_the_same_is_the_person_whose_name_has_it()
    {
        var ids = People("Kapolda Brigjen Tody Sukamaju memimpin operasi. Menurut Todi, operasi berjalan lancar.", "Tody Sukamaju", "Todi");
        Assert.That(ids.Distinct().Single(), Is.EqualTo("person:tody-sukamaju"));
        // A final y sounds as i only at the end of a word.
        var other = People("Kapolda Yoga Sukamaju memimpin operasi. Menurut Ioga, operasi berjalan lancar.", "Yoga Sukamaju", "Ioga");
        Assert.That(other[1], Is.Not.EqualTo(other[0]));
    }

    [Test]
    public void A_surname_of_several_words_joins_the_full_name()
    {
        var ids = People("Jaksa Pieter Van Dam mengukuhkan temuan itu, kata Van Dam. Menurut Dam, pelaku dua orang.", "Pieter Van Dam", "Van Dam", "Dam");
        Assert.That(ids.Distinct().Single(), Is.EqualTo("person:pieter-van-dam"));
    }

    [Test]
    public void A_commission_named_without_its_parent_or_with_a_qualifier_is_one_body_and_other_commissions_stay_apart()
    {
        var ids = Ids("Komisi I DPR memanggil menteri. Komisi II DPR menunda rapat. Komisi I DPR RI menyetujui anggaran, kata Komisi I.",
            ("Komisi I DPR", NodeType.Organization), ("Komisi II DPR", NodeType.Organization),
            ("Komisi I DPR RI", NodeType.Organization), ("Komisi I", NodeType.Organization));
        Assert.That(ids[0], Does.StartWith("organization:komisi-i-dpr"));
        Assert.That(ids[1], Is.EqualTo("organization:komisi-ii-dpr"));
        Assert.That(ids[2], Is.EqualTo(ids[0]));
        Assert.That(ids[3], Is.EqualTo(ids[0]));
    }

    [Test]
    public void A_commission_listed_as_the_national_parliaments_is_the_regional_one_an_article_names_instead()
    {
        var ids = Ids("DPRD Kotabaru menggelar rapat. Komisi II DPRD Kotabaru memanggil direksi. Selain Komisi II, Komisi III DPRD Kotabaru hadir.",
            ("DPRD Kotabaru", NodeType.Organization), ("Komisi II DPRD Kotabaru", NodeType.Organization),
            ("Komisi II", NodeType.Organization), ("Komisi III DPRD Kotabaru", NodeType.Organization));
        Assert.That(ids[2], Is.EqualTo(ids[1]));
        Assert.That(ids[1], Is.EqualTo("organization:komisi-ii-dprd-kotabaru"));
        // A province's parliament written with the word "Provinsi" is the listed parliament of that province.
        var province = Ids("Komisi I DPRD Provinsi Maluku memanggil Kapolda. Komisi I menunda rapat.",
            ("Komisi I DPRD Provinsi Maluku", NodeType.Organization), ("Komisi I", NodeType.Organization));
        Assert.That(province[1], Is.EqualTo(province[0]));
        // Where the article names the national one too, the short form keeps to the list.
        var both = Ids("Komisi II DPR memanggil menteri. Komisi II DPRD Kotabaru memanggil direksi. Komisi II menunda rapat.",
            ("Komisi II DPR", NodeType.Organization), ("Komisi II DPRD Kotabaru", NodeType.Organization), ("Komisi II", NodeType.Organization));
        Assert.That(both[2], Is.EqualTo(both[0]));
    }

    [Test]
    public void A_religious_honorific_with_a_given_name_is_the_full_name_it_opens()
    {
        var ids = People("Ceramah Syekh Budi Wirawan dihadiri ribuan jemaah. Syekh Budi lalu berdoa.", "Budi Wirawan", "Syekh Budi");
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        // Two full names that open with it leave it alone.
        var two = People("Budi Wirawan dan Budi Santoso hadir. Syekh Budi lalu berdoa.", "Budi Wirawan", "Budi Santoso", "Syekh Budi");
        Assert.That(two[2], Is.Not.EqualTo(two[0]).And.Not.EqualTo(two[1]));
    }

    [Test]
    public void A_building_named_after_a_body_by_its_acronym_and_by_its_full_name_is_one_building()
    {
        var ids = Ids("Wartawan menunggu di Kantor KPK. Penangkapan terjadi di Kantor Komisi Pemberantasan Korupsi. Tamu lain menunggu di Kantor KPU.",
            ("Kantor KPK", NodeType.Place), ("Kantor Komisi Pemberantasan Korupsi", NodeType.Place), ("Kantor KPU", NodeType.Place));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids[2], Is.Not.EqualTo(ids[0]));
        // A listed building written with its country qualifier takes the listed name, and so does its spelt-out form.
        var listed = Ids("Wartawan menunggu di Gedung DPR RI. Penangkapan terjadi di Gedung Dewan Perwakilan Rakyat.",
            ("Gedung DPR RI", NodeType.Place), ("Gedung Dewan Perwakilan Rakyat", NodeType.Place));
        Assert.That(listed, Is.EqualTo(new[] { "place:gedung-dpr", "place:gedung-dpr" }));
    }

    [Test]
    public void A_unit_named_before_the_acronym_of_its_parent_is_the_unit_not_the_parent()
    {
        var ids = Ids("Komisi IV Dewan Perwakilan Rakyat (DPR) RI memanggil menteri. DPR menyetujui anggaran.",
            ("Komisi IV Dewan Perwakilan Rakyat", NodeType.Organization), ("DPR", NodeType.Organization), ("RI", NodeType.Place), ("DPR", NodeType.Organization));
        Assert.That(ids[0], Is.EqualTo("organization:komisi-iv-dpr"));
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
        Assert.That(ids[3], Is.EqualTo(ids[1]));
        // The parent spelt out whole before its acronym is the parent.
        var whole = Ids("Dewan Perwakilan Rakyat (DPR) menyetujui anggaran.", ("Dewan Perwakilan Rakyat", NodeType.Organization), ("DPR", NodeType.Organization));
        Assert.That(whole.Distinct().Single(), Is.EqualTo("organization:dewan-perwakilan-rakyat"));
    }

    [Test]
    public void An_acronym_the_list_gives_another_body_is_the_one_the_article_defines_when_a_whole_word_differs()
    {
        var ids = Ids("Sebanyak 34 Dewan Pimpinan Daerah (DPD) partai itu hadir. DPD menyetujui usulan.",
            ("Dewan Pimpinan Daerah", NodeType.Organization), ("DPD", NodeType.Organization), ("DPD", NodeType.Organization));
        Assert.That(ids.Distinct().Single(), Is.EqualTo("organization:dewan-pimpinan-daerah"));
        // The listed body written with a letter off is still the listed body.
        var typo = Ids("Dewan Perwakilan Daerh (DPD) bersidang.", ("Dewan Perwakilan Daerh", NodeType.Organization), ("DPD", NodeType.Organization));
        Assert.That(typo.Distinct().Single(), Is.EqualTo("organization:dewan-perwakilan-daerah"));
        // So is a name that shares few of its words with the listed one, as a translation does.
        var translated = Ids("Badan Perwakilan Wilayah (DPD) bersidang.", ("Badan Perwakilan Wilayah", NodeType.Organization), ("DPD", NodeType.Organization));
        Assert.That(translated.Distinct().Single(), Is.EqualTo("organization:dewan-perwakilan-daerah"));
    }

    [Test]
    public void An_acronym_of_a_body_in_the_article_is_that_body_unless_two_bodies_fit()
    {
        var one = Ids("Lembaga Riset Samudra menerbitkan laporan. LRS menolak berkomentar.",
            ("Lembaga Riset Samudra", NodeType.Organization), ("LRS", NodeType.Organization));
        Assert.That(one.Distinct().Single(), Is.EqualTo("organization:lembaga-riset-samudra"));

        var two = Ids("Lembaga Riset Samudra dan Lembaga Rehabilitasi Sosial bekerja sama. LRS menolak berkomentar.",
            ("Lembaga Riset Samudra", NodeType.Organization), ("Lembaga Rehabilitasi Sosial", NodeType.Organization), ("LRS", NodeType.Organization));
        Assert.That(two.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void An_acronym_with_two_letters_swapped_is_the_known_body()
    {
        Assert.That(Ids("NTAO menggelar latihan.", ("NTAO", NodeType.Organization)).Single(), Is.EqualTo("organization:pakta-pertahanan-atlantik-utara"));
    }

    [Test]
    public void A_place_named_again_by_its_head_alone_is_that_place()
    {
        var ids = Ids("Tamu itu tiba di Wisma Karangmulyasari. Saat memasuki pintu Wisma, ia tersenyum.",
            ("Wisma Karangmulyasari", NodeType.Place), ("Wisma", NodeType.Place));
        Assert.That(ids.Distinct().Single(), Is.EqualTo("place:wisma-karangmulyasari"));
        // Two places with that head: the bare head is neither.
        var apart = Ids("Tamu itu tiba di Wisma Karangmulyasari lalu ke Wisma Lowa. Saat memasuki pintu Wisma, ia tersenyum.",
            ("Wisma Karangmulyasari", NodeType.Place), ("Wisma Lowa", NodeType.Place), ("Wisma", NodeType.Place));
        Assert.That(apart.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_bare_place_is_the_one_place_named_with_its_level()
    {
        var ids = Ids("Pesawat dibakar di Distrik Waropen Hulu. Warga Waropen Hulu mengungsi.",
            ("Distrik Waropen Hulu", NodeType.Place), ("Waropen Hulu", NodeType.Place));
        Assert.That(ids.Distinct().Single(), Is.EqualTo("place:distrik-waropen-hulu"));
        // A level of two words ("Negara Bagian") too.
        var state = Ids("Tentara menyerang pos di Negara Bagian Waropen Hulu. Situasi di Waropen Hulu memburuk.",
            ("Negara Bagian Waropen Hulu", NodeType.Place), ("Waropen Hulu", NodeType.Place));
        Assert.That(state.Distinct().Single(), Is.EqualTo("place:negara-bagian-waropen-hulu"));

        var apart = Ids("Kota Karangmulyasari dan Kabupaten Karangmulyasari berbatasan. Karangmulyasari ramai.",
            ("Kota Karangmulyasari", NodeType.Place), ("Kabupaten Karangmulyasari", NodeType.Place), ("Karangmulyasari", NodeType.Place));
        Assert.That(apart.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_street_or_building_named_after_a_known_place_is_a_place_of_its_own()
    {
        Assert.That(Ids("Warga berkumpul di Jalan Bandung.", ("Jalan Bandung", NodeType.Place)).Single(), Is.EqualTo("place:jalan-bandung"));
        Assert.That(Ids("Kereta tiba di Stasiun Bandung.", ("Stasiun Bandung", NodeType.Place)).Single(), Is.EqualTo("place:stasiun-bandung"));
        // A regent's or mayor's hall is a building of its own ("Pendopo Kota Bandung").
        Assert.That(Ids("Tamu diterima di Pendopo Kota Bandung.", ("Pendopo Kota Bandung", NodeType.Place)).Single(), Is.EqualTo("place:pendopo-kota-bandung"));
        // A word that only describes the place before its name still names that place.
        Assert.That(Ids("Hujan turun di Kawasan Bandung.", ("Kawasan Bandung", NodeType.Place)).Single(), Is.EqualTo("place:bandung"));
    }

    [Test]
    public void A_unit_abbreviation_is_its_full_name()
    {
        var ids = Ids("Bom meledak di Mapolsek Sukamaju. Markas Kepolisian Sektor Sukamaju rusak.",
            ("Mapolsek Sukamaju", NodeType.Place), ("Markas Kepolisian Sektor Sukamaju", NodeType.Place));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void A_long_name_missing_an_inner_word_is_the_same_body()
    {
        var ids = Ids("Badan Riset Samudra Nasional memperingatkan warga. Badan Samudra Nasional juga memantau.",
            ("Badan Riset Samudra Nasional", NodeType.Organization), ("Badan Samudra Nasional", NodeType.Organization));
        Assert.That(ids.Distinct().Single(), Is.EqualTo("organization:badan-riset-samudra-nasional"));
    }

    [Test]
    public void A_one_word_place_misspelt_in_the_article_is_one_place_but_two_known_places_stay_two()
    {
        var ids = Ids("Bom meledak di Waropenda. Warga Waropendha mengungsi. Utusan Gambia dan Zambia tiba, juga Austria.",
            ("Waropenda", NodeType.Place), ("Waropendha", NodeType.Place), ("Gambia", NodeType.Place), ("Zambia", NodeType.Place), ("Austria", NodeType.Place));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids.Skip(1).Distinct().Count(), Is.EqualTo(4));
    }

    [Test]
    public void A_foreign_place_written_with_k_for_c_is_one_place_but_other_first_letters_stay_apart()
    {
        var ids = Ids("Bom meledak di Cartavena. Warga Kartavena mengungsi ke Bantolia, bukan ke Mantolia.",
            ("Cartavena", NodeType.Place), ("Kartavena", NodeType.Place), ("Bantolia", NodeType.Place), ("Mantolia", NodeType.Place));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids.Skip(1).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_name_after_alias_is_the_same_person_and_a_name_after_and_is_not()
    {
        var ids = People("Polisi menahan Sukardan alias Kardo di Samarinda.", "Sukardan", "Kardo");
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        ids = People("Polisi menahan Sukardan dan Kardo di Samarinda.", "Sukardan", "Kardo");
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
        // An honorific before the other name does not part them.
        ids = People("Polisi menahan Sukardan alias Pak Kardo di Samarinda.", "Sukardan", "Kardo");
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [Test]
    public void A_name_one_is_known_by_is_the_same_person_and_a_name_said_of_another_is_not()
    {
        var ids = People("Sukardan, yang dikenal sebagai \"Rambo\", memimpin geng itu.", "Sukardan", "Rambo");
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        ids = People("Sukardan, yang akrab disapa Kardo, ditahan.", "Sukardan", "Kardo");
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        ids = People("Sukardan, yang dikenal dekat dengan Kardo, ditahan.", "Sukardan", "Kardo");
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
    }

    [Test]
    public void A_place_written_again_with_its_words_reordered_is_one_place_but_a_two_word_one_is_not()
    {
        var ids = Ids("Mereka bertemu di Stasiun Kali Bening MRT. Dari Stasiun MRT Kali Bening keduanya berjalan ke Kampung Baru Sari, bukan Sari Baru.",
            ("Stasiun Kali Bening MRT", NodeType.Place), ("Stasiun MRT Kali Bening", NodeType.Place), ("Baru Sari", NodeType.Place), ("Sari Baru", NodeType.Place));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids[3], Is.Not.EqualTo(ids[2]));
    }

    [Test]
    public void A_name_taken_for_a_person_right_after_di_is_a_place_but_not_after_ke()
    {
        Assert.That(Ids("Pesawat itu mendarat di Kartavina Raya pada Senin.", ("Kartavina Raya", NodeType.Person)).Single(), Does.StartWith("place:"));
        Assert.That(Ids("Surat itu dikirim ke Kartavina Raya pada Senin.", ("Kartavina Raya", NodeType.Person)).Single(), Does.StartWith("person:"));
    }

    [Test]
    public void Letters_without_an_accent_mark_fold_like_accented_ones()
    {
        Assert.That(NameKey.Of("Binali Yıldırım"), Is.EqualTo(NameKey.Of("Binali Yildirim")));
        Assert.That(NameKey.Of("Recep Tayyip Erdoğan"), Is.EqualTo("recep tayyip erdogan"));
        var ids = People("Binali Yıldırım tiba. Binali Yildirim berbicara.", "Binali Yıldırım", "Binali Yildirim");
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void One_edit_apart_is_exact()
    {
        Assert.That(NameVariants.OneEditApart("kogoya", "kogeya"), Is.True);
        Assert.That(NameVariants.OneEditApart("widodo", "widodod"), Is.True);
        Assert.That(NameVariants.OneEditApart("ntao", "nato"), Is.True);
        Assert.That(NameVariants.OneEditApart("gokhale", "goklahel"), Is.False);
        Assert.That(NameVariants.OneEditApart("putin", "putin"), Is.False);
        Assert.That(NameVariants.OneEditApart("abcd", "badc"), Is.False);
    }
}

public class CrossTypeTests
{
    [Test]
    public void One_name_found_as_two_types_in_two_articles_is_one_node_of_the_type_found_most()
    {
        var resolver = new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer);
        var graph = new EntityGraph();
        void Add(string id, string text, string surface, NodeType type)
        {
            var doc = RuleFixture.Doc(text, id);
            int at = text.IndexOf(surface, StringComparison.Ordinal);
            doc.Mentions.Add(new Mention(at, at + surface.Length, surface, type, 0, "ner"));
            resolver.Resolve(doc);
            GraphBuilder.Add(graph, doc);
        }
        Add("a1", "Tim dari Gunung Sawor tiba.", "Gunung Sawor", NodeType.Organization);
        Add("a2", "Mereka mendaki Gunung Sawor pagi itu.", "Gunung Sawor", NodeType.Place);
        Add("a3", "Kabut menutup Gunung Sawor.", "Gunung Sawor", NodeType.Place);
        Assert.That(resolver.FinishCorpus(graph), Is.EqualTo(1));
        Assert.That(graph.FindNode("organization:gunung-sawor"), Is.Null);
        Assert.That(graph.FindNode("place:gunung-sawor")!.Articles, Is.EquivalentTo(new[] { "a1", "a2", "a3" }));
        Assert.That(GraphSchema.Default.Violations(graph), Is.Empty);
    }
}
