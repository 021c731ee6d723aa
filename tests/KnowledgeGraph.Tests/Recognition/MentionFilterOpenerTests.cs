using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>A listed place that is also an ordinary word is no place where it only opens a sentence.</summary>
public class MentionFilterOpenerTests
{
    private static readonly Lazy<MentionFilter> Filter = new(() => new MentionFilter(LanguageResources.Load()));

    // Every occurrence of each surface as a place mention, in its own sentence.
    private static List<Mention> Places(string text, params string[] surfaces)
    {
        var doc = RuleFixture.Doc(text);
        var found = new List<Mention>();
        foreach (var surface in surfaces)
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var s = doc.Sentences.First(x => x.Start <= at && at < x.End);
                found.Add(new Mention(at, at + surface.Length, surface, NodeType.Place, s.Index, "gazetteer", surface));
            }
        return Filter.Value.Apply(doc, found.OrderBy(m => m.Start));
    }

    [Test]
    public void The_word_for_an_administrative_level_alone_is_no_place()
    {
        Assert.That(Places("Pengamanan di setiap Kabupaten/Kota di Sukamaju diperketat.", "Kabupaten"), Is.Empty);
        // Parted from its name by a line break, it still goes on with the name on the next line.
        Assert.That(Places("Warga mengungsi dari Kampung Lembah, Kabupaten\nKotabaru, pada Senin.", "Kabupaten"), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_number_opening_a_sentence_is_no_place() =>
        Assert.That(Places("Lima orang tewas dalam kecelakaan itu.", "Lima"), Is.Empty);

    [Test]
    public void An_ordinary_word_opening_a_sentence_is_no_place() =>
        Assert.That(Places("Medan perang itu sepi sejak pagi.", "Medan"), Is.Empty);

    [Test]
    public void The_same_word_as_a_name_inside_a_sentence_is_a_place()
    {
        var kept = Places("Para menteri tiba di Lima, Peru, pada Jumat. Lima menjadi tuan rumah pertemuan itu.", "Lima");
        Assert.That(kept, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_ordinary_word_a_verb_follows_is_the_place_as_subject() =>
        Assert.That(Places("Medan dilanda banjir sejak pagi.", "Medan"), Has.Count.EqualTo(1));

    [Test]
    public void A_place_that_is_no_ordinary_word_opens_a_sentence() =>
        Assert.That(Places("Kyiv diguncang ledakan pada Senin.", "Kyiv"), Has.Count.EqualTo(1));
}
