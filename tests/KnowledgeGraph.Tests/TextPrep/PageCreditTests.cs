using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.TextPrep;

/// <summary>
/// Credits, teasers and syndication notes of outlets the project was not written against:
/// the general shapes (a label run into a name, an outlet and a photographer in parentheses, a
/// teaser cut off with "... Selengkapnya") go, and the same words inside running text stay.
/// </summary>
public class PageCreditTests
{
    private static readonly BoilerplateCleaner Cleaner = BoilerplateCleaner.Load(null, "id");

    private const string Title = "Banjir Rendam Ratusan Rumah di Pinggiran Kota Samarinda";
    private const string Body = "Ratusan rumah warga di tepi Sungai Karang Mumus terendam banjir setinggi satu meter sejak Selasa malam setelah hujan deras mengguyur kota itu selama enam jam tanpa henti.";
    private const string Body2 = "Petugas gabungan mengevakuasi para lansia dan anak-anak ke gedung sekolah terdekat yang dijadikan tempat pengungsian sementara oleh pemerintah kota.";

    private static string Clean(string text) => Cleaner.Clean(new Article("t", text, "t.txt")).Text;

    [TestCase("EditorRina Puspitasari")]
    [TestCase("PenulisHadi Kurniawan")]
    [TestCase("Laporan Wartawan Kabarkota.com, Dimas Aryo Wibowo")]
    [TestCase("Liputan Kontributor Harian Pesisir, Yusuf Ramli")]
    [TestCase("(Fajar Nugroho )")]
    [TestCase("Dimas Aryo Wibowo melaporkan dari Kalimantan Timur")]
    [TestCase("Headline")]
    [TestCase("Baca: Warga Samarinda Mulai Bersihkan Lumpur Sisa Banjir")]
    [TestCase("dok. Instagram")]
    [TestCase("Dok. Pribadi")]
    [TestCase("Rep: Dimas Aryo/ Red: Rina Puspitasari")]
    [TestCase("Gabung ke Channel WhatsApp Kabarkota untuk update berita terbaru.")]
    [TestCase("0 Votes (0)")]
    [TestCase("About Us")]
    [TestCase("Updates")]
    [TestCase("question_answer 0 Updates")]
    [TestCase("Pedoman Media Siber")]
    [TestCase("Desktop Version")]
    [TestCase("KabarkotaJualbeli")]
    [TestCase("Yuk koleksi buku bacaan berkualitas dari Kabarkota ...")]
    [TestCase("Index")]
    [TestCase("- 1 Warga Samarinda Mulai Bersihkan Lumpur Sisa Banjir")]
    [TestCase("Petugas mendata rumah yang terendam di Samarinda. (Sumber: Wikimedia Commons)")]
    [TestCase("Silakan baca konten menarik lainnya dari Kabarkota.com di Google News")]
    [TestCase("Petugas mendata rumah yang terendam di Samarinda. Ilustrasi: Dok Kabarkota")]
    [TestCase("Artikel ini telah tayang di Kabarkota.com dengan judul \"Banjir Samarinda Surut\", https://kabarkota.com/read/1")]
    public void Credit_and_teaser_lines_go(string line)
    {
        var text = Title + "\n" + Body + "\n" + line + "\n" + Body2;
        var clean = Clean(text);
        Assert.That(clean.Length, Is.EqualTo(text.Length));
        Assert.That(clean.Split('\n')[2].Trim(), Is.Empty, line);
        Assert.That(clean, Does.Contain(Body).And.Contain(Body2));
    }

    [Test]
    public void Dashed_headlines_closing_the_page_go_and_a_list_inside_the_article_stays()
    {
        const string links = "- Warga Samarinda Mulai Bersihkan Lumpur Sisa Banjir\n- Soal Tanggul Jebol, Wali Kota: Ada Pihak yang Lalai\n- Kasus Korupsi Dana Banjir, KPK Periksa Pejabat Dinas";
        var text = Title + "\n" + Body + "\n" + Body2 + "\n" + links;
        var clean = Clean(text);
        Assert.That(clean, Does.Contain(Body).And.Contain(Body2).And.Not.Contain("Tanggul Jebol"));
        // The same list with the article going on after it is part of the article.
        text = Title + "\n" + Body + "\n" + links + "\n" + Body2;
        Assert.That(Clean(text), Is.EqualTo(text));
    }

    [TestCase("Editor senior itu, Rina Puspitasari, menolak berkomentar soal banjir tersebut.")]
    [TestCase("Bantuan bagi warga terdampak banjir disalurkan lewat posko di kantor kelurahan setempat.")]
    [TestCase("Redaksi menerima banyak foto kiriman warga dari lokasi banjir di Samarinda.")]
    [TestCase("Laporan wartawan di lapangan menyebutkan air mulai surut pada Rabu pagi.")]
    [TestCase("Artikel ini membahas penyebab banjir yang terus berulang setiap tahun di kota itu.")]
    [TestCase("Bacaan doa dipimpin tokoh agama setempat sebelum warga kembali ke rumah masing-masing.")]
    [TestCase("Yuk, kata Rina kepada tetangganya, kita bantu bersihkan lumpur di gang sebelah sebelum malam.")]
    public void The_same_words_in_running_text_stay(string line)
    {
        var text = Title + "\n" + Body + "\n" + line + "\n" + Body2;
        Assert.That(Clean(text), Is.EqualTo(text));
    }

    [Test]
    public void A_photo_credit_line_takes_the_caption_above_and_below_it_but_not_the_body_or_title()
    {
        var caption = "Suasana di lokasi banjir di Kelurahan Sidodadi, Samarinda";
        var text = Title + "\n" + caption + "\nFoto: Kabarkota\n" + caption + "\n" + Body + "\n" + Body2;
        var lines = Clean(text).Split('\n');
        Assert.That(lines[1].Trim(), Is.Empty);
        Assert.That(lines[2].Trim(), Is.Empty);
        Assert.That(lines[3].Trim(), Is.Empty);
        Assert.That(lines[0], Is.EqualTo(Title));
        Assert.That(lines[4], Is.EqualTo(Body));
        // A paragraph next to the credit is body text, not a caption.
        var next = Clean(Title + "\nFoto: Kabarkota\n" + Body + "\n" + Body2).Split('\n');
        Assert.That(next[0], Is.EqualTo(Title));
        Assert.That(next[2], Is.EqualTo(Body));
    }

    [Test]
    public void Caption_credit_of_an_outlet_and_a_photographer_goes_and_the_caption_stays()
    {
        var caption = "Warga mengungsi ke gedung sekolah, Rabu (4/12/2024). (kabarkota.com/Dimas Aryo)";
        var agency = "Perahu karet petugas menyusuri jalan yang tergenang. (AFP Photo/Marco Lindqvist)";
        var capitals = "Wali kota meninjau lokasi banjir. HARIAN PESISIR IMAGES/YUSUF RAMLI Wali kota meninjau lokasi banjir.";
        var clean = Clean(Title + "\n" + Body + "\n" + caption + "\n" + agency + "\n" + capitals + "\n" + Body2);
        foreach (var credit in new[] { "Dimas Aryo", "kabarkota.com", "Marco Lindqvist", "AFP Photo", "YUSUF RAMLI", "IMAGES" })
            Assert.That(clean, Does.Not.Contain(credit));
        Assert.That(clean, Does.Contain("Warga mengungsi ke gedung sekolah, Rabu (4/12/2024)."));
        Assert.That(clean, Does.Contain("Perahu karet petugas menyusuri jalan yang tergenang."));
        Assert.That(clean, Does.Contain("Wali kota meninjau lokasi banjir."));
    }

    [Test]
    public void A_writer_and_outlet_before_the_date_go_and_the_date_stays()
    {
        var stamp = "Dimas Aryo, Kabarkota · Minggu 21 Juni 2020 03:00 WIB";
        var clean = Clean(Title + "\n" + stamp + "\n" + Body + "\n" + Body2);
        Assert.That(clean, Does.Not.Contain("Dimas Aryo").And.Not.Contain("Kabarkota"));
        Assert.That(clean, Does.Contain("Minggu 21 Juni 2020 03:00 WIB"));
        var sentence = "Dimas Aryo, warga Samarinda · Minggu pagi ia mengungsi bersama keluarganya ke sekolah.";
        var text = Title + "\n" + Body + "\n" + sentence + "\n" + Body2;
        Assert.That(Clean(text), Does.Contain("Dimas Aryo"));
    }

    [Test]
    public void A_name_in_parentheses_inside_the_body_stays()
    {
        var line = "Pejabat itu (Andi Saputra) kemudian meminta warga tetap waspada karena hujan masih turun.";
        var text = Title + "\n" + Body + "\n" + line + "\n" + Body2;
        Assert.That(Clean(text), Is.EqualTo(text));
        var agencyInBody = "Menurut kantor berita (Kabar Nusantara) banjir itu yang terburuk dalam sepuluh tahun.";
        var text2 = Title + "\n" + Body + "\n" + agencyInBody + "\n" + Body2;
        Assert.That(Clean(text2), Is.EqualTo(text2));
    }

    [Test]
    public void A_video_block_closing_the_article_goes_with_its_captions_and_teasers()
    {
        var text = Title + "\n" + Body + "\n" + Body2 + "\n\nSimak video pilihan berikut:\n\nPasar Terapung Kembali Ramai\n"
                   + "Pedagang menjajakan sayur di atas perahu, Minggu (1/12). Pasar itu sempat sepi selama banjir. (AFP Photo/Marco Lindqvist)... Selengkapnya\n\n"
                   + "Gubernur Kalimantan Timur Rudy Hartono mengatakan pasar itu akan dipindahkan ke lokasi yang lebih ting";
        var clean = Clean(text);
        Assert.That(clean, Does.Contain(Body2));
        foreach (var gone in new[] { "Simak video", "Pasar Terapung", "Pedagang", "Rudy Hartono" })
            Assert.That(clean, Does.Not.Contain(gone));
    }

    [Test]
    public void A_video_prompt_with_the_story_going_on_after_it_takes_only_its_titles()
    {
        var more = "Wali kota menyatakan status tanggap darurat berlaku selama dua pekan ke depan dan meminta bantuan logistik dari provinsi.";
        var text = Title + "\n" + Body + "\n" + Body2 + "\nSimak video berikut:\nPasar Terapung Kembali Ramai\n" + more;
        var clean = Clean(text);
        Assert.That(clean, Does.Not.Contain("Pasar Terapung"));
        Assert.That(clean, Does.Contain(more));
    }

    [TestCase("SAMARINDA, KABARKOTAONLINE | " + Body, "SAMARINDA")]
    [TestCase("KABARKOTANEWS, SAMARINDA – " + Body, "SAMARINDA")]
    [TestCase("KBRNK, Samarinda : " + Body, "Samarinda")]
    [TestCase("KABARKOTAINDONESIA, SAMARINDA – " + Body, "SAMARINDA")]
    public void An_outlet_in_capitals_beside_the_dateline_goes_and_the_place_stays(string line, string place)
    {
        var clean = Clean(Title + "\n" + line + "\n" + Body2).Split('\n')[1];
        Assert.That(clean, Does.Not.Contain("KABARKOTA").And.Not.Contain("KBRNK"));
        Assert.That(clean.TrimStart(), Does.StartWith(place));
        Assert.That(clean, Does.Contain(Body));
    }

    [TestCase("Koran Kotabaru – ")]
    [TestCase("Harian Suara Lembah - ")]
    public void An_outlet_named_as_a_newspaper_opening_the_story_goes(string outlet)
    {
        var clean = Clean(Title + "\n" + outlet + Body + "\n" + Body2).Split('\n')[1];
        Assert.That(clean.Trim(), Is.EqualTo(Body));
    }

    [Test]
    public void A_picture_credit_naming_its_source_via_an_outlet_goes()
    {
        var clean = Clean(Title + "\n" + Body + "\n• Istana Kepresidenan/Budi Hartono via Sekretariat Kabinet\n" + Body2);
        Assert.That(clean, Does.Not.Contain("Budi Hartono"));
        Assert.That(clean, Does.Contain(Body).And.Contain(Body2));
        // Prose with "via" stays.
        var prose = "Bantuan dikirim ke Kotabaru/Sukamaju via Pelabuhan Lembah karena jalan darat terputus sejak Senin.";
        Assert.That(Clean(Title + "\n" + Body + "\n" + prose + "\n" + Body2), Does.Contain(prose));
    }

    [Test]
    public void A_photo_credit_run_into_the_dateline_goes_and_the_dateline_stays()
    {
        var clean = Clean(Title + "\nFoto: kabarkota.comSAMARINDA - " + Body + "\n" + Body2).Split('\n')[1];
        Assert.That(clean, Does.Not.Contain("kabarkota"));
        Assert.That(clean.TrimStart(), Does.StartWith("SAMARINDA - "));
    }

    [Test]
    public void A_numbered_count_in_running_text_stays()
    {
        var line = "- 12 rumah warga terendam hingga Selasa malam.";
        Assert.That(Clean(Title + "\n" + Body + "\n" + line).Split('\n')[2], Is.EqualTo(line));
    }

    [Test]
    public void An_advertorial_mark_closing_the_story_goes()
    {
        var clean = Clean(Title + "\n" + Body + "\n" + Body2 + " (ADV)");
        Assert.That(clean, Does.Not.Contain("ADV"));
        Assert.That(clean, Does.Contain(Body2));
    }
}
