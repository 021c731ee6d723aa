using NUnit.Framework;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Tests.TextPrep;

public class SegmenterTests
{
    private static readonly IndonesianSegmenter Segmenter = IndonesianSegmenter.Load(null, "id");

    private static string[] Sentences(string text) => Segmenter.Segment(text).Select(s => s.Text).ToArray();

    [Test]
    public void Splits_at_sentence_ends()
    {
        Assert.That(Sentences("Hujan turun sejak pagi. Jalan di Depok tergenang! Apakah sekolah libur? Belum jelas."),
            Is.EqualTo(new[] { "Hujan turun sejak pagi.", "Jalan di Depok tergenang!", "Apakah sekolah libur?", "Belum jelas." }));
    }

    [TestCase("Pasien dirawat oleh dr. Sari di rumah sakit. Ia pulang sore.", "Pasien dirawat oleh dr. Sari di rumah sakit.")]
    [TestCase("Kuliah umum diberikan Prof. Hadi di Yogyakarta. Mahasiswa hadir.", "Kuliah umum diberikan Prof. Hadi di Yogyakarta.")]
    [TestCase("Kantornya di Jl. Merdeka No. 5 Bandung. Pintu dibuka pukul delapan.", "Kantornya di Jl. Merdeka No. 5 Bandung.")]
    [TestCase("Surat ditandatangani a.n. Kepala Dinas. Isinya singkat.", "Surat ditandatangani a.n. Kepala Dinas.")]
    [TestCase("Rombongan dipimpin H. Ahmad dan J. K. Putra. Mereka tiba malam.", "Rombongan dipimpin H. Ahmad dan J. K. Putra.")]
    [TestCase("Utusan U.S. Army datang ke Jakarta. Kunjungan singkat.", "Utusan U.S. Army datang ke Jakarta.")]
    [TestCase("Rapat dijadwalkan tgl. 5 Mei di aula. Semua diundang.", "Rapat dijadwalkan tgl. 5 Mei di aula.")]
    [TestCase("Kapolda Sukamaju Irjen Pol. Drs. Budi Hartono hadir di aula. Semua diundang.", "Kapolda Sukamaju Irjen Pol. Drs. Budi Hartono hadir di aula.")]
    [TestCase("Pasukan dipimpin Letkol Inf. Andi Wirawan sejak pagi. Semua siaga.", "Pasukan dipimpin Letkol Inf. Andi Wirawan sejak pagi.")]
    public void Does_not_split_after_abbreviations_or_initials(string text, string first)
    {
        var sentences = Sentences(text);
        Assert.That(sentences, Has.Length.EqualTo(2));
        Assert.That(sentences[0], Is.EqualTo(first));
    }

    [Test]
    public void A_number_opening_a_line_numbers_an_item_and_ends_no_sentence()
    {
        Assert.That(Sentences("Yang hadir:\n1. Gubernur Budi Hartono\n 12. Wali Kota Andi Wirawan"),
            Is.EqualTo(new[] { "Yang hadir:", "1. Gubernur Budi Hartono", "12. Wali Kota Andi Wirawan" }));
        Assert.That(Sentences("Harga naik 5. Lalu turun lagi."), Has.Length.EqualTo(2), "inside a line a number ends a sentence as before");
        Assert.That(Sentences("2024. Tahun itu sulit."), Has.Length.EqualTo(2), "a year is no item number");
    }

    [Test]
    public void Sentence_ending_abbreviation_may_close_a_sentence()
    {
        Assert.That(Sentences("Pedagang menjual beras, gula, dll. Harga stabil."), Has.Length.EqualTo(2));
        Assert.That(Sentences("Pedagang menjual beras, gula, dll. untuk warga."), Has.Length.EqualTo(1));
    }

    [Test]
    public void Numbers_dates_urls_and_dotted_names_do_not_split()
    {
        const string text = "Sebanyak 1.000 warga dan 3.5 ton beras tiba Rabu (12/10/2022) pukul 13.30 via www.contoh.go.id dan KABAR.CO.ID, kata petugas@contoh.id kemarin. Berikutnya sore.";
        var sentences = Segmenter.Segment(text);
        Assert.That(sentences, Has.Count.EqualTo(2));
        var tokens = sentences[0].Tokens.Select(t => t.Text).ToArray();
        Assert.That(tokens, Does.Contain("1.000"));
        Assert.That(tokens, Does.Contain("3.5"));
        Assert.That(tokens, Does.Contain("12/10/2022"));
        Assert.That(tokens, Does.Contain("www.contoh.go.id"));
        Assert.That(tokens, Does.Contain("KABAR.CO.ID"));
        Assert.That(tokens, Does.Contain("petugas@contoh.id"));
    }

    [Test]
    public void A_full_stop_a_page_ran_into_the_next_sentence_still_ends_it()
    {
        Assert.That(Sentences("Hal itu disampaikan Budi.Seorang pejabat membenarkannya pada 2011.Selama sepekan warga mengungsi."),
            Is.EqualTo(new[] { "Hal itu disampaikan Budi.", "Seorang pejabat membenarkannya pada 2011.", "Selama sepekan warga mengungsi." }));
        // Web addresses, short forms and numbers keep their periods.
        Assert.That(Sentences("Menurut Kabarkita.Com dan Jl.Melati No.5 di Kotabaru.Go kemarin."), Has.Length.EqualTo(1));
        Assert.That(Segmenter.Segment("Kabarkita.Com melaporkan.")[0].Tokens[0].Text, Is.EqualTo("Kabarkita.Com"));
    }

    [Test]
    public void Quote_closed_before_speech_verb_stays_with_it()
    {
        const string text = "“Risikonya kecil. Tetapi dampaknya besar,” ungkap Wali Kota itu. Warga lega.";
        Assert.That(Sentences(text), Is.EqualTo(new[] { "“Risikonya kecil.", "Tetapi dampaknya besar,” ungkap Wali Kota itu.", "Warga lega." }));
        Assert.That(Sentences("\"Kami sudah siap.\" kata Bupati. Acara dimulai."),
            Is.EqualTo(new[] { "\"Kami sudah siap.\" kata Bupati.", "Acara dimulai." }));
    }

    [Test]
    public void Line_breaks_are_hard_boundaries()
    {
        var sentences = Segmenter.Segment("Judul Berita Tanpa Titik\nParagraf pertama ada di sini\n\n   \nParagraf kedua. Kalimat lagi.");
        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(new[] { "Judul Berita Tanpa Titik", "Paragraf pertama ada di sini", "Paragraf kedua.", "Kalimat lagi." }));
        Assert.That(sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Sentence_and_token_offsets_point_into_the_text()
    {
        const string text = "   Sekutu-sekutu NATO bertemu.\nPerundingan AS-Rusia (F-35) berlanjut, kata Menteri.";
        foreach (var s in Segmenter.Segment(text))
        {
            Assert.That(text[s.Start..s.End], Is.EqualTo(s.Text));
            foreach (var t in s.Tokens) Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
        }
        var tokens = Segmenter.Segment(text).SelectMany(s => s.Tokens).Select(t => t.Text).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "Sekutu-sekutu", "NATO", "bertemu", ".", "Perundingan", "AS-Rusia", "(", "F-35", ")", "berlanjut", ",", "kata", "Menteri", "." }));
    }

    [Test]
    public void Hyphenated_word_parts_are_recoverable()
    {
        const string text = "Dialog AS-Rusia";
        var token = Tokenizer.Tokenize(text).Single(t => t.Text == "AS-Rusia");
        var parts = Tokenizer.HyphenParts(token);
        Assert.That(parts.Select(p => p.Text), Is.EqualTo(new[] { "AS", "Rusia" }));
        Assert.That(parts.Select(p => text[p.Start..p.End]), Is.EqualTo(new[] { "AS", "Rusia" }));
    }

    [TestCase("Kodim 9901/Lembahhijau", "9901/Lembahhijau")]
    [TestCase("Kodam XIV/Sukamaju", "XIV/Sukamaju")]
    [TestCase("tanggal 3/4/2023", "3/4/2023")]
    public void A_slash_after_a_number_joins_the_name_or_date_after_it(string text, string word) =>
        Assert.That(Tokenizer.Tokenize(text).Select(t => t.Text), Does.Contain(word));

    [TestCase("TNI/Polri")]
    [TestCase("dan/atau")]
    [TestCase("9901/lembah")]
    public void A_slash_between_other_words_parts_them(string text) =>
        Assert.That(Tokenizer.Tokenize(text).Select(t => t.Text), Does.Contain("/"));

    [Test]
    public void Ellipsis_and_trailing_url_punctuation()
    {
        var tokens = Tokenizer.Tokenize("Tunggu... lihat https://contoh.id/a.").Select(t => t.Text).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "Tunggu", "...", "lihat", "https://contoh.id/a", "." }));
    }

    [Test]
    public void Long_text_without_punctuation_is_cut_into_sentences_of_bounded_length()
    {
        var text = string.Join(' ', Enumerable.Repeat("kata", 20000)) + "\n" + new string('.', 5000);
        var sentences = Segmenter.Segment(text);
        Assert.That(sentences, Has.Count.EqualTo(20000 / IndonesianSegmenter.MaxSentenceTokens + 1));
        Assert.That(sentences.Take(sentences.Count - 1).Select(s => s.Tokens.Count), Has.All.EqualTo(IndonesianSegmenter.MaxSentenceTokens));
        Assert.That(sentences[^1].Start, Is.EqualTo(text.IndexOf('\n') + 1));
    }
}

public class LongLineSegmenterTests
{
    /// <summary>One long line of news sentences with abbreviations, initials, quotes, decimals and a run without any stop.</summary>
    private static string LongLine()
    {
        var rng = new Random(7);
        string[] parts =
        [
            "Pasien dirawat oleh dr. Sari di rumah sakit.", "Rombongan dipimpin H. Ahmad dan J. K. Putra.",
            "\"Kami siap,\" kata Stoltenberg.", "Harga naik 3,5 persen?!", "Pedagang menjual beras, gula, dll. untuk warga.",
            "Pedagang menjual beras, gula, dll. Harga stabil.", "Tunggu... lihat https://contoh.id/a.", "Utusan U.S. Army datang.",
            "(Baca juga: NATO-Rusia).", "Kantornya di Jl. Merdeka No. 5 Bandung.", ". . .", "kata dia.\u201D Lalu pergi.",
        ];
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 300_000)
        {
            if (rng.Next(40) == 0) sb.Append(string.Join(' ', Enumerable.Repeat("kata", 450))).Append(' ');
            sb.Append(parts[rng.Next(parts.Length)]).Append(rng.Next(5) == 0 ? "" : " ");
        }
        return sb.ToString();
    }

    [TestCase(1 << 16)]
    [TestCase(40)]
    [TestCase(7)]
    public void A_long_line_read_in_pieces_gives_the_sentences_of_the_whole_line(int piece)
    {
        var text = LongLine() + "\n" + LongLine()[..5000];
        var whole = new IndonesianSegmenter(Abbreviations.Load(null, "id")) { LinePieceChars = int.MaxValue }.Segment(text);
        var pieces = new IndonesianSegmenter(Abbreviations.Load(null, "id")) { LinePieceChars = piece }.Segment(text);
        Assert.That(whole.Count, Is.GreaterThan(1000));
        Assert.That(pieces.Select(s => (s.Index, s.Start, s.End, s.Text)), Is.EqualTo(whole.Select(s => (s.Index, s.Start, s.End, s.Text))));
        Assert.That(pieces.SelectMany(s => s.Tokens), Is.EqualTo(whole.SelectMany(s => s.Tokens)));
    }

    [Test]
    public void Tokens_cut_from_each_sentence_alone_are_the_tokens_of_its_line()
    {
        // Sentences keep only their offsets and cut their tokens again when read: that must give
        // exactly what tokenizing the whole line gave, also at cuts without a space
        // ("dia.\u201D Lalu", runs cut at the token bound, URLs before a stop).
        var text = LongLine() + "\n" + LongLine()[..5000];
        var sentences = new IndonesianSegmenter(Abbreviations.Load(null, "id")).Segment(text);
        var lineTokens = new List<Token>();
        int from = 0;
        foreach (var line in text.Split('\n'))
        {
            Tokenizer.Tokenize(text, from, from + line.Length, lineTokens);
            from += line.Length + 1;
        }
        Assert.That(sentences.SelectMany(s => s.Tokens), Is.EqualTo(lineTokens));
        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(sentences.Select(s => text[s.Start..s.End])));
    }
}
