using NUnit.Framework;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Tests.Recognition;

/// <summary>Two people or two places joined by a hyphen: a candidate and a running mate, a town and its region.</summary>
public class MentionFilterPairTests
{
    private static readonly Lazy<MentionFilter> Filter = new(() => new MentionFilter(LanguageResources.Load()));

    // The surfaces the filter keeps when each given surface is a person mention.
    private static List<string> Persons(string text, params string[] surfaces)
    {
        var doc = RuleFixture.Doc(text);
        var found = new List<Mention>();
        foreach (var surface in surfaces)
        {
            int at = text.IndexOf(surface, StringComparison.Ordinal);
            var s = doc.Sentences.First(x => x.Start <= at && at < x.End);
            found.Add(new Mention(at, at + surface.Length, surface, NodeType.Person, s.Index, "capitalized"));
        }
        return Filter.Value.Apply(doc, found.OrderBy(m => m.Start)).Select(m => m.Surface).ToList();
    }

    [Test]
    public void Two_names_of_two_words_joined_by_a_hyphen_are_two_people() =>
        Assert.That(Persons("Pilkada diikuti pasangan Rudi Hartawan-Sinta Maharani dan Joko Purnomo-Ani R.", "Rudi Hartawan-Sinta Maharani", "Joko Purnomo-Ani R"),
            Is.EqualTo(new[] { "Rudi Hartawan", "Sinta Maharani", "Joko Purnomo", "Ani R" }));

    [Test]
    public void One_word_sides_are_two_people_only_after_a_pair_word()
    {
        Assert.That(Persons("Kemenangan paslon Rudi-Sinta diumumkan Senin.", "Rudi-Sinta"), Is.EqualTo(new[] { "Rudi", "Sinta" }));
        Assert.That(Persons("Paslon Rudi-Sinta menang.", "Paslon Rudi-Sinta"), Is.EqualTo(new[] { "Rudi", "Sinta" }));
        Assert.That(Persons("Kemenangan Rudi-Sinta diumumkan Senin.", "Rudi-Sinta"), Is.EqualTo(new[] { "Rudi-Sinta" }));
    }

    [Test]
    public void One_word_sides_the_article_names_in_full_are_two_people()
    {
        const string text = "Bupati Rudi Hartawan dan wakilnya Sinta Maharani hadir. Rudi-Sinta menang di sidang itu.";
        Assert.That(Persons(text, "Rudi Hartawan", "Sinta Maharani", "Rudi-Sinta"),
            Is.EqualTo(new[] { "Rudi Hartawan", "Sinta Maharani", "Rudi", "Sinta" }));
        // Only one side named in full is not enough.
        Assert.That(Persons("Bupati Rudi Hartawan hadir. Rudi-Sinta menang di sidang itu.", "Rudi Hartawan", "Rudi-Sinta"),
            Is.EqualTo(new[] { "Rudi Hartawan", "Rudi-Sinta" }));
    }

    [Test]
    public void A_double_name_with_one_word_on_a_side_is_one_person() =>
        Assert.That(Persons("Juru bicara itu, Marie Dupont-Lacroix, berbicara kepada wartawan.", "Marie Dupont-Lacroix"),
            Is.EqualTo(new[] { "Marie Dupont-Lacroix" }));

    // The surfaces the filter keeps when each given surface is a place mention.
    private static List<string> Places(string text, params string[] surfaces)
    {
        var doc = RuleFixture.Doc(text);
        var found = surfaces.Select(surface =>
        {
            int at = text.IndexOf(surface, StringComparison.Ordinal);
            return new Mention(at, at + surface.Length, surface, NodeType.Place, doc.Sentences.First(x => x.Start <= at && at < x.End).Index, "capitalized");
        });
        return Filter.Value.Apply(doc, found.OrderBy(m => m.Start)).Select(m => m.Surface).ToList();
    }

    [Test]
    public void A_listed_place_and_its_listed_region_joined_by_a_hyphen_are_two_places()
    {
        Assert.That(Places("Warga Kabupaten Garut-Jabar menggelar doa bersama.", "Kabupaten Garut-Jabar"), Is.EqualTo(new[] { "Kabupaten Garut", "Jabar" }));
        // A side the lists do not hold keeps the name whole.
        Assert.That(Places("Warga Kampung Sukamaju-Jabar menggelar doa bersama.", "Kampung Sukamaju-Jabar"), Is.EqualTo(new[] { "Kampung Sukamaju-Jabar" }));
    }
}
