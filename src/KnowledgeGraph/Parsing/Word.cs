namespace KnowledgeGraph.Parsing;

/// <summary>
/// A syntactic word of a parsed sentence, in the shape of spaCy's Token: <see cref="Head"/>,
/// <see cref="Dep"/>, <see cref="Children"/>, <see cref="Lemma"/>, <see cref="Pos"/>, article offsets
/// <see cref="Start"/>..<see cref="End"/> (end exclusive) and <see cref="Subtree"/>.
/// Relations are Universal Dependencies labels; the subtypes nsubj:pass, csubj:pass, obl:agent,
/// acl:relcl and nmod:poss are kept (compare with <see cref="DepIs"/> to ignore subtypes).
/// </summary>
public sealed class Word
{
    // Most words have no dependents: their list is made on the first one.
    private List<Word>? _children;

    internal Word(ParsedSentence sentence, int index, SplitWord word, string pos, string lemma, string dep)
    {
        Sentence = sentence;
        Index = index;
        Text = word.Text;
        Start = word.Start;
        End = word.End;
        TokenIndex = word.Token;
        Pos = pos;
        Lemma = lemma;
        Dep = dep;
    }

    public ParsedSentence Sentence { get; }
    /// <summary>Position in the sentence, from 0 (the CoNLL-U id is Index + 1).</summary>
    public int Index { get; }
    public string Text { get; }
    public int Start { get; }
    public int End { get; }
    /// <summary>Index of the segmenter token this word was cut from (a token and its clitic share one).</summary>
    public int TokenIndex { get; }
    /// <summary>Universal part-of-speech tag (NOUN, PROPN, VERB, …).</summary>
    public string Pos { get; }
    public string Lemma { get; }
    /// <summary>Relation to the head ("nsubj", "obl:agent", "root" for the root).</summary>
    public string Dep { get; }
    /// <summary>The head word; null for the root.</summary>
    public Word? Head { get; internal set; }
    public bool IsRoot => Head is null;
    /// <summary>Dependents in sentence order.</summary>
    public IReadOnlyList<Word> Children => (IReadOnlyList<Word>?)_children ?? [];
    public IEnumerable<Word> Lefts => Children.Where(c => c.Index < Index);
    public IEnumerable<Word> Rights => Children.Where(c => c.Index > Index);

    internal void AddChild(Word child) => (_children ??= []).Add(child);

    /// <summary>The relation without its subtype ("obl:agent" → "obl").</summary>
    public string BaseDep => UdLabels.Universal(Dep);

    /// <summary>True when the relation is <paramref name="dep"/>, or a subtype of it when <paramref name="dep"/> has none.</summary>
    public bool DepIs(string dep) =>
        Dep == dep
        // A subtype of dep ("obl:agent" for "obl"), told without cutting the relation's universal part out as a new string:
        // the relation stages ask this of every dependent they walk past.
        || (Dep.Length > dep.Length && Dep[dep.Length] == ':' && Dep.StartsWith(dep, StringComparison.Ordinal) && !dep.Contains(':'));

    /// <summary>Dependents with relation <paramref name="dep"/> (subtypes included when it names none).</summary>
    public IEnumerable<Word> ChildrenWith(string dep) => Children.Where(c => c.DepIs(dep));

    /// <summary>This word and all its descendants, in sentence order.</summary>
    public IEnumerable<Word> Subtree
    {
        get
        {
            var all = new List<Word>();
            Collect(this, all);
            all.Sort((a, b) => a.Index.CompareTo(b.Index));
            return all;
        }
    }

    /// <summary>Article offsets of the subtree's first and last character (a projective subtree is contiguous).</summary>
    public (int Start, int End) SubtreeSpan
    {
        get
        {
            int s = Start, e = End;
            Span(this, ref s, ref e);
            return (s, e);
        }
    }

    /// <summary>
    /// Sets <paramref name="flags"/>[i] to <paramref name="value"/> for the index i of this word and
    /// of each descendant: what a walk over <see cref="Subtree"/> does, without making its sorted list.
    /// </summary>
    public void MarkSubtree(bool[] flags, bool value)
    {
        flags[Index] = value;
        if (_children is null) return;
        foreach (var c in _children) c.MarkSubtree(flags, value);
    }

    private static void Span(Word w, ref int start, ref int end)
    {
        start = Math.Min(start, w.Start);
        end = Math.Max(end, w.End);
        if (w._children is null) return;
        foreach (var c in w._children) Span(c, ref start, ref end);
    }

    /// <summary>Head, head's head, … up to the root.</summary>
    public IEnumerable<Word> Ancestors
    {
        get
        {
            for (var h = Head; h is not null; h = h.Head) yield return h;
        }
    }

    private static void Collect(Word w, List<Word> into)
    {
        into.Add(w);
        if (w._children is null) return;
        foreach (var c in w._children) Collect(c, into);
    }

    public override string ToString() => Text;
}
