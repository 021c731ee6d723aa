using System.Text;
using KnowledgeGraph.Dates;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// The bounds that keep a build linear in the article's size: no quote, sentence or evidence
/// grows with a run-on article, and the date finder reads the years once.
/// </summary>
public class BoundedTextTests
{
    private static string RunOn(int sentences, string sentence)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) sb.Append(sentence).Append(' ');
        return sb.ToString();
    }

    [Test]
    public void A_stray_closing_mark_in_a_run_on_line_quotes_no_more_than_the_bound()
    {
        var text = RunOn(2000, "Warga kota itu berkumpul di alun-alun pada pagi hari.") + "selesai,\" kata dia.";
        var quotes = new SimpleQuoteFinder().Find(text);
        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(quotes[0].End - quotes[0].Start, Is.LessThanOrEqualTo(SimpleQuoteFinder.MaxQuoteLength));
        Assert.That(text[quotes[0].Start..quotes[0].End], Does.EndWith("selesai,"));
    }

    [Test]
    public void An_opening_mark_never_closed_in_a_run_on_line_ends_at_the_bound()
    {
        var text = "\u201CKami siap " + RunOn(2000, "Warga kota itu berkumpul di alun-alun.") + "\u201CLagi,\u201D kata dia.";
        var quotes = new SimpleQuoteFinder().Find(text);
        Assert.That(quotes.Select(q => q.End - q.Start), Has.All.LessThanOrEqualTo(SimpleQuoteFinder.MaxQuoteLength));
        Assert.That(quotes.Select(q => text[q.Start..q.End]), Does.Contain("Lagi,"));
    }

    [Test]
    public void A_line_without_sentence_ends_is_cut_into_bounded_sentences_that_cover_it()
    {
        var text = RunOn(1000, "kata");
        var sentences = IndonesianSegmenter.Load(null).Segment(text);
        Assert.That(sentences, Has.Count.EqualTo(3));
        Assert.That(sentences.Select(s => s.Tokens.Count), Is.EqualTo(new[] { 400, 400, 200 }));
        Assert.That(sentences[0].Start, Is.EqualTo(0));
        Assert.That(sentences[^1].End, Is.EqualTo(text.TrimEnd().Length));
    }

    [Test]
    public void Evidence_text_is_bounded_and_never_splits_a_surrogate_pair()
    {
        var longText = new string('a', Evidences.MaxTextLength - 1) + "\U0001F600" + "tail";
        var bounded = Evidences.Bounded(longText);
        Assert.That(bounded.Length, Is.LessThanOrEqualTo(Evidences.MaxTextLength + 1));
        Assert.That(char.IsHighSurrogate(bounded[^2]), Is.False);
        Assert.That(bounded, Does.EndWith("\u2026"));
        Assert.That(Evidences.Bounded("pendek"), Is.EqualTo("pendek"));
    }

    [Test]
    public void Run_on_article_gives_no_evidence_longer_than_the_bound()
    {
        var text = "JAKARTA - " + RunOn(400, "Presiden Joko Widodo bertemu Jens Stoltenberg di Brussels, kata juru bicara\" NATO");
        var graph = ExtractionPipeline.CreateDefault().Run([new Article("runon", text, "runon.txt")]);
        var evidence = graph.Relations.SelectMany(r => r.Evidence).ToList();
        Assert.That(evidence, Is.Not.Empty);
        Assert.That(evidence.Select(e => e.Sentence.Length), Has.All.LessThanOrEqualTo(Evidences.MaxTextLength + 1));
        Assert.That(evidence.Select(e => e.Quote?.Length ?? 0), Has.All.LessThanOrEqualTo(Evidences.MaxTextLength + 1));
    }

    [Test]
    public void Yearless_dates_in_a_long_article_still_take_the_year_whose_weekday_fits()
    {
        var finder = PublicationDateFinder.Load(null, "id");
        var text = string.Concat(Enumerable.Repeat("Bentrokan terjadi Selasa (20/6) di perbatasan.\n", 3000)) + "Sejak 2022 konflik ini, dan pada 2023 memanas.";
        Assert.That(finder.Find(text), Is.EqualTo("2023-06-20"));
    }

    [Test]
    public void Header_date_after_many_blank_lines_is_not_a_header()
    {
        var finder = PublicationDateFinder.Load(null, "id");
        Assert.That(finder.Find("Judul\n" + new string('\n', 50000) + "Sabtu, 08 Januari 2022\nIsi."), Is.Null);
        Assert.That(finder.Find("Judul\n\n\nSabtu, 08 Januari 2022\n" + new string('\n', 50000) + "Isi."), Is.EqualTo("2022-01-08"));
    }
}
