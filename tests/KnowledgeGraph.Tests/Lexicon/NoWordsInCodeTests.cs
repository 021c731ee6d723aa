using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;
using KnowledgeGraph.Tests.Foundation;

namespace KnowledgeGraph.Tests.LexiconFiles;

/// <summary>
/// Language knowledge lives in the language packs (src/KnowledgeGraph/Resources/&lt;lang&gt;), not in
/// the code: no string or char literal of the library or the command line may be a function word, stop word, trigger
/// phrase or month name of a pack, and no affix of a pack may be tested with StartsWith, EndsWith
/// and the like. Comments are stripped first, so examples in comments stay. Format keys that a
/// pack uses as column values or file names (role names such as "with", the trigger classes such
/// as "meeting") are keys, not words. The text between the holes of an interpolated string is
/// checked too ($"{a} ke {b}"), except in the output formats (Sinks, Neo4j) and the command line,
/// whose messages to the user are English prose. The benchmarks are left out: their literals are
/// sample article text, the input they measure.
/// </summary>
public class NoWordsInCodeTests
{
    // Literals that are protocol keys and happen to be spelled like a word of a pack.
    private static readonly Dictionary<string, string> ProtocolKeys = new(StringComparer.Ordinal)
    {
        ["in"] = "the old ISO 639 code of Indonesian, read from article metadata",
    };

    private static readonly Regex AffixCall = new(
        @"\.(?:StartsWith|EndsWith|TrimStart|TrimEnd|IndexOf|LastIndexOf|Replace|Contains)\(\s*$", RegexOptions.Compiled);

    private static readonly string[] MessageFolders = ["Sinks", "Neo4j", "KnowledgeGraph.Cli"];

    private static string SourceRoot => Path.Combine(KgRunner.RepoRoot, "src", "KnowledgeGraph");
    private static readonly string[] CodeRoots = ["KnowledgeGraph", "KnowledgeGraph.Cli"];

    [Test]
    public void NoLanguageWordOrAffixIsALiteralOfTheLibrary()
    {
        var lang = PackVocabulary.Load(Path.Combine(SourceRoot, "Resources"));
        Assert.That(lang.Words, Has.Count.GreaterThan(100), "the packs' word lists were not found");
        Assert.That(lang.Affixes, Has.Count.GreaterThan(10), "the packs' affix lists were not found");

        var found = new List<string>();
        var files = CodeRoots.SelectMany(r => Directory.EnumerateFiles(Path.Combine(KgRunner.RepoRoot, "src", r), "*.cs", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(KgRunner.RepoRoot, file).Replace('\\', '/');
            if (rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
            found.AddRange(Check(rel, File.ReadAllText(file), lang));
        }
        Assert.That(found, Is.Empty, "language words in code; move them to the language pack and read them by role:\n" + string.Join('\n', found));
    }

    [Test]
    public void TheCheckFindsAWordAnAffixTestAndAnInterpolatedWord()
    {
        var lang = PackVocabulary.Load(Path.Combine(SourceRoot, "Resources"));
        const string code = """
            // "dan" in a comment is fine
            class C {
                bool A(string w) => w is "dan" or "x"; /* "yang" */
                bool B(string w) => w.EndsWith("nya", System.StringComparison.Ordinal);
                string N(string a, string b) => $"{a} ke {b}";
                bool K(string w) => HasRole(w, "with") || w == "in";
            }
            """;
        var found = Check("C.cs", code, lang);
        Assert.That(found, Has.Count.EqualTo(3), string.Join('\n', found));
        Assert.That(found[0], Does.StartWith("C.cs:3: \"dan\""));
        Assert.That(found[1], Does.StartWith("C.cs:4: \"nya\""));
        Assert.That(found[2], Does.StartWith("C.cs:5: \"ke\""));
    }

    private static List<string> Check(string name, string source, PackVocabulary lang)
    {
        var found = new List<string>();
        foreach (var lit in CSharpLiterals.Of(source))
        {
            if (ProtocolKeys.ContainsKey(lit.Text)) continue;
            bool prose = MessageFolders.Any(f => name.Contains("/" + f + "/", StringComparison.Ordinal));
            foreach (var fragment in lit.Fragments.Count > 1 && prose ? [lit.Text] : lit.Fragments)
            {
                var f = fragment.Trim();
                var lower = f.ToLowerInvariant();
                if (f.Length > 1 && lang.Words.ContainsKey(lower) && !lang.Keys.Contains(f) && !ProtocolKeys.ContainsKey(f))
                    found.Add($"{name}:{lit.Line}: \"{f}\" is a word of {lang.Words[lower]}");
                else if (f.Length > 0 && f == lower && lang.Affixes.TryGetValue(f, out var where)
                         && (f.Length > 1 || AffixCall.IsMatch(source.AsSpan(0, lit.Offset).ToString().Split('\n')[^1])))
                    found.Add($"{name}:{lit.Line}: \"{f}\" is an affix of {where}");
            }
        }
        return found;
    }

    /// <summary>The words, affixes and format keys of every language pack under a resource folder.</summary>
    private sealed class PackVocabulary
    {
        public Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Affixes { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public static PackVocabulary Load(string resources)
        {
            var v = new PackVocabulary();
            foreach (var pack in Directory.EnumerateDirectories(resources).Order(StringComparer.Ordinal))
            {
                var l = Path.GetFileName(pack);
                v.Read(pack, $"{l}/relations/function-words.tsv", words: [0]);
                v.Read(pack, $"{l}/words/stopwords.txt", words: [0]);
                foreach (var t in Directory.Exists(Path.Combine(pack, "triggers")) ? Directory.GetFiles(Path.Combine(pack, "triggers"), "*.txt") : [])
                {
                    v.Keys.Add(Path.GetFileNameWithoutExtension(t));
                    v.Read(pack, $"{l}/triggers/{Path.GetFileName(t)}", words: [0]);
                }
                v.Read(pack, $"{l}/months.tsv", words: [2]);
                v.Read(pack, $"{l}/parsing/clitics.tsv", affixes: [0]);
                v.Read(pack, $"{l}/morphology/prefixes.tsv", affixes: [0]);
                v.Read(pack, $"{l}/morphology/suffixes.txt", affixes: [0]);
                v.Read(pack, $"{l}/morphology/pronoun-clitics.tsv", affixes: [0]);
                v.Read(pack, $"{l}/morphology/word-classes.tsv", affixes: [1, 3]);
            }
            return v;
        }

        private void Read(string pack, string name, int[]? words = null, int[]? affixes = null)
        {
            var path = Path.Combine(Path.GetDirectoryName(pack)!, name);
            if (!File.Exists(path)) return;
            foreach (var raw in File.ReadLines(path))
            {
                if (raw.TrimStart().StartsWith('#') || raw.Trim().Length == 0) continue;
                var cols = raw.Split('\t').Select(c => c.Trim()).ToArray();
                for (int i = 0; i < cols.Length; i++)
                {
                    bool isWord = words?.Contains(i) == true, isAffix = affixes?.Contains(i) == true;
                    if (!isWord && !isAffix) { Keys.Add(cols[i]); continue; }
                    foreach (var item in cols[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        (isWord ? Words : Affixes).TryAdd(item.ToLowerInvariant(), name);
                }
            }
        }
    }
}

/// <summary>The string and char literals of C# source, comments skipped, with their line and the text between interpolation holes.</summary>
internal static class CSharpLiterals
{
    public sealed record Literal(int Line, int Offset, string Text, IReadOnlyList<string> Fragments);

    public static List<Literal> Of(string s)
    {
        var result = new List<Literal>();
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/') { i = NextLine(s, i); continue; }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*') { int e = s.IndexOf("*/", i + 2, StringComparison.Ordinal); i = e < 0 ? s.Length : e + 2; continue; }
            if (s[i] == '\'')
            {
                int e = i + 1;
                while (e < s.Length && s[e] != '\'' && s[e] != '\n') e += s[e] == '\\' ? 2 : 1;
                if (e < s.Length && s[e] == '\'')
                {
                    var text = Unescape(s[(i + 1)..e]);
                    result.Add(new Literal(LineOf(s, i), i, text, [text]));
                    i = e + 1;
                    continue;
                }
                i++;
                continue;
            }
            if (StringStart(s, i) is { } start)
            {
                i = ReadString(s, i, start, result);
                continue;
            }
            i++;
        }
        return result;
    }

    private readonly record struct Start(int Dollars, bool Verbatim, int Quotes, int Length);

    // A string literal starting at i: "…", @"…", $"…", $@"…", @$"…", """…""" and $$"""…""".
    private static Start? StringStart(string s, int i)
    {
        int j = i, dollars = 0;
        bool verbatim = false;
        while (j < s.Length && (s[j] == '$' || s[j] == '@'))
        {
            if (s[j] == '$') dollars++; else verbatim = true;
            j++;
        }
        if (j >= s.Length || s[j] != '"') return null;
        int quotes = 0;
        while (j + quotes < s.Length && s[j + quotes] == '"') quotes++;
        if (quotes == 2) quotes = 1; // an empty "" literal
        else if (quotes < 3) quotes = 1;
        return new Start(dollars, verbatim, quotes, j - i + quotes);
    }

    private static int ReadString(string s, int i, Start st, List<Literal> result)
    {
        int line = LineOf(s, i);
        int j = i + st.Length;
        var text = new StringBuilder();
        var fragments = new List<string>();
        var fragment = new StringBuilder();
        string close = new('"', st.Quotes);
        int holeBraces = Math.Max(st.Dollars, 1);
        while (j < s.Length)
        {
            if (st.Quotes >= 3 ? string.CompareOrdinal(s, j, close, 0, close.Length) == 0 : s[j] == '"')
            {
                if (st.Quotes == 1 && st.Verbatim && j + 1 < s.Length && s[j + 1] == '"') { text.Append('"'); fragment.Append('"'); j += 2; continue; }
                j += st.Quotes;
                break;
            }
            if (st.Quotes == 1 && !st.Verbatim && s[j] == '\\' && j + 1 < s.Length)
            {
                var esc = Unescape(s.Substring(j, 2));
                text.Append(esc); fragment.Append(esc); j += 2; continue;
            }
            if (st.Dollars > 0 && s[j] == '{')
            {
                int run = 0;
                while (j + run < s.Length && s[j + run] == '{') run++;
                if (st.Dollars == 1 && run >= 2) { text.Append('{', run / 2); fragment.Append('{', run / 2); j += run / 2 * 2; continue; }
                if (run >= holeBraces)
                {
                    j = SkipHole(s, j + run, result);
                    fragments.Add(fragment.ToString());
                    fragment.Clear();
                    text.Append("{}");
                    continue;
                }
            }
            text.Append(s[j]); fragment.Append(s[j]); j++;
        }
        fragments.Add(fragment.ToString());
        result.Add(new Literal(line, i, text.ToString(), fragments));
        return j;
    }

    // The index after an interpolation hole's closing brace; strings and braces inside the hole are skipped.
    private static int SkipHole(string s, int j, List<Literal> inner)
    {
        int depth = 1;
        while (j < s.Length && depth > 0)
        {
            if (s[j] == '{') depth++;
            else if (s[j] == '}') { depth--; if (depth == 0) break; }
            else if (s[j] == '\'') { int e = s.IndexOf('\'', j + (s[j + 1] == '\\' ? 3 : 2)); j = e < 0 ? s.Length : e + 1; continue; }
            else if (StringStart(s, j) is { } st) { j = ReadString(s, j, st, inner); continue; }
            j++;
        }
        while (j < s.Length && s[j] == '}') j++;
        return j;
    }

    private static string Unescape(string s) => s.Length > 1 && s[0] == '\\'
        ? s[1] switch { 'n' => "\n", 't' => "\t", 'r' => "\r", '0' => "\0", '\\' => "\\", '\'' => "'", '"' => "\"", _ => s }
        : s;

    private static int NextLine(string s, int i) { int e = s.IndexOf('\n', i); return e < 0 ? s.Length : e; }

    private static int LineOf(string s, int i)
    {
        int n = 1;
        for (int k = 0; k < i; k++) if (s[k] == '\n') n++;
        return n;
    }
}
