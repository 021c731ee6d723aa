using NUnit.Framework;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.TextPrep;

public class BoilerplateCleanerTests
{
    private static readonly BoilerplateCleaner Cleaner = BoilerplateCleaner.Load(null, "id");

    private static CleanText Clean(string text) => Cleaner.Clean(new Article("t", text, "t.txt"));

    // A body paragraph long enough that page-footer rules (second half only) can apply.
    private const string Body = "Menteri Luar Negeri Indonesia bertemu mitranya dari Malaysia di Kuala Lumpur pada hari Senin untuk membahas kerja sama perbatasan.";
    private const string Body2 = "Kedua menteri sepakat membentuk tim bersama yang akan bekerja selama enam bulan ke depan di wilayah Kalimantan.";

    private static void AssertRemoved(string line)
    {
        var text = Body + "\n" + line + "\n" + Body2;
        var clean = Clean(text);
        Assert.That(clean.Text.Length, Is.EqualTo(text.Length));
        Assert.That(clean.Text.Split('\n')[1].Trim(), Is.Empty, $"should be removed: {line}");
        Assert.That(clean.Text, Does.StartWith(Body));
        Assert.That(clean.Text, Does.EndWith(Body2));
    }

    private static void AssertKept(string line)
    {
        var text = Body + "\n" + line + "\n" + Body2;
        Assert.That(Clean(text).Text, Is.EqualTo(text), $"should stay: {line}");
    }

    [TestCase("Menteri Pertahanan Andi Wijaya berbicara dengan mitranya di Tokyo, 18 Desember 2015. AP/Budi Santoso/Pool")]
    [TestCase("Warga mengungsi dari desa yang diserang, Senin. REUTERS/Dodi Saputra")]
    [TestCase("Written by on |")]
    public void Captions_closed_by_an_agency_credit_and_theme_bylines_are_removed(string line) => AssertRemoved(line);

    [TestCase("Dewan Pers meminta verifikasi ulang atas berita yang dimuat oleh sejumlah media daring di Jakarta pekan lalu.")]
    [TestCase("Berkas foto.jpg yang beredar di media sosial dipastikan hasil suntingan, kata polisi kepada wartawan di Kotabaru.")]
    [TestCase("Kerja sama AP/UE itu dibahas panjang oleh kedua menteri dalam pertemuan yang berlangsung hingga malam hari di Jakarta.")]
    [TestCase("Written by the minister himself, the letter was read aloud in front of the members of parliament at the opening session yesterday.")]
    public void Prose_that_only_looks_like_a_credit_stays(string line) => AssertKept(line);

    [Test]
    public void A_joint_credit_line_and_the_titles_after_it_go()
    {
        var text = Body + "\n" + Body2 + "\nRedaktur & Reporter : Andi Wijaya\n- Budi Santoso Tegaskan Tim Layak ke Semifinal\n- Anggota DPR Dodi Saputra Mangkir Panggilan KPK\n";
        var clean = Clean(text).Text;
        foreach (var gone in new[] { "Andi Wijaya", "Budi Santoso", "Dodi Saputra" })
            Assert.That(clean, Does.Not.Contain(gone));
        Assert.That(clean, Does.StartWith(Body + "\n" + Body2));
    }

    [Test]
    public void A_writer_before_the_date_stamp_goes_with_the_name_above_it_and_the_date_stays()
    {
        foreach (var stamp in new[] { "Sari Dewi Kamis, 3 Mar 2022 14:05 WIB", "Sari Dewi , Jurnalis-Selasa, 8 Juli 2025 |07:30 WIB" })
        {
            var text = "Banjir Rendam Kotabaru\nSari Dewi\n" + stamp + "\n" + Body + "\n" + Body2;
            var clean = Clean(text).Text;
            Assert.That(clean, Does.Not.Contain("Sari Dewi"), stamp);
            Assert.That(clean, Does.Contain("2022 14:05 WIB").Or.Contain("8 Juli 2025"), stamp);
            Assert.That(clean, Does.EndWith(Body + "\n" + Body2));
        }
        // A sentence of the body that opens with a name and a day keeps both.
        AssertKept("Budi Hartono Senin, 4 Maret 2024 membuka rapat kerja bersama para bupati di Kotabaru.");
    }

    [TestCase("Warga berkumpul di depan Istana Kotabaru, 9 Juni 2020. (Sari Dewi/Pool via AP)")]
    [TestCase("HOME NEWS NASIONAL")]
    [TestCase("Home > Nasional")]
    [TestCase("— Kantor Berita Sukamaju (@beritasukamaju) 5 Maret 2021")]
    [TestCase("Cek Berita dan Artikel yang lain di")]
    [TestCase("Google News")]
    public void Page_credits_breadcrumbs_and_post_signatures_are_removed(string line)
    {
        var text = Body + "\n" + line + "\n" + Body2;
        var clean = Clean(text).Text;
        Assert.That(clean, Does.Not.Contain("Sari Dewi").And.Not.Contain("NEWS").And.Not.Contain("Nasional").And.Not.Contain("@").And.Not.Contain("Google"), line);
        Assert.That(clean, Does.StartWith(Body).And.EndWith(Body2));
    }

    [TestCase("Kapal itu berlayar dari Pelabuhan Kotabaru pada 9 Juni 2020 (menurut Sari Dewi/AP, kapal itu kosong).")]
    [TestCase("Home Affairs Minister Budi Hartono met the press in Kotabaru on Monday to talk about the floods.")]
    // A title-case headline naming one section word is no menu.
    [TestCase("Politik Kotabaru Memanas Jelang Pemilihan Bupati")]
    public void Prose_that_only_looks_like_a_page_credit_stays(string line) => AssertKept(line);

    [Test]
    public void A_menu_of_the_sites_sections_on_its_own_line_is_removed()
    {
        var clean = Clean(Body + "\nNews Bola Daerah Kotabaru Sukamaju Lembah\n" + Body2).Text;
        Assert.That(clean, Does.Not.Contain("Bola").And.Not.Contain("Sukamaju"));
        Assert.That(clean, Does.StartWith(Body).And.EndWith(Body2));
    }

    // A footer block in the lower half: a popular or related posts list, a credit label alone, a page cut off.
    [TestCase("Populer\nKPK Usut Kasus Suap Andi Wijaya\nJumat, 25 Oktober 2024 | 23:11\n", "Andi Wijaya")]
    [TestCase("Related Posts.\nKPK Usut Kasus Suap Andi Wijaya\nJumat, 25 Oktober 2024 | 23:11\n", "Andi Wijaya")]
    [TestCase("- Penulis :\n- Sari Dewi\n", "Sari")]
    [TestCase("Harga naik lagi! Baca di halaman selanjutnya..\nSari\n", "Sari")]
    public void A_footer_block_ends_the_article(string footer, string gone)
    {
        var text = Body + "\n" + Body2 + "\n" + Body + "\n" + footer;
        var clean = Clean(text).Text;
        Assert.That(clean, Does.Not.Contain(gone), footer);
        Assert.That(clean, Does.StartWith(Body + "\n" + Body2));
    }

    [TestCase("Baca Juga: Harga Beras Naik Menjelang Lebaran di Surabaya")]
    [TestCase("BACA JUGA")]
    [TestCase("BERITA TERKAIT")]
    [TestCase("Artikel Terkait")]
    [TestCase("Editor: Siti Rahmawati")]
    [TestCase("Penulis : Budi Santoso")]
    [TestCase("Reporter: Andi Wijaya")]
    [TestCase("Sumber: Antara | Editor: Dewi Lestari")]
    [TestCase("Ikuti berita terbaru kami di Google News")]
    [TestCase("*Ikuti kabarharian di Google News, Klik Disini.")]
    [TestCase("Share This Article")]
    [TestCase("error: Content is protected !!")]
    [TestCase("Klik Disini untuk berlangganan")]
    [TestCase("3 Min Read")]
    [TestCase("waktu baca 4 menit")]
    [TestCase("tulis komentar anda")]
    [TestCase("Dapatkan berita terkini dari portal kami setiap pagi")]
    [TestCase("Gubernur meresmikan jembatan baru di Medan. (Foto: Antara/Rudi)")]
    [TestCase("Suasana pasar tradisional di Bandung. Foto/ANTARA")]
    [TestCase("Warga mengantre bantuan beras (Ilustrasi)")]
    [TestCase("(Ilustrasi)")]
    [TestCase("pertemuan_pemimpin03.jpg Sponsor-Kotabaru")]
    [TestCase("Lulus Verifikasi Dewan Pers No.123/DP-Terverifikasi/K/X/2017")]
    [TestCase("Terverifikasi Faktual Dewan Pers")]
    [TestCase("redaksi@contoh.co.id")]
    [TestCase("(rif)")]
    [TestCase("sosmed-whatsapp-white")]
    [TestCase("Rina Marlina - kabarNews")]
    [TestCase("[Gambas:Video Berita]")]
    [TestCase("- Advertisement -")]
    [TestCase("- Advertise")]
    public void Removes_boilerplate_line(string line) => AssertRemoved(line);

    [TestCase("Wartawan itu mengikuti rapat di gedung DPR sampai malam.")]
    [TestCase("Editor majalah itu menolak memberikan komentar kepada wartawan.")]
    [TestCase("Sumber di kepolisian menyebutkan pelaku sudah ditangkap.")]
    [TestCase("Ia menunjukkan foto korban kepada petugas di Bogor.")]
    [TestCase("Warga diminta membaca juga peraturan daerah yang baru.")]
    [TestCase("Presiden mengikuti upacara di Istana Merdeka dan membagikan bantuan.")]
    [TestCase("Perang berlangsung selama 5 hari sebelum gencatan senjata.")]
    [TestCase("Sabtu, 14 Mei 2022 - 09:15 WIB")]
    [TestCase("Timnas Indonesia - Vietnam")]
    [TestCase("NATO DAN RUSIA BERUNDING DI JENEWA HARI INI")]
    [TestCase("Ia menulis komentar panjang tentang anggaran daerah, kata sumber itu.")]
    public void Keeps_body_sentence_that_looks_similar(string line) => AssertKept(line);

    [Test]
    public void A_wire_photos_caption_in_English_goes_an_English_quote_inside_an_Indonesian_line_stays()
    {
        const string caption = "Syldavian President Budi Hartono (R) shakes hands with Borduria's leader Andi Wirawan (L) during their meeting at the palace in Kotabaru on Monday.";
        const string quote = "\"We will meet again in the spring for the talks,\" kata Budi Hartono di Kotabaru pada Senin.";
        var clean = Clean("Pertemuan berlangsung dua jam.\n" + caption + "\n" + quote);
        Assert.That(clean.Text, Does.Not.Contain("shakes hands"));
        Assert.That(clean.Text, Does.Contain(quote));
        Assert.That(clean.Text, Does.Contain("Pertemuan berlangsung dua jam."));
    }

    [Test]
    public void Publisher_dateline_goes_and_place_stays()
    {
        var cases = new (string Text, string Expected)[]
        {
            ("KABARKITA.CO.ID - SURABAYA. Banjir merendam ratusan rumah.", "SURABAYA. Banjir merendam ratusan rumah."),
            ("Beritaku.com, Jakarta - Harga cabai naik lagi.", "Jakarta Harga cabai naik lagi."),
            ("MEDAN, WARTAKOTA.COM-Polisi menangkap dua pelaku.", "MEDAN Polisi menangkap dua pelaku."),
            ("JAKARTA INSIDER – Hujan deras turun sejak pagi.", "Hujan deras turun sejak pagi."),
            ("jfid – Pemerintah menaikkan tarif listrik.", "Pemerintah menaikkan tarif listrik."),
            ("Jakarta, CNN Indonesia -- Rapat itu ditunda.", "Jakarta Rapat itu ditunda."),
            // After an agency in brackets the dash stays: it keeps a place no list holds apart from the first words.
            ("KUPANG (Kabarkita.id) – Kapal nelayan tenggelam.", "KUPANG – Kapal nelayan tenggelam."),
            ("Tanjung Lesung (ANTARA News) - Budi Santoso tiba.", "Tanjung Lesung - Budi Santoso tiba."),
            ("Mataram (Suara Lembah) – Budi Santoso tiba.", "Mataram – Budi Santoso tiba."),
            ("TEHERAN (KB) - Budi Santoso tiba.", "TEHERAN - Budi Santoso tiba."),
            // After a bar the outlet goes with the dash.
            ("JAKARTA||Kabar Lembah – Budi Santoso tiba.", "JAKARTA Budi Santoso tiba."),
            ("JABAR EKSPRES – Jalan tol ditutup.", "Jalan tol ditutup."),
            // A section word after the outlet's name goes with it.
            ("Tempo Dunia – Jalan tol ditutup.", "Jalan tol ditutup."),
            // An outlet in capitals run into a word of news.
            ("KABARKITAnews - Jalan tol ditutup.", "Jalan tol ditutup."),
        };
        foreach (var (text, expected) in cases)
        {
            var clean = Clean(text);
            Assert.That(clean.Text.Length, Is.EqualTo(text.Length), text);
            Assert.That(Squash(clean.Text), Is.EqualTo(expected), text);
        }
    }

    [Test]
    public void A_photo_credit_inside_a_long_caption_goes_and_the_caption_stays()
    {
        const string caption = "Menteri Luar Negeri Andi Wijaya berbincang dengan mitranya saat pertemuan bilateral menjelang konferensi tingkat menteri di Tanjung Lesung, Banten, Senin (24/5). Konferensi itu akan dibuka Rabu (25/5) dan diikuti sekitar 600 delegasi dari negara anggota serta negara pengamat yang datang dari berbagai kawasan dunia untuk membahas kerja sama.";
        foreach (var credit in new[] { "(FOTO ANTARA/Budi Santoso)", "(Foto: Kabarkita/Budi Santoso)", "ANTARA/Budi Santoso" })
        {
            var text = caption + " " + credit + "\n" + Body;
            var clean = Clean(text).Text;
            Assert.That(clean, Does.StartWith(caption), credit);
            Assert.That(clean, Does.Not.Contain("Budi Santoso"), credit);
        }
        AssertKept("Foto korban (kiri) diperlihatkan kepada petugas di Bogor pada Senin siang.");
    }

    [Test]
    public void Dateline_without_publisher_and_quoted_source_stay()
    {
        const string text = "BANDUNG - Gempa kecil terasa di Bandung, dikutip KABARKITA dari laman resmi BMKG.";
        Assert.That(Clean(text).Text, Is.EqualTo(text));
    }

    [Test]
    public void Related_article_list_after_a_marker_goes_and_body_resumes()
    {
        var text = Body + "\nBerita Terkait:\nHarga Emas Turun Tajam Pekan Ini\nTimnas Menang Tipis atas Vietnam\nPemerintah kota Semarang membuka pasar murah di enam kecamatan.";
        var lines = Clean(text).Text.Split('\n');
        Assert.That(lines[1].Trim(), Is.Empty);
        Assert.That(lines[2].Trim(), Is.Empty);
        Assert.That(lines[3].Trim(), Is.Empty);
        Assert.That(lines[4], Is.EqualTo("Pemerintah kota Semarang membuka pasar murah di enam kecamatan."));
    }

    [TestCase("Bagikan Ke")]
    [TestCase("About Redaksi Kabarkota")]
    [TestCase("Check Also")]
    [TestCase("Tinggalkan Balasan")]
    public void A_blog_themes_footer_ends_the_article(string marker)
    {
        const string last = "Pertemuan berikutnya dijadwalkan berlangsung di Pontianak pada akhir tahun ini.";
        var text = Body + "\n" + Body2 + "\n" + last + "\n" + marker + "\nDuet Bhabinkamtibmas dan Babinsa Ajak Warga Sukseskan Pilkada\nAlamat email Anda tidak akan dipublikasikan.";
        var lines = Clean(text).Text.Split('\n');
        Assert.That(lines[2], Is.EqualTo(last));
        Assert.That(lines.Skip(3).All(l => l.Trim().Length == 0), Is.True, marker);
    }

    [Test]
    public void Repeated_title_keeps_the_first()
    {
        const string title = "Banjir Rendam Ratusan Rumah di Kudus";
        var text = title + "\n\n" + title + "\n" + Body;
        var lines = Clean(text).Text.Split('\n');
        Assert.That(lines[0], Is.EqualTo(title));
        Assert.That(lines[2].Trim(), Is.Empty);
        Assert.That(lines[3], Is.EqualTo(Body));
    }

    [Test]
    public void Author_name_above_reading_time_goes()
    {
        var text = "Banjir Rendam Ratusan Rumah di Kudus\n\nRina Marlina\n4 Min Read\n" + Body;
        var lines = Clean(text).Text.Split('\n');
        Assert.That(lines[2].Trim(), Is.Empty);
        Assert.That(lines[3].Trim(), Is.Empty);
        Assert.That(lines[4], Is.EqualTo(Body));
    }

    [Test]
    public void Page_footer_in_second_half_goes_entirely()
    {
        var text = Body + "\n" + Body2 + "\nBerita Terkini\nGempa di Cianjur Rusak Puluhan Rumah\nRekomendasi";
        var clean = Clean(text);
        Assert.That(clean.Text.TrimEnd(), Is.EqualTo(Body + "\n" + Body2));
        Assert.That(clean.Removed, Has.Count.EqualTo(1));
    }

    [Test]
    public void Related_articles_with_blurbs_closed_like_sentences_go_with_their_heading()
    {
        var text = Body + "\n" + Body2 + "\n\nBerita terkait\n\nMenteri Pertahanan Terima Telepon Mitranya\n\n13 hari lalu\n\n"
                   + "Menteri pertahanan menerima telepon dari mitranya. Berikut jenjang karier dan profil sang menteri.\n\nBaca Selengkapnya\n\n"
                   + "Artis Resmikan Masjid di Uganda\n\n14 hari lalu";
        Assert.That(Clean(text).Text.TrimEnd(), Is.EqualTo(Body + "\n" + Body2));
        // Running text after the heading, with no teaser line after it, is the article's own.
        var own = Body + "\n" + Body2 + "\n\nBerita terkait\n\nKedua menteri juga membahas kerja sama pendidikan dan perdagangan di perbatasan.";
        Assert.That(Clean(own).Text, Does.EndWith("di perbatasan."));
    }

    [Test]
    public void Author_names_between_the_outlets_date_stamp_and_a_credit_label_go_one_word_names_too()
    {
        var text = "Judul Berita Hari Ini\n\nKompas.com - 06/09/2019, 16:03 WIB\nAndi Saputra,\nKhairina\n\nTim Redaksi\n\n" + Body + "\n" + Body2;
        var lines = Clean(text).Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        Assert.That(lines, Is.EqualTo(new[] { "Judul Berita Hari Ini", "06/09/2019, 16:03 WIB", Body, Body2 }),
            "the date stamp stays (the publication date is read from it); the outlet, the names and the label go");
    }

    [Test]
    public void Offsets_are_preserved_and_line_ends_kept()
    {
        var text = "Judul Berita Hari Ini\nEditor: Ani\n" + Body + "\nBaca Juga: Judul Lain Sekali\n" + Body2;
        var clean = Clean(text);
        Assert.That(clean.Text.Length, Is.EqualTo(text.Length));
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') Assert.That(clean.Text[i], Is.EqualTo('\n'));
            else Assert.That(clean.Text[i] == text[i] || clean.Text[i] == ' ', $"offset {i}");
        }
        int at = text.LastIndexOf("Kalimantan", StringComparison.Ordinal);
        Assert.That(clean.Text.Substring(at, "Kalimantan".Length), Is.EqualTo("Kalimantan"));
        foreach (var r in clean.Removed) Assert.That(clean.Text[r].Trim(), Is.Empty);
    }

    [Test]
    public void Rules_file_errors_name_the_line()
    {
        var e = Assert.Throws<FormatException>(() => BoilerplateRules.Parse(["# c", "line\t(unclosed\tx"], "rules.tsv"));
        Assert.That(e!.Message, Does.Contain("rules.tsv:2"));
        var k = Assert.Throws<FormatException>(() => BoilerplateRules.Parse(["wholeline\tabc"], "rules.tsv"));
        Assert.That(k!.Message, Does.Contain("unknown rule kind"));
    }

    [Test]
    public void Rules_come_from_data()
    {
        var rules = BoilerplateRules.Parse(["line\t^IKLAN SPONSOR$\tcustom"], "custom.tsv");
        var clean = new BoilerplateCleaner(rules).Clean(new Article("t", "Satu.\nIKLAN SPONSOR\nDua.", "t"));
        Assert.That(clean.Text, Is.EqualTo("Satu.\n             \nDua."));
    }

    [Test]
    public void A_long_caption_saying_who_stands_where_goes_with_its_credit()
    {
        var caption = "Kapolda Sukamaju Irjen Pol Budi Hartono (kedua kanan) menyampaikan keterangan pers disaksikan Gubernur Andi Wirawan (ketiga kiri), "
                      + "Bupati Dodi Saputra (kedua kiri), Ketua DPRD Sari Dewi, dan Dandim Kotabaru Letkol Inf Rudi Santoso (kiri) di Kantor Gubernur, "
                      + "Kotabaru, Kamis (14/1/16). (ANTARA FOTO/Nama Fotografer/abc/16)";
        var body = "KOTABARU - Kapolda Sukamaju mengatakan pelaku sudah ditangkap.";
        var clean = Clean(caption + "\n" + body).Text;
        Assert.That(clean.Trim(), Is.EqualTo(body));
        // Who stands where with no credit closing the line is body text.
        var told = "Gubernur Andi Wirawan (kiri) dan Bupati Dodi Saputra menandatangani kesepakatan itu di Kotabaru.";
        Assert.That(Clean(told).Text, Is.EqualTo(told));
    }

    [Test]
    public void Many_rules_anchored_at_the_line_start_keep_their_order()
    {
        // More rules than one group holds: a line rule past the first group still removes its line, and of two
        // leading span rules that both fit, the one listed first decides the span, as in one alternation.
        var rules = new List<string>();
        for (int i = 0; i < 11; i++) rules.Add($"line\t^IKLAN{i}$\tfiller");
        for (int i = 0; i < 7; i++) rules.Add($"span\t^KODE{i}\\b\tfiller");
        rules.Add("span\t^KOTA -\tdateline");
        rules.Add("span\t^KOTA - SATU\tlonger dateline, listed after");
        for (int i = 7; i < 11; i++) rules.Add($"span\t^KODE{i}\\b\tfiller");
        var cleaner = new BoilerplateCleaner(BoilerplateRules.Parse(rules, "custom.tsv"));
        Assert.That(cleaner.Clean(new Article("t", "Satu.\nIKLAN10\nDua.", "t")).Text, Is.EqualTo("Satu.\n       \nDua."));
        Assert.That(cleaner.Clean(new Article("t", "KOTA - SATU orang datang.", "t")).Text, Is.EqualTo("       SATU orang datang."));
        Assert.That(cleaner.Clean(new Article("t", "KODE9 orang datang.", "t")).Text, Is.EqualTo("      orang datang."));
    }

    private static string Squash(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
