using KnowledgeGraph.Graph;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Relations.Dependency;

/// <summary>
/// Matches dependency patterns against a parsed sentence and maps the words each path reaches to
/// the sentence's mentions by character offsets. A reached word stands for the name it heads: the
/// innermost mention of an accepted type over it or its flat parts, else over an apposition or a
/// bare nominal modifier ("pasukan Rusia" → Rusia), and every conjunct of it ("A, B dan C").
/// </summary>
public sealed class DependencyMatcher
{
    private const int MaxDepth = 3;
    private readonly IReadOnlyList<DependencyPattern> _patterns;
    private readonly Func<string, string?> _modality;
    // The patterns a word of each part of speech may anchor, in file order: every word of every
    // sentence is tried as an anchor, and most patterns want a verb or a noun.
    private readonly Dictionary<string, DependencyPattern[]> _byPos;

    /// <param name="modality">Modality kind of a lower-cased word or lemma (conditional, denial, …), or null.</param>
    public DependencyMatcher(IReadOnlyList<DependencyPattern> patterns, Func<string, string?> modality)
    {
        _patterns = patterns;
        _modality = modality;
        _byPos = patterns.SelectMany(p => p.Anchor.Pos).Distinct(StringComparer.Ordinal)
            .ToDictionary(pos => pos, pos => patterns.Where(p => p.Anchor.Pos.Contains(pos)).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<DependencyPattern> Patterns => _patterns;

    /// <summary>All matches in the sentence; <paramref name="mentions"/> are the sentence's resolved mentions.</summary>
    public IEnumerable<DependencyMatch> Match(ParsedSentence sentence, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) yield break;
        foreach (var word in sentence.Words)
        {
            if (!_byPos.TryGetValue(word.Pos, out var candidates)) continue;
            string? lemma = null, text = null;
            foreach (var p in candidates)
            {
                if (!IsAnchor(p.Anchor, word, mentions, ref lemma, ref text)) continue;
                if (p.BlockedModality.Count > 0 && Blocked(word, p.BlockedModality)) continue;
                var sourceWords = Reach(word, p.Source);
                if (sourceWords.Count == 0) continue;
                var sources = Names(sourceWords, p.SourceTypes, mentions);
                if (sources.Count == 0) continue;
                var targetWords = Reach(word, p.Target);
                if (targetWords.Count == 0) continue;
                var targets = p.Target.Span
                    ? SpanMentions(word, targetWords, sourceWords, p, mentions)
                    : Names(targetWords, p.TargetTypes, mentions);
                if (targets.Count == 0) continue;
                yield return new DependencyMatch(p, word, sources, targets);
            }
        }
    }

    /// <summary>Whether the word (of one of the anchor's parts of speech) anchors the pattern; its lower-cased lemma and form are made on first need and kept for the next pattern.</summary>
    private static bool IsAnchor(AnchorSpec a, Word w, IReadOnlyList<Mention> mentions, ref string? lemma, ref string? text)
    {
        if (a.Words is not null && !a.Words.Contains(lemma ??= w.Lemma.ToLowerInvariant()) && !a.Words.Contains(text ??= w.Text.ToLowerInvariant())) return false;
        if (a.Except is not null && a.Except.Contains(text ??= w.Text.ToLowerInvariant())) return false;
        if (a.InEvent && Covering(w, mentions, t => t == NodeType.Event) is null) return false;
        return true;
    }

    private static bool WordIn(IReadOnlySet<string> set, Word w) =>
        set.Contains(w.Lemma.ToLowerInvariant()) || set.Contains(w.Text.ToLowerInvariant());

    /// <summary>
    /// Whether a modality of a blocked kind governs the anchor: a marker, adverb or auxiliary on
    /// the anchor or on a word it hangs from within its sentence ("jika", "tidak", "akan"), or such a
    /// governing word itself ("membantah telah menyerang", "mengancam akan menyerang"). The walk stops
    /// at a parataxis: "…," kata X does not govern the quote.
    /// </summary>
    public bool Blocked(Word anchor, IReadOnlySet<string> kinds)
    {
        for (var w = anchor; w is not null; w = w.Head)
        {
            foreach (var c in w.Children)
                if (c.DepIs("mark") || c.DepIs("advmod") || c.DepIs("aux"))
                    if (KindOf(c) is { } k && kinds.Contains(k)) return true;
            if (!ReferenceEquals(w, anchor) && KindOf(w) is { } own && kinds.Contains(own)) return true;
            if (w.DepIs("parataxis")) break;
        }
        return false;
    }

    private string? KindOf(Word w) => _modality(w.Text.ToLowerInvariant()) ?? _modality(w.Lemma.ToLowerInvariant());

    /// <summary>The words a role path reaches from the anchor: the first alternative that reaches any.</summary>
    public static List<Word> Reach(Word anchor, RolePath path)
    {
        // Indexed loops: run for every pattern at every anchor, where enumerators over the
        // read-only lists would each be a new object.
        var alternatives = path.Alternatives;
        for (int a = 0; a < alternatives.Count; a++)
        {
            var steps = alternatives[a];
            var current = new List<Word> { anchor };
            for (int k = 0; k < steps.Count; k++)
            {
                var next = new List<Word>();
                for (int i = 0; i < current.Count; i++) Step(current[i], steps[k], next);
                current = next;
                if (current.Count == 0) break;
            }
            if (current.Count > 0) return current;
        }
        return [];
    }

    private static void Step(Word w, PathStep step, List<Word> into)
    {
        if (step.Dep == ".") { into.Add(w); return; }
        if (step.Up)
        {
            if (w.Head is { } h && Is(w, step) && (step.WordFilter is null || WordIn(step.WordFilter, h))) into.Add(h);
            return;
        }
        var children = w.Children;
        for (int i = 0; i < children.Count; i++)
        {
            var c = children[i];
            if (!Is(c, step)) continue;
            if (step.After && c.Index < w.Index) continue;
            if (step.WordFilter is not null && !WordIn(step.WordFilter, c)) continue;
            if (step.CaseWords is not null)
            {
                var marker = c.Children.FirstOrDefault(x => x.DepIs("case"));
                if (step.CaseWords.Count == 0 ? marker is not null : marker is null || !WordIn(step.CaseWords, marker)) continue;
            }
            into.Add(c);
        }
    }

    private static bool Is(Word w, PathStep step) => step.Exact ? w.Dep == step.Dep : w.DepIs(step.Dep);

    /// <summary>The names the reached words head, conjuncts and appositions included, in sentence order, each once.</summary>
    public static List<Mention> Names(IEnumerable<Word> words, IReadOnlySet<NodeType> types, IReadOnlyList<Mention> mentions)
    {
        var found = new List<Mention>();
        foreach (var w in words) Collect(w, types, mentions, found, 0);
        return found;
    }

    private static void Collect(Word w, IReadOnlySet<NodeType> types, IReadOnlyList<Mention> mentions, List<Mention> found, int depth)
    {
        var m = NameOf(w, types, mentions, depth);
        if (m is not null && !found.Contains(m)) found.Add(m);
        if (depth >= MaxDepth) return;
        foreach (var c in w.Children)
            if (c.DepIs("conj") || (c.DepIs("appos") && m is not null)) Collect(c, types, mentions, found, depth + 1);
    }

    private static Mention? NameOf(Word w, IReadOnlySet<NodeType> types, IReadOnlyList<Mention> mentions, int depth)
    {
        var found = FirstNameOf(w, types, mentions, depth);
        // "Perdana Menteri Timor Leste Taur Matan Ruak": the head is a title whose body came first; the
        // person it introduces is the one meant.
        if (found is not null && found.Type != NodeType.Person && types.Contains(NodeType.Person) && !Covers(found, w))
            foreach (var c in w.Children)
                if ((c.DepIs("appos") || c.DepIs("nmod") || c.DepIs("flat")) && !c.Children.Any(x => x.DepIs("case"))
                    && PersonIn(c, mentions) is { } person)
                    return person;
        return found;
    }

    private static Mention? PersonIn(Word w, IReadOnlyList<Mention> mentions)
    {
        if (Covering(w, mentions, t => t == NodeType.Person) is { } covering) return covering;
        var (s, e) = FlatSpan(w);
        return mentions.FirstOrDefault(m => m.Type == NodeType.Person && m.Start >= s && m.End <= e);
    }

    private static bool Covers(Mention m, Word w) => m.Start <= w.Start && w.Start < m.End;

    private static Mention? FirstNameOf(Word w, IReadOnlySet<NodeType> types, IReadOnlyList<Mention> mentions, int depth)
    {
        if (Covering(w, mentions, types.Contains) is { } covering)
        {
            if (covering.Type == NodeType.Place && !types.Contains(NodeType.Person) && covering.Start == w.Start && AfterTitleWord(w, mentions)) return null;
            // "Jakarta   Presiden RI Prabowo Subianto menemui ...": a dateline the parse ran into the
            // name after it; the person the flat chain goes on to is the one meant.
            if (covering.Type == NodeType.Place && types.Contains(NodeType.Person))
            {
                var (_, chainEnd) = FlatSpan(w);
                foreach (var m in mentions)
                    if (m.Type == NodeType.Person && m.Start >= covering.End && m.End <= chainEnd) return m;
            }
            return covering;
        }
        // "Presiden RI Prabowo Subianto": a title's body comes before the name, so a person in the
        // span is the one meant, else the last name in it.
        var (s, e) = FlatSpan(w);
        Mention? inSpan = null;
        foreach (var m in mentions)
            if (m.Start >= s && m.End <= e && types.Contains(m.Type) && (inSpan is null || inSpan.Type != NodeType.Person || m.Type == NodeType.Person))
                inSpan = m;
        if (inSpan is not null) return inSpan;
        if (depth >= MaxDepth) return null;
        // "pasukan Rusia", "ibu kota Sanaa": a bare modifier names who or where. It comes before an
        // apposition, which the caller collects as well ("ibu kota Lebanon, Beirut": both places).
        foreach (var c in w.Children)
            if (c.DepIs("nmod") && !c.Children.Any(x => x.DepIs("case")) && !(!types.Contains(NodeType.Person) && AfterTitleWord(c, mentions))
                && NameOf(c, types, mentions, depth + 1) is { } n) return n;
        // "Juru bicara, Dmitry Peskov": the apposition names the one the title describes.
        foreach (var c in w.Children)
            if (c.DepIs("appos") && NameOf(c, types, mentions, depth + 1) is { } a) return a;
        return null;
    }

    // "kediaman Presiden ke-lima RI": a country or town written right after a title (an ordinal or other
    // modifier between) is the title's, not where; the title word is capitalised and names no one by itself.
    private static bool AfterTitleWord(Word w, IReadOnlyList<Mention> mentions)
    {
        var words = w.Sentence.Words;
        for (int k = w.Index - 1; k >= 0 && k >= w.Index - 2; k--)
        {
            var t = words[k].Text;
            if (Text.Words.IsTitleCased(t)) return Covering(words[k], mentions, _ => true) is null;
            if (words[k].Pos is not ("ADJ" or "NUM")) return false;
        }
        return false;
    }

    // The word with its flat and compound parts: the extent of a multiword name.
    private static (int Start, int End) FlatSpan(Word w)
    {
        int s = w.Start, e = w.End;
        foreach (var c in w.Children)
            if (c.DepIs("flat") || c.DepIs("compound"))
            {
                var (cs, ce) = FlatSpan(c);
                s = Math.Min(s, cs);
                e = Math.Max(e, ce);
            }
        return (s, e);
    }

    /// <summary>The innermost mention of an accepted type over the word's first character.</summary>
    public static Mention? Covering(Word w, IReadOnlyList<Mention> mentions, Func<NodeType, bool> accept)
    {
        Mention? best = null;
        foreach (var m in mentions)
            if (m.Start <= w.Start && w.Start < m.End && accept(m.Type) && (best is null || m.End - m.Start < best.End - best.Start))
                best = m;
        return best;
    }

    // "“…,” ujar X": the word before the speech verb closes a quotation, however the parse hung it.
    private static bool ClosesQuote(ParsedSentence sentence, Word anchor) =>
        anchor.Index > 0 && sentence.Words[anchor.Index - 1].Text is "\"" or "\u201D" or "''";

    // Every mention inside the reached clauses, leaving out the anchor's own phrase when the clause
    // holds it ("…," kata X di Jakarta) and the source's phrase ("Menurut X, …").
    private static List<Mention> SpanMentions(Word anchor, List<Word> roots, List<Word> sources, DependencyPattern p, IReadOnlyList<Mention> mentions)
    {
        var types = p.TargetTypes;
        var sentence = anchor.Sentence;
        var inside = new bool[sentence.Words.Count];
        foreach (var r in roots)
            r.MarkSubtree(inside, true);
        foreach (var r in roots)
            if (!ReferenceEquals(r, anchor) && anchor.Ancestors.Contains(r))
                anchor.MarkSubtree(inside, false);
        // "“…,” kata X, kepala distrik Y, menggambarkan …": when what was said comes before the
        // speech verb, what follows the attribution is the writer's.
        if (roots.Any(r => !ReferenceEquals(r, anchor) && r.Start < anchor.Start) || ClosesQuote(sentence, anchor))
            foreach (var w in sentence.Words)
                if (w.Start > anchor.Start) inside[w.Index] = false;
        foreach (var s in sources)
            if (!ReferenceEquals(s, anchor) && !roots.Contains(s))
                s.MarkSubtree(inside, false);
        if (p.SpanOpener.Count > 0
            && sentence.Words.FirstOrDefault(w => w.Start > anchor.Start && inside[w.Index] && w.DepIs("mark") && WordIn(p.SpanOpener, w)) is { } opener)
            foreach (var w in sentence.Words)
                if (w.Start > anchor.Start && w.Start < opener.Start) inside[w.Index] = false;
        if (p.SpanSkip.Count > 0)
            foreach (var w in sentence.Words)
                if (inside[w.Index] && w.Children.FirstOrDefault(c => c.DepIs("case")) is { } marker && WordIn(p.SpanSkip, marker))
                    w.MarkSubtree(inside, false);
        var found = new List<Mention>();
        foreach (var m in mentions)
        {
            if (!types.Contains(m.Type)) continue;
            var first = sentence.WordAt(m.Start);
            if (first is not null && inside[first.Index]) found.Add(m);
        }
        return found;
    }
}
