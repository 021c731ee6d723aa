namespace KnowledgeGraph.Parsing;

/// <summary>
/// An edit rule from a word form to its lemma: optionally lower-case the form, then replace a
/// prefix and a suffix ("menyetujui" → "setuju" is meny→s, i→""). Indonesian affixation and its
/// sound changes (meN- before s, p, t, k …) are learned as such rules from the treebank lemmas.
/// </summary>
public sealed record LemmaRule(bool Lower, string DeletePrefix, string AddPrefix, string DeleteSuffix, string AddSuffix)
{
    public static readonly LemmaRule Identity = new(false, "", "", "", "");

    public bool Applies(string form) => Applies(form, form.ToLowerInvariant());

    /// <summary>As <see cref="Applies(string)"/>, with the lower-cased form already at hand.</summary>
    public bool Applies(string form, string lower)
    {
        var src = Lower ? lower : form;
        return src.Length >= DeletePrefix.Length + DeleteSuffix.Length + 2
            && src.StartsWith(DeletePrefix, StringComparison.Ordinal) && src.EndsWith(DeleteSuffix, StringComparison.Ordinal);
    }

    public string Apply(string form)
    {
        var src = Lower ? form.ToLowerInvariant() : form;
        if (DeletePrefix.Length == 0 && AddPrefix.Length == 0 && DeleteSuffix.Length == 0 && AddSuffix.Length == 0) return src;
        return AddPrefix + src[DeletePrefix.Length..(src.Length - DeleteSuffix.Length)] + AddSuffix;
    }

    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>, around their longest common substring.</summary>
    public static LemmaRule Learn(string form, string lemma)
    {
        if (lemma == form) return Identity;
        var lower = form.ToLowerInvariant();
        // A lemma without capitals is matched against the lower-cased form, so "Menurut" and "menurut" share one rule.
        bool useLower = !lemma.Any(char.IsUpper);
        var src = useLower ? lower : form;
        var (i, j, len) = LongestCommon(src, lemma);
        if (len == 0) return new LemmaRule(useLower, src, lemma, "", "");
        return new LemmaRule(useLower, src[..i], lemma[..j], src[(i + len)..], lemma[(j + len)..]);
    }

    private static (int I, int J, int Len) LongestCommon(string a, string b)
    {
        int bi = 0, bj = 0, best = 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) { best = cur[j]; bi = i - best; bj = j - best; }
            }
            (prev, cur) = (cur, prev);
        }
        return (bi, bj, best);
    }
}
