using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Recognition;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Resolution;

public class EntityResolverTests
{
    private static EntityResolver NewResolver() => new(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer);

    private static Document Doc(string text, params (string Surface, NodeType Type, string Rec)[] mentions)
    {
        var doc = RuleFixture.Doc(text);
        int from = 0;
        foreach (var (surface, type, rec) in mentions)
        {
            int at = text.IndexOf(surface, from, StringComparison.Ordinal);
            doc.Mentions.Add(new Mention(at, at + surface.Length, surface, type, 0, rec));
            from = at + surface.Length;
        }
        return doc;
    }

    [Test]
    public void A_titled_word_of_an_articles_person_is_that_person_not_a_listed_city()
    {
        // Medina is a listed city; after "Menteri" it is the minister named in full before.
        var doc = Doc("Menteri Dodi Medina Saputra hadir. Terkait target Menteri Medina, Edi Santoso menanggapi.",
            ("Dodi Medina Saputra", NodeType.Person, "title"), ("Medina", NodeType.Place, "gazetteer"), ("Edi Santoso", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[1].EntityId, Is.EqualTo(doc.Mentions[0].EntityId));
        // Without a title before it, the city stays a city.
        var city = Doc("Menteri Dodi Medina Saputra hadir. Warga Medina di Arab Saudi menonton.",
            ("Dodi Medina Saputra", NodeType.Person, "title"), ("Medina", NodeType.Place, "gazetteer"));
        NewResolver().Resolve(city);
        Assert.That(city.Mentions[1].Type, Is.EqualTo(NodeType.Place));
    }

    [Test]
    public void A_word_two_full_names_share_names_the_one_told_last_before_it()
    {
        const string text = "Pemimpin Borduria Sung Ho Bak hadir. Adiknya, Sung Mi Ra, mengecam latihan itu. Sung menuduh Syldavia berbohong. Lalu Sung Ho Bak diam. Sung tersenyum.";
        var doc = RuleFixture.Doc(text);
        int from = 0, sentence = 0;
        foreach (var surface in new[] { "Sung Ho Bak", "Sung Mi Ra", "Sung", "Sung Ho Bak", "Sung" })
        {
            int at = text.IndexOf(surface, from, StringComparison.Ordinal);
            doc.Mentions.Add(new Mention(at, at + surface.Length, surface, NodeType.Person, sentence++, "ner"));
            from = at + surface.Length;
        }
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[2].EntityId, Is.EqualTo("person:sung-mi-ra"));
        Assert.That(doc.Mentions[4].EntityId, Is.EqualTo("person:sung-ho-bak"));
    }

    [Test]
    public void A_single_name_shortened_is_that_person()
    {
        var doc = Doc("Bupati Sukamaju Sutarjonoto hadir. Kata Sutarjo kemudian.", ("Sutarjonoto", NodeType.Person, "title"), ("Sutarjo", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "person:sutarjonoto" }));
        // A short single name is not shortened.
        doc = Doc("Bupati Sukamaju Andiko hadir. Kata Andi kemudian.", ("Andiko", NodeType.Person, "title"), ("Andi", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void A_level_word_before_the_articles_short_form_of_a_place_is_that_place()
    {
        var doc = Doc("Bupati Kabupaten Lembah Raya Timur (Lerati) hadir. Insiden terjadi di Kabupaten Lerati kemarin.",
            ("Kabupaten Lembah Raya Timur", NodeType.Place, "cue"), ("Lerati", NodeType.Place, "ner"), ("Kabupaten Lerati", NodeType.Place, "cue"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct().Count(), Is.EqualTo(1), string.Join(" | ", doc.Mentions.Select(m => m.EntityId)));
    }

    [Test]
    public void Surname_before_the_full_name_joins_it()
    {
        var doc = Doc("Wibisono tiba. Kemudian Hartono Wibisono berbicara.", ("Wibisono", NodeType.Place, "ner"), ("Hartono Wibisono", NodeType.Person, "title"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "person:hartono-wibisono" }));
    }

    [Test]
    public void Leading_words_and_a_middle_word_of_a_full_name_are_that_person()
    {
        var doc = Doc("Kapolres Yoyon Bagus hadir. Kata Kombes Yoyon Bagus Surya Putra di kantor. Namun, Bagus belum menjelaskan.",
            ("Yoyon Bagus", NodeType.Person, "title"), ("Yoyon Bagus Surya Putra", NodeType.Person, "title"), ("Bagus", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "person:yoyon-bagus-surya-putra" }));
    }

    [Test]
    public void Leading_words_shared_by_two_full_names_join_neither()
    {
        var doc = Doc("Hadir Andi Wijaya. Kemudian Andi Wijaya Kusuma dan Andi Wijaya Saputra berbicara.",
            ("Andi Wijaya", NodeType.Person, "ner"), ("Andi Wijaya Kusuma", NodeType.Person, "title"), ("Andi Wijaya Saputra", NodeType.Person, "title"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_label_others_give_a_body_resolves_to_the_body()
    {
        var doc = Doc("Kelompok Kriminal Bersenjata menembak warga. Juru bicara TPNPB mengaku. OPM diam. Brigade Fajar diam.",
            ("Kelompok Kriminal Bersenjata", NodeType.Organization, "ner"), ("TPNPB", NodeType.Organization, "ner"), ("OPM", NodeType.Organization, "ner"),
            ("Brigade Fajar", NodeType.Organization, "ner"));
        doc.Mentions[0] = doc.Mentions[0] with { Recognizer = KnowledgeGraph.Recognition.Rules.GazetteerRecognizer.RecognizerName, Canonical = "Kelompok Kriminal Bersenjata" };
        NewResolver().Resolve(doc);
        var ids = doc.Mentions.Select(m => m.EntityId).ToList();
        Assert.That(ids[0], Is.EqualTo("organization:tentara-pembebasan-nasional-papua-barat"));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
        // The movement whose armed wing the body is, which the press names as one with it ("TPNPB-OPM").
        Assert.That(ids[2], Is.EqualTo(ids[0]));
        Assert.That(ids[3], Is.Not.EqualTo(ids[0]), "a body named apart from the labels stays itself");
    }

    [Test]
    public void Titles_are_stripped_from_the_name()
    {
        var doc = Doc("Presiden Hartono Wibisono hadir.", ("Presiden Hartono Wibisono", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].Canonical, Is.EqualTo("Hartono Wibisono"));
    }

    [Test]
    public void Acronym_in_parentheses_is_an_alias_of_its_expansion()
    {
        var doc = Doc("Lembaga Riset Samudra (LRS) menerbitkan laporan. LRS menolak.",
            ("Lembaga Riset Samudra", NodeType.Organization, "cue"), ("LRS", NodeType.Organization, "ner"), ("LRS", NodeType.Organization, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "organization:lembaga-riset-samudra" }));
    }

    [Test]
    public void An_acronym_spelt_out_in_brackets_after_it_is_one_body()
    {
        var doc = Doc("Ranjau ditanam LRS (Lembaga Riset Samudra) di pantai. LRS membantah.",
            ("LRS", NodeType.Organization, "ner"), ("Lembaga Riset Samudra", NodeType.Organization, "cue"), ("LRS", NodeType.Organization, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "organization:lembaga-riset-samudra" }));
    }

    [Test]
    public void A_name_in_brackets_after_an_acronym_of_another_type_stays_apart()
    {
        var doc = Doc("Utusan LRS (Sari Dewi) tiba.", ("LRS", NodeType.Organization, "ner"), ("Sari Dewi", NodeType.Person, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "organization:lrs", "person:sari-dewi" }));
    }

    [Test]
    public void Spellings_of_one_place_are_one_node_and_metonyms_stay_themselves()
    {
        var doc = Doc("Kiev dan Kyiv diserang; Kremlin dan Moskow membantah, Rusia diam.",
            ("Kiev", NodeType.Place, "ner"), ("Kyiv", NodeType.Place, "ner"), ("Kremlin", NodeType.Place, "ner"), ("Moskow", NodeType.Place, "ner"), ("Rusia", NodeType.Place, "ner"));
        NewResolver().Resolve(doc);
        var ids = doc.Mentions.Select(m => m.EntityId).ToList();
        Assert.That(ids[0], Is.EqualTo("place:kyiv"));
        Assert.That(ids[1], Is.EqualTo("place:kyiv"));
        Assert.That(ids[2], Is.EqualTo("organization:kremlin"));
        Assert.That(ids[3], Is.EqualTo("place:moskow"));
        Assert.That(ids[4], Is.EqualTo("place:rusia"));
        // Put somewhere, the seat is the site.
        doc = Doc("Kedua presiden bertemu di Kremlin kemarin.", ("Kremlin", NodeType.Place, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Single().EntityId, Is.EqualTo("place:kremlin"));
    }

    [Test]
    public void Surname_from_an_earlier_article_resolves_to_the_full_name()
    {
        var resolver = NewResolver();
        var first = Doc("Hartono Wibisono berbicara.", ("Hartono Wibisono", NodeType.Person, "title"));
        resolver.Resolve(first);
        var second = Doc("Wibisono menolak.", ("Wibisono", NodeType.Person, "capitalized"));
        resolver.Resolve(second);
        Assert.That(second.Mentions[0].EntityId, Is.EqualTo("person:hartono-wibisono"));
    }

    [Test]
    public void A_nickname_a_list_gives_someone_else_after_alias_is_the_other_name_of_the_person_named_before_it()
    {
        GazetteerEntry[] listed = [new(NodeType.Person, "Rahmat Sukamto Dewantara", ["Sukamto"], "", [])];
        var doc = Doc("Polisi menangkap Dodi Saputra alias Sukamto alias Pak Kumis di Kotabaru.",
            ("Dodi Saputra", NodeType.Person, "capitalized"), ("Sukamto", NodeType.Person, "gazetteer"), ("Pak Kumis", NodeType.Person, "capitalized"));
        new EntityResolver(RuleFixture.Shapes, listed).Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "person:dodi-saputra" }));
        // The listed person's own name after "alias" is still that person.
        var own = Doc("Polisi menangkap Dodi Saputra alias Rahmat Sukamto Dewantara.",
            ("Dodi Saputra", NodeType.Person, "capitalized"), ("Rahmat Sukamto Dewantara", NodeType.Person, "gazetteer"));
        new EntityResolver(RuleFixture.Shapes, listed).Resolve(own);
        Assert.That(own.Mentions[1].EntityId, Is.EqualTo("person:rahmat-sukamto-dewantara"));
    }

    [Test]
    public void A_lone_word_ending_a_listed_persons_name_is_not_that_person()
    {
        GazetteerEntry[] listed = [new(NodeType.Person, "Rahmat Sukamto Dewantara", ["Sukamto"], "", [])];
        var lone = Doc("Dewantara menolak.", ("Dewantara", NodeType.Person, "capitalized"));
        new EntityResolver(RuleFixture.Shapes, listed).Resolve(lone);
        Assert.That(lone.Mentions[0].EntityId, Is.EqualTo("person:dewantara"));
        // The short name the list gives does name the person.
        var alias = Doc("Sukamto menolak.", ("Sukamto", NodeType.Person, "capitalized"));
        new EntityResolver(RuleFixture.Shapes, listed).Resolve(alias);
        Assert.That(alias.Mentions[0].EntityId, Is.EqualTo("person:rahmat-sukamto-dewantara"));
    }

    [Test]
    public void Surname_in_an_earlier_article_is_merged_when_the_full_name_comes_later()
    {
        var pipeline = ExtractionPipeline.CreateDefault(new ExtractionOptions { UseStatisticalNer = false });
        var graph = pipeline.Run([
            new Article("a1", "\"Kami siap,\" kata Wibisono kepada wartawan di Jakarta.", "a1.txt"),
            new Article("a2", "Menteri Pertahanan Indonesia Hartono Wibisono tiba di Jakarta.", "a2.txt"),
        ]);
        Assert.That(graph.FindNode("person:wibisono"), Is.Null);
        var node = graph.FindNode("person:hartono-wibisono")!;
        Assert.That(node.Aliases, Does.Contain("Wibisono"));
        Assert.That(node.Articles, Is.EquivalentTo(new[] { "a1", "a2" }));
    }

    [Test]
    public void Headquarters_of_a_known_body_is_that_body()
    {
        var doc = Doc("Mabes Polri dan Markas Besar Polri menyampaikan bantahan.",
            ("Mabes Polri", NodeType.Place, "ner"), ("Markas Besar Polri", NodeType.Organization, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId).Distinct(), Is.EqualTo(new[] { "organization:kepolisian-negara-republik-indonesia" }));
    }

    [Test]
    public void Event_names_differing_by_an_acronym_or_a_neutral_modifier_are_one_event()
    {
        var resolver = NewResolver();
        var a = Doc("Serangan AS dan Jepang di Guam mengejutkan.", ("Serangan AS dan Jepang di Guam", NodeType.Event, "event"));
        var b = Doc("Ada serangan gabungan Amerika Serikat dan Jepang di Guam.", ("serangan gabungan Amerika Serikat dan Jepang di Guam", NodeType.Event, "event"));
        var c = Doc("Lalu serangan Jepang di Guam.", ("serangan Jepang di Guam", NodeType.Event, "event"));
        foreach (var d in new[] { a, b, c }) resolver.ResolveEvents(d);
        Assert.That(b.Mentions[0].EntityId, Is.EqualTo(a.Mentions[0].EntityId));
        Assert.That(b.Mentions[0].Canonical, Is.EqualTo("Serangan AS dan Jepang di Guam"));
        Assert.That(c.Mentions[0].EntityId, Is.Not.EqualTo(a.Mentions[0].EntityId));
    }

    [Test]
    public void Headquarters_known_as_a_site_stay_a_place()
    {
        var doc = Doc("Rapat digelar di Markas Besar PBB.", ("Markas Besar PBB", NodeType.Place, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Does.StartWith("place:markas-besar"));
    }

    [Test]
    public void Headquarters_of_an_unknown_body_or_a_local_post_stays_itself()
    {
        var doc = Doc("Markas Besar Laskar Teluk Biru dan Markas Kepolisian Sektor Cibeunying dijaga.",
            ("Markas Besar Laskar Teluk Biru", NodeType.Organization, "ner"), ("Markas Kepolisian Sektor Cibeunying", NodeType.Place, "ner"));
        NewResolver().Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId), Is.EqualTo(new[]
        {
            "organization:markas-besar-laskar-teluk-biru", "place:markas-kepolisian-sektor-cibeunying",
        }));
    }
}

public class ContextTypeTests
{
    [Test]
    public void Lower_case_place_noun_retypes_a_tagger_person()
    {
        var doc = RuleFixture.Doc("Bentrokan terjadi di provinsi perbatasan Sri Kandor kemarin.");
        int at = doc.Text.IndexOf("Sri Kandor", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(at, at + 10, "Sri Kandor", NodeType.Person, 0, "ner"));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("place:sri-kandor"));
    }

    [TestCase("Polisi itu dikirim ke negara bagian Sri Kandor kemarin.", NodeType.Person, "place:sri-kandor")]
    // The longest cue wins: a state's news agency is an organisation, though "negara" alone makes a place.
    [TestCase("Hal itu dikatakan kepada kantor berita negara Sri Kandor kemarin.", NodeType.Place, "organization:sri-kandor")]
    [TestCase("Pasukan itu menyeberang ke negara Sri Kandor kemarin.", NodeType.Organization, "place:sri-kandor")]
    [TestCase("Konvoi itu melintas melalui Sri Kandor pada pagi hari.", NodeType.Person, "place:sri-kandor")]
    [TestCase("Baku tembak terjadi di sekitar Sri Kandor kemarin.", NodeType.Person, "place:sri-kandor")]
    // "melalui" and "sekitar" only say a name taken for a person is a place: a body stays a body.
    [TestCase("Bantuan itu disalurkan melalui Sri Kandor kemarin.", NodeType.Organization, "organization:sri-kandor")]
    // Words naming an armed group's kind make the name after them a body.
    [TestCase("Desa itu diserang kelompok bersenjata Sri Kandor kemarin.", NodeType.Place, "organization:sri-kandor")]
    [TestCase("Serangan diklaim kelompok militan Sri Kandor kemarin.", NodeType.Person, "organization:sri-kandor")]
    [TestCase("Pos itu diserbu pemberontak Sri Kandor kemarin.", NodeType.Person, "organization:sri-kandor")]
    // Buildings, camps and sites are places; a social network is a body.
    [TestCase("Korban dibawa ke rumah sakit Sri Kandor kemarin.", NodeType.Person, "place:sri-kandor")]
    [TestCase("Milisi menyerang kamp pengungsian Sri Kandor kemarin.", NodeType.Person, "place:sri-kandor")]
    [TestCase("Hal itu ditulisnya di media sosial Sri Kandor kemarin.", NodeType.Person, "organization:sri-kandor")]
    public void A_word_of_where_before_a_name_types_it(string text, NodeType tagged, string expected)
    {
        var doc = RuleFixture.Doc(text);
        int at = doc.Text.IndexOf("Sri Kandor", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(at, at + 10, "Sri Kandor", tagged, 0, "ner"));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo(expected));
    }

    [Test]
    public void A_word_before_one_mention_types_every_mention_of_the_name()
    {
        var doc = RuleFixture.Doc("Serangan itu menghantam Sri Kandor. Sebuah rumah di Sri Kandor hancur.");
        foreach (int at in new[] { doc.Text.IndexOf("Sri Kandor", StringComparison.Ordinal), doc.Text.LastIndexOf("Sri Kandor", StringComparison.Ordinal) })
            doc.Mentions.Add(new Mention(at, at + 10, "Sri Kandor", NodeType.Person, doc.SentenceAt(at)!.Index, "ner"));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        Assert.That(doc.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "place:sri-kandor", "place:sri-kandor" }));
    }

    [Test]
    public void Known_names_keep_their_type_whatever_precedes_them()
    {
        var doc = RuleFixture.Doc("Pernyataan itu dikutip kantor berita Kremlin.");
        int at = doc.Text.IndexOf("Kremlin", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(at, at + 7, "Kremlin", NodeType.Organization, 0, "gazetteer", "Kremlin"));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        Assert.That(doc.Mentions[0].EntityId, Is.EqualTo("organization:kremlin"));
    }
}

public class KnownAcronymTests
{
    private const string Spelt = "Komisi Pemberantas Korupsi";

    // The ids the resolver gives a body spelt out in the sentence and its listed acronym.
    private static List<string?> Ids(string sentence)
    {
        var doc = RuleFixture.Doc(sentence);
        int a = doc.Text.IndexOf(Spelt, StringComparison.Ordinal), b = doc.Text.IndexOf("KPK", StringComparison.Ordinal);
        doc.Mentions.Add(new Mention(a, a + Spelt.Length, Spelt, NodeType.Organization, 0, "cue"));
        doc.Mentions.Add(new Mention(b, b + 3, "KPK", NodeType.Organization, 0, "gazetteer", "Komisi Pemberantasan Korupsi"));
        doc.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        new EntityResolver(RuleFixture.Shapes, RuleFixture.Shapes.Resources.Gazetteer).Resolve(doc);
        return doc.Mentions.Select(m => m.EntityId).Distinct().ToList();
    }

    [Test]
    public void Variant_expansion_before_a_known_acronym_joins_the_known_body() =>
        Assert.That(Ids("Komisi Pemberantas Korupsi (KPK) memeriksa saksi."), Is.EqualTo(new[] { "organization:komisi-pemberantasan-korupsi" }));

    [Test]
    public void A_wording_of_a_name_then_atau_and_a_known_acronym_is_that_body()
    {
        Assert.That(Ids("Komisi Pemberantas Korupsi atau KPK memeriksa saksi."), Is.EqualTo(new[] { "organization:komisi-pemberantasan-korupsi" }));
        // "dan" lists two bodies.
        Assert.That(Ids("Komisi Pemberantas Korupsi dan KPK memeriksa saksi."), Has.Count.EqualTo(2));
    }

    [Test]
    public void Words_in_brackets_after_a_known_acronym_are_that_body() =>
        Assert.That(Ids("Pos diserang KPK (Komisi Pemberantas Korupsi) kemarin."), Is.EqualTo(new[] { "organization:komisi-pemberantasan-korupsi" }));
}
