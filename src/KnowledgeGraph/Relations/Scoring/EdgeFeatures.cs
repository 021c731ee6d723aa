using KnowledgeGraph.Recognition;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The features of one relation candidate, as strings: the types of its ends, how they were
/// recognised, where they stand (same sentence, word distance, order, inside a quote, position
/// in the article, how often each is mentioned), the dependency path between them with the
/// lemma where it turns, the relations and heads of both ends, the words between them, and the
/// cue classes (speech, attack, meeting, modality kinds) of the sentence and of the stretch
/// between the ends. Never the words of a name: a mention's own words are left out, so the model
/// cannot learn which names the annotated articles hold. Each feature is also given conjoined
/// with the edge type, so one model serves every type.
/// </summary>
public static class EdgeFeatures
{
    public const string Bias = "bias";

    public static List<string> Of(CandidateContext ctx, RelationCandidate c, bool fromRules, int siblings)
    {
        var f = new List<string>(64) { Bias, "rule=" + (fromRules ? 1 : 0), "sib=" + Bucket(siblings) };
        var ev = c.Evidence;
        var src = ctx.MentionNear(c.SourceId, ev.Start, ev.End);
        var tgt = ctx.MentionNear(c.TargetId, ev.Start, ev.End);
        f.Add("quote=" + (ev.Quote is null ? 0 : 1));
        if (src is null || tgt is null)
        {
            f.Add("ends=missing");
            return Conjoin(c.Type.ToString(), f);
        }
        f.Add("st=" + src.Type);
        f.Add("tt=" + tgt.Type);
        f.Add("stt=" + src.Type + ">" + tgt.Type);
        f.Add("srec=" + src.Recognizer);
        f.Add("trec=" + tgt.Recognizer);
        f.Add("sn=" + Bucket(ctx.MentionCount(c.SourceId)));
        f.Add("tn=" + Bucket(ctx.MentionCount(c.TargetId)));
        f.Add("spos=" + Position(src.SentenceIndex));
        f.Add("sq=" + (ctx.InQuote(src.Start) ? 1 : 0));
        f.Add("tq=" + (ctx.InQuote(tgt.Start) ? 1 : 0));
        f.Add("order=" + (src.Start <= tgt.Start ? "st" : "ts"));
        int sentDist = Math.Abs(src.SentenceIndex - tgt.SentenceIndex);
        f.Add("sdist=" + Bucket(sentDist));
        bool nested = src.Start < tgt.End && tgt.Start < src.End;
        if (nested) f.Add("nested");

        var ss = ctx.Sentence(src.SentenceIndex);
        int sh = ss.HeadOf(src.Start, src.End);
        EndFeatures(f, "s", ss, sh, src);
        var ts = sentDist == 0 ? ss : ctx.Sentence(tgt.SentenceIndex);
        int th = ts.HeadOf(tgt.Start, tgt.End);
        EndFeatures(f, "t", ts, th, tgt);
        SentenceCues(f, "scue", ss);
        if (sentDist > 0) SentenceCues(f, "tcue", ts);

        if (sentDist == 0 && sh >= 0 && th >= 0 && !nested)
        {
            var first = src.Start <= tgt.Start ? src : tgt;
            var second = first == src ? tgt : src;
            int a = ss.WordFrom(first.End), b = ss.WordFrom(second.Start);
            int between = Math.Max(0, b - a);
            f.Add("wdist=" + Bucket(between));
            if (between <= 10)
                for (int i = a; i < b; i++)
                    if (!IsNameWord(ss.Words[i])) f.Add("bw=" + ss.Words[i].Lemma);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = a; i < b; i++)
                if (ss.Cues[i] is { } cue && seen.Add(cue)) f.Add("bcue=" + cue);
            if (ss.Parsed)
            {
                var (path, common) = ss.PathBetween(sh, th);
                if (common < 0) f.Add("path=none");
                else
                {
                    f.Add("plen=" + Bucket(path.Count));
                    f.Add("path=" + (path.Count <= 4 ? string.Join(' ', path) : "long"));
                    if (path.Count > 0) { f.Add("p0=" + path[0]); f.Add("pN=" + path[^1]); }
                    if (common != sh && common != th)
                    {
                        var lca = ss.Words[common];
                        f.Add("lcapos=" + lca.Pos);
                        if (!IsNameWord(lca)) f.Add("lca=" + lca.Lemma);
                        if (ss.Cues[common] is { } cue) f.Add("lcacue=" + cue);
                    }
                    else f.Add("lca=" + (common == sh ? "src" : "tgt"));
                }
            }
        }
        return Conjoin(c.Type.ToString(), f);
    }

    private static void EndFeatures(List<string> f, string p, SentenceWords s, int head, Mention m)
    {
        int before = s.WordFrom(m.Start) - 1;
        if (before >= 0 && !IsNameWord(s.Words[before])) f.Add(p + "prev=" + s.Words[before].Lemma);
        else if (before < 0) f.Add(p + "prev=<s>");
        if (head < 0) return;
        var w = s.Words[head];
        f.Add(p + "dep=" + w.Dep);
        if (w.Head >= 0)
        {
            var h = s.Words[w.Head];
            f.Add(p + "hpos=" + h.Pos);
            if (!IsNameWord(h)) f.Add(p + "hlem=" + h.Lemma);
            if (s.Cues[w.Head] is { } cue) f.Add(p + "hcue=" + cue);
        }
    }

    private static void SentenceCues(List<string> f, string p, SentenceWords s)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in s.Cues) if (c is not null) seen.Add(c);
        foreach (var c in seen) f.Add(p + "=" + c);
        if (seen.Count == 0) f.Add(p + "=none");
    }

    // Proper nouns and capitalised words are where names live: left out of word features.
    private static bool IsNameWord(ScoredWord w) => w.Pos == "PROPN" || w.Capitalized || w.Lower.Length == 0 || !w.Lower.Any(char.IsLetter);

    private static string Bucket(int n) => n switch { <= 0 => "0", 1 => "1", 2 => "2", <= 4 => "3-4", <= 8 => "5-8", <= 16 => "9-16", _ => "17+" };

    private static string Position(int sentence) => sentence switch { 0 => "0", 1 => "1", <= 4 => "2-4", <= 9 => "5-9", _ => "10+" };

    private static List<string> Conjoin(string type, List<string> f)
    {
        var all = new List<string>(f.Count * 2);
        foreach (var x in f) { all.Add(x); all.Add(type + "|" + x); }
        return all;
    }
}
