using KnowledgeGraph.Graph;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Recognition.Statistical;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>A person's name is found whole: initials, particles, a given name used alone elsewhere, a listed one-word name inside a longer one.</summary>
public class NameExtentTests
{
    private static List<string> Titled(string text) =>
        new TitleNameRecognizer(RuleFixture.Shapes).Recognize(RuleFixture.Doc(text)).Select(m => m.Surface).ToList();

    private static List<(NodeType, string)> Listed(string text) =>
        new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, null, RuleFixture.Shapes).Recognize(RuleFixture.Doc(text))
            .Select(m => (m.Type, m.Surface)).ToList();

    [Test]
    public void A_particle_or_initial_without_a_name_word_after_it_is_not_taken()
    {
        Assert.That(Titled("Gubernur Budi Harsono di Medan menolak."), Is.EqualTo(new[] { "Budi Harsono" }), "'di' is no particle");
        Assert.That(Titled("Gubernur Budi Harsono al menolak."), Is.EqualTo(new[] { "Budi Harsono" }));
        Assert.That(Titled("Gubernur Budi Harsono da di sana."), Is.EqualTo(new[] { "Budi Harsono" }), "a particle needs a name word after it");
        Assert.That(Titled("Gubernur itu menolak."), Is.Empty, "a title without a name names no one");
    }

    [Test]
    public void A_listed_town_closing_a_titled_name_is_a_word_of_the_name()
    {
        // Bogra is a town of the lists; after a rank, closing a name of two words, it is a surname.
        Assert.That(Titled("Turut hadir Pangdam Mayjen TNI Andi Wirawan Bogra dan pejabat lainnya."), Does.Contain("Andi Wirawan Bogra"));
        var merged = MentionMerger.ForLanguage(RuleFixture.Shapes.Resources.IsGivenNameWord);
        var doc = RuleFixture.Doc("Turut hadir Pangdam Mayjen TNI Andi Wirawan Bogra dan pejabat lainnya.");
        var proposed = new TitleNameRecognizer(RuleFixture.Shapes).Recognize(doc)
            .Concat(new GazetteerRecognizer(RuleFixture.Shapes.Gazetteer, null, RuleFixture.Shapes).Recognize(doc));
        var kept = merged.Merge(proposed, doc.Text.Length);
        Assert.That(kept.Select(m => (m.Type, m.Surface)), Does.Contain((NodeType.Person, "Andi Wirawan Bogra")));
        Assert.That(kept.Select(m => (m.Type, m.Surface)), Does.Not.Contain((NodeType.Place, "Bogra")));
        // After a name of one word it is a surname too when no capitalised word follows ("Syafaruddin Poti dan ...").
        Assert.That(Titled("Menteri Andi Bogra hadir."), Does.Contain("Andi Bogra"));
    }

    [Test]
    public void Ordinary_words_after_a_title_name_its_holder_when_they_end_the_holders_name()
    {
        Assert.That(Titled("Walikota Sukamaju I Gusti Ngurah Jaya Negara menerima tamu. Tamu itu datang bersama Walikota Jaya Negara."),
            Is.EqualTo(new[] { "I Gusti Ngurah Jaya Negara", "Jaya Negara" }));
        // Words that end no holder's name stay ordinary words.
        Assert.That(Titled("Walikota Sukamaju I Gusti Ngurah Wirawan menerima tamu. Tamu itu datang bersama Walikota Jaya Negara."),
            Is.EqualTo(new[] { "I Gusti Ngurah Wirawan" }));
    }

    [Test]
    public void A_balinese_opener_alone_is_no_part_of_a_name() =>
        // "I" before a word that no Balinese name has after it is a number, not the name's first word.
        Assert.That(Titled("Panglima Kodam I Bukit Barisan Andi Wirawan hadir."), Has.None.StartsWith("I "));

    // Initials and particles belong to the name.
    [TestCase("Komandan Brigjen TNI J.M Siregar meninjau lokasi.", "J.M Siregar")]
    [TestCase("Gubernur A. K. Lubis membuka acara itu.", "A. K. Lubis")]
    [TestCase("Syekh Yusuf Hamid al-Banna berceramah di masjid.", "Yusuf Hamid al-Banna")]
    [TestCase("Putra Mahkota Khalid bin Walid tiba kemarin.", "Khalid bin Walid")]
    [TestCase("Gubernur Pieter van Dam menolak usul itu.", "Pieter van Dam")]
    [TestCase("Menlu Paulo Ramos da Costa tiba kemarin.", "Paulo Ramos da Costa")]
    [TestCase("Wali Kota Sukamaju I Gusti Ngurah Wirawan menerima tamu.", "I Gusti Ngurah Wirawan")]
    [TestCase("Bupati Gianyar Ni Luh Sari Dewi membuka acara itu.", "Ni Luh Sari Dewi")]
    [TestCase("Presiden Jean de Lacroix menolak usul itu.", "Jean de Lacroix")]
    [TestCase("Duta Besar Malaysia Syed Budi Hartono Syed Wirawan tiba kemarin.", "Syed Budi Hartono Syed Wirawan")]
    // A one-word title between two words of a name is a word of it.
    [TestCase("Menteri Agama Rudi Hakim Wirawan hadir.", "Rudi Hakim Wirawan")]
    [TestCase("Gubernur Andi Raja Siregar tiba.", "Andi Raja Siregar")]
    // A religious honorific stays before a single name only.
    [TestCase("Calon wakil gubernur Habib Sutarjo menilai debat itu baik.", "Habib Sutarjo")]
    [TestCase("Makam Syekh Marzuki ada di Cape Town.", "Syekh Marzuki")]
    [TestCase("Habib Rudi Wirawan menilai debat itu baik.", "Rudi Wirawan")]
    [TestCase("Pak Sutarjo menilai debat itu baik.", "Sutarjo")]
    // Right after a title, a first initial without its period opens a name of two more words.
    [TestCase("Turut hadir Irjen Pol A Budi Hartono di sana.", "A Budi Hartono")]
    // A title and the post it commands after the name, with no comma, are no part of it.
    [TestCase("Lettu Budi Hartono Komandan Posramil Lembah ditemukan tewas.", "Budi Hartono")]
    // The pilgrim's honorific written without its period is no initial of the name.
    [TestCase("Iptu H Sutarjo gugur dalam serangan itu.", "Sutarjo")]
    [TestCase("Bupati Hj Rina Marlina membuka acara itu.", "Rina Marlina")]
    [TestCase("Bupati H Budi Hartono membuka acara itu.", "Budi Hartono")]
    // After a rank, ordinary words are the name all the same.
    [TestCase("Irjen Sari Dewi menolak rencana itu.", "Sari Dewi")]
    [TestCase("Kapolsek Kompol Intan Permata hadir di lokasi.", "Intan Permata")]
    // A minister's title written as one abbreviated word.
    [TestCase("Menkopolhukam Budi Hartono tiba di Sukamaju.", "Budi Hartono")]
    [TestCase("Wamenlu Andi Wirawan menolak usul itu.", "Andi Wirawan")]
    // A derived word after a title is the office, not the name.
    [TestCase("Juru Bicara Kepresidenan Andi Wirawan mengatakan rapat ditunda.", "Andi Wirawan")]
    [TestCase("Wakil Menteri Pertahanan Rudi Kartasasmita hadir.", "Rudi Kartasasmita")]
    // A name of dictionary words that are mostly given names stays a name.
    [TestCase("Gubernur Sultra Ali Rahman tiba di Kendari.", "Ali Rahman")]
    [TestCase("Gubernur Sulbar Budi Masdar meninjau pasar.", "Budi Masdar")]
    public void The_person_after_a_title_is_named_whole_and_no_more(string sentence, string name) =>
        Assert.That(Titled(sentence), Is.EqualTo(new[] { name }));

    [Test]
    public void A_title_word_after_a_comma_or_before_no_name_stays_a_title()
    {
        Assert.That(Titled("Gubernur Andi Siregar, Hakim Rudi Wirawan, hadir."), Is.EqualTo(new[] { "Andi Siregar", "Rudi Wirawan" }));
        Assert.That(Titled("Gubernur Andi Siregar Hakim Agung itu hadir."), Is.EqualTo(new[] { "Andi Siregar" }), "a title of two words is no name word");
    }

    [Test]
    public void A_units_place_before_a_rank_and_a_name_is_no_person()
    {
        Assert.That(Titled("Komandan Pangkalan TNI Angkatan Laut (Danlanal) Kotabaru Letkol Laut (P) Erfan Wiratama membenarkan hal itu."),
            Is.EqualTo(new[] { "Erfan Wiratama" }));
        // A one-word name before a title with no name of its own stays the name.
        Assert.That(Titled("Kemarin Bupati Wiratama menemui Presiden di istana."), Does.Contain("Wiratama"));
        Assert.That(Titled("Acara dihadiri Bupati Wiratama Presiden itu."), Does.Contain("Wiratama"));
    }

    [Test]
    public void A_title_before_ordinary_words_names_no_one() =>
        Assert.That(Titled("Kepala Biro Humas tiba di lokasi."), Is.Empty);

    [Test]
    public void A_listed_one_word_name_after_a_particle_ends_another_persons_name()
    {
        Assert.That(Listed("Polisi menangkap Sari Dewi binti Pratikno di Sukamaju."), Has.None.Matches<(NodeType, string)>(m => m.Item2 == "Pratikno"));
        Assert.That(Listed("Menteri Sekretaris Negara Pratikno tiba di Sukamaju."), Does.Contain((NodeType.Person, "Pratikno")));
    }

    [Test]
    public void A_listed_bodys_one_word_name_may_close_a_personal_name()
    {
        Assert.That(Titled("Wakil Bupati Bandung Abdul Fatah tiba di Samarinda."), Is.EqualTo(new[] { "Abdul Fatah" }));
        Assert.That(Listed("Wakil Bupati Bandung Abdul Fatah tiba di Samarinda."), Has.None.Matches<(NodeType, string)>(m => m.Item2 == "Fatah"));
        Assert.That(Listed("Presiden Palestina dari Fatah menolak usul itu."), Does.Contain((NodeType.Organization, "Fatah")));
    }

    [Test]
    public void A_plain_ordinary_word_after_a_title_may_still_start_a_name() =>
        Assert.That(Titled("Presiden Budi Santoso datang."), Is.EqualTo(new[] { "Budi Santoso" }));

    [Test]
    public void A_listed_one_word_name_inside_a_longer_name_is_left_to_the_whole_name()
    {
        Assert.That(Listed("Kemarin Ahmad Santoso datang ke pasar."), Has.None.Matches<(NodeType, string)>(m => m.Item2 == "Santoso"));
        Assert.That(Listed("Kelompok Santoso bersembunyi di hutan."), Does.Contain((NodeType.Person, "Santoso")));
        Assert.That(Listed("Dua hari lalu Jokowi Senin datang ke pasar."), Does.Contain((NodeType.Person, "Jokowi")), "a weekday is no part of a name");
        // A capitalised ordinary word after a name word is part of the name too ("ansari" is a dictionary word).
        Assert.That(Listed("Korban adalah Pratu Dodi Ansari Anwar dari Makassar."), Has.None.Matches<(NodeType, string)>(m => m.Item2 == "Anwar"));
        Assert.That(Listed("Perdana Menteri Malaysia Anwar tiba di Jakarta."), Does.Contain((NodeType.Person, "Anwar")));
    }

    [Test]
    public void A_given_name_used_alone_later_does_not_split_the_full_name()
    {
        const string text = "Polisi menangkap Rudi Kartawinata di Bandung pada pagi hari. Rudi ditahan di kantor polisi.";
        var doc = RuleFixture.Doc(text);
        var names = StatisticalNerRecognizer.LoadDefault().Recognize(doc).Select(m => (m.Type, m.Surface)).ToList();
        Assert.That(names, Does.Contain((NodeType.Person, "Rudi Kartawinata")));
        Assert.That(names.Select(n => n.Surface), Has.None.EqualTo("Kartawinata"));
    }
}
