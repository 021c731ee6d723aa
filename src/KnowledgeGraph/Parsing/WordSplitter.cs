using System.Globalization;
using KnowledgeGraph.Language;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Cuts the segmenter's tokens into the words the treebanks use: enclitics such as -nya, -lah, -kah
/// become words of their own, as UD multiword tokens do. Which clitics, and how readily, is data
/// (the rules file); which forms the treebanks split or kept whole comes from the model's counts.
/// </summary>
public sealed class WordSplitter
{
    public const string RulesFile = "parsing/clitics.tsv";

    private readonly CliticRule[] _rules;
    private readonly CliticLexicon _lexicon;

    public WordSplitter(IEnumerable<CliticRule> rules, CliticLexicon lexicon)
    {
        _rules = [.. rules.OrderByDescending(r => r.Clitic.Length).ThenBy(r => r.Clitic, StringComparer.Ordinal)];
        _lexicon = lexicon;
    }

    public IReadOnlyList<CliticRule> Rules => _rules;

    public static IReadOnlyList<CliticRule> LoadRules(string? resourceDirectory, string language = LanguagePack.DefaultLanguage) =>
        RulesFromPack(LanguagePack.Open(language, resourceDirectory));

    /// <summary>The clitic rules of the pack; none when it has no rules file (no token is split).</summary>
    public static IReadOnlyList<CliticRule> RulesFromPack(LanguagePack pack)
    {
        var rules = new List<CliticRule>();
        foreach (var row in pack.Rows(RulesFile))
        {
            if (row.Count < 3) throw row.Error("expected clitic, policy and shortest stem");
            var policy = row[1];
            if (policy is not ("always" or "known-stem")) throw row.Error($"unknown policy '{policy}' (expected always or known-stem)");
            if (!int.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out int min) || min < 1)
                throw row.Error("shortest stem must be a positive number");
            rules.Add(new CliticRule(row[0].ToLowerInvariant(), policy == "always", min));
        }
        return rules;
    }

    /// <summary>Where a word ends and its clitic starts, or -1 when <paramref name="token"/> stays one word.</summary>
    public int SplitPoint(string token, bool sentenceStart)
    {
        if (token.Length < 3) return -1;
        foreach (char ch in token) if (!char.IsLetter(ch)) return -1;
        // Lower-cased in a buffer first: most tokens end in no clitic and need no string of their own.
        Span<char> buffer = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        token.AsSpan().ToLowerInvariant(buffer);
        ReadOnlySpan<char> low = buffer[..token.Length];
        string? lower = null;
        foreach (var rule in _rules)
        {
            if (!low.EndsWith(rule.Clitic, StringComparison.Ordinal)) continue;
            lower ??= low.SequenceEqual(token) ? token : new string(low);
            int cut = lower.Length - rule.Clitic.Length;
            if (cut < rule.MinStem) continue;
            int split = _lexicon.SplitCount(lower), whole = _lexicon.WordCount(lower);
            if (split > whole) return cut;
            if (whole > 0) return -1;
            bool knownStem = _lexicon.WordCount(lower[..cut]) > 0;
            bool name = char.IsUpper(token[0]) && !sentenceStart;
            return (rule.Always && !name) || knownStem ? cut : -1;
        }
        return -1;
    }

    public List<SplitWord> Split(IReadOnlyList<Token> tokens)
    {
        var words = new List<SplitWord>(tokens.Count + 4);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            int cut = SplitPoint(t.Text, i == 0 || IsOpening(tokens[i - 1].Text));
            if (cut < 0) { words.Add(new SplitWord(t.Text, t.Start, t.End, i)); continue; }
            words.Add(new SplitWord(t.Text[..cut], t.Start, t.Start + cut, i));
            words.Add(new SplitWord(t.Text[cut..], t.Start + cut, t.End, i));
        }
        return words;
    }

    private static bool IsOpening(string t) => t.Length == 1 && !char.IsLetterOrDigit(t[0]) && t[0] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '-' or '\u2013' or '\u2014';
}
