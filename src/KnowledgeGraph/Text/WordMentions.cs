using System.Numerics;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Text;

/// <summary>
/// The mention that starts at each word of an article, read like an array of words
/// (<c>at[i]</c> is null at a word no mention starts in). Few words start a mention, so it keeps
/// one bit per word and the mentions themselves, not a reference per word: a long article's
/// word view then costs about the words alone.
/// </summary>
public sealed class WordMentions
{
    private readonly ulong[] _bits;
    private readonly int[] _before;
    private readonly Mention[] _mentions;

    /// <summary>A map of <paramref name="length"/> words with <paramref name="mentions"/> at their word indexes.</summary>
    public WordMentions(int length, IReadOnlyDictionary<int, Mention> mentions)
    {
        Length = length;
        _bits = new ulong[(length + 63) / 64];
        foreach (var i in mentions.Keys)
        {
            if ((uint)i >= (uint)length) throw new ArgumentOutOfRangeException(nameof(mentions), $"word {i} is not among {length} words");
            _bits[i >> 6] |= 1UL << (i & 63);
        }
        _before = new int[_bits.Length];
        for (int b = 1; b < _bits.Length; b++) _before[b] = _before[b - 1] + BitOperations.PopCount(_bits[b - 1]);
        _mentions = new Mention[mentions.Count];
        foreach (var (i, m) in mentions) _mentions[Rank(i)] = m;
    }

    /// <summary>The number of words.</summary>
    public int Length { get; }

    /// <summary>The mention that starts at word <paramref name="i"/>, or null.</summary>
    public Mention? this[int i]
    {
        get
        {
            if ((uint)i >= (uint)Length) throw new IndexOutOfRangeException();
            ulong bit = 1UL << (i & 63);
            return (_bits[i >> 6] & bit) == 0 ? null : _mentions[Rank(i)];
        }
    }

    // The number of words before word i that start a mention.
    private int Rank(int i) => _before[i >> 6] + BitOperations.PopCount(_bits[i >> 6] & ((1UL << (i & 63)) - 1));
}
