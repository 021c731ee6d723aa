using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Name normalisation and number formatting of the scoring rules (annotation guidelines,
/// "Scoring"): names compare after Unicode compatibility folding, case folding, and turning
/// quotes, sentence punctuation, brackets, dashes, underscores and slashes into spaces.
/// </summary>
public static partial class ScoringText
{
    [GeneratedRegex(@"[""'`\u201c\u201d.,;:!?()\[\]{}]")] private static partial Regex Punctuation();
    [GeneratedRegex(@"[-\u2013\u2014_/]")] private static partial Regex Dashes();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();

    public static string Normalize(string s)
    {
        s = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("ß", "ss");
        s = s.Replace('\u2019', '\'').Replace('\u2018', '\'');
        s = Punctuation().Replace(s, " ");
        s = Dashes().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>The words of 3 or more letters of a normalised name.</summary>
    public static HashSet<string> Words(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w.EnumerateRunes().Count() >= 3) set.Add(w);
        return set;
    }

    public static double Jaccard(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0) return 0.0;
        int common = wa.Count(wb.Contains);
        return (double)common / (wa.Count + wb.Count - common);
    }

    /// <summary>
    /// <paramref name="x"/> rounded to <paramref name="digits"/> decimals, half to even on the
    /// exact binary value, so figures agree digit for digit with other implementations of the
    /// same rules.
    /// </summary>
    public static double Round(double x, int digits) =>
        double.Parse(Fixed(x, digits), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Fixed-point text of <paramref name="x"/> with exact half-to-even rounding.</summary>
    public static string Fixed(double x, int digits)
    {
        // "F" with a large precision prints the exact decimal expansion of the double.
        var exact = Math.Abs(x).ToString("F99", CultureInfo.InvariantCulture);
        int point = exact.IndexOf('.');
        var intPart = exact[..point];
        var frac = exact[(point + 1)..];
        var keep = (intPart + frac[..digits]).ToCharArray();
        char next = frac[digits];
        bool restNonZero = frac[(digits + 1)..].Any(c => c != '0');
        bool roundUp = next > '5' || (next == '5' && (restNonZero || (keep[^1] - '0') % 2 == 1));
        var all = new string(keep);
        if (roundUp)
        {
            int i = keep.Length - 1;
            while (i >= 0 && keep[i] == '9') keep[i--] = '0';
            if (i >= 0) keep[i]++;
            all = (i < 0 ? "1" : "") + new string(keep);
        }
        var integer = all[..^digits].TrimStart('0');
        if (integer.Length == 0) integer = "0";
        var result = digits > 0 ? integer + "." + all[^digits..] : integer;
        bool negative = x < 0 && result.Any(c => c is >= '1' and <= '9');
        return negative ? "-" + result : result;
    }

    /// <summary>The shortest text that reads back as <paramref name="x"/>, always with a decimal point ("1.0").</summary>
    public static string Shortest(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
