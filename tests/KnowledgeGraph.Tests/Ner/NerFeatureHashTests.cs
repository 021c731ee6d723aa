using NUnit.Framework;
using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Tests.Ner;

/// <summary>
/// The shipped model stores its features by hash, so the hash must never drift: these pin it against a
/// plain FNV-1a over both bytes of every UTF-16 unit, for Latin text and for text beyond Latin-1.
/// </summary>
public class NerFeatureHashTests
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Step(ulong h, char c)
    {
        foreach (var b in new[] { (byte)c, (byte)(c >> 8) })
        {
            h ^= b;
            h *= Prime;
        }
        return h;
    }

    // Template number as a unit, each word followed by a separator unit, then the final mix.
    private static ulong Reference(int template, params string[] words)
    {
        var h = Step(Offset, (char)template);
        foreach (var w in words)
        {
            foreach (var c in w) h = Step(h, c);
            h = Step(h, '\u0001');
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    private static ulong[] Features(params string[] tokens)
    {
        var buffer = new FeatureBuffer();
        new NerFeatures().Extract(tokens, cased: true, buffer);
        return buffer.Of(0).ToArray();
    }

    [TestCase("kantor", "pusat")]
    [TestCase("ḥusain", "śrī")]
    [TestCase("gedung", "çağrı")]
    public void WordFeaturesHashAsPlainFnvOverBothBytes(string word, string next)
    {
        var features = Features(word, next);
        Assert.That(features, Does.Contain(Reference(1, word)), "the word itself");
        Assert.That(features, Does.Contain(Reference(52, next)), "the next word");
        Assert.That(features, Does.Contain(Reference(55, word, next)), "the word with the next one");
    }
}
