using System.Globalization;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Parsing;

/// <summary>A segmenter sentence with its words tagged, lemmatized and parsed into one tree.</summary>
public sealed class ParsedSentence
{
    private readonly Word[] _words;

    internal ParsedSentence(Sentence sentence, IReadOnlyList<SplitWord> words, SentenceAnalysis analysis)
    {
        Sentence = sentence;
        _words = new Word[words.Count];
        for (int i = 0; i < words.Count; i++)
            _words[i] = new Word(this, i, words[i], analysis.Upos[i], analysis.Lemmas[i], analysis.Relations[i]);
        for (int i = 0; i < words.Count; i++)
        {
            int h = analysis.Heads[i];
            if (h <= 0) { Root ??= _words[i]; continue; }
            _words[i].Head = _words[h - 1];
            _words[h - 1].AddChild(_words[i]);
        }
    }

    public Sentence Sentence { get; }
    public IReadOnlyList<Word> Words => _words;
    /// <summary>The word the whole sentence hangs from (null only for a sentence without words).</summary>
    public Word? Root { get; }
    public int Start => Sentence.Start;
    public int End => Sentence.End;

    /// <summary>The word covering article offset <paramref name="offset"/>, or null.</summary>
    public Word? WordAt(int offset)
    {
        foreach (var w in _words) if (offset >= w.Start && offset < w.End) return w;
        return null;
    }

    /// <summary>
    /// The sentence as CoNLL-U: "# text" and "# sent_id", a multiword token line where a token was split
    /// into a word and a clitic, and each word's article offsets in MISC as TokenRange=start:end.
    /// </summary>
    public ConlluSentence ToConllu(string? id = null)
    {
        var s = new ConlluSentence();
        if (id is not null) s.Comments.Add("sent_id = " + id);
        s.Comments.Add("text = " + Sentence.Text.Replace('\n', ' ').Replace('\r', ' '));
        var tokens = Sentence.Tokens;
        for (int i = 0; i < _words.Length; i++)
        {
            var w = _words[i];
            bool spaceAfter = i + 1 >= _words.Length || _words[i + 1].Start > w.End;
            var misc = Range(w.Start, w.End);
            int first = i, last = i;
            while (last + 1 < _words.Length && _words[last + 1].TokenIndex == w.TokenIndex) last++;
            if (last > first && (first == 0 || _words[first - 1].TokenIndex != w.TokenIndex))
            {
                var t = tokens[w.TokenIndex];
                bool tokenSpace = last + 1 >= _words.Length || _words[last + 1].Start > t.End;
                s.MultiwordTokens.Add(new ConlluToken(first + 1, last + 1, t.Text, (tokenSpace ? "" : "SpaceAfter=No|") + Range(t.Start, t.End)));
            }
            bool inside = (i > 0 && _words[i - 1].TokenIndex == w.TokenIndex) || (i + 1 < _words.Length && _words[i + 1].TokenIndex == w.TokenIndex);
            if (!spaceAfter && !inside) misc = "SpaceAfter=No|" + misc;
            s.Words.Add(new ConlluWord
            {
                Id = i + 1, Form = w.Text, Lemma = w.Lemma, Upos = w.Pos,
                Head = w.Head is null ? 0 : w.Head.Index + 1, Deprel = w.Dep, Misc = misc,
            });
        }
        return s;
    }

    private static string Range(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"TokenRange={start}:{end}");

    public override string ToString() => Sentence.Text;
}
