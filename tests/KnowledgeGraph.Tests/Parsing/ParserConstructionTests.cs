using KnowledgeGraph.Parsing;
using KnowledgeGraph.Segmentation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Parsing;

/// <summary>
/// The shipped model on small sentences written for these tests: the constructions the relation
/// extractors read (subjects, objects, passive agents, conjuncts, appositions, quotes, places, attacks).
/// </summary>
public class ParserConstructionTests
{
    private static readonly SentenceParser Parser = SentenceParser.LoadDefault();
    private static readonly IndonesianSegmenter Segmenter = IndonesianSegmenter.Load(null);

    private static ParsedSentence Parse(string text)
    {
        var sentences = Segmenter.Segment(text);
        Assert.That(sentences, Has.Count.EqualTo(1), "one sentence");
        var parsed = Parser.Parse(sentences[0]);
        TestContext.Out.WriteLine(string.Join(" ", parsed.Words.Select(w => $"{w.Text}/{w.Pos}/{w.Dep}<{w.Head?.Text ?? "ROOT"}")));
        return parsed;
    }

    private static Word W(ParsedSentence s, string text, int nth = 0) => s.Words.Where(w => w.Text == text).ElementAt(nth);

    [Test]
    public void ActiveClauseHasSubjectAndObject()
    {
        var s = Parse("Pasukan Rusia menyerang kota Kharkiv pada Kamis pagi.");
        var verb = W(s, "menyerang");
        Assert.That(s.Root, Is.SameAs(verb));
        Assert.That(verb.Lemma, Is.EqualTo("serang"));
        var subject = verb.ChildrenWith("nsubj").Single();
        Assert.That(subject.Text, Is.EqualTo("Pasukan"));
        Assert.That(subject.Subtree.Select(w => w.Text), Does.Contain("Rusia"));
        Assert.That(verb.ChildrenWith("obj").Single().Text, Is.EqualTo("kota"));
    }

    [Test]
    public void PassiveClauseHasPassiveSubjectAndOlehAgent()
    {
        var s = Parse("Kota itu diserang oleh pesawat tempur dari arah utara.");
        var verb = W(s, "diserang");
        Assert.That(verb.IsRoot, Is.True);
        Assert.That(verb.Pos, Is.EqualTo("VERB"));
        Assert.That(W(s, "Kota").Dep, Is.EqualTo("nsubj:pass"));
        var agent = W(s, "pesawat");
        Assert.That(agent.Dep, Is.EqualTo("obl:agent"));
        Assert.That(agent.Head, Is.SameAs(verb));
        Assert.That(agent.ChildrenWith("case").Single().Text, Is.EqualTo("oleh"));
    }

    [Test]
    public void ThreeNamesAreConjuncts()
    {
        var s = Parse("Pertemuan itu dihadiri oleh Andi, Budi dan Citra.");
        var first = W(s, "Andi");
        Assert.That(first.Head, Is.SameAs(W(s, "dihadiri")));
        Assert.That(first.ChildrenWith("conj").Select(w => w.Text), Is.EqualTo(new[] { "Budi", "Citra" }));
        Assert.That(W(s, "dan").Dep, Is.EqualTo("cc"));
    }

    [Test]
    public void NameAfterTitleIsItsApposition()
    {
        var s = Parse("Menteri Luar Negeri Indonesia, Retno Marsudi, bertemu dengan Antony Blinken di Jakarta.");
        var verb = W(s, "bertemu");
        var title = W(s, "Menteri");
        Assert.That(title.Head, Is.SameAs(verb));
        Assert.That(title.Dep, Is.EqualTo("nsubj"));
        var name = W(s, "Retno");
        Assert.That(name.Dep, Is.EqualTo("appos"));
        Assert.That(name.Head, Is.SameAs(title));
        Assert.That(name.ChildrenWith("flat").Single().Text, Is.EqualTo("Marsudi"));
        var partner = W(s, "Antony");
        Assert.That(partner.Head, Is.SameAs(verb));
        Assert.That(partner.ChildrenWith("case").Single().Text, Is.EqualTo("dengan"));
    }

    [Test]
    public void KataAfterQuoteNamesTheSpeaker()
    {
        var s = Parse("\u201CKami akan terus membantu rakyat Ukraina,\u201D kata Presiden Joko Widodo.");
        var kata = W(s, "kata");
        Assert.That(kata.Dep, Is.EqualTo("parataxis"));
        Assert.That(kata.Head, Is.SameAs(W(s, "membantu")));
        var speaker = kata.ChildrenWith("nsubj").Single();
        Assert.That(speaker.Subtree.Select(w => w.Text), Is.EqualTo(new[] { "Presiden", "Joko", "Widodo" }));
    }

    [Test]
    public void LocativeChainStaysUnderThePlace()
    {
        var s = Parse("Upacara itu digelar di Masjid Raya Baiturrahman, Banda Aceh, Aceh.");
        var place = W(s, "Masjid");
        Assert.That(place.Dep, Is.EqualTo("obl"));
        Assert.That(place.Head, Is.SameAs(W(s, "digelar")));
        Assert.That(place.ChildrenWith("case").Single().Text, Is.EqualTo("di"));
        var city = W(s, "Banda");
        Assert.That(city.Dep, Is.EqualTo("appos"));
        Assert.That(city.Head, Is.SameAs(place));
        Assert.That(place.Subtree.Count(w => w.Text == "Aceh"), Is.EqualTo(2), "Banda Aceh and Aceh both inside the place phrase");
        var (start, end) = place.SubtreeSpan;
        Assert.That(s.Sentence.Text[(start - s.Start)..(end - s.Start)], Is.EqualTo("di Masjid Raya Baiturrahman, Banda Aceh, Aceh"));
    }

    [Test]
    public void NominalisedAttackKeepsAttackerAndTarget()
    {
        var s = Parse("Serangan udara Rusia ke Kyiv menewaskan tiga warga sipil.");
        var attack = W(s, "Serangan");
        Assert.That(attack.Lemma, Is.EqualTo("serang"));
        Assert.That(attack.Dep, Is.EqualTo("nsubj"));
        Assert.That(attack.Head, Is.SameAs(W(s, "menewaskan")));
        Assert.That(attack.Subtree.Select(w => w.Text), Does.Contain("Rusia"));
        var target = W(s, "Kyiv");
        Assert.That(target.Head, Is.SameAs(attack));
        Assert.That(target.DepIs("nmod"), Is.True);
        Assert.That(target.ChildrenWith("case").Single().Text, Is.EqualTo("ke"));
    }

    [Test]
    public void CliticsAreWordsWithArticleOffsets()
    {
        const string prefix = "Judul\n\n";
        var text = prefix + "Menurutnya, pemerintah sudah menyetujuinya sejak bulan lalu.";
        var sentence = Segmenter.Segment(text).Single(x => x.Text.StartsWith("Menurutnya"));
        var s = Parser.Parse(sentence);
        Assert.That(s.Words.Select(w => w.Text), Is.EqualTo(new[] { "Menurut", "nya", ",", "pemerintah", "sudah", "menyetujui", "nya", "sejak", "bulan", "lalu", "." }));
        foreach (var w in s.Words) Assert.That(text[w.Start..w.End], Is.EqualTo(w.Text));
        Assert.That(W(s, "Menurut").Start, Is.EqualTo(prefix.Length));
        Assert.That(W(s, "nya").TokenIndex, Is.EqualTo(W(s, "Menurut").TokenIndex));
        var verb = W(s, "menyetujui");
        Assert.That(verb.Lemma, Is.EqualTo("setuju"));
        Assert.That(W(s, "nya", 1).Head, Is.SameAs(verb));
        Assert.That(W(s, "nya", 1).Dep, Is.EqualTo("obj"));

        var conllu = s.ToConllu("t-1");
        Assert.That(conllu.MultiwordTokens, Is.EqualTo(new[]
        {
            new ConlluToken(1, 2, "Menurutnya", $"SpaceAfter=No|TokenRange={prefix.Length}:{prefix.Length + 10}"),
            new ConlluToken(6, 7, "menyetujuinya", $"TokenRange={prefix.Length + 29}:{prefix.Length + 42}"),
        }));
    }
}

public class ParsingStageTests
{
    [Test]
    public void A_parse_read_sentence_by_sentence_is_the_parse_of_the_whole_document_and_is_kept_until_the_shared_work_is_let_go()
    {
        var text = "NATO mengecam serangan itu.\n\n\u201CIni tidak bisa diterima,\u201D kata Sekjen NATO. Rusia membantah.";
        var article = new KnowledgeGraph.Sources.Article("a1", text, "a1.txt");
        var sentences = IndonesianSegmenter.Load(null).Segment(text);
        var parser = SentenceParser.LoadDefault();
        var whole = new Document(new KnowledgeGraph.Cleaning.CleanText(article, text, []), sentences);
        whole.Parses = parser.Parse(sentences);
        var streamed = new Document(new KnowledgeGraph.Cleaning.CleanText(article, text, []), sentences);
        streamed.ParseAsRead(parser.Parse);
        Assert.That(streamed.Parses, Has.Count.EqualTo(sentences.Count));
        Assert.That(streamed.Parses.Select(ConlluText), Is.EqualTo(whole.Parses.Select(ConlluText)));
        Assert.That(ConlluText(streamed.ParseOf(1)!), Is.EqualTo(ConlluText(whole.Parses[1])));
        var first = streamed.Parses[0];
        Assert.That(streamed.Parses[0], Is.SameAs(first), "parsed once, when first read");
        streamed.ForgetShared();
        Assert.That(streamed.Parses[0], Is.Not.SameAs(first), "let go with the shared work");
        Assert.That(ConlluText(streamed.Parses[0]), Is.EqualTo(ConlluText(first)));
    }

    private static string ConlluText(ParsedSentence sentence)
    {
        var writer = new StringWriter();
        KnowledgeGraph.Parsing.Conllu.Write(writer, sentence.ToConllu());
        return writer.ToString();
    }

    [Test]
    public void ADocumentCarriesAParsePerSentenceWhoseWordsMapToItsText()
    {
        var text = "NATO mengecam serangan itu.\n\n\u201CIni tidak bisa diterima,\u201D kata Sekjen NATO.";
        var article = new KnowledgeGraph.Sources.Article("a1", text, "a1.txt");
        var segmenter = IndonesianSegmenter.Load(null);
        var doc = new Document(new KnowledgeGraph.Cleaning.CleanText(article, text, []), segmenter.Segment(text));
        Assert.That(doc.Parses, Is.Empty, "nothing before the stage runs");
        doc.ParseOnDemand(SentenceParser.LoadDefault().Parse);
        Assert.That(doc.Parses, Has.Count.EqualTo(doc.Sentences.Count));
        Assert.That(doc.Parses, Is.SameAs(doc.Parses), "parsed once");
        foreach (var s in doc.Parses)
        {
            Assert.That(s.Root, Is.Not.Null);
            Assert.That(s.Words.Count(w => w.IsRoot), Is.EqualTo(1));
            foreach (var w in s.Words)
            {
                Assert.That(text[w.Start..w.End], Is.EqualTo(w.Text));
                if (w.Head is not null) Assert.That(w.Head.Children, Does.Contain(w));
                Assert.That(w.IsRoot ? w : w.Ancestors.Last(), Is.SameAs(s.Root), "every word hangs from the root");
            }
        }
    }
}
