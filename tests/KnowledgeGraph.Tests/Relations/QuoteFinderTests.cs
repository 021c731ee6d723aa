using NUnit.Framework;
using KnowledgeGraph.Relations;

namespace KnowledgeGraph.Tests.Relations;

public class QuoteFinderTests
{
    private static List<string> Quotes(string text) =>
        new SimpleQuoteFinder().Find(text).Select(q => text[q.Start..q.End]).ToList();

    [Test]
    public void QuoteOfSeveralSentencesIsOneSpan()
    {
        Assert.That(Quotes("Banjir melanda Kudus.\n“Air naik cepat. Kami mengungsi. Bantuan belum datang,” kata Ketua RT Slamet."),
            Is.EqualTo(new[] { "Air naik cepat. Kami mengungsi. Bantuan belum datang," }));
    }

    [Test]
    public void CurlyAndStraightQuotesArePaired()
    {
        Assert.That(Quotes("“Satu dua,” kata A. Lalu \"tiga empat,\" ujar B."), Is.EqualTo(new[] { "Satu dua,", "tiga empat," }));
    }

    [Test]
    public void TwoApostrophesStandForADoubleMark()
    {
        Assert.That(Quotes("''Jalan itu ditutup sejak pagi,'' kata Budi. Itu kata 'resmi' mereka."), Is.EqualTo(new[] { "Jalan itu ditutup sejak pagi," }));
    }

    [Test]
    public void ClosingMarkWithoutOpeningQuotesFromParagraphStart()
    {
        Assert.That(Quotes("Pembuka.\nKami tidak terlibat,\" kata juru bicara itu."), Is.EqualTo(new[] { "Kami tidak terlibat," }));
    }

    [Test]
    public void QuoteMayRunIntoTheNextParagraph()
    {
        Assert.That(Quotes("“Kalimat satu.\n\nKalimat dua,” ujar C."), Is.EqualTo(new[] { "Kalimat satu.\n\nKalimat dua," }));
    }

    [Test]
    public void UnclosedQuoteEndsAtItsParagraph()
    {
        var quotes = Quotes("“Tanpa penutup di sini.\n\nParagraf lain.\n\nParagraf ketiga.");
        Assert.That(quotes, Is.EqualTo(new[] { "Tanpa penutup di sini." }));
    }

    [Test]
    public void MisdecodedCurlyOpeningMarkIsRead()
    {
        Assert.That(Quotes("Ia berkata β€œKami siap,” ucap D."), Is.EqualTo(new[] { "Kami siap," }));
    }
}
