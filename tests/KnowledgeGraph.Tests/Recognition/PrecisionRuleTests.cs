using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>Rank and corps abbreviations belong to the title, not to the name.</summary>
public class RankQualifierTests
{
    private static List<string> Persons(string text) =>
        new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => m.Surface).ToList();

    [TestCase("Komandan Korem, Kolonel Inf Hendra Wijaya, meninjau pos jaga.", "Hendra Wijaya")]
    [TestCase("Pasukan dipimpin Letkol Kav Andi Saputra sejak pagi.", "Andi Saputra")]
    [TestCase("Kapolda Irjen Pol Samsul Bahri menyampaikan hal itu.", "Samsul Bahri")]
    [TestCase("Kegiatan itu dibuka Mayjen TNI (Mar) Yohanes Manurung di Surabaya.", "Yohanes Manurung")]
    [TestCase("Laksma TNI Agus Salimun memimpin upacara.", "Agus Salimun")]
    [TestCase("Kolonel Czi (Purn) Darmawan Putra hadir sebagai saksi.", "Darmawan Putra")]
    [TestCase("Kabid Humas Kombes Polisi Ahmad Kamaludin menyampaikan hal itu.", "Ahmad Kamaludin")]
    [TestCase("Rapat dihadiri KSAU Marsekal TNI Budi Hartono kemarin.", "Budi Hartono")]
    [TestCase("Upacara dipimpin Laksamana Madya TNI Andi Wirawan di dermaga.", "Andi Wirawan")]
    public void Corps_after_a_rank_is_not_part_of_the_name(string sentence, string name) =>
        Assert.That(Persons(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void A_rank_with_its_corps_and_no_name_names_no_one()
    {
        Assert.That(Persons("Letkol Inf itu belum bisa dihubungi wartawan."), Is.Empty);
        Assert.That(Persons("Seorang Kolonel Kav dari Jakarta ikut hadir."), Is.Empty);
    }

    [Test]
    public void A_corps_word_without_a_rank_is_an_ordinary_word()
    {
        var tokens = NameToken.Tokenize("Pada Mar Budi datang", 0, "Pada Mar Budi datang".Length);
        Assert.That(RuleFixture.Shapes.IsRankQualifier(tokens, 1), Is.False);
        var ranked = NameToken.Tokenize("Kolonel Mar Budi datang", 0, "Kolonel Mar Budi datang".Length);
        Assert.That(RuleFixture.Shapes.IsRankQualifier(ranked, 1), Is.True);
    }
}

/// <summary>Weekdays, months, weapons, vehicles, vessels, bare titles and publishing outlets are not people or organisations.</summary>
public class MentionFilterTests
{
    private static readonly Lazy<(LanguageResources Res, MentionFilter Filter)> Data = new(() =>
    {
        var res = LanguageResources.Load();
        return (res, new MentionFilter(res));
    });

    private static List<Mention> Filter(string text, params (string Surface, NodeType Type, string? Canonical)[] found)
    {
        var doc = RuleFixture.Doc(text);
        var mentions = found.Select(f =>
        {
            int start = text.IndexOf(f.Surface, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), f.Surface);
            int sentence = Math.Max(0, doc.Sentences.ToList().FindLastIndex(s => s.Start <= start));
            return new Mention(start, start + f.Surface.Length, f.Surface, f.Type, sentence, "ner", f.Canonical);
        });
        return Data.Value.Filter.Apply(doc, mentions);
    }

    [Test]
    public void A_dateline_of_several_words_in_capitals_is_one_place()
    {
        var found = Filter("LEMBAH HIJAU — Warga berkumpul di pasar.", ("LEMBAH", NodeType.Organization, null), ("HIJAU", NodeType.Place, null));
        Assert.That(found.Select(m => (m.Surface, m.Type, m.Canonical)), Is.EqualTo(new[] { ("LEMBAH HIJAU", NodeType.Place, (string?)"Lembah Hijau") }));
        // Not set off by a dash, the words are left as they were read.
        var plain = Filter("LEMBAH HIJAU warga berkumpul di pasar.", ("LEMBAH", NodeType.Organization, null), ("HIJAU", NodeType.Place, null));
        Assert.That(plain.Select(m => m.Surface), Is.EqualTo(new[] { "LEMBAH", "HIJAU" }));
    }

    [TestCase("Serangan itu terjadi pada Kamis dini hari.", "Kamis")]
    [TestCase("Sistem Patriot ditempatkan di perbatasan.", "Patriot")]
    [TestCase("Ukraina menerima HIMARS tambahan.", "HIMARS")]
    [TestCase("Rudal Storm Shadow ditembakkan ke Krimea.", "Storm Shadow")]
    [TestCase("Pertemuan digelar pada Juli lalu.", "Juli")]
    [TestCase("Kapal KRI Bung Sutarjo berlayar ke Natuna.", "Bung Sutarjo")]
    [TestCase("Kapal MV Sinar Harapan dibajak di Teluk Aden.", "MV Sinar Harapan")]
    [TestCase("Kapal KRI Bung Sutarjo 361 berlayar ke Natuna.", "Sutarjo")]
    [TestCase("Danrem menyampaikan bahwa situasi aman.", "Danrem")]
    [TestCase("Kadisdik menyampaikan bahwa sekolah tetap buka.", "Kadisdik")]
    [TestCase("Massa meneriakkan Allahu Akbar sambil merusak pagar.", "Allahu Akbar")]
    [TestCase("Api menjalar hingga ke Mapolres pada malam hari.", "Mapolres")]
    [TestCase("Pandemi Lembah membuat ekonomi melambat.", "Pandemi Lembah")]
    [TestCase("Ia membuka Muktamar Ulama Sukamaju kemarin.", "Muktamar Ulama")]
    [TestCase("Hadir Kapolda Jend. Budi Hartono dalam acara itu.", "Kapolda Jend")]
    [TestCase("Hadir Mendagri Jend. Pol. (Purn) Budi Hartono dalam acara itu.", "Purn")]
    [TestCase("Sejumlah Parpol menyatakan dukungan.", "Parpol")]
    [TestCase("Acara dibuka dengan pembacaan ayat suci Alquran oleh warga.", "Alquran")]
    [TestCase("Kasus itu kini ditangani Sat Reskrim setempat.", "Sat Reskrim")]
    [TestCase("Petugas Satlantas mengatur arus kendaraan.", "Satlantas")]
    [TestCase("Kapen menyampaikan bahwa situasi aman.", "Kapen")]
    [TestCase("\"Kami masih mencari,\" kata Kabag Penum Divisi Humas Polri, Kombes Budi Hartono.", "Kabag Penum")]
    [TestCase("Polisi menemukan bahan peledak Tri Aceton Tri Peroxide di rumah itu.", "Tri Aceton Tri Peroxide")]
    public void Never_a_person(string sentence, string surface) =>
        Assert.That(Filter(sentence, (surface, NodeType.Person, null)), Is.Empty);

    [Test]
    public void A_name_ends_where_the_cleaner_blanked_boilerplate()
    {
        var text = "PALANGKA RAYA   Debat publik digelar di Kotabaru.";
        Assert.That(Filter(text, ("PALANGKA RAYA   Debat", NodeType.Place, null)).Select(m => m.Surface), Is.EqualTo(new[] { "PALANGKA RAYA" }));
    }

    [Test]
    public void A_headline_person_the_body_never_names_is_dropped_or_cut_to_the_name_it_does()
    {
        const string headline = "Ini Alasan Ketua Komisi 2 DPRD Sukamaju Gelar Rapat Tertutup\n\n";
        const string body = "Rapat itu tertutup, kata Dodi Saputra Wijaya kepada wartawan.";
        // "Sukamaju Gelar Rapat Tertutup": ordinary words after the first, named nowhere in the body.
        Assert.That(Filter(headline + body, ("Sukamaju Gelar Rapat Tertutup", NodeType.Person, null), ("Dodi Saputra Wijaya", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Dodi Saputra Wijaya" }));
        // Cut back to the name the body gives.
        Assert.That(Filter("Dodi Saputra Gelar Rapat Tertutup\n\n" + body, ("Dodi Saputra Gelar Rapat Tertutup", NodeType.Person, null), ("Dodi Saputra Wijaya", NodeType.Person, null))
            .Select(m => m.Surface), Is.EquivalentTo(new[] { "Dodi Saputra", "Dodi Saputra Wijaya" }));
        // One ordinary word may be part of a name ("Putra"): it stays although the body does not repeat it.
        Assert.That(Filter("Ketua Komisi Dukuh Dodi Putra Sampaikan Hasil Rapat\n\nRapat selesai.", ("Dodi Putra", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Dodi Putra" }));
        // A title-case line further down (a list) is no headline.
        Assert.That(Filter("Judul Berita\n\nPara gubernur hadir.\n\nDaftar tamu:\n\nGubernur Sukamaju Budi Jaya Makmur\n",
                ("Budi Jaya Makmur", NodeType.Person, null)).Select(m => m.Surface), Is.EqualTo(new[] { "Budi Jaya Makmur" }));
    }

    [Test]
    public void A_teaser_headline_between_paragraphs_runs_on_into_no_name()
    {
        const string text = "Judul Berita\n\nBudi Hartono mengatakan Kotabaru aman.\n\nTNI Berduka, Letkol Darsono Meninggal Dunia Usai Serahkan Jabatan\n\nAndi Wirawan menambahkan hal itu.\n";
        Assert.That(Filter(text, ("Darsono Meninggal Dunia", NodeType.Person, null), ("Andi Wirawan", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Andi Wirawan" }));
        // A sentence of the body closed by its period is no teaser.
        const string body = "Judul Berita\n\nBudi Hartono mengatakan Kotabaru aman.\n\nIa menambahkan hal itu.\n\nKemarin Letkol Darsono Meninggal Dunia Usai Serahkan Jabatan Di Kotabaru.\n";
        Assert.That(Filter(body, ("Darsono Meninggal Dunia", NodeType.Person, null)).Select(m => m.Surface), Is.EqualTo(new[] { "Darsono Meninggal Dunia" }));
    }

    [Test]
    public void A_place_in_a_headline_stops_before_the_ordinary_words_after_it()
    {
        Assert.That(Filter("Mapolres Kotabaru Hangus Dibakar Orang Tak Dikenal", ("Mapolres Kotabaru Hangus Dibakar Orang", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Mapolres Kotabaru" }));
        // Compass words are part of the name; a person's name may be made of ordinary words.
        Assert.That(Filter("Warga Papua Barat Tolak Rencana Tambang Baru", ("Papua Barat", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Papua Barat" }));
        Assert.That(Filter("Ketua Komisi Dukuh Dodi Putra Sampaikan Hasil Rapat", ("Dodi Putra", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Dodi Putra" }));
        // Outside a headline the text's own capitals mark the name.
        Assert.That(Filter("Polisi menjaga Mapolres Kotabaru Hangus sejak pagi.", ("Mapolres Kotabaru Hangus", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Mapolres Kotabaru Hangus" }));
    }

    [Test]
    public void An_ordinary_word_a_headline_capitalises_names_nothing_unless_the_body_writes_it_so()
    {
        const string headline = "Budi Hartono Tiba di Kotabaru, Disambut Karpet Merah-Peluk Hangat Warga\n\n";
        Assert.That(Filter(headline + "Budi Hartono tiba di Kotabaru pada Senin pagi.", ("Peluk", NodeType.Place, null)), Is.Empty);
        // A name a list knows, though an ordinary word too, and a usual given name stay names.
        Assert.That(Filter("Warga Malang Tolak Rencana Tambang Baru\n\nIa tiba pada Senin pagi.", ("Malang", NodeType.Place, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "Malang" }));
        Assert.That(Filter("Budi Tiba di Kotabaru, Disambut Warga\n\nIa tiba pada Senin pagi.", ("Budi", NodeType.Person, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "Budi" }));
    }

    [Test]
    public void A_listed_bodys_office_that_no_locative_places_is_the_body_acting()
    {
        var acting = Filter("Kantor PBB di Kotabaru menyampaikan keprihatinan.", ("Kantor PBB", NodeType.Place, null)).Single();
        Assert.That((acting.Surface, acting.Type, acting.Canonical), Is.EqualTo(("PBB", NodeType.Organization, "Perserikatan Bangsa-Bangsa")));
        // Put somewhere by a locative, it is the building.
        Assert.That(Filter("Warga berkumpul di Kantor PBB kemarin.", ("Kantor PBB", NodeType.Place, null)).Single().Type, Is.EqualTo(NodeType.Place));
        // The office of a body no list knows stays a place.
        Assert.That(Filter("Kantor Sukamaju Raya menyampaikan keprihatinan.", ("Kantor Sukamaju Raya", NodeType.Place, null)).Single().Type, Is.EqualTo(NodeType.Place));
    }

    [Test]
    public void A_headline_place_ends_before_the_headline_runs_on()
    {
        const string body = "\n\nWarga menunggu kereta di stasiun itu.";
        Assert.That(Filter("Kereta Dirancang Tiba di Stasiun Tiap 5 Menit" + body, ("Stasiun Tiap 5 Menit", NodeType.Place, null)), Is.Empty);
        Assert.That(Filter("Polisi Siaga di Wilayah Jawa Tengah Menjelang Hari Raya" + body, ("Wilayah Jawa Tengah Menjelang Hari Raya", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Wilayah Jawa Tengah" }));
        // Plain nouns may make a building's name.
        Assert.That(Filter("Pasukan Borduria Serang Markas Intelijen Militer" + body, ("Markas Intelijen Militer", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Markas Intelijen Militer" }));
    }

    [Test]
    public void A_name_ending_a_phrase_that_names_no_one_is_that_phrase()
    {
        Assert.That(Filter("Pria itu menyerang polisi sambil berteriak Allahu Akbar dua kali.", ("Akbar", NodeType.Person, null)), Is.Empty);
        Assert.That(Filter("Hadir pula Akbar Tanjung dalam acara itu.", ("Akbar Tanjung", NodeType.Person, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "Akbar Tanjung" }));
    }

    [Test]
    public void A_headline_that_keeps_its_function_words_in_lower_case_is_still_a_headline()
    {
        // Indonesian title case leaves "di" and "karena" small; the line is a headline all the same.
        const string headline = "Kotabaru Rusuh, Warga Pendatang Mengungsi di Polres karena Diancam\n\n";
        Assert.That(Filter(headline + "Warga mengungsi ke kantor polisi di Kotabaru.", ("Rusuh", NodeType.Person, null)), Is.Empty);
        // A colloquial verb is an ordinary word too.
        Assert.That(Filter("Pemuda Kotabaru Ngamuk di Pasar karena Cekcok\n\nSeorang pemuda mengamuk di pasar.", ("Ngamuk", NodeType.Place, null)), Is.Empty);
        // A subhead of two words between paragraphs.
        Assert.That(Filter("Warga mengungsi kemarin.\n\nRibut Sendiri\n\nRapat itu berlangsung panas.", ("Ribut", NodeType.Person, null)), Is.Empty);
        // A sentence that closes with a full stop is no headline, however many names it holds.
        Assert.That(Filter("Rapat dihadiri Ketua DPRD Kotabaru Budi Hartono dan Wakil Ketua Andi Wirawan di Gedung Rusuh.", ("Rusuh", NodeType.Place, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Rusuh" }));
    }

    [Test]
    public void A_degree_after_a_name_is_never_a_name_of_its_own()
    {
        var text = "Kapolres AKBP Hendra Wijaya, S.I.K., M.H., mengatakan hal itu.";
        Assert.That(Filter(text, ("Hendra Wijaya", NodeType.Person, null), ("S.I.K", NodeType.Organization, null), ("M.H", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Hendra Wijaya" }));
        Assert.That(Filter("Hal itu kata Hendra Wijaya, SH, MH kemarin.", ("Hendra Wijaya", NodeType.Person, null), ("SH", NodeType.Organization, null), ("MH", NodeType.Person, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "Hendra Wijaya" }));
        // Without periods the same letters may be acronyms of bodies in a list.
        Assert.That(Filter("Putusan MK, MA dan KY berbeda.", ("MK", NodeType.Organization, null), ("MA", NodeType.Organization, null), ("KY", NodeType.Organization, null))
            .Select(m => m.Surface), Is.EqualTo(new[] { "MK", "MA", "KY" }));
    }

    [Test]
    public void The_short_name_an_article_gives_a_happening_is_no_person_or_body()
    {
        var text = "Musyawarah Daerah (Musda) dibuka kemarin. Menurut Budi Santoso, Musda itu penting.";
        Assert.That(Filter(text, ("Musda", NodeType.Person, null), ("Budi Santoso", NodeType.Person, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "Budi Santoso" }));
        // The acronym of a body stays a body.
        text = "Komisi Pemilihan Umum (KPU) menetapkan hasil. Menurut KPU, hasil itu final.";
        Assert.That(Filter(text, ("KPU", NodeType.Organization, null)).Select(m => m.Surface), Is.EqualTo(new[] { "KPU" }));
    }

    [Test]
    public void The_initials_of_a_title_in_brackets_name_no_body()
    {
        var text = "Ia menerima Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP) Syldavia Budi Santoso.";
        Assert.That(Filter(text, ("LBBP", NodeType.Organization, null), ("Budi Santoso", NodeType.Person, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "Budi Santoso" }));
        // Letters that are not the title's initials are a body's.
        text = "Ia menerima Duta Besar Luar Biasa dan Berkuasa Penuh (KPU) Syldavia Budi Santoso.";
        Assert.That(Filter(text, ("KPU", NodeType.Organization, null), ("Budi Santoso", NodeType.Person, null)).Select(m => m.Surface),
            Is.EqualTo(new[] { "KPU", "Budi Santoso" }));
    }

    [Test]
    public void A_word_in_capitals_opening_the_dateline_is_a_place()
    {
        // The cleaner leaves a blank where it took "(Aksi.id) -" out.
        var m = Filter("Judul berita\nSIGORA             Empat warga tewas kemarin.", ("SIGORA", NodeType.Organization, null)).Single();
        Assert.That(m.Type, Is.EqualTo(NodeType.Place));
        Assert.That(Filter("Judul berita\nSIGORA - Empat warga tewas kemarin.", ("SIGORA", NodeType.Organization, null)).Single().Type, Is.EqualTo(NodeType.Place));
        // An acronym inside a sentence stays a body.
        Assert.That(Filter("Judul berita\nKata SIGORA kemarin, warga aman.", ("SIGORA", NodeType.Organization, null)).Single().Type, Is.EqualTo(NodeType.Organization));
    }

    [Test]
    public void Weekdays_and_weapons_are_cut_off_a_name()
    {
        var m = Filter("Pada Kamis Budi Santoso tiba di Jakarta.", ("Kamis Budi Santoso", NodeType.Person, null)).Single();
        Assert.That(m.Surface, Is.EqualTo("Budi Santoso"));
    }

    [Test]
    public void A_month_can_be_a_given_name()
    {
        var m = Filter("Juli Astuti memimpin rapat itu.", ("Juli Astuti", NodeType.Person, null)).Single();
        Assert.That(m.Surface, Is.EqualTo("Juli Astuti"));
    }

    [Test]
    public void An_ordinary_word_opening_a_sentence_is_no_person()
    {
        Assert.That(Filter("Rumah itu rusak. Petugas bergabung dalam pencarian.", ("Petugas", NodeType.Person, null)), Is.Empty);
        // A word the article writes as a name inside a sentence, or a word of a person's full name, still names someone.
        Assert.That(Filter("Rumah itu rusak. Petugas bergabung dengan Petugas lain.", ("Petugas", NodeType.Person, null), ("Petugas lain", NodeType.Person, null)).Count, Is.EqualTo(2));
        var doc = RuleFixture.Doc("Kemarin Sari Dewi tiba di Kotabaru. Dewi mengatakan rapat selesai.");
        int second = doc.Text.LastIndexOf("Dewi", StringComparison.Ordinal);
        var kept = Data.Value.Filter.Apply(doc, [new Mention(8, 17, "Sari Dewi", NodeType.Person, 0, "ner"), new Mention(second, second + 4, "Dewi", NodeType.Person, 1, "ner")]);
        Assert.That(kept.Select(m => m.Surface), Is.EqualTo(new[] { "Sari Dewi", "Dewi" }));
    }

    [TestCase("Pelaku terkapar di halaman gedung jalan Jenderal Budi Hartono.", "Budi Hartono", "jalan Jenderal Budi Hartono")]
    [TestCase("Pelaku terkapar di Jl. Budi Hartono, Kotabaru.", "Budi Hartono", "Jl. Budi Hartono")]
    public void A_person_a_street_is_named_after_is_the_street(string text, string person, string street) =>
        Assert.That(Filter(text, (person, NodeType.Person, null)).Select(m => (m.Surface, m.Type)), Is.EqualTo(new[] { (street, NodeType.Place) }));

    [Test]
    public void A_person_after_a_street_word_that_ends_a_clause_is_still_a_person() =>
        Assert.That(Filter("Mobil itu tertahan di jalan, Budi Hartono turun.", ("Budi Hartono", NodeType.Person, null)).Select(m => m.Type), Is.EqualTo(new[] { NodeType.Person }));

    [Test]
    public void A_place_that_closes_a_title_is_a_word_of_the_title()
    {
        Assert.That(Filter("Ketua Harian Kompolnas Budi Hartono hadir.", ("Harian", NodeType.Place, "Harian")), Is.Empty);
        Assert.That(Filter("Rapat digelar di Harian pada Senin.", ("Harian", NodeType.Place, "Harian")).Count, Is.EqualTo(1));
    }

    [Test]
    public void A_word_said_twice_is_no_person() =>
        Assert.That(Filter("Ia rindu makan Gado-gado di Kotabaru.", ("Gado-gado", NodeType.Person, null)), Is.Empty);

    [Test]
    public void People_and_places_pass()
    {
        var m = Filter("Menteri Agus Salimun tiba di Kamboja.", ("Agus Salimun", NodeType.Person, null), ("Kamboja", NodeType.Place, "Kamboja"));
        Assert.That(m.Select(x => x.Surface), Is.EqualTo(new[] { "Agus Salimun", "Kamboja" }));
    }

    [TestCase("Hal itu disampaikan juru bicara militer, seperti dilansir Reuters.", "Reuters")]
    [TestCase("Dia mengatakan hal itu kepada Antara di Jakarta.", "Antara")]
    [TestCase("Reuters melaporkan bahwa kapal itu tenggelam.", "Reuters")]
    [TestCase("Pertemuan itu berlangsung tertutup, menurut Al Jazeera.", "Al Jazeera")]
    [TestCase("\"Dua orang terluka,\" ungkap Budi Hartono, koresponden Al Jazeera di Gaza.", "Al Jazeera")]
    [TestCase("Andi Wirawan, wartawan Reuters, ikut terluka.", "Reuters")]
    public void An_outlet_cited_as_a_source_is_an_organisation(string sentence, string outlet) =>
        Assert.That(Filter(sentence, (outlet, NodeType.Organization, outlet)).Select(x => x.Surface), Is.EqualTo(new[] { outlet }));

    [TestCase("Sukamaju, Lembahglobalnews\nWali Kota Sukamaju menerima tamu.", "Lembahglobalnews", NodeType.Place)]
    [TestCase("Kotabarunews.id | Sukamaju || Bupati hadir dalam rapat.", "Kotabarunews", NodeType.Person)]
    [TestCase("Sukamaju | LEMBAHPOS.co – Bupati hadir dalam rapat.", "LEMBAHPOS", NodeType.Organization)]
    [TestCase("SUKAMAJUKINI.COM, DUNIA.\nBupati hadir dalam rapat.", "SUKAMAJUKINI.COM", NodeType.Organization)]
    public void An_unlisted_word_ending_as_news_websites_name_themselves_or_written_into_a_web_address_is_the_outlet(string text, string surface, NodeType type) =>
        Assert.That(Filter(text, (surface, type, null)), Is.Empty);

    [Test]
    public void A_word_ending_as_news_websites_do_is_kept_when_cited_as_a_source() =>
        Assert.That(Filter("Hal itu disampaikan juru bicara, seperti dilansir Lembahnews.", ("Lembahnews", NodeType.Organization, null)).Select(x => x.Surface),
            Is.EqualTo(new[] { "Lembahnews" }));

    // "kata X kepada Tempo" in Tempo's own story tells who asked, not whom the story cites.
    [TestCase("TEMPO.CO, Jakarta - Budi Hartono tiba di Kotabaru. \"Kami siap,\" kata Budi kepada Tempo.", null, false)]
    [TestCase("Budi Hartono tiba di Kotabaru. \"Kami siap,\" kata Budi kepada Tempo.", "Tempo", false)]
    [TestCase("KOMPAS.com, Jakarta - Budi Hartono tiba di Kotabaru. \"Kami siap,\" kata Budi kepada Tempo.", null, true)]
    public void The_article_s_own_publisher_told_something_is_no_source(string text, string? outlet, bool kept)
    {
        var article = new Article("t", text, "t.txt", Outlet: outlet);
        var clean = BoilerplateCleaner.FromPack(LanguagePack.Open("id")).Clean(article);
        var doc = new Document(clean, TestSegmenter.Segment(clean.Text));
        int at = text.LastIndexOf("Tempo", StringComparison.Ordinal);
        var found = Data.Value.Filter.Apply(doc, [new Mention(at, at + 5, "Tempo", NodeType.Organization, doc.SentenceAt(at)!.Index, "ner", "Tempo")]);
        Assert.That(found.Select(m => m.Surface), kept ? Is.EqualTo(new[] { "Tempo" }) : Is.Empty);
    }

    [TestCase("Artikel ini pertama kali tayang di detikcom.", "detikcom")]
    [TestCase("Simak berita lainnya di Kompas pada hari ini.", "Kompas")]
    public void The_publishing_outlet_is_no_organisation(string sentence, string outlet) =>
        Assert.That(Filter(sentence, (outlet, NodeType.Organization, outlet)), Is.Empty);

    [TestCase("Rapat itu dihadiri KSAD dan para perwira.", "KSAD", NodeType.Organization)]
    [TestCase("Rapat itu dihadiri KSAU Marsekal TNI Budi Hartono.", "KSAU Marsekal", NodeType.Place)]
    [TestCase("Helikopter Chinook itu jatuh di lembah.", "Chinook", NodeType.Place)]
    [TestCase("Pelaku mengemudikan Nissan Patrol berwarna abu-abu.", "Nissan Patrol", NodeType.Organization)]
    [TestCase("Para pemimpin tiba untuk KTT pekan depan.", "KTT", NodeType.Organization)]
    [TestCase("Penyidik menggelar OTT di kantor dinas.", "OTT", NodeType.Organization)]
    [TestCase("Kapal KRI Bung Sutarjo berlayar ke Natuna.", "Bung Sutarjo", NodeType.Place)]
    [TestCase("Kapal MV Sinar Harapan dibajak di Teluk Aden.", "MV Sinar Harapan", NodeType.Organization)]
    [TestCase("Sesekali, kedua tokoh itu berbincang.", "Sesekali", NodeType.Place)]
    [TestCase("Mereka diserang menggunakan Senjata Api, Panah dan Parang.", "Parang", NodeType.Place)]
    [TestCase("Mereka diserang menggunakan Senjata Api, Panah dan Parang.", "Panah", NodeType.Place)]
    [TestCase("Rapat diikuti Kajati Sukamaju, Kabinda Sukamaju dan Sekda Sukamaju.", "Kabinda", NodeType.Place)]
    [TestCase("Rapat membahas penanganan COVID-19 di kota itu.", "COVID", NodeType.Organization)]
    [TestCase("Pelaku menyerang anggota Brimob AKP Dede Suhatmi di masjid.", "AKP", NodeType.Organization)]
    [TestCase("Polisi belum melakukan identifikasi DNA kedua jenazah.", "DNA", NodeType.Organization)]
    [TestCase("Pelaku membawa KTP dan uang tunai.", "KTP", NodeType.Organization)]
    [TestCase("Pasukan BKO dari Brimob tiba di lokasi.", "BKO", NodeType.Organization)]
    [TestCase("Warga berlindung di Koramil setempat.", "Koramil", NodeType.Place)]
    [TestCase("Pelaku kabur dengan sepeda motor Honda Vario milik korban.", "Honda Vario", NodeType.Organization)]
    [TestCase("Kelompok itu berniat mendirikan negara Islam di wilayah itu.", "Islam", NodeType.Place)]
    public void Never_an_organisation_or_place(string sentence, string surface, NodeType type) =>
        Assert.That(Filter(sentence, (surface, type, null)), Is.Empty);

    [TestCase("Warga Menteng menolak rencana itu.", "Menteng", NodeType.Place)]
    [TestCase("Boeing menunda pengiriman pesawat.", "Boeing", NodeType.Organization)]
    [TestCase("Medan dilanda banjir sejak pagi.", "Medan", NodeType.Place)]
    [TestCase("Kapal KRI Bung Sutarjo 361 berlayar ke Natuna.", "KRI Bung Sutarjo 361", NodeType.Organization)]
    [TestCase("Kapal induk USS Carl Vinson tiba di Busan.", "USS Carl Vinson", NodeType.Organization)]
    [TestCase("Polisi menembak mati terduga berinisial MT di Sukamaju.", "MT", NodeType.Person)]
    [TestCase("Warga Kabinda mengungsi ke kota lain.", "Kabinda", NodeType.Place)]
    [TestCase("Partai AKP memenangi pemilu di Turki.", "AKP", NodeType.Organization)]
    public void Names_the_gazetteer_lists_or_capitals_inside_a_sentence_stay(string sentence, string surface, NodeType type) =>
        Assert.That(Filter(sentence, (surface, type, null)).Select(x => x.Surface), Is.EqualTo(new[] { surface }));

    [TestCase("Sementara Barat terus menekan Moskow.", "Sementara Barat", NodeType.Place)]
    [TestCase("Namun Timur belum menjawab.", "Namun Timur", NodeType.Organization)]
    public void A_sentence_opener_and_one_ordinary_word_name_nothing(string sentence, string surface, NodeType type) =>
        Assert.That(Filter(sentence, (surface, type, null)), Is.Empty);

    [TestCase("Namun Agus Salimun menolak tuduhan itu.", "Namun Agus Salimun", NodeType.Person, "Agus Salimun")]
    [TestCase("Sementara Dewan Keamanan PBB belum bersidang.", "Sementara Dewan Keamanan PBB", NodeType.Organization, "Dewan Keamanan PBB")]
    public void A_sentence_opener_is_cut_off_the_name(string sentence, string surface, NodeType type, string name) =>
        Assert.That(Filter(sentence, (surface, type, null)).Select(x => x.Surface), Is.EqualTo(new[] { name }));

    [TestCase("Karenanya Budi Hartono langsung menembak pelaku.", "Karenanya Budi Hartono", "Budi Hartono")]
    [TestCase("Terluka Bripka Andi Wirawan dan Iptu Budi H. Keduanya dirawat di rumah sakit.", "Budi H. Keduanya", "Budi H")]
    public void An_ordinary_word_with_a_pronoun_clitic_is_cut_off_the_name(string sentence, string surface, string name) =>
        Assert.That(Filter(sentence, (surface, NodeType.Person, null)).Select(x => x.Surface), Is.EqualTo(new[] { name }));

    [TestCase("Bupati Sukamaju Budi Hartono M.Si bersama wakilnya hadir.", "Budi Hartono M.Si", "Budi Hartono")]
    [TestCase("Rektor Andi Wirawan S.H. membuka acara.", "Andi Wirawan S.H.", "Andi Wirawan")]
    // The degree closed a sentence whose period it took: the next sentence's first name is no part of the name.
    [TestCase("Mantan Bupati Sukamaju Andi Wirawan M.A. Budi pun menjelaskan kronologinya.", "Andi Wirawan M.A. Budi", "Andi Wirawan")]
    public void A_degree_written_right_after_a_name_is_cut_off_it(string sentence, string surface, string name) =>
        Assert.That(Filter(sentence, (surface, NodeType.Person, null)).Select(x => x.Surface), Is.EqualTo(new[] { name }));

    [Test]
    public void A_degree_before_the_name_cuts_nothing() =>
        Assert.That(Filter("Prof. Dr. Budi Hartono membuka acara.", ("Prof. Dr. Budi Hartono", NodeType.Person, null)).Select(x => x.Surface),
            Is.EqualTo(new[] { "Prof. Dr. Budi Hartono" }));

    [Test]
    public void A_function_word_inside_a_sentence_is_left_to_the_recognizers() =>
        Assert.That(Filter("Pasukan itu bergerak, sementara Barat menunggu.", ("Barat", NodeType.Place, null)).Select(x => x.Surface),
            Is.EqualTo(new[] { "Barat" }));

    [Test]
    public void A_person_written_without_a_capital_is_an_ordinary_word() =>
        Assert.That(Filter("Ia menyebut serangan itu biadab dan keji.", ("biadab", NodeType.Person, null)), Is.Empty);

    [Test]
    public void Other_organisations_need_no_citation() =>
        Assert.That(Filter("NATO menggelar latihan di Laut Baltik.", ("NATO", NodeType.Organization, "Pakta Pertahanan Atlantik Utara")), Has.Count.EqualTo(1));
}

/// <summary>Bylines, reporter and editor lines, photo credits and agency codes carry no content.</summary>
public class BylineBoilerplateTests
{
    private static readonly BoilerplateCleaner Cleaner = BoilerplateCleaner.Load(null, "id");

    private const string Title = "Gubernur Resmikan Jembatan Baru di Tepi Sungai Kapuas";
    private const string Body = "Gubernur Kalimantan Barat meresmikan jembatan sepanjang dua ratus meter itu pada Senin pagi dan menyebutnya sebagai penghubung penting bagi warga desa di seberang sungai.";

    private static string Clean(string text) => Cleaner.Clean(new Article("t", text, "t.txt")).Text;

    [Test]
    public void Reporter_line_in_capitals_goes_and_the_date_stays()
    {
        var clean = Clean(Title + "\nRABU, 12 MARET 2025 | 09:15 WIB | LAPORAN: SITI AMINAH RAHAYU\n" + Body);
        Assert.That(clean, Does.Contain("RABU, 12 MARET 2025 | 09:15 WIB"));
        Assert.That(clean, Does.Not.Contain("SITI AMINAH"));
        Assert.That(clean, Does.Contain(Body));
    }

    [Test]
    public void Signature_in_capitals_with_initials_goes()
    {
        var clean = Clean(Title + "\n" + Body + "\n\nHENDRA SAPUTRA MP\n");
        Assert.That(clean, Does.Not.Contain("HENDRA"));
        Assert.That(clean, Does.Contain(Body));
    }

    [Test]
    public void A_heading_in_capitals_without_initials_stays()
    {
        var clean = Clean(Title + "\nKONFLIK PERBATASAN\n" + Body);
        Assert.That(clean, Does.Contain("KONFLIK PERBATASAN"));
    }

    [Test]
    public void Agency_code_after_the_dateline_place_goes_and_the_place_stays()
    {
        var clean = Clean(Title + "\nPontianak, ABCN – " + Body);
        Assert.That(clean, Does.Contain("Pontianak"));
        Assert.That(clean, Does.Not.Contain("ABCN"));
        Assert.That(clean, Does.Contain(Body));
    }

    [Test]
    public void Two_author_lines_beside_a_date_stamp_go()
    {
        var clean = Clean(Title + "\n\nRina Kartika,\nYusuf Maulana\n14/03/2025 10:20\n\n" + Body);
        Assert.That(clean, Does.Not.Contain("Rina Kartika"));
        Assert.That(clean, Does.Not.Contain("Yusuf Maulana"));
        Assert.That(clean, Does.Contain("14/03/2025 10:20"));
        Assert.That(clean, Does.Contain(Body));
    }

    [Test]
    public void Author_before_a_bullet_and_date_goes()
    {
        var clean = Clean(Title + "\nDimas Prakoso • 14 March 2025 10:20\n" + Body);
        Assert.That(clean, Does.Not.Contain("Dimas Prakoso"));
        Assert.That(clean, Does.Contain("14 March 2025 10:20"));
    }

    // The weekday may open the date; a page read in the wrong code page shows the dot as "ยท".
    [TestCase("Dimas Prakoso · Rabu, 16 September 2020 - 00:58 WIB", "Rabu, 16 September 2020 - 00:58 WIB")]
    [TestCase("Dimas Prakoso \u0E22\u0E17 Rabu, 16 September 2020 - 00:58 WIB", "Rabu, 16 September 2020 - 00:58 WIB")]
    public void Author_before_a_dot_and_a_dated_weekday_goes(string line, string date)
    {
        var clean = Clean(Title + "\n" + line + "\n" + Body);
        Assert.That(clean, Does.Not.Contain("Dimas Prakoso"));
        Assert.That(clean, Does.Contain(date));
    }

    [Test]
    public void Agency_code_and_photo_credits_go()
    {
        var text = Title + "\n" + Body + " (Foto: Rahmat Hidayat/Harian Borneo)\nWarga melintasi jembatan itu, Senin (10/3/2025). (Andi Pratama).\n"
                   + "Warga menyambut gembira jembatan tersebut. [kalbarnews.id/Yoga Permana]\nJembatan dibuka untuk umum mulai pekan depan.(abc12/xyz)";
        var clean = Clean(text);
        foreach (var credit in new[] { "Rahmat Hidayat", "Andi Pratama", "Yoga Permana", "abc12" })
            Assert.That(clean, Does.Not.Contain(credit));
        Assert.That(clean, Does.Contain("Jembatan dibuka untuk umum mulai pekan depan."));
        Assert.That(clean, Does.Contain("Warga menyambut gembira jembatan tersebut."));
    }

    [Test]
    public void A_name_in_the_body_is_no_byline()
    {
        var text = Title + "\n" + Body + "\nBudi Hartono\nWarga desa menyambut peresmian itu dengan syukuran sederhana di balai desa pada sore harinya.";
        Assert.That(Clean(text), Does.Contain("Budi Hartono"));
        var quote = Title + "\n" + Body + " Hal itu disampaikan Kepala Dinas, Senin (10/3/2025). (Yoga).";
        Assert.That(Clean(quote), Does.Contain("Kepala Dinas"));
    }
}
