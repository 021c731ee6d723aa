using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

public class GazetteerRecognizerTests
{
    private static List<Mention> Run(string text) =>
        new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer).Recognize(RuleFixture.Doc(text)).ToList();

    [Test]
    public void Finds_known_places_with_their_canonical_name()
    {
        var m = Run("Pasukan Rusia menembaki ibu kota Kiev pada Senin.");
        Assert.That(m.Select(x => (x.Surface, x.Canonical, x.Type)), Is.EquivalentTo(new[]
        {
            ("Rusia", "Rusia", NodeType.Place),
            ("Kiev", "Kyiv", NodeType.Place),
        }));
    }

    [Test]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.That(Run("Hal itu sama seperti as roda yang patah.").Where(x => x.Canonical == "Amerika Serikat"), Is.Empty);
        Assert.That(Run("Pemerintah AS menolak usulan itu.").Single().Canonical, Is.EqualTo("Amerika Serikat"));
    }

    [Test]
    public void A_typographic_apostrophe_reads_as_the_plain_one()
    {
        Assert.That(Run("Ia berpasangan dengan Ma\u2019ruf Amin dalam pemilu.").Single(m => m.Type == NodeType.Person).Canonical, Is.EqualTo("Ma'ruf Amin"));
        Assert.That(Run("Ia berpasangan dengan Ma'ruf Amin dalam pemilu.").Single(m => m.Type == NodeType.Person).Canonical, Is.EqualTo("Ma'ruf Amin"));
    }

    [Test]
    public void Neighbourhood_units_are_no_broadcaster()
    {
        // RT and RW are the neighbourhood units of every Indonesian address, never a foreign channel's short name.
        Assert.That(Run("Warga membawa pelaku ke rumah ketua RT setempat."), Is.Empty);
        Assert.That(Run("Ia tinggal di RT 05 RW 03 Kelurahan Sukamaju.").Where(m => m.Type == NodeType.Organization), Is.Empty);
    }

    [Test]
    public void Names_match_only_when_capitalised()
    {
        Assert.That(Run("warna laut hitam pekat di malam hari."), Is.Empty);
        Assert.That(Run("Kapal itu berlayar di Laut Hitam.").Single().Canonical, Is.EqualTo("Laut Hitam"));
    }

    [Test]
    public void The_district_around_the_parliament_is_not_its_building()
    {
        // "Senayan" alone is the Jakarta district; only the complex named after it is the parliament's.
        Assert.That(Run("Rapat digelar di Senayan, Jakarta.").Select(x => x.Canonical), Has.None.EqualTo("Gedung DPR"));
        Assert.That(Run("Rapat digelar di Kompleks Parlemen Senayan, Jakarta.").Select(x => x.Canonical), Does.Contain("Gedung DPR"));
    }

    [Test]
    public void A_states_ministry_matches_in_lower_case_before_the_states_capitalised_name()
    {
        var found = Run("Pada Rabu, kementerian luar negeri Turki mengatakan hal itu.");
        Assert.That(found.Select(x => (x.Surface, x.Canonical, x.Type)), Does.Contain(("kementerian luar negeri Turki", (string?)"Kementerian Luar Negeri Turki", NodeType.Organization)));
        // The state's name must keep its capitals; other bodies keep matching only as written.
        Assert.That(Run("Pada Rabu, kementerian luar negeri turki mengatakan hal itu.").Where(x => x.Type == NodeType.Organization), Is.Empty);
    }

    [Test]
    public void Name_listed_with_a_small_article_matches_it_as_written()
    {
        Assert.That(Run("Kelompok itu berbaiat kepada al Qaeda sejak 2019.").Single().Canonical, Is.EqualTo("Al-Qaeda"));
        Assert.That(Run("Pedagang itu menjual al dan bahan lain."), Is.Empty);
    }

    [Test]
    public void A_roman_numeral_in_capitals_is_no_listed_name_spelled_otherwise()
    {
        Assert.That(Run("Musyawarah Daerah ke-XI dibuka kemarin.").Where(x => x.Type == NodeType.Person), Is.Empty);
        Assert.That(Run("Presiden Xi tiba kemarin.").Single().Canonical, Is.EqualTo("Xi Jinping"));
    }

    [Test]
    public void Hyphenated_pairs_are_split()
    {
        var m = Run("Perundingan AS-Rusia dimulai di Jenewa.");
        Assert.That(m.Select(x => x.Canonical), Is.EqualTo(new[] { "Amerika Serikat", "Rusia", "Jenewa" }));
    }
}

public class TitleNameRecognizerTests
{
    private static List<string> Persons(string text) =>
        new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => m.Surface).ToList();

    [TestCase("Pendeta Markus Wonda memimpin doa bersama.", "Markus Wonda")]
    [TestCase("Doa dipimpin Pdt. Markus Wonda di gereja itu.", "Markus Wonda")]
    [TestCase("Romo Antonius Sugiharto membuka acara itu.", "Antonius Sugiharto")]
    [TestCase("Menteri Pertahanan Mullah Ahmed Karimi tiba di Kabul.", "Ahmed Karimi")]
    public void A_religious_form_of_address_is_no_part_of_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [TestCase("\"Rapat hanya membahas kegiatan,\" kata Dirjen Minerba Kementerian ESDM Budi Bayu Wirawan di Jakarta.", "Budi Bayu Wirawan")]
    [TestCase("Hadir Kapolda Jend. Pol. (Purn) Budi Hartono dalam acara itu.", "Budi Hartono")]
    [TestCase("Ia menerima Duta Besar Designate Resident Malaysia untuk Republik Indonesia Budi Hartono di kantornya.", "Budi Hartono")]
    public void After_the_field_of_an_office_and_its_body_the_name_is_the_holders(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    // After a middle initial comes the surname, even one a listed place shares.
    [TestCase("Hadir pula Letkol Inf Dodi C Jember dalam acara itu.", "Dodi C Jember")]
    public void After_a_middle_initial_the_surname_is_part_of_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    // A corps after a rank, short or written out, with or without periods, is part of the title.
    [TestCase("Hadir pula Myr Inf Dodi Saputra dalam acara itu.", "Dodi Saputra")]
    [TestCase("Hadir pula Kpt Inf Dodi Saputra dalam acara itu.", "Dodi Saputra")]
    [TestCase("Hadir pula Kapten Infanteri Dodi Saputra dalam acara itu.", "Dodi Saputra")]
    [TestCase("Hadir pula Dandim Letkol. Inf. Dodi Saputra dalam acara itu.", "Dodi Saputra")]
    public void A_corps_after_a_rank_is_part_of_the_title(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    // Capitals right after a rank and before a name are initials, though a list knows a body by them ("MA").
    [TestCase("Hadir pula AKP MA Irawan dalam acara itu.", "MA Irawan")]
    [TestCase("Hadir pula Irjen Pol A Rachmad Wibowo dalam acara itu.", "A Rachmad Wibowo")]
    [TestCase("Hal itu dikatakan AKBP S Wirawan, Kamis.", "S Wirawan")]
    [TestCase("Hadir pula Kompol D Saputra dalam acara itu.", "D Saputra")]
    public void Capitals_after_a_rank_open_the_name_as_initials(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void A_listed_name_that_runs_past_the_name_after_a_title_ends_it()
    {
        // The short form "MD" stops a name read by its shape; the list knows the person as "Mahfud MD".
        Assert.That(Persons("Menko Polhukam Prof. Dr. Mohammad Mahfud MD, S.H. tiba di Timika."), Is.EqualTo(new[] { "Mohammad Mahfud MD" }));
    }

    [TestCase("Duta Besar Malaysia H.E. Dato Andi Wirawan hadir.", "Andi Wirawan")]
    [TestCase("Hadir pula Tan Sri Andi Wirawan dan pejabat lainnya.", "Andi Wirawan")]
    public void A_diplomatic_or_malaysian_form_of_address_is_no_part_of_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [TestCase("Duta Besar Malaysia untuk Indonesia Andi Wirawan Bakar hadir.", "Andi Wirawan Bakar")]
    [TestCase("Dubes India Untuk Indonesia H.E. Mr. Andi Wirawan hadir.", "Andi Wirawan")]
    public void The_country_an_envoy_is_posted_to_belongs_to_the_title(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [TestCase("Tampak General Manager PT Sukamaju Andi Wirawan memasuki ruang rapat.", "Andi Wirawan")]
    [TestCase("Hadir pula Presiden Direktur PT Sukamaju Andi Wirawan.", "Andi Wirawan")]
    public void A_company_office_is_a_title_before_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [TestCase("Bupati Sukamaju Budi E Hartono membuka pameran itu.", "Budi E Hartono")]
    [TestCase("Sekretaris Jendral PBB Andi Wirawan membuka pameran itu.", "Andi Wirawan")]
    public void A_bare_middle_initial_and_a_title_spelt_otherwise_keep_the_name_whole(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void A_capital_letter_closing_a_name_is_no_initial() =>
        Assert.That(Persons("Bupati Sukamaju Budi Hartono A dan B hadir."), Does.Contain("Budi Hartono"));

    [TestCase("Menteri Komunikasi Budi Hartono membuka pameran itu.", "Budi Hartono")]
    [TestCase("Kepala Protokol Negara Andi Wirawan menyambut tamu.", "Andi Wirawan")]
    [TestCase("Menteri Bayu Saputra meninjau pasar.", "Bayu Saputra")]
    [TestCase("Dirjen Tanaman Pangan Bayu Saputra meninjau sawah.", "Bayu Saputra")]
    public void The_domain_of_an_office_after_its_title_is_no_part_of_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void A_regions_name_after_a_regional_title_is_not_the_persons_when_the_article_names_the_region()
    {
        Assert.That(Persons("Jaksa mendakwa Bupati Morota Rusdi Sibuan. Ia menang dalam Pilkada Morota."), Is.EqualTo(new[] { "Rusdi Sibuan" }));
        // A given name the article repeats after the title itself stays the name.
        Assert.That(Persons("Gubernur Arief Wibowo Santoso hadir. Gubernur Arief mengatakan hal itu."), Does.Contain("Arief Wibowo Santoso"));
    }

    [Test]
    public void A_title_the_article_gave_one_person_stands_for_them_where_a_speaker_or_doer_stands()
    {
        var doc = RuleFixture.Doc("Wakil Kepala Kepolisian Daerah (Wakapolda) Maluku, Brigjen Arman Sutedja, hadir. Hal itu disampaikan Wakapolda kemarin. Saya menunggu Wakapolda.");
        var found = new TitleNameRecognizer(RuleFixture.Shapes).Recognize(doc).ToList();
        var titled = found.Where(m => m.Surface == "Wakapolda").ToList();
        Assert.That(titled, Has.Count.EqualTo(1), "only the doer's place, not the object's");
        Assert.That(titled[0].Canonical, Is.EqualTo("Arman Sutedja"));
        // The period that closes the sentence after it is no period of a title written short.
        doc = RuleFixture.Doc("Gubernur Sukamaju Arman Sutedja hadir. \"Kami siap,\" ucap Gubernur.");
        Assert.That(new TitleNameRecognizer(RuleFixture.Shapes).Recognize(doc).Where(m => m.Surface == "Gubernur").Select(m => m.Canonical), Is.EqualTo(new[] { "Arman Sutedja" }));
        // Given to two people, a title alone stands for neither.
        doc = RuleFixture.Doc("Menteri Arman Sutedja dan Menteri Budi Hartono hadir. Hal itu disampaikan Menteri kemarin.");
        Assert.That(new TitleNameRecognizer(RuleFixture.Shapes).Recognize(doc).Where(m => m.Surface == "Menteri"), Is.Empty);
    }

    [Test]
    public void Title_with_body_and_name() =>
        Assert.That(Persons("Menteri Luar Negeri Kamboja Sok Chenda tiba kemarin."), Is.EqualTo(new[] { "Sok Chenda" }));

    [Test]
    public void Title_with_parenthesised_acronym_and_name() =>
        Assert.That(Persons("Ketua Komisi Pemberantasan Korupsi (KPK) Budi Santoso hadir."), Is.EqualTo(new[] { "Budi Santoso" }));

    [TestCase("Sekda Provinsi Sukamaju Dodi Saputra membuka rapat.")]
    [TestCase("Kabinda Sukamaju Dodi Saputra membuka rapat.")]
    [TestCase("Kabintaldam III Dodi Saputra membuka rapat.")]
    public void Regional_titles_stand_before_a_name(string text) =>
        Assert.That(Persons(text), Is.EqualTo(new[] { "Dodi Saputra" }));

    [Test]
    public void Name_after_comma() =>
        Assert.That(Persons("Juru bicara Kremlin, Arkady Volkov, menolak berkomentar."), Is.EqualTo(new[] { "Arkady Volkov" }));

    [TestCase("Arkady Volkov, Juru Bicara Kremlin, menolak berkomentar.", "Arkady Volkov")]
    // A given name that is also an ordinary word ("budi") still opens the name.
    [TestCase("Kemarin, Budi Hartono, Gubernur Kotabaru, mengatakan hal itu.", "Budi Hartono")]
    public void Name_before_title(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void Title_without_a_name_names_no_one()
    {
        Assert.That(Persons("Presiden Rusia mengatakan hal itu kepada wartawan."), Is.Empty);
        Assert.That(Persons("Para menteri pertahanan bertemu di ibu kota."), Is.Empty);
    }
}

public class CapitalizedNameRecognizerTests
{
    private static List<(string, NodeType)> Run(string text) =>
        new CapitalizedNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => (m.Surface, m.Type)).ToList();

    [Test]
    public void A_kind_of_armed_group_names_the_unknown_words_after_it_but_a_bare_group_does_not()
    {
        Assert.That(Run("Orang-orang bersenjata dari geng Gran Zorgan membunuh 70 orang."), Does.Contain(("Gran Zorgan", NodeType.Organization)));
        Assert.That(Run("Serangan dilakukan kelompok bersenjata Gran Zorgan semalam."), Does.Contain(("Gran Zorgan", NodeType.Organization)));
        // "kelompok X" is often the following of a person named X.
        Assert.That(Run("Serangan dilakukan kelompok Darsono Wiradikarta semalam."), Does.Not.Contain(("Darsono Wiradikarta", NodeType.Organization)));
    }

    [Test]
    public void A_particle_between_hyphens_joins_the_words_of_a_name_after_its_head()
    {
        Assert.That(Run("Jemaah berkumpul di Masjid Jama-e-Noor kemarin.").Select(m => m.Item1), Does.Contain("Masjid Jama-e-Noor"));
        // A lower-case word after a hyphen that is no particle ends the name.
        Assert.That(Run("Jemaah berkumpul di Masjid Jama-baru kemarin.").Select(m => m.Item1), Has.None.Contains("baru"));
    }

    [Test]
    public void A_word_mostly_met_as_a_given_name_opens_the_name_before_an_unknown_word()
    {
        // "Wahyu" is also a dictionary word; before a word no dictionary holds it is the given name.
        Assert.That(Run("Korban ketiga yakni Wahyu Darsonoputro (30) terluka di tangan."), Does.Contain(("Wahyu Darsonoputro", NodeType.Person)));
        Assert.That(Run("Warga sudah mengungsi, kata Wahyu Darsonoputro."), Does.Contain(("Wahyu Darsonoputro", NodeType.Person)));
        // A dictionary word that is no given name stays out ("Korban" before the name).
        Assert.That(Run("Korban Darsonoputro (30) terluka di tangan."), Does.Contain(("Darsonoputro", NodeType.Person)));
    }

    [Test]
    public void A_unit_of_an_agency_is_a_body_and_its_domain_may_hold_a_non_area_place_head()
    {
        Assert.That(Run("Rapat dihadiri Bidang Perumahan dan Kawasan Permukiman Dinas Pendidikan Sukamaju kemarin."),
            Does.Contain(("Bidang Perumahan dan Kawasan Permukiman Dinas Pendidikan Sukamaju", NodeType.Organization)));
        Assert.That(Run("Budi hadir dengan Dinas Perumahan dan Kawasan Permukiman Sukamaju kemarin."),
            Does.Contain(("Dinas Perumahan dan Kawasan Permukiman Sukamaju", NodeType.Organization)));
        // An area's head after the joiner starts a name of its own.
        Assert.That(Run("Budi hadir dengan Dinas Perumahan dan Kota Sukamaju kemarin."), Has.None.Matches<(string, NodeType)>(m => m.Item1.Contains(" dan Kota")));
        // After a title the unit's head names the office's domain, not a body.
        Assert.That(Run("Menteri Koordinator Bidang Politik dan Keamanan Budi Hartono hadir."), Has.None.Matches<(string, NodeType)>(m => m.Item1.StartsWith("Bidang")));
    }

    [Test]
    public void A_known_place_does_not_run_on_into_the_name_of_a_body()
    {
        Assert.That(Run("Warga Kampung Melayu Kelompok Tani Lembah datang."), Has.None.Matches<(string, NodeType)>(m => m.Item1.StartsWith("Kampung Melayu Kelompok")));
        // Ordinary words after a known place still describe it.
        Assert.That(Run("Ledakan terjadi di Terminal Kampung Melayu kemarin."), Does.Contain(("Terminal Kampung Melayu", NodeType.Place)));
    }

    [Test]
    public void Regional_government_bodies_are_named_by_their_short_heads()
    {
        Assert.That(Run("Pemda Sukamaju menyiapkan bantuan."), Does.Contain(("Pemda Sukamaju", NodeType.Organization)));
        Assert.That(Run("Rapat dihadiri Kesbangpol Sukamaju dan Dinkes Kota Lembah."),
            Is.SupersetOf(new[] { ("Kesbangpol Sukamaju", NodeType.Organization), ("Dinkes Kota Lembah", NodeType.Organization) }));
    }

    [Test]
    public void An_embassy_or_consulate_is_named_by_its_city()
    {
        Assert.That(Merged("Kemlu berkoordinasi dengan KBRI Syldavia dan KJRI Kotabaru."),
            Is.SupersetOf(new[] { ("KBRI Syldavia", NodeType.Organization), ("KJRI Kotabaru", NodeType.Organization) }));
        Assert.That(Merged("Kemlu berkoordinasi dengan KBRI Roma.").Select(m => m.Item1), Has.None.EqualTo("Roma"));
    }

    [Test]
    public void Capitalised_words_after_a_word_for_the_perpetrator_name_them()
    {
        // "Bunga" is also an ordinary word; after "tersangka" inside a sentence it is the suspect's name.
        Assert.That(Run("Polisi menangkap tersangka Bunga di lokasi kejadian."), Does.Contain(("Bunga", NodeType.Person)));
        // A word for the victim, or one written with a capital in a headline, names no one this way.
        Assert.That(Run("Polisi menolong korban Bunga di lokasi kejadian."), Does.Not.Contain(("Bunga", NodeType.Person)));
        Assert.That(Run("Polisi Tangkap Tersangka Bunga Di Lokasi"), Does.Not.Contain(("Bunga", NodeType.Person)));
    }

    [Test]
    public void A_building_named_by_an_office_is_a_place()
    {
        Assert.That(Run("Bupati menerima tamu di Pendopo Gubernur pada Senin."), Does.Contain(("Pendopo Gubernur", NodeType.Place)));
        Assert.That(Run("Rapat digelar di Kantor Bupati pada Rabu."), Does.Contain(("Kantor Bupati", NodeType.Place)));
        // The official residence is a building, not the regional service ("Dinas") its second word heads elsewhere.
        Assert.That(Run("Rapat digelar di Rumah Dinas Bupati Sukamaju kemarin."), Does.Contain(("Rumah Dinas Bupati Sukamaju", NodeType.Place)));
        Assert.That(Run("Rapat digelar di Rumah Dinas Bupati Sukamaju kemarin.").Select(m => m.Item2), Has.None.EqualTo(NodeType.Organization));
        // An area head before a title opens no place: the title belongs to the person after it.
        Assert.That(Run("Warga Kota Gubernur pun datang."), Has.None.Matches<(string, NodeType)>(m => m.Item1 == "Kota Gubernur"));
    }

    [Test]
    public void A_foreign_institutions_name_runs_over_its_connectors()
    {
        Assert.That(Run("Lukisan itu dipajang di Museum of Syldavian Art sejak Mei."), Does.Contain(("Museum of Syldavian Art", NodeType.Place)));
        Assert.That(Run("Menurut Institute for the Study of Borduria, pasukan mundur."), Does.Contain(("Institute for the Study of Borduria", NodeType.Organization)));
        Assert.That(Run("Laporan Council on Borduria Relations terbit kemarin."), Does.Contain(("Council on Borduria Relations", NodeType.Organization)));
        // A connector with no capitalised word after it ends the name.
        Assert.That(Run("Ia bekerja di Museum Lembah of the city."), Does.Not.Contain(("Museum Lembah of", NodeType.Place)));
    }

    [Test]
    public void Cue_words_type_the_name_they_head()
    {
        Assert.That(Merged("Kementerian Pertahanan Kamboja membantah laporan itu."), Does.Contain(("Kementerian Pertahanan Kamboja", NodeType.Organization)));
        Assert.That(Run("Warga mengungsi dari Kota Mariupol kemarin."), Does.Contain(("Kota Mariupol", NodeType.Place)));
        // A joiner before a derived domain word continues a body's name, not a place's.
        // A navy's ship is a unit, its hull number part of the name; a task force or battle group is a body.
        Assert.That(Run("Kapal KRI Lembah-381 menangkap kapal asing."), Does.Contain(("KRI Lembah-381", NodeType.Organization)));
        Assert.That(Run("Kapal itu dikawal Gugus Tempur Laut Lembah."), Does.Contain(("Gugus Tempur Laut Lembah", NodeType.Organization)));
        Assert.That(Run("Pencarian dipimpin Satgas Pelangi Lembah sejak pagi."), Does.Contain(("Satgas Pelangi Lembah", NodeType.Organization)));
        Assert.That(Run("Hadir pula unsur Forkopimda Kabupaten Sukamaju di aula."), Does.Contain(("Forkopimda Kabupaten Sukamaju", NodeType.Organization)));
        Assert.That(Run("Dinas Pekerjaan Umum dan Penataan Ruang memperbaiki jalan."), Does.Contain(("Dinas Pekerjaan Umum dan Penataan Ruang", NodeType.Organization)));
        // Regional and private firms by their legal form.
        Assert.That(Run("Warga mengadu ke Perumda Tirta Lembah soal air keruh."), Does.Contain(("Perumda Tirta Lembah", NodeType.Organization)));
        Assert.That(Run("Para pekerja berasal dari CV Sinar Lembah di sana."), Does.Contain(("CV Sinar Lembah", NodeType.Organization)));
        // After a title the body ends where its holder's name of two or more words starts; one more word is the body's region.
        Assert.That(Run("Kepala Dinas Pendidikan Sukamaju Dodi Saputra hadir."), Does.Contain(("Dinas Pendidikan Sukamaju", NodeType.Organization)));
        Assert.That(Run("Warga Kota Mariupol dan Pertahanan sipil bersiap."), Does.Not.Contain(("Kota Mariupol dan Pertahanan", NodeType.Place)));
        Assert.That(Run("Pekerja diserang di Wilayah Kepala Air kemarin."), Does.Contain(("Wilayah Kepala Air", NodeType.Place)));
        Assert.That(Run("Warga mengungsi ke Dusun Lewono Atas kemarin."), Does.Contain(("Dusun Lewono Atas", NodeType.Place)));
        Assert.That(Run("Kantornya di Jl Lembah Merdeka Utara, Sukamaju."), Does.Contain(("Jl Lembah Merdeka Utara", NodeType.Place)));
        // A word of an address before a number ends the street's name.
        Assert.That(Run("Bom meledak di Jalan Lembah Raya No. 12, Sukamaju."), Does.Contain(("Jalan Lembah Raya", NodeType.Place)));
        Assert.That(Run("Pelaku tinggal di Jalan Kenanga Ujung Lingkungan 3, Sukamaju."), Does.Contain(("Jalan Kenanga Ujung", NodeType.Place)));
        // After a building's own name a listed town says where it stands; with no word of its own the town names it.
        Assert.That(Run("Bom meledak di Gedung Lembahraya Jakarta kemarin."), Does.Contain(("Gedung Lembahraya", NodeType.Place)));
        Assert.That(Run("Presiden tiba di Istana Kepresidenan Jakarta kemarin."), Does.Not.Contain(("Istana Kepresidenan", NodeType.Place)));
        // A building head counted as more than one is several buildings; the name after it is where they stand.
        Assert.That(Run("Bom meledak di dua Masjid Lembahraya kemarin."), Does.Not.Contain(("Masjid Lembahraya", NodeType.Place)));
        Assert.That(Run("Bom meledak di Masjid Lembahraya kemarin."), Does.Contain(("Masjid Lembahraya", NodeType.Place)));
        // A compound of buildings, in either spelling, is a place.
        Assert.That(Run("Tamu diterima di Komplek Parlemen Lembahraya, Rabu."), Does.Contain(("Komplek Parlemen Lembahraya", NodeType.Place)));
        Assert.That(Run("Tamu diterima di Kompleks Istana Lembahraya, Rabu."), Does.Contain(("Kompleks Istana Lembahraya", NodeType.Place)));
        // A head written as an abbreviation keeps its name; a hyphen before another head joins two names.
        Assert.That(Run("Alat berat milik PT. Duta Harapan dibakar."), Does.Contain(("PT. Duta Harapan", NodeType.Organization)));
        Assert.That(Run("Proyek jalan Distrik Oksa-Distrik Kiwa terhenti."), Is.SupersetOf(new[] { ("Distrik Oksa", NodeType.Place), ("Distrik Kiwa", NodeType.Place) }));
        // An address names one area after another; a place head that is no area continues the name.
        Assert.That(Run("Pos jaga di Kampung Lowa Distrik Oksa Hulu diserang."), Is.SupersetOf(new[] { ("Kampung Lowa", NodeType.Place), ("Distrik Oksa Hulu", NodeType.Place) }));
        // So does a street with the area it lies in; letters and a number after an area's name are its address.
        Assert.That(Run("Mereka bertemu di Jalan Raya Lembah Desa Sukamaju, Kotabaru."), Is.SupersetOf(new[] { ("Jalan Raya Lembah", NodeType.Place), ("Desa Sukamaju", NodeType.Place) }));
        Assert.That(Run("Tawuran terjadi di Desa Sukamaju RT 005 RW 003, Kecamatan Lembah."), Does.Contain(("Desa Sukamaju", NodeType.Place)));
        // An official residence, a guest house, a hall: buildings whose names are places.
        Assert.That(Run("Gubernur menerima tamu di Rumah Jabatan Lembah Sari, Kotabaru."), Does.Contain(("Rumah Jabatan Lembah Sari", NodeType.Place)));
        Assert.That(Run("Rapat digelar di Pendopo Agung Sukamaju kemarin."), Does.Contain(("Pendopo Agung Sukamaju", NodeType.Place)));
        Assert.That(Run("Pasukan itu menghalau pengikut Kesultanan Zorgan dari pantai."), Does.Contain(("Kesultanan Zorgan", NodeType.Organization)));
        Assert.That(Run("Korban dibawa ke RS Lady Zorgan kemarin."), Does.Contain(("RS Lady Zorgan", NodeType.Place)));
        Assert.That(Run("Kepala Staf Armada III Laksma Budi Hartono hadir."), Does.Contain(("Armada III", NodeType.Organization)));
        Assert.That(Run("Diskusi digelar Komunitas Lembah Zorgan di Jakarta."), Does.Contain(("Komunitas Lembah Zorgan", NodeType.Organization)));
        Assert.That(Run("Warga Desa Karangmulyasari Kecamatan Lowa mengungsi."), Is.SupersetOf(new[] { ("Desa Karangmulyasari", NodeType.Place), ("Kecamatan Lowa", NodeType.Place) }));
        Assert.That(Run("Warga mengungsi ke Dusun Lewono Atas kemarin."), Does.Contain(("Dusun Lewono Atas", NodeType.Place)));
    }

    private static List<(string, NodeType)> Merged(string text)
    {
        var doc = RuleFixture.Doc(text);
        var all = new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer).Recognize(doc)
            .Concat(new CapitalizedNameRecognizer(RuleFixture.Shapes).Recognize(doc));
        return MentionMerger.Default.Merge(all, text.Length).Select(m => (m.Surface, m.Type)).ToList();
    }

    [Test]
    public void Known_name_a_cue_starts_keeps_its_listed_type_and_its_end()
    {
        var found = Merged("\"Acara dimulai pukul 10.00,\" ujar Deputi Protokol Sekretariat Presiden Hartono Wibisono kepada wartawan.");
        Assert.That(found, Does.Contain(("Sekretariat Presiden", NodeType.Organization)));
        Assert.That(found.Select(f => f.Item1), Has.None.Contains("Hartono"));
        Assert.That(Merged("Gedung Putih menyatakan pertemuan itu positif."), Does.Contain(("Gedung Putih", NodeType.Organization)));
        // A head that may hold a person's name ("Gedung") does not take the listed person after its listed body.
        Assert.That(Merged("Juru bicara Gedung Putih Jean-Yves Le Drian berbicara."), Does.Contain(("Gedung Putih", NodeType.Organization)));
        Assert.That(Merged("Jaksa itu diperiksa di Kejaksaan Agung Jakarta, Jumat."), Does.Contain(("Kejaksaan Agung", NodeType.Organization)));
    }

    [Test]
    public void Known_name_a_cue_starts_does_not_swallow_the_person_after_it()
    {
        var found = Run("\"Acara dimulai pukul 10.00,\" ujar Deputi Protokol Sekretariat Presiden Hartono Wibisono kepada wartawan.");
        Assert.That(found.Select(f => f.Item1), Has.None.Contains("Hartono"));
        // A known name the cue starts still grows by a known place after it.
        Assert.That(Run("Kementerian Pertanian Kamboja membantah laporan itu."), Does.Contain(("Kementerian Pertanian Kamboja", NodeType.Organization)));
        // A given name that is also an ordinary word opens the person's name, it does not lengthen the body.
        Assert.That(Run("Ia didampingi Bendahara Umum Partai Golkar Sari Wulandanu kemarin.").Select(f => f.Item1), Has.None.Contains("Sari"));
        // So does a word of given names before another name word, both of them also ordinary words.
        Assert.That(Run("Hal itu disampaikan Dirjen Kementerian ESDM Budi Bayu Wirawan kemarin.").Select(f => f.Item1), Has.None.Contains("Budi"));
    }

    [Test]
    public void A_name_before_an_age_in_brackets_is_a_person_over_a_listed_town()
    {
        Assert.That(Merged("Pelaku penusukan itu, Wawan Andria (24), ditetapkan sebagai tersangka."), Does.Contain(("Wawan Andria", NodeType.Person)));
        // A date or a year in brackets is no age, and a bracketed number after a town keeps the town.
        Assert.That(Merged("Hujan turun di Andria (2/3) sejak pagi."), Has.None.Matches<(string, NodeType)>(f => f.Item2 == NodeType.Person));
        Assert.That(Merged("Banjir melanda Andria (2019) dan sekitarnya."), Has.None.Matches<(string, NodeType)>(f => f.Item2 == NodeType.Person));
    }

    [Test]
    public void Both_names_an_alias_joins_are_a_person()
    {
        var found = Merged("Polisi menetapkan pelempar bom molotov Sukardan alias Kardo sebagai tersangka.");
        Assert.That(found, Does.Contain(("Sukardan", NodeType.Person)).And.Contain(("Kardo", NodeType.Person)));
        // Without a name on both sides the word joins nothing.
        Assert.That(Merged("Ia dikenal dengan alias Kardo di kampungnya."), Has.None.EqualTo(("Kardo", NodeType.Person)));
    }

    [Test]
    public void A_street_named_after_a_listed_person_is_the_street()
    {
        Assert.That(Merged("Rumah itu terletak di Jalan Mohammad Hatta, Jakarta Pusat."), Does.Contain(("Jalan Mohammad Hatta", NodeType.Place)));
        Assert.That(Merged("Rumah itu terletak di Jalan Mohammad Hatta Jakarta Pusat."), Does.Contain(("Jalan Mohammad Hatta", NodeType.Place)).And.Contain(("Jakarta Pusat", NodeType.Place)));
        Assert.That(Merged("Pesawat mendarat di Bandara Prabowo Subianto kemarin."), Does.Contain(("Bandara Prabowo Subianto", NodeType.Place)));
        // A head that does not take people's names still ends before a listed person.
        Assert.That(Merged("Ketua Komisi Prabowo Subianto hadir."), Has.None.Matches<(string, NodeType)>(f => f.Item1.StartsWith("Komisi")));
    }

    [Test]
    public void A_listed_hyphenated_given_name_is_found_written_with_a_space()
    {
        // The list writes "Moon Jae-in"; news also writes "Moon Jae In".
        Assert.That(Merged("Presiden Moon Jae In tiba di Seoul."), Does.Contain(("Moon Jae In", NodeType.Person)));
        Assert.That(Merged("Presiden Moon Jae-in tiba di Seoul."), Does.Contain(("Moon Jae-in", NodeType.Person)));
    }

    [Test]
    public void A_headquarters_short_form_heads_a_place()
    {
        Assert.That(Merged("Tersangka dibawa ke Mapolres Ngada untuk diperiksa."), Does.Contain(("Mapolres Ngada", NodeType.Place)));
        // The unit itself, without the headquarters prefix, stays a body.
        Assert.That(Merged("Polres Ngada menahan tersangka itu."), Has.None.EqualTo(("Polres Ngada", NodeType.Place)));
    }

    [Test]
    public void A_street_named_after_a_known_place_is_the_street_without_its_house_number()
    {
        var found = Merged("Pencuri itu ditangkap di Jalan Bandung No 12, kemarin.");
        Assert.That(found, Does.Contain(("Jalan Bandung", NodeType.Place)));
        Assert.That(found, Has.None.EqualTo(("Bandung", NodeType.Place)));
        // Without a number after it the word stays in the name.
        Assert.That(Merged("Warga berkumpul di Jalan Bandung Raya kemarin."), Does.Contain(("Jalan Bandung Raya", NodeType.Place)));
    }

    [Test]
    public void A_forces_head_names_an_armed_group_but_not_a_listed_states_forces()
    {
        Assert.That(Run("Kemarin Laskar Zorgan menyerang desa itu."), Does.Contain(("Laskar Zorgan", NodeType.Organization)));
        Assert.That(Run("Tentara Zorgan Merdeka menembak polisi."), Does.Contain(("Tentara Zorgan Merdeka", NodeType.Organization)));
        Assert.That(Run("Kemarin Jamaah Zorgan mengaku bertanggung jawab."), Does.Contain(("Jamaah Zorgan", NodeType.Organization)));
        // A region after the head names a body of that region; a country after it says whose forces.
        Assert.That(Run("Tentara Pembebasan Papua Tengah membakar pos."), Does.Contain(("Tentara Pembebasan Papua Tengah", NodeType.Organization)));
        Assert.That(Run("Pasukan Rusia menyerang Kyiv."), Is.Empty);
        Assert.That(Run("Tentara Israel menembaki Gaza."), Is.Empty);
        Assert.That(Run("Pasukan Keamanan Militer Pakistan menyelamatkan sandera."), Is.Empty);
        // A proper word before the country names the body; the country only says where it is from.
        Assert.That(Run("Kemarin Pasukan Elite Zorgan Rusia menyerang Kyiv."), Does.Contain(("Pasukan Elite Zorgan", NodeType.Organization)));
        // A listed body the head opens is the list's, a country after it no part of a new name.
        Assert.That(Merged("Pasukan RSF Sudan menyerang markas itu."), Does.Contain(("Pasukan RSF", NodeType.Organization)));
        Assert.That(Merged("Pasukan RSF Sudan menyerang markas itu."), Does.Not.Contain(("Pasukan RSF Sudan", NodeType.Organization)));
        // A forces head closing the text reads no word past its end.
        Assert.That(Run("Ia kini Komandan Pasukan Zorgan"), Does.Contain(("Pasukan Zorgan", NodeType.Organization)));
        Assert.That(new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc("Letkol Darsono Serahkan Tongkat Komandan Pasukan Tengkorak")).ToList(), Is.Not.Empty);
    }

    [Test]
    public void A_place_head_ending_a_title_starts_no_place()
    {
        Assert.That(Run("Wakil Wali Kota Sari Dewi Anggraini hadir."), Has.None.Matches<(string, NodeType)>(f => f.Item2 == NodeType.Place));
        Assert.That(Run("Kepala Badan Riset Samudra, Budi Hartono, hadir."), Does.Contain(("Badan Riset Samudra", NodeType.Organization)));
    }

    [Test]
    public void A_rank_after_a_place_head_opens_a_persons_name_not_the_place()
    {
        Assert.That(Run("Korbannya adalah Kapolsek Sukamaju Kota Kompol Budi Hartono dan dua polisi lainnya."),
            Has.None.Matches<(string Surface, NodeType Type)>(f => f.Surface.Contains("Kompol")));
    }

    [Test]
    public void Initials_after_a_word_of_initials_are_a_person()
    {
        Assert.That(Run("Polisi menangkap seorang terduga berinisial KWN di Sukamaju."), Does.Contain(("KWN", NodeType.Person)));
        Assert.That(Run("Korban berinisial SN (24) dirawat."), Does.Contain(("SN", NodeType.Person)));
        // News misspells the cue too.
        Assert.That(Run("Terduga teroris yang ditembak mati bernisial KWN."), Does.Contain(("KWN", NodeType.Person)));
        Assert.That(Run("Satu di antara pelaku berinsial AR."), Does.Contain(("AR", NodeType.Person)));
        // Five capitals are no initials, and neither is an ordinary word after the cue.
        Assert.That(Run("Kode berinisial ABCDE itu dipakai."), Has.None.Matches<(string, NodeType)>(f => f.Item2 == NodeType.Person));
        Assert.That(Run("Ia menolak inisial dari nama itu."), Is.Empty);
    }

    [Test]
    public void Initials_with_an_age_after_a_comma_are_a_person()
    {
        var found = Run("Ia mengantar kedua anaknya, FS, 12 tahun, dan HR, 9 tahun, ke sekolah.");
        Assert.That(found, Does.Contain(("FS", NodeType.Person)).And.Contain(("HR", NodeType.Person)));
        // A code after a number is no one's initials, whatever number follows it.
        Assert.That(Run("Ia dijerat Pasal 340 KUHP, 20 tahun penjara."), Has.None.Matches<(string, NodeType)>(f => f.Item2 == NodeType.Person));
        // A vessel's prefix said alone after the cue is initials, not a ship.
        Assert.That(Merged("Polisi menembak mati terduga berinisial MT di Sukamaju."), Does.Contain(("MT", NodeType.Person)));
    }

    [Test]
    public void Two_ordinary_words_after_a_cue_are_no_name() =>
        Assert.That(Run("Dewan Keamanan bersidang lagi."), Is.Empty);

    [Test]
    public void Name_next_to_a_speech_verb_is_a_person()
    {
        Assert.That(Run("\"Kami siap,\" kata Hartono Wibisono kepada wartawan."), Does.Contain(("Hartono Wibisono", NodeType.Person)));
        Assert.That(Run("Hartono Wibisono mengatakan bahwa dia siap."), Does.Contain(("Hartono Wibisono", NodeType.Person)));
    }

    [Test]
    public void Capitalised_sentence_initial_common_word_is_no_name() =>
        Assert.That(Run("Pertemuan mengatakan banyak hal. Kemarin hujan turun."), Is.Empty);

    [Test]
    public void A_usual_given_name_that_is_an_ordinary_word_too_opening_a_sentence_before_a_speech_verb_is_a_person()
    {
        Assert.That(Run("Didik mengungkapkan, kedua korban sudah dievakuasi."), Does.Contain(("Didik", NodeType.Person)));
        // Before any other verb the word is still ordinary.
        Assert.That(Run("Didik anak dengan baik."), Is.Empty);
    }
}

public class MentionMergerTests
{
    private static Mention M(int s, int e, string rec, NodeType t = NodeType.Person) => new(s, e, new string('x', e - s), t, 0, rec);

    [Test]
    public void Higher_rank_wins_an_overlap_then_the_longer_span()
    {
        var merged = MentionMerger.Default.Merge([M(0, 20, "ner"), M(0, 4, "gazetteer", NodeType.Organization), M(5, 20, "title"), M(22, 30, "capitalized"), M(22, 28, "ner")], 40);
        Assert.That(merged.Select(m => (m.Start, m.End, m.Recognizer)), Is.EqualTo(new[] { (0, 4, "gazetteer"), (5, 20, "title"), (22, 28, "ner") }));
    }

    private static Mention Named(string text, string surface, string rec)
    {
        int at = text.IndexOf(surface, StringComparison.Ordinal);
        return new(at, at + surface.Length, surface, NodeType.Person, 0, rec);
    }

    // "Ani Rahayu" are given names of her own: the wife is another person. "Kabinet" is the rest of the
    // title ("Sekretaris Kabinet"): the listed name stands.
    [TestCase("Ibu Negara Ani Rahayu Dodi Wijaya hadir.", "Ani Rahayu Dodi Wijaya", "Ani Rahayu Dodi Wijaya")]
    [TestCase("Sekretaris Kabinet Dodi Wijaya hadir.", "Kabinet Dodi Wijaya", "Dodi Wijaya")]
    // A one-word listed name after a given name is another person's surname.
    [TestCase("Menteri Pertahanan Rahayu Wijaya hadir.", "Rahayu Wijaya", "Rahayu Wijaya", "Wijaya")]
    [TestCase("Menteri Pertahanan Wijaya hadir.", "Pertahanan Wijaya", "Wijaya", "Wijaya")]
    public void Given_names_after_a_title_before_a_listed_name_make_another_person(string text, string titled, string kept, string listed = "Dodi Wijaya")
    {
        var merger = MentionMerger.ForLanguage(w => w is "ani" or "rahayu");
        var merged = merger.Merge([Named(text, listed, "gazetteer"), Named(text, titled, "title")], text.Length);
        Assert.That(merged.Single().Surface, Is.EqualTo(kept));
    }

    [Test]
    public void Initials_opening_a_titled_name_are_no_listed_body_there()
    {
        const string text = "Hadir pula AKP MA Irawan dan hakim MA lainnya.";
        var initials = Named(text, "MA", "gazetteer") with { Type = NodeType.Organization };
        var court = new Mention(text.LastIndexOf("MA", StringComparison.Ordinal), text.LastIndexOf("MA", StringComparison.Ordinal) + 2, "MA", NodeType.Organization, 0, "gazetteer");
        var merged = MentionMerger.ForLanguage(_ => false).Merge([initials, court, Named(text, "MA Irawan", "title")], text.Length);
        Assert.That(merged.Select(m => m.Surface), Is.EqualTo(new[] { "MA Irawan", "MA" }));
    }

    [Test]
    public void Longer_cue_name_beats_the_known_name_inside_it()
    {
        var merged = MentionMerger.Default.Merge([M(6, 10, "gazetteer", NodeType.Organization), M(0, 16, "cue", NodeType.Organization)], 20);
        Assert.That(merged.Single().Recognizer, Is.EqualTo("cue"));
    }

    [Test]
    public void A_cue_name_opening_inside_a_known_name_and_running_past_it_leaves_the_known_name()
    {
        // "Amerika Serikat Lloyd Austin": "Serikat" heads no union here, it ends the country's name.
        const string text = "Menteri Pertahanan Amerika Serikat Lloyd Austin hadir.";
        var country = Named(text, "Amerika Serikat", "gazetteer") with { Type = NodeType.Place };
        var cue = Named(text, "Serikat Lloyd Austin", "cue") with { Type = NodeType.Organization };
        var merged = MentionMerger.Default.Merge([country, cue, Named(text, "Lloyd Austin", "title")], text.Length);
        Assert.That(merged.Select(m => m.Surface), Is.EqualTo(new[] { "Amerika Serikat", "Lloyd Austin" }));
    }
}

public class PlaceAndContextRuleTests
{
    [Test]
    public void Compass_word_after_a_known_city_names_part_of_it()
    {
        var rec = new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, RuleFixture.Shapes.Resources.CompassWords);
        var m = rec.Recognize(RuleFixture.Doc("Banjir melanda Jakarta Selatan kemarin.")).Single();
        Assert.That((m.Surface, m.Type), Is.EqualTo(("Jakarta Selatan", NodeType.Place)));
    }

    [Test]
    public void A_title_that_opens_with_a_listed_place_is_no_place()
    {
        var res = RuleFixture.Shapes.Resources;
        var rec = new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, res.CompassWords, RuleFixture.Shapes, res.CompassDirections);
        Assert.That(rec.Recognize(RuleFixture.Doc("Karo Penmas Budi Hartono membenarkan hal itu.")).Where(m => m.Type == NodeType.Place), Is.Empty);
        Assert.That(rec.Recognize(RuleFixture.Doc("Banjir melanda Karo kemarin.")).Single().Canonical, Is.EqualTo("Karo"));
    }

    [Test]
    public void A_lower_case_direction_after_a_place_is_the_place_a_capitalised_compass_word_after_a_region_names_a_part()
    {
        var res = RuleFixture.Shapes.Resources;
        var rec = new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, res.CompassWords, null, res.CompassDirections);
        Assert.That(rec.Recognize(RuleFixture.Doc("Pasukan Rusia Timur bergerak.")).Single().Surface, Is.EqualTo("Rusia Timur"));
        // In lower case after a country the direction only says which part is meant: the mention is the country.
        var lower = rec.Recognize(RuleFixture.Doc("Pasukan bergerak ke Mali utara kemarin.")).Single();
        Assert.That((lower.Surface, lower.Canonical), Is.EqualTo(("Mali", "Mali")));
        // So it does after any place; capitalised after a place that is no country, it names a part of it.
        var region = rec.Recognize(RuleFixture.Doc("Pasukan bergerak ke Darfur utara kemarin.")).Single();
        Assert.That((region.Surface, region.Canonical), Is.EqualTo(("Darfur", "Darfur")));
        Assert.That(rec.Recognize(RuleFixture.Doc("Pasukan bergerak ke Darfur Utara kemarin.")).Single().Surface, Is.EqualTo("Darfur Utara"));
        Assert.That(rec.Recognize(RuleFixture.Doc("Lagu Indonesia Raya dinyanyikan.")).Single().Canonical, Is.EqualTo("Indonesia"));
        Assert.That(rec.Recognize(RuleFixture.Doc("Hujan turun di Jakarta pusat kota.")).Single().Canonical, Is.EqualTo("Jakarta"));
    }

    [Test]
    public void Title_followed_only_by_ordinary_words_names_no_one()
    {
        var persons = new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc("Kepala Biro Humas menyampaikan hal itu.")).ToList();
        Assert.That(persons, Is.Empty);
    }
}

public class AffiliationExtractorTests
{
    [Test]
    public void Listed_titled_names_each_keep_their_own_body()
    {
        var pipeline = KnowledgeGraph.Pipeline.ExtractionPipeline.CreateDefault(new KnowledgeGraph.Pipeline.ExtractionOptions { UseStatisticalNer = false });
        var graph = pipeline.Run([new KnowledgeGraph.Sources.Article("a",
            "Hadir Perdana Menteri Laos Bounmy Keovongsa, Perdana Menteri Kamboja Sokhom Vannarith, dan tamu lain.", "a.txt")]);
        var edges = graph.Relations.Where(r => r.Type == RelationType.AFFILIATED_WITH).Select(r => r.Id).ToList();
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            "person:bounmy-keovongsa|AFFILIATED_WITH|place:laos",
            "person:sokhom-vannarith|AFFILIATED_WITH|place:kamboja",
        }));
    }

    private static List<string> Affiliations(string text, bool tagger = false) =>
        Extract(text, tagger).Relations.Where(r => r.Type == RelationType.AFFILIATED_WITH).Select(r => r.Id).ToList();

    private static KnowledgeGraph.Schema.EntityGraph Extract(string text, bool tagger) =>
        KnowledgeGraph.Pipeline.ExtractionPipeline.CreateDefault(new KnowledgeGraph.Pipeline.ExtractionOptions { UseStatisticalNer = tagger })
            .Run([new KnowledgeGraph.Sources.Article("a", text, "a.txt")]);

    [Test]
    public void A_member_of_a_partys_faction_belongs_to_the_party()
    {
        Assert.That(Affiliations("Kemudian, anggota Fraksi Partai Demokrat, Budi Hartono diberikan waktu berbicara."),
            Does.Contain("person:budi-hartono|AFFILIATED_WITH|organization:partai-demokrat"));
    }

    [TestCase("Hadir pula politikus Partai Demokrat Budi Hartono dalam acara itu.")]
    [TestCase("Hadir pula kader Partai Demokrat Budi Hartono dalam acara itu.")]
    public void A_politician_named_with_a_party_belongs_to_it(string text) =>
        Assert.That(Affiliations(text), Does.Contain("person:budi-hartono|AFFILIATED_WITH|organization:partai-demokrat"));

    [Test]
    public void The_service_written_with_a_rank_is_the_persons_besides_the_unit_the_title_names()
    {
        var edges = Affiliations("Panglima Kodam Jaya Brigjen TNI Budi Hartono meninjau lokasi banjir.");
        Assert.That(edges, Is.SupersetOf(new[]
        {
            "person:budi-hartono|AFFILIATED_WITH|organization:kodam-jayakarta",
            "person:budi-hartono|AFFILIATED_WITH|organization:tentara-nasional-indonesia",
        }));
        // A rank alone ties to nothing more.
        Assert.That(Affiliations("Brigjen Budi Hartono meninjau lokasi banjir."), Is.Empty);
    }

    [Test]
    public void State_office_without_a_country_serves_the_known_holders_country_when_the_text_names_it()
    {
        Assert.That(Affiliations("Di Kyiv, Menteri Luar Negeri Dmytro Kuleba meminta bantuan bagi Ukraina."),
            Does.Contain("person:dmytro-kuleba|AFFILIATED_WITH|place:ukraina"));
        // The text names no country: no edge from knowledge alone.
        Assert.That(Affiliations("Menteri Luar Negeri Dmytro Kuleba meminta bantuan segera."), Is.Empty);
    }

    [Test]
    public void State_office_without_a_country_serves_the_one_country_the_storys_offices_name()
    {
        Assert.That(Affiliations("Presiden Kolombia Andi Wiratmaja mengecam ledakan itu. Menteri Energi Sutan Baharsyah mengatakan pasokan aman."),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:kolombia"));
        // Offices of two countries named: the story does not say which.
        Assert.That(Affiliations("Presiden Kolombia Andi Wiratmaja bertemu Presiden Peru Budi Hartono. Menteri Energi Sutan Baharsyah mengatakan pasokan aman."),
            Has.None.StartsWith("person:sutan-baharsyah|"));
        // A title with no name ties nobody.
        Assert.That(Affiliations("Presiden Kolombia Andi Wiratmaja mengecam ledakan itu. Menteri Energi mengatakan pasokan aman."),
            Is.EqualTo(new[] { "person:andi-wiratmaja|AFFILIATED_WITH|place:kolombia" }));
    }

    [Test]
    public void Members_of_a_body_named_after_yakni_or_bernama_serve_it()
    {
        Assert.That(Affiliations("Keputusan itu disetujui dua pimpinan KPK saat itu, yakni Sutan Baharsyah dan Andi Wiratmaja.", tagger: true),
            Is.EquivalentTo(new[]
            {
                "person:sutan-baharsyah|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
                "person:andi-wiratmaja|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
            }));
        Assert.That(Affiliations("Polisi menangkap seorang jaksa dari KPK bernama Sutan Baharsyah di Bandung.", tagger: true),
            Is.EqualTo(new[] { "person:sutan-baharsyah|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi" }));
        // A resident of a place serves nothing; members with no names tie nobody.
        Assert.That(Affiliations("Polisi menangkap seorang warga dari Bandung bernama Sutan Baharsyah.", tagger: true), Is.Empty);
        Assert.That(Affiliations("Keputusan itu disetujui para pimpinan KPK, yakni mereka yang hadir.", tagger: true), Is.Empty);
    }

    [Test]
    public void Some_members_named_after_diantaranya_serve_the_body_each_behind_an_office()
    {
        var edges = Affiliations("Hadir sejumlah menteri Kabinet Kerja, diantaranya adalah Menko Bidang Perekonomian Sutan Baharsyah, "
            + "Kepala Bappenas Andi Wiratmaja, dan Sekretaris Kabinet Budi Hartono.");
        Assert.That(edges, Is.SupersetOf(new[]
        {
            "person:sutan-baharsyah|AFFILIATED_WITH|organization:kabinet-kerja",
            "person:andi-wiratmaja|AFFILIATED_WITH|organization:kabinet-kerja",
            "person:budi-hartono|AFFILIATED_WITH|organization:kabinet-kerja",
        }));
        Assert.That(Affiliations("Hadir sejumlah anggota KPK, termasuk Sutan Baharsyah.", tagger: true),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi"));
        // Without a word for those serving it, the body is only where they were.
        Assert.That(Affiliations("Hadir sejumlah tamu di KPK, diantaranya Sutan Baharsyah.", tagger: true), Is.Empty);
    }

    [Test]
    public void Members_named_after_a_relative_clause_and_adalah_serve_the_body_each_behind_a_rank()
    {
        Assert.That(Affiliations("Dua penyidik KPK yang bertugas malam itu adalah Kompol Sutan Baharsyah, Andi Wiratmaja dan AKP Budi Hartono.", tagger: true),
            Is.SupersetOf(new[]
            {
                "person:sutan-baharsyah|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
                "person:andi-wiratmaja|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
                "person:budi-hartono|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
            }));
        // A comma ends the relative clause: the body before it names no one after the copula.
        Assert.That(Affiliations("Anggota KPK yang berjaga, kata polisi, adalah Sutan Baharsyah.", tagger: true), Is.Empty);
    }

    [Test]
    public void Those_seen_or_present_for_a_body_serve_it()
    {
        Assert.That(Affiliations("Rapat itu ramai. Adapun dari KPK terlihat Wakil Ketua Sutan Baharsyah, Andi Wiratmaja dan Budi Hartono.", tagger: true),
            Is.SupersetOf(new[]
            {
                "person:sutan-baharsyah|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
                "person:andi-wiratmaja|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
                "person:budi-hartono|AFFILIATED_WITH|organization:komisi-pemberantasan-korupsi",
            }));
        // A place they come from is no body they serve.
        Assert.That(Affiliations("Rapat itu ramai. Dari Bandung hadir Sutan Baharsyah dan Andi Wiratmaja.", tagger: true), Is.Empty);
    }

    [Test]
    public void Lower_case_role_after_a_name_ties_it_to_the_body_that_follows()
    {
        Assert.That(Affiliations("Ali Hassan, kepala distrik Tarsa, tiba di Kairo kemarin.", tagger: true),
            Does.Contain("person:hassan|AFFILIATED_WITH|place:tarsa").Or.Contain("person:ali-hassan|AFFILIATED_WITH|place:tarsa"));
        // A former role ties nobody now; a place after an unrelated word is not served.
        Assert.That(Affiliations("Ali Hassan, mantan kepala polisi Mesir, tiba di Kairo kemarin.", tagger: true), Is.Empty);
        Assert.That(Affiliations("Ali Hassan, warga Tarsa, tiba di Kairo kemarin.", tagger: true), Is.Empty);
    }

    [Test]
    public void A_relative_clause_naming_a_role_ties_the_name_before_it_to_the_roles_body()
    {
        Assert.That(Affiliations("Sutan Baharsyah, yang menjadi komandan Hizbullah, tewas dalam serangan itu.", tagger: true),
            Is.EqualTo(new[] { "person:sutan-baharsyah|AFFILIATED_WITH|organization:hizbullah" }));
        Assert.That(Affiliations("Sutan Baharsyah yang juga Ketua Umum Partai Golkar hadir dalam acara itu.", tagger: true),
            Is.EqualTo(new[] { "person:sutan-baharsyah|AFFILIATED_WITH|organization:partai-golongan-karya" }));
        // A former role ties nobody now; a relative clause telling no role ties nobody.
        Assert.That(Affiliations("Sutan Baharsyah, yang merupakan mantan Ketua KPK, hadir dalam acara itu.", tagger: true), Is.Empty);
        Assert.That(Affiliations("Sutan Baharsyah, yang tiba dari Hizbullah, hadir dalam acara itu.", tagger: true), Is.Empty);
    }

    [Test]
    public void A_listed_persons_name_after_a_title_is_the_name_even_when_it_reads_as_a_derived_word()
    {
        // "Megawati" also reads as me-gawat-i ("to make critical"), a derived word that may name an office's domain.
        Assert.That(Affiliations("Ketua Umum Partai Golkar Megawati Soekarnoputri hadir dalam acara itu."),
            Is.EqualTo(new[] { "person:megawati-soekarnoputri|AFFILIATED_WITH|organization:partai-golongan-karya" }));
    }

    [Test]
    public void A_list_of_titled_names_may_leave_the_title_out_and_keep_the_body()
    {
        var edges = Affiliations("Hadir Gubernur Banten Sutan Baharsyah, Papua Barat Andi Wiratmaja dan Gubernur Gorontalo Budi Hartono.", tagger: true);
        Assert.That(edges, Does.Contain("person:andi-wiratmaja|AFFILIATED_WITH|place:papua-barat"));
        Assert.That(edges, Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:banten"));
        // A place next to a name in a sentence with no title ties nobody.
        Assert.That(Affiliations("Kami berangkat dari Bandung, Papua Barat Andi Wiratmaja ikut.", tagger: true), Is.Empty);
    }

    [Test]
    public void A_rank_may_stand_between_the_comma_and_the_name_after_a_body()
    {
        Assert.That(Affiliations("Kapal itu tidak rusak, kata juru bicara Pentagon, Mayor Jenderal Andi Wiratmaja.", tagger: true),
            Does.Contain("person:andi-wiratmaja|AFFILIATED_WITH|organization:pentagon"));
    }

    [Test]
    public void A_listed_title_may_run_into_the_name_of_the_body()
    {
        Assert.That(Affiliations("Juru Bicara Kementerian Luar Negeri China Andi Wiratmaja mengatakan hal itu.", tagger: true),
            Does.Contain("person:andi-wiratmaja|AFFILIATED_WITH|organization:kementerian-luar-negeri-china"));
    }

    [Test]
    public void A_time_closed_by_a_demonstrative_may_stand_between_the_body_and_the_name()
    {
        Assert.That(Affiliations("Pertemuan itu dibuka Perdana Menteri Singapura saat itu, Sutan Baharsyah, di Singapura.", tagger: true),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:singapura"));
    }

    [Test]
    public void Office_joined_by_dan_shares_the_country_of_the_office_before_it()
    {
        Assert.That(Affiliations("Presiden Singapura Andi Wiratmaja dan Perdana Menteri Sutan Baharsyah hadir dalam acara itu."),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:singapura"));
        // In a list set off by commas each office names its own country.
        Assert.That(Affiliations("Hadir Presiden Singapura Andi Wiratmaja, Perdana Menteri Sutan Baharsyah, dan tamu lain."),
            Does.Not.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:singapura"));
    }

    [Test]
    public void Title_naming_its_body_by_knowledge_ties_the_holder_when_the_article_names_the_body()
    {
        Assert.That(Affiliations("Kapolri Jenderal Sutan Baharsyah memimpin rapat. Polri menambah personel di perbatasan."),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|organization:kepolisian-negara-republik-indonesia"));
        Assert.That(Affiliations("Kapolri Jenderal Sutan Baharsyah memimpin rapat di Bandung."), Is.Empty);
    }

    [Test]
    public void A_daily_chair_serves_the_body_after_the_title() =>
        Assert.That(Affiliations("Ketua Harian Kompolnas Irjen Pol (Purn) Budi Hartono menyatakan hal itu."),
            Does.Contain("person:budi-hartono|AFFILIATED_WITH|organization:komisi-kepolisian-nasional"));

    [Test]
    public void A_minister_serves_the_ministry_the_article_names_by_the_words_of_the_title()
    {
        Assert.That(Affiliations("Menteri Pertanian Dodi Saputra Wijaya menjelaskan, Kementerian Pertanian sedang menyusun harga acuan."),
            Does.Contain("person:dodi-saputra-wijaya|AFFILIATED_WITH|organization:kementerian-pertanian"));
        // A title by the ministry's short name serves the ministry the article names in full.
        Assert.That(Affiliations("Menteri ESDM Dodi Saputra Wijaya menjelaskan, Kementerian Energi dan Sumber Daya Mineral sedang menyusun harga acuan."),
            Does.Contain("person:dodi-saputra-wijaya|AFFILIATED_WITH|organization:kementerian-energi-dan-sumber-daya-mineral"));
        // The ministry is not named: no edge from knowledge alone.
        Assert.That(Affiliations("Menteri Pertanian Dodi Saputra Wijaya menjelaskan harga acuan beras."),
            Does.Not.Contain("person:dodi-saputra-wijaya|AFFILIATED_WITH|organization:kementerian-pertanian"));
        // A minister the lists know to serve another country heads that country's ministry, not the one the article names.
        Assert.That(Affiliations("Menteri Luar Negeri Sergei Lavrov bertemu Menteri Luar Negeri Dodi Saputra Wijaya. Kementerian Luar Negeri RI menyambut baik pertemuan itu."),
            Does.Not.Contain("person:sergei-lavrov|AFFILIATED_WITH|organization:kementerian-luar-negeri")
                .And.Contain("person:dodi-saputra-wijaya|AFFILIATED_WITH|organization:kementerian-luar-negeri"));
    }

    [Test]
    public void A_title_in_a_list_of_office_holders_is_no_apposition_of_the_name_before_it()
    {
        Assert.That(Affiliations("Rapat itu diikuti Gubernur Papua Budi Hartono, Kapolda Papua, Wakil Gubernur Papua dan Sekda Papua.")
            .Where(e => e.StartsWith("person:budi-hartono|AFFILIATED_WITH|organization:", StringComparison.Ordinal)), Is.Empty);
        // Set off by commas with no title after it, the title is the name's.
        Assert.That(Affiliations("Kapolri Jenderal Sutan Baharsyah memimpin rapat itu. Sutan Baharsyah, Kapolda Papua, tiba kemarin."),
            Does.Contain("person:sutan-baharsyah|AFFILIATED_WITH|organization:polda-papua"));
    }

    [Test]
    public void Head_of_a_regional_branch_does_not_serve_the_region()
    {
        Assert.That(Affiliations("Kapolda Papua Irjen Sutan Baharsyah meninjau lokasi."),
            Does.Not.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:papua"));
    }

    [Test]
    public void Dateline_before_a_title_is_not_the_body_served()
    {
        Assert.That(Affiliations("JAKARTA - Presiden Sutan Baharsyah membuka rapat kabinet."),
            Does.Not.Contain("person:sutan-baharsyah|AFFILIATED_WITH|place:jakarta"));
    }

    [Test]
    public void State_office_title_without_a_name_gives_no_edge()
    {
        Assert.That(Affiliations("Menteri Luar Negeri mengatakan Ukraina membutuhkan bantuan."), Is.Empty);
    }

    [Test]
    public void Counterpart_after_a_comma_serves_the_country_named_with_the_counterpart_word()
    {
        Assert.That(Affiliations("Ia bertemu timpalannya dari Arab Saudi, Pangeran Faisal bin Farhan, di Riyadh."),
            Does.Contain("person:faisal-bin-farhan|AFFILIATED_WITH|place:arab-saudi"));
    }

    [Test]
    public void Title_holding_its_body_ties_the_name_to_it()
    {
        Assert.That(Affiliations("Menteri Luar Negeri AS Henry Kissinger tiba di Kairo pada Senin."),
            Is.EqualTo(new[] { "person:henry-kissinger|AFFILIATED_WITH|place:amerika-serikat" }));
    }

    [Test]
    public void Name_then_dari_and_a_body_ties_the_name_to_it()
    {
        Assert.That(Affiliations("Pertemuan itu dihadiri Presiden Julius Nyerere dari Tanzania dan Presiden Kenneth Kaunda dari Zambia."),
            Is.EquivalentTo(new[]
            {
                "person:julius-nyerere|AFFILIATED_WITH|place:tanzania",
                "person:kenneth-kaunda|AFFILIATED_WITH|place:zambia",
            }));
    }

    [Test]
    public void Title_without_a_name_ties_nobody()
    {
        Assert.That(Affiliations("Menteri Luar Negeri AS tiba di Kairo, Panglima TNI juga hadir."), Is.Empty);
    }

    [Test]
    public void Title_listed_after_a_name_lends_it_no_body_of_its_own()
    {
        Assert.That(Affiliations("Rapat dihadiri Menhan Juwono Sudarsono, Panglima TNI, dan para kepala staf."), Is.Empty);
    }

    [Test]
    public void Lower_case_words_between_a_title_and_its_body_are_passed_over()
    {
        Assert.That(Affiliations("Juru bicara militer Mesir, Ahmed Hassan, mengatakan pasukan tetap siaga.", tagger: true),
            Does.Contain("person:ahmed-hassan|AFFILIATED_WITH|place:mesir"));
    }

    [Test]
    public void A_capitalised_group_word_between_a_title_and_its_body_is_passed_over()
    {
        Assert.That(Affiliations("Juru Bicara Pemerintah Mesir, Ahmed Hassan, menyatakan protes resmi.", tagger: true),
            Does.Contain("person:ahmed-hassan|AFFILIATED_WITH|place:mesir"));
        // A group word that opens a named body is the body, not a qualifier before another.
        Assert.That(Affiliations("Juru Bicara Angkatan Darat Mesir, Ahmed Hassan, mengatakan pasukan tetap siaga.", tagger: true),
            Is.EqualTo(new[] { "person:ahmed-hassan|AFFILIATED_WITH|organization:angkatan-darat-mesir" }));
    }

    [Test]
    public void Letters_opening_a_listed_name_after_a_title_are_the_name_not_a_short_form()
    {
        Assert.That(Affiliations("Wakil Presiden Amerika Serikat JD Vance tiba di Manila pada Senin.", tagger: true),
            Does.Contain("person:jd-vance|AFFILIATED_WITH|place:amerika-serikat"));
    }

    [Test]
    public void Office_holders_after_a_delegation_word_serve_the_country_it_names()
    {
        var edges = Affiliations("Sementara wakil Mesir terdiri dari Menteri Pertahanan Ahmed Hassan dan Kepala Intelijen Omar Fadel.", tagger: true);
        Assert.That(edges, Does.Contain("person:ahmed-hassan|AFFILIATED_WITH|place:mesir"));
        Assert.That(edges, Does.Contain("person:omar-fadel|AFFILIATED_WITH|place:mesir"));
        // Without a delegation word the country is only mentioned, not served.
        Assert.That(Affiliations("Sementara tentang Mesir, Kepala Intelijen Omar Fadel diam.", tagger: true),
            Has.None.Contains("person:omar-fadel|AFFILIATED_WITH|place:mesir"));
    }

    [Test]
    public void A_service_after_a_ranks_short_form_in_brackets_belongs_to_the_rank()
    {
        var graph = Extract("Kata Kepala BNPT Komisaris Jenderal (Komjen) Polisi Andi Wirawan melalui keterangan tertulis.", tagger: true);
        Assert.That(graph.Nodes.Where(n => n.Type == NodeType.Person).Select(n => n.Name), Is.EqualTo(new[] { "Andi Wirawan" }));
        Assert.That(Affiliations("Kata Kepala BNPT Komisaris Jenderal (Komjen) Polisi Andi Wirawan melalui keterangan tertulis.", tagger: true),
            Does.Contain("person:andi-wirawan|AFFILIATED_WITH|organization:badan-nasional-penanggulangan-terorisme"));
    }

    [Test]
    public void A_title_that_heads_a_named_body_may_stand_before_a_comma()
    {
        Assert.That(Affiliations("Rapat Jaksa Agung, Sari Dewi dengan Kejaksaan Agung berlangsung di Jakarta.", tagger: true),
            Does.Contain("person:sari-dewi|AFFILIATED_WITH|organization:kejaksaan-agung"));
        // A title heading no body the story names ties the name after the comma to nothing.
        Assert.That(Affiliations("Rapat Jaksa Agung, Sari Dewi berlangsung di Jakarta.", tagger: true), Is.Empty);
    }

    [Test]
    public void A_domain_after_a_title_may_be_followed_by_short_forms_and_the_body()
    {
        Assert.That(Affiliations("Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung (Kejagung) Budi Hartono mengungkap hal itu.", tagger: true),
            Does.Contain("person:budi-hartono|AFFILIATED_WITH|organization:kejaksaan-agung"));
    }

    [Test]
    public void A_village_officers_title_alone_names_no_one()
    {
        var graph = Extract("Selanjutnya, para Babinsa bersama Babinkamtibmas dan unsur pemerintahan setempat menjalankan program sosialisasi keamanan.", tagger: true);
        Assert.That(graph.Nodes.Where(n => n.Type != NodeType.Article).Select(n => n.Name), Is.Empty);
    }

    [Test]
    public void Envoy_serves_the_body_before_where_he_is_posted()
    {
        var edges = Affiliations("Duta Besar Kenya untuk PBB, Martin Kimani, berbicara di New York.", tagger: true);
        Assert.That(edges, Does.Contain("person:martin-kimani|AFFILIATED_WITH|place:kenya"));
        Assert.That(edges, Has.None.Contains("perserikatan-bangsa-bangsa"));
    }

    [Test]
    public void Plural_title_before_a_clause_ties_nobody()
    {
        Assert.That(Affiliations("Dalam pertemuan dengan para pemimpin blok Afrika Timur, Yoweri Museveni menyerukan persatuan.", tagger: true), Is.Empty);
    }

    [Test]
    public void Title_holding_its_body_before_a_comma_ties_the_name_after_it()
    {
        Assert.That(Affiliations("Ketua KPK, Bambang Sutrisno, mengatakan penyidikan berlanjut.", tagger: true),
            Has.Some.StartsWith("person:bambang-sutrisno|AFFILIATED_WITH|organization:"));
    }
}

public class LedBodyRecognizerTests
{
    private static List<(string Surface, string? Name)> Run(string text) =>
        new LedBodyRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => (m.Surface, m.Canonical)).ToList();

    [TestCase("Serangan itu diluncurkan oleh koalisi pimpinan Prancis kemarin.", "koalisi pimpinan", "koalisi pimpinan Prancis")]
    [TestCase("Pasukan koalisi anti-teror pimpinan Inggris diserang.", "koalisi anti-teror pimpinan", "koalisi anti-teror pimpinan Inggris")]
    [TestCase("Koalisi yang dipimpin oleh Prancis menolak usul itu.", "Koalisi yang dipimpin oleh", "Koalisi yang dipimpin oleh Prancis")]
    public void A_coalition_named_by_its_listed_leader_is_a_body_and_the_leader_stays_apart(string sentence, string surface, string name) =>
        Assert.That(Run(sentence), Is.EqualTo(new[] { (surface, (string?)name) }));

    [TestCase("Koalisi pimpinan partai itu belum bersidang.")]
    [TestCase("Partai itu keluar dari koalisi pemerintah yang baru dibentuk.")]
    [TestCase("Koalisi itu dipimpin oleh para jenderal.")]
    public void A_coalition_without_a_listed_leader_names_no_body(string sentence) =>
        Assert.That(Run(sentence), Is.Empty);

    [Test]
    public void A_listed_coalition_told_with_its_leader_is_that_body_not_a_new_one() =>
        Assert.That(Run("Serangan udara Koalisi Arab yang dipimpin Arab Saudi menghantam sebuah bus."), Is.Empty);
}
