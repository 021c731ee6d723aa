using NUnit.Framework;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// Evidence whose sentence is cut from the article only when read behaves like evidence given its
/// sentence: same text, equal and hashed alike, and evidences of one sentence share one string.
/// </summary>
public class DeferredEvidenceTests
{
    private const string Article = "Pembuka.  Budi bertemu Siti di Medan.  Penutup.";

    private static DeferredText Sentence(int start, int end) => new(Article, start, end, (text, s, e) => text.AsSpan(s, e - s).Trim().ToString());

    [Test]
    public void A_deferred_sentence_reads_and_compares_as_the_given_one()
    {
        var deferred = new Evidence("a1", Sentence(8, 39), 10, 14, null, "2024-01-01");
        var given = new Evidence("a1", "Budi bertemu Siti di Medan.", 10, 14, null, "2024-01-01");

        Assert.That(deferred, Is.EqualTo(given));
        Assert.That(deferred.GetHashCode(), Is.EqualTo(given.GetHashCode()));
        Assert.That(deferred.Sentence, Is.EqualTo("Budi bertemu Siti di Medan."));
        Assert.That(deferred with { Date = null }, Is.Not.EqualTo(given));
        Assert.That((deferred with { Date = null }).Sentence, Is.EqualTo(given.Sentence));
    }

    [Test]
    public void Evidences_sharing_a_deferred_sentence_share_its_one_string()
    {
        var sentence = Sentence(8, 39);
        var a = new Evidence("a1", sentence, 10, 14);
        var b = new Evidence("a1", sentence, 23, 27);
        Assert.That(ReferenceEquals(a.Sentence, b.Sentence), Is.True);
    }
}
