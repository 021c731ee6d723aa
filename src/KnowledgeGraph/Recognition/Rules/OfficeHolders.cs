using System.Buffers;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>
/// A title said without a name names the one person the article gives that title to: after
/// "Kapolri Jenderal Sutarjo" and "Panglima TNI Marsekal Rudi Hartono", a later "Panglima TNI dan
/// Kapolri tiba di ..." is those two people. The title, with the body in it, must be the start of
/// the title one person carries in the article, and of no other person's; the mention made for it
/// keeps the title as its surface (an event is named as the text names it), the person's name as
/// its canonical hint, and replaces the body's mention inside the title. A word of
/// recognition/not-holder-words.tsv before the title ("mantan Kapolri", "para Gubernur") keeps it
/// from naming the holder, as does one after it ("Presiden ke-3"). Runs on the merged mentions of an article.
/// </summary>
public sealed class OfficeHolders(NameShapes shapes)
{
    public const string RecognizerName = "office-holder";

    /// <summary>Whether the mention stands for a person its words do not name: a title or a party's word said without a name.</summary>
    public static bool SaidWithoutName(Mention m) => m.Recognizer is RecognizerName or CaseRoles.RecognizerName;

    // The most tokens a title phrase of titles.tsv takes.
    private const int MaxTitleTokens = 5;

    /// <summary>Adds a mention of its holder at each title said without a name, in place of the mentions inside it.</summary>
    public void Apply(Document document)
    {
        var mentions = document.Mentions;
        if (mentions.Count == 0) return;
        // A title's words (lower case, the body's words in it) and the persons it goes on.
        var holders = new Dictionary<string, HashSet<Mention>>(StringComparer.Ordinal);
        foreach (var (tokens, at, _) in Sentences(document, everyOne: false))
            for (int t = 1; t < tokens.Count; t++)
                if (at[t] is { Type: NodeType.Person } person && at[t - 1] != person)
                    foreach (var key in TitleKeys(tokens, at, TitleStart(tokens, at, t), t))
                        (holders.TryGetValue(key, out var set) ? set : holders[key] = []).Add(person);
        if (holders.Count == 0) return;

        // The sentences are cut again rather than kept from the first pass: a long article never
        // holds all its tokens at once (see SentenceTokens).
        // A title said alone is looked up by its words, so only a sentence holding the first word of
        // a title someone was named with can hold one: the others are not cut at all.
        // A title may be said in its short form ("PM" for "Perdana Menteri"): the short form is looked for too.
        var shortForms = shapes.Resources.TitleShortForms.Where(f => holders.Keys.Any(k => k.StartsWith(f.Value, StringComparison.Ordinal)
            && (k.Length == f.Value.Length || k[f.Value.Length] == ' '))).Select(f => f.Key);
        var firstWords = SearchValues.Create([.. holders.Keys.Select(k => k.Split(' ')[0]).Concat(shortForms).Where(w => w.Length > 0).Distinct()], StringComparison.OrdinalIgnoreCase);
        var withTitle = SentencesWith(document, firstWords);
        var added = new List<Mention>();
        var replaced = new HashSet<Mention>();
        foreach (var (tokens, at, sentence) in Sentences(document, everyOne: true, withTitle.Contains))
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                if (at[i] is not null || !tokens[i].IsCapitalised || shapes.TitleAt(tokens, i) == 0) continue;
                int end = TitleEnd(tokens, at, i);
                if (!SaidAlone(tokens, at, i, end)) { i = end - 1; continue; }
                if (holders.TryGetValue(Key(tokens, i, end), out var set) && Single(set) is { } holder)
                {
                    int start = tokens[i].Start, stop = tokens[end - 1].End;
                    added.Add(new Mention(start, stop, document.SurfaceAt(start, stop), NodeType.Person,
                        sentence, RecognizerName, holder.Canonical ?? holder.Surface));
                    for (int k = i; k < end; k++)
                        if (at[k] is { } inside) replaced.Add(inside);
                }
                i = end - 1;
            }
        }
        if (added.Count == 0) return;
        mentions.RemoveAll(replaced.Contains);
        document.AddMentions(added);
    }

    /// <summary>The sentences where one of the words starts a word (in any case), found in one pass over the text.</summary>
    internal static HashSet<Sentence> SentencesWith(Document document, SearchValues<string> words)
    {
        var found = new HashSet<Sentence>(ReferenceEqualityComparer.Instance);
        var text = document.Text.AsSpan();
        for (int from = 0; from < text.Length;)
        {
            int hit = text[from..].IndexOfAny(words);
            if (hit < 0) break;
            int at = from + hit;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && document.SentenceAt(at) is { } sentence) found.Add(sentence);
            from = at + 1;
        }
        return found;
    }

    // The tokens of each sentence (every one, or only those that hold a mention), with the mention
    // each token lies in, and the sentence's index; the mentions are sorted and do not overlap.
    // Only the sentences <paramref name="only"/> accepts are cut, when it is given.
    internal static IEnumerable<(IReadOnlyList<NameToken> Tokens, Mention?[] At, int Sentence)> Sentences(Document document, bool everyOne, Func<Sentence, bool>? only = null)
    {
        var mentions = document.Mentions;
        var all = SentenceTokens.Of(document);
        int next = 0;
        for (int s = 0; s < all.Length; s++)
        {
            var sentence = document.Sentences[s];
            while (next < mentions.Count && mentions[next].End <= sentence.Start) next++;
            int first = next;
            while (next < mentions.Count && mentions[next].Start < sentence.End) next++;
            if (first == next && !everyOne || only is not null && !only(sentence)) continue;
            var tokens = all[s];
            var at = new Mention?[tokens.Count];
            for (int t = 0, m = first; t < tokens.Count && m < next; t++)
            {
                while (m < next && mentions[m].End <= tokens[t].Start) m++;
                if (m < next && mentions[m].Start <= tokens[t].Start) at[t] = mentions[m];
            }
            yield return (tokens, at, sentence.Index);
        }
    }

    // Whether the title at tokens [i, end) is said without a name. A title before a name is that name's,
    // with its short form in brackets between them ("Menteri Luar Negeri (Menlu) X"); so is one inside a
    // longer capitalised name, or in brackets after another title. A word of not-holder-words.tsv before or
    // after it makes it another holder than the one named.
    private bool SaidAlone(IReadOnlyList<NameToken> tokens, Mention?[] at, int i, int end)
    {
        int after = end;
        if (after + 2 < tokens.Count && tokens[after].Text == "(" && tokens[after + 2].Text == ")") after += 3;
        if (after < tokens.Count && (at[after] is { Type: NodeType.Person } || tokens[after].IsCapitalised && tokens[after].IsWord)) return false;
        if (i > 0 && (tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord || tokens[i - 1].Text == "("
                      || shapes.Resources.NotHolderBefore.Contains(tokens[i - 1].Text))) return false;
        return !(end < tokens.Count && shapes.Resources.NotHolderAfter.Contains(tokens[end].Text));
    }

    // One person, however often named: mentions of one surface are one holder.
    private static Mention? Single(HashSet<Mention> set)
    {
        Mention? one = null;
        foreach (var m in set)
        {
            if (one is not null && !string.Equals(one.Surface, m.Surface, StringComparison.Ordinal)) return null;
            one ??= m;
        }
        return one;
    }

    // Where the title chain before the person at token t starts ("Panglima TNI Marsekal" before a name):
    // titles, the bodies and places named in them, rank qualifiers and brackets; t when there is none.
    private int TitleStart(IReadOnlyList<NameToken> tokens, Mention?[] at, int t)
    {
        int k = t;
        while (k > 0)
        {
            var prev = tokens[k - 1];
            if (prev.Text is "(" or ")" || shapes.IsRankQualifier(tokens, k - 1)) { k--; continue; }
            if (at[k - 1] is { Type: NodeType.Organization or NodeType.Place } body)
            {
                while (k > 0 && at[k - 1] == body) k--;
                continue;
            }
            int found = -1;
            // A title may take in the body after it ("Panglima TNI" is a title of its own).
            for (int j = Math.Max(0, k - MaxTitleTokens); j < k && found < 0; j++)
                if (at[j] is null && shapes.TitleAt(tokens, j) >= k - j) found = j;
            if (found < 0) break;
            k = found;
        }
        // The chain starts with a title, not with a bracket or a body.
        while (k < t && (at[k] is not null || !tokens[k].IsWord || shapes.TitleAt(tokens, k) == 0)) k++;
        return k;
    }

    // The keys of the title chain tokens[start..end), one after each title it holds: "kapolri",
    // "panglima tni", "panglima tni marsekal".
    private IEnumerable<string> TitleKeys(IReadOnlyList<NameToken> tokens, Mention?[] at, int start, int end)
    {
        int k = start;
        while (k < end)
        {
            int len = at[k] is null ? shapes.TitleAt(tokens, k) : 0;
            if (len > 0 && k + len <= end)
            {
                k += len;
                // The body after a title belongs to it ("Panglima" "TNI").
                while (k < end && at[k] is { Type: NodeType.Organization or NodeType.Place } body)
                    while (k < end && at[k] == body) k++;
                yield return Key(tokens, start, k);
                continue;
            }
            k++;
        }
    }

    // Where a title said at token i ends: its titles and the bodies and places named after them.
    private int TitleEnd(IReadOnlyList<NameToken> tokens, Mention?[] at, int i)
    {
        int k = i;
        while (k < tokens.Count)
        {
            int len = at[k] is null && tokens[k].IsCapitalised ? shapes.TitleAt(tokens, k) : 0;
            if (len == 0) break;
            k += len;
            while (k < tokens.Count && at[k] is { Type: NodeType.Organization or NodeType.Place } body)
                while (k < tokens.Count && at[k] == body) k++;
        }
        return k;
    }

    // A title's words in lower case, short forms written out ("PM Singapura" is "perdana menteri singapura").
    private string Key(IReadOnlyList<NameToken> tokens, int start, int end)
    {
        var words = new List<string>(end - start);
        for (int k = start; k < end; k++)
            if (tokens[k].IsWord && tokens[k].Text.ToLowerInvariant() is var word)
                words.Add(shapes.Resources.TitleShortForms.GetValueOrDefault(word, word));
        return string.Join(' ', words);
    }
}
