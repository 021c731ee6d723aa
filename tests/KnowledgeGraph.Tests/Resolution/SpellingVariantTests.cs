using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>Synthetic variant pairs the resolver must merge, and near misses it must keep apart.</summary>
public class SpellingVariantTests
{
    private static EntityResolver NewResolver() => new(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer);

    private static Document Doc(string text, params (string Surface, NodeType Type)[] mentions) => RuleFixture.DocWith(text, mentions);

    private static List<string?> Ids(string a, string b, NodeType type = NodeType.Person)
    {
        var doc = Doc($"{a} tiba pagi ini. Kemudian {b} berbicara.", (a, type), (b, type));
        NewResolver().Resolve(doc);
        return doc.Mentions.Select(m => m.EntityId).ToList();
    }

    [TestCase("Soekarno Hadiwijoyo", "Sukarno Hadiwijoyo")] // old Indonesian spelling oe
    [TestCase("Djoko Susanto", "Joko Susanto")] // old Indonesian spelling dj
    [TestCase("Yousef Massoud", "Yusef Masud")] // ou, a doubled consonant
    [TestCase("Muhammad Qasim", "Mohamad Kasim")] // o/u, mm/m, q/k
    [TestCase("Nasser Khalidi", "Naser Chalidi")] // ss/s, ch/kh
    [TestCase("Mehmet Öztürk", "Mehmet Ozturk")] // a dropped diacritic
    [TestCase("Farhad Rezaei", "Farhad Rezaee")] // one letter off
    [TestCase("Farhad Rezaei", "Farhad Rezai")] // a missing letter
    [TestCase("Farhad Mariynskiy", "Farhad Maryinsky")] // a letter put elsewhere by another transliteration
    [TestCase("Bahrun Saputra", "Bahrum Saputra")] // the given name's last consonant mistyped
    [TestCase("Tan Chun Wirawan", "Tan Chung Wirawan")] // a short word of a three-word name one letter off
    public void Romanisations_of_one_name_are_one_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [TestCase("Rudi Marbun Wiratmaja", "Rudi M Wiratmaja")] // an inner name cut to its initial
    [TestCase("Siti Nur Aisyah", "Siti N Aisyah")]
    public void An_inner_initial_is_the_same_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [TestCase("Bambang Haryadi", "Bambang H")] // the last name cut to its initial
    public void A_last_initial_is_the_same_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [TestCase("Budi Saragih", "B Saragih")] // the given name cut to its initial
    [TestCase("Budi Saragih", "B. Saragih")]
    public void A_first_initial_is_the_same_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [Test]
    public void A_first_initial_two_full_names_share_names_neither()
    {
        Assert.That(Ids("Budi Saragih", "A Saragih").Distinct().Count(), Is.EqualTo(2));
        var doc = Doc("Budi Saragih dan Bayu Saragih tiba. Kemudian B Saragih berbicara.",
            ("Budi Saragih", NodeType.Person), ("Bayu Saragih", NodeType.Person), ("B Saragih", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct().Count(), Is.EqualTo(3));
    }

    [TestCase("Bambang Haryadi", "Bambang S")]
    [TestCase("Bambang Haryadi", "Budi H")]
    public void An_initial_of_another_last_name_is_another_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
    }

    [TestCase("Rudi Marbun Wiratmaja", "Rudi K Wiratmaja")]
    [TestCase("Rudi Marbun Wiratmaja", "Andi M Wiratmaja")]
    public void An_initial_of_another_inner_name_is_another_person(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
    }

    [TestCase("Hasan Basri", "Husin Basri")]
    [TestCase("Mario Santoro", "Maria Santoro")]
    [TestCase("Rudi Hartono", "Rudi Hartini")]
    [TestCase("Omar Hassan", "Ali Hassan")] // two people sharing a surname
    [TestCase("Lee Min Ho", "Lee Min Ha")]
    [TestCase("Budi Hartono", "Budi Hartini")]
    [TestCase("Tan Wira", "Tan Wiro")] // two words: a short word one letter off is another name
    [TestCase("Rina Sari Ginting", "E Ginting")] // a capital initial, though "e" joins names as a particle ("Aiwan-e-Sadr")
    public void Near_misses_stay_two_people(string a, string b)
    {
        var ids = Ids(a, b);
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]));
    }

    [Test]
    public void A_romanisation_in_a_later_article_is_the_person_named_before()
    {
        var resolver = NewResolver();
        var first = Doc("Yousef Massoud berpidato.", ("Yousef Massoud", NodeType.Person));
        var second = Doc("Yusef Masud menolak.", ("Yusef Masud", NodeType.Person));
        var other = Doc("Yasir Masud menolak.", ("Yasir Masud", NodeType.Person));
        foreach (var d in new[] { first, second, other }) resolver.Resolve(d);
        Assert.That(second.Mentions[0].EntityId, Is.EqualTo(first.Mentions[0].EntityId));
        Assert.That(other.Mentions[0].EntityId, Is.Not.EqualTo(first.Mentions[0].EntityId));
    }

    [Test]
    public void A_person_named_with_and_without_an_inner_name_in_two_articles_is_one_person()
    {
        var resolver = NewResolver();
        var shortFirst = Doc("Andi al-Wirawan berpidato.", ("Andi al-Wirawan", NodeType.Person));
        var fullLater = Doc("Andi Saputra Al-Wirawan menolak.", ("Andi Saputra Al-Wirawan", NodeType.Person));
        var fullFirst = Doc("Dodi Hartono Kusuma berpidato.", ("Dodi Hartono Kusuma", NodeType.Person));
        var shortLater = Doc("Dodi Kusuma menolak.", ("Dodi Kusuma", NodeType.Person));
        // A short last name is many people's: "Budi Ali" is not the "Budi Santoso Ali" named before.
        var shortName = Doc("Budi Santoso Ali berpidato.", ("Budi Santoso Ali", NodeType.Person));
        var shortNameLater = Doc("Budi Ali menolak.", ("Budi Ali", NodeType.Person));
        // Two people whose names drop to one: the bare name is neither.
        var one = Doc("Sari Dewi Lestari berpidato.", ("Sari Dewi Lestari", NodeType.Person));
        var two = Doc("Sari Ayu Lestari berpidato.", ("Sari Ayu Lestari", NodeType.Person));
        var bare = Doc("Sari Lestari menolak.", ("Sari Lestari", NodeType.Person));
        foreach (var d in new[] { shortFirst, fullLater, fullFirst, shortLater, shortName, shortNameLater, one, two, bare }) resolver.Resolve(d);
        Assert.That(fullLater.Mentions[0].EntityId, Is.EqualTo(shortFirst.Mentions[0].EntityId));
        Assert.That(shortLater.Mentions[0].EntityId, Is.EqualTo(fullFirst.Mentions[0].EntityId));
        Assert.That(shortNameLater.Mentions[0].EntityId, Is.Not.EqualTo(shortName.Mentions[0].EntityId));
        Assert.That(bare.Mentions[0].EntityId, Is.Not.EqualTo(one.Mentions[0].EntityId).And.Not.EqualTo(two.Mentions[0].EntityId));
        Assert.That(two.Mentions[0].EntityId, Is.Not.EqualTo(one.Mentions[0].EntityId));
    }

    [Test]
    public void A_chain_of_patronymics_written_shorter_in_a_later_article_is_the_person_named_before()
    {
        var resolver = NewResolver();
        var first = Doc("Hamid bin Rasyid bin Karim Al-Fadli berpidato.", ("Hamid bin Rasyid bin Karim Al-Fadli", NodeType.Person));
        var second = Doc("Hamid bin Rasyid Al Fadli menolak.", ("Hamid bin Rasyid Al Fadli", NodeType.Person));
        // Another first patronymic, or no family name after it, is someone else.
        var brother = Doc("Hamid bin Umar Al Fadli menolak.", ("Hamid bin Umar Al Fadli", NodeType.Person));
        var plain = Doc("Hamid bin Rasyid menolak.", ("Hamid bin Rasyid", NodeType.Person));
        foreach (var d in new[] { first, second, brother, plain }) resolver.Resolve(d);
        Assert.That(second.Mentions[0].EntityId, Is.EqualTo(first.Mentions[0].EntityId));
        Assert.That(brother.Mentions[0].EntityId, Is.Not.EqualTo(first.Mentions[0].EntityId));
        Assert.That(plain.Mentions[0].EntityId, Is.Not.EqualTo(first.Mentions[0].EntityId));
    }

    [Test]
    public void The_sound_key_folds_spellings_and_doubled_letters()
    {
        var lex = ResolutionLexicon.Load();
        Assert.That(lex.SoundKey("hassan rouhani"), Is.EqualTo(lex.SoundKey("hasan rohani")));
        Assert.That(lex.SoundKey("soeharto"), Is.EqualTo(lex.SoundKey("suharto")));
        Assert.That(lex.SoundKey("maria"), Is.Not.EqualTo(lex.SoundKey("mario")));
    }

    [Test]
    public void A_given_name_written_without_its_final_h_is_the_person_named_in_full()
    {
        var doc = Doc("Kombes Sarah Wiranti memimpin operasi. Menurut Kombes Sara, pelaku sudah ditangkap.",
            ("Sarah Wiranti", NodeType.Person), ("Sara", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));
        // Another last letter is another name.
        var other = Doc("Kombes Sarah Wiranti memimpin operasi. Menurut Kombes Sari, pelaku sudah ditangkap.",
            ("Sarah Wiranti", NodeType.Person), ("Sari", NodeType.Person));
        NewResolver().Resolve(other);
        Assert.That(other.Mentions[1].EntityId, Is.Not.EqualTo(other.Mentions[0].EntityId));
    }

    [Test]
    public void A_known_person_with_the_surname_written_first_is_that_person()
    {
        var doc = Doc("Perdana Menteri Kishida Fumio membuka rapat.", ("Kishida Fumio", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("person:fumio-kishida"));
    }

    [Test]
    public void A_listed_one_word_name_is_the_article_s_own_full_name_when_the_listed_person_is_absent()
    {
        var doc = Doc("Juru bicara Yoon Min Ho hadir. Yoon menambahkan keterangan.", ("Yoon Min Ho", NodeType.Person), ("Yoon", NodeType.Person));
        doc.Mentions[1] = doc.Mentions[1] with { Recognizer = KnowledgeGraph.Recognition.Rules.GazetteerRecognizer.RecognizerName, Canonical = "Yoon Suk Yeol" };
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));

        var both = Doc("Presiden Yoon Suk Yeol dan juru bicara Yoon Min Ho hadir. Yoon menambahkan keterangan.",
            ("Yoon Suk Yeol", NodeType.Person), ("Yoon Min Ho", NodeType.Person), ("Yoon", NodeType.Person));
        both.Mentions[2] = both.Mentions[2] with { Recognizer = KnowledgeGraph.Recognition.Rules.GazetteerRecognizer.RecognizerName, Canonical = "Yoon Suk Yeol" };
        NewResolver().Resolve(both);
        Assert.That(both.Mentions[2].EntityId, Is.EqualTo("person:yoon-suk-yeol"), "two full names fit: the listed person keeps the word");
    }

    [Test]
    public void A_longer_unknown_name_ending_in_a_listed_one_word_name_is_another_person()
    {
        var doc = Doc("Kemarin Ahmad Santoso datang.", ("Ahmad Santoso", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("person:ahmad-santoso"));
    }

    [Test]
    public void A_place_described_by_common_nouns_is_the_bare_place()
    {
        var doc = Doc("Milisi menyerang kamp pengungsian Tawila. Warga Tawila mengungsi. Kamp Sorong tetap aman, begitu pula kamp Luwuk.",
            ("kamp pengungsian Tawila", NodeType.Place), ("Tawila", NodeType.Place), ("kamp Luwuk", NodeType.Place));
        NewResolver().Resolve(doc);
        var ids = doc.Mentions.Select(m => m.EntityId).ToList();
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids[2], Is.Not.EqualTo(ids[0]));
    }

    [Test]
    public void One_name_told_with_two_words_of_one_level_is_one_place()
    {
        var doc = Doc("Warga Kampung Lembahraya bentrok. Bupati menemui warga Desa Lembahraya. Tokoh Lembahraya hadir.",
            ("Kampung Lembahraya", NodeType.Place), ("Desa Lembahraya", NodeType.Place), ("Lembahraya", NodeType.Place));
        NewResolver().Resolve(doc);
        var ids = doc.Mentions.Select(m => m.EntityId).ToList();
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(ids[2], Is.EqualTo(ids[0]));
        // A town and a regency of one name are two places.
        doc = Doc("Kota Lembahraya dan Kabupaten Lembahraya berbatasan.", ("Kota Lembahraya", NodeType.Place), ("Kabupaten Lembahraya", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.Not.EqualTo(doc.Mentions[0].EntityId));
    }

    [Test]
    public void A_shorter_name_opening_or_closing_one_longer_name_is_that_place_or_body()
    {
        var doc = Doc("Kunjungan di Kantor Lembahraya Republik Syldavia berlangsung lama. Pertemuan di Kantor Lembahraya usai sore.",
            ("Kantor Lembahraya Republik Syldavia", NodeType.Place), ("Kantor Lembahraya", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));
        doc = Doc("Departemen Kepolisian Kotabaru Raya menangkap pelaku. Kepolisian Kotabaru Raya belum memberi keterangan.",
            ("Departemen Kepolisian Kotabaru Raya", NodeType.Organization), ("Kepolisian Kotabaru Raya", NodeType.Organization));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));
        // What the longer name adds may name another part of the place.
        doc = Doc("Warga Lembah Raya dan Lembah Raya Utara mengungsi.", ("Lembah Raya", NodeType.Place), ("Lembah Raya Utara", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.Not.EqualTo(doc.Mentions[0].EntityId));
        // Two longer names the shorter could be: it stays apart.
        doc = Doc("Kantor Lembahraya Sejahtera dan Kantor Lembahraya Makmur buka. Kantor Lembahraya tutup.",
            ("Kantor Lembahraya Sejahtera", NodeType.Place), ("Kantor Lembahraya Makmur", NodeType.Place), ("Kantor Lembahraya", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[2].EntityId, Is.Not.EqualTo(doc.Mentions[0].EntityId));
        Assert.That(doc.Mentions[2].EntityId, Is.Not.EqualTo(doc.Mentions[1].EntityId));
    }

    [Test]
    public void A_bare_place_with_a_letter_doubled_is_the_place_told_with_its_level()
    {
        var doc = Doc("Penembakan terjadi di Desa Lembahraya. Polisi mengawal kasus warga Lembahrayya.",
            ("Desa Lembahraya", NodeType.Place), ("Lembahrayya", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));
    }

    [Test]
    public void A_lone_listed_one_word_name_with_a_letter_missing_is_the_listed_person()
    {
        var doc = Doc("Fansiskus menunduk. Ruhani diam. Franziskos tersenyum.",
            ("Fansiskus", NodeType.Person), ("Ruhani", NodeType.Person), ("Franziskos", NodeType.Person));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("person:paus-fransiskus"));
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo("person:ruhani"), "too short to judge by one letter");
        Assert.That(doc.Mentions[2].EntityId, Is.EqualTo("person:franziskos"), "two letters off is another name");
    }

    [Test]
    public void A_listed_place_written_with_a_space_is_the_listed_place()
    {
        var doc = Doc("PALANGKA RAYA - Hujan turun. Kota Palangkaraya tergenang. Warga Hong Kong dan Hongkong membantu.",
            ("PALANGKA RAYA", NodeType.Place), ("Kota Palangkaraya", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo(doc.Mentions[1].EntityId));
    }

    [Test]
    public void Two_listed_places_whose_names_differ_by_a_space_stay_apart()
    {
        var doc = Doc("Banjir di George Town. Di Georgetown cerah.", ("George Town", NodeType.Place), ("Georgetown", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.Not.EqualTo(doc.Mentions[1].EntityId));
    }

    [Test]
    public void A_short_name_written_with_a_space_is_not_joined()
    {
        var doc = Doc("Kedua kubu bertemu di Do Ha.", ("Do Ha", NodeType.Place));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("place:do-ha"));
    }
}
