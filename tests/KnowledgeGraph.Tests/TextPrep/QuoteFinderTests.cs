using NUnit.Framework;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Tests.TextPrep;

public class QuoteFinderTests
{
    private static readonly IndonesianSegmenter Segmenter = IndonesianSegmenter.Load(null, "id");

    [Test]
    public void Multi_sentence_quote_is_one_span_with_its_attribution()
    {
        const string text = "Banjir melanda Kudus.\n“Air naik cepat. Kami mengungsi. Bantuan belum datang,” kata Ketua RT Slamet.";
        var sentences = Segmenter.Segment(text);
        var quote = QuoteFinder.Find(text, sentences).Single();
        Assert.That(quote.Text, Is.EqualTo("Air naik cepat. Kami mengungsi. Bantuan belum datang,"));
        Assert.That(text[quote.Start..quote.End], Is.EqualTo(quote.Text));
        Assert.That((quote.FirstSentence, quote.LastSentence), Is.EqualTo((1, 3)));
        Assert.That(text[quote.After], Is.EqualTo("kata Ketua RT Slamet."));
        Assert.That(text[quote.Before], Is.Empty);
        Assert.That(quote.Closed, Is.True);
    }

    [Test]
    public void Speaker_before_the_quote_and_straight_quotes()
    {
        const string text = "Gubernur Jawa Tengah mengatakan, \"Kami akan membantu warga.\"";
        var quote = QuoteFinder.Find(text, Segmenter.Segment(text)).Single();
        Assert.That(quote.Text, Is.EqualTo("Kami akan membantu warga."));
        Assert.That(text[quote.Before], Is.EqualTo("Gubernur Jawa Tengah mengatakan,"));
    }

    [Test]
    public void Quote_left_open_ends_with_its_paragraph_and_scare_quotes_are_ignored()
    {
        const string text = "“Kami menolak rencana itu.\nPemerintah menyebutnya ‘langkah darurat’ saja.";
        var quotes = QuoteFinder.Find(text, Segmenter.Segment(text));
        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(quotes[0].Text, Is.EqualTo("Kami menolak rencana itu."));
        Assert.That(quotes[0].Closed, Is.False);
    }

    [Test]
    public void Inch_marks_inside_words_are_not_quotes()
    {
        const string text = "Layar 5\" itu murah, kata penjual.";
        Assert.That(QuoteFinder.Find(text, Segmenter.Segment(text)), Is.Empty);
    }
}
