using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4jSinks;

/// <summary>Test graphs and small readers for the Cypher and CSV outputs.</summary>
internal static class Neo4jSinkFixtures
{
    public const string NastyName = "O'Brien \"the \\ boss\" }{ $x ${y} {{z}} ;a,b\nline two\ttab 😀 é \u0001";

    public static EntityGraph NastyGraph()
    {
        var g = new EntityGraph();
        var p = g.GetOrAddNode("person:nasty", NodeType.Person, NastyName);
        p.AddAlias("al'ias; with \\ and \"quotes\"");
        p.AddAlias("plain");
        p.Mentions = 3;
        p.Articles.Add("a1");
        var place = g.GetOrAddNode("place:x", NodeType.Place, "X");
        place.Mentions = 1;
        place.Articles.Add("a1");
        var a = g.GetOrAddNode("article:a1", NodeType.Article, "a1");
        a.Title = "Title with 'quote', \"dq\"\nand newline";
        a.Published = "2022-10-25";
        a.Source = "samples/a1.txt";
        a.Url = "https://berita.example/a1?x=1&y='2'";
        a.Outlet = "Kabar \"Nusantara\", Jakarta";
        a.Language = "id";
        g.AddRelation("person:nasty", RelationType.STATED, "place:x",
            new Evidence("a1", "He said: \"it's } $here\"\nnext", 3, 40, "it's } $here", "2022-10-25"));
        g.AddRelation("person:nasty", RelationType.STATED, "place:x", new Evidence("a1", "Second; sentence, plain", 50, 70));
        g.AddRelation("person:nasty", RelationType.MENTIONED_IN, "article:a1", new Evidence("a1", "s", 0, 7));
        g.AddRelation("place:x", RelationType.MENTIONED_IN, "article:a1", new Evidence("a1", "s", 10, 11));
        return g;
    }

    /// <summary>
    /// Every kind of character a Cypher string literal cannot carry raw, or that a tool could
    /// take for a line end: controls (NUL, C0, DEL, C1), U+2028/U+2029, the byte order mark,
    /// noncharacters of the BMP and of plane 1, beside an ordinary emoji; lone surrogates apart.
    /// </summary>
    public const string Awkward = "nul\u0000 soh\u0001 us\u001f del\u007f nel\u0085 c1\u009f ls\u2028 ps\u2029 bom\uFEFF "
        + "fdd0\uFDD0 fdea\uFDEA fdef\uFDEF fffe\uFFFE ffff\uFFFF plane1\U0001FFFF emoji\U0001F600 end";

    /// <summary>Lone surrogates: not text; every output writes U+FFFD for them.</summary>
    public const string LoneSurrogates = "high\uD800 low\uDC00 reversed\uDE00\uD83D";

    /// <summary>
    /// Ids, names, aliases, article metadata and evidence carrying <see cref="Awkward"/> (and
    /// lone surrogates in names). <paramref name="text"/> maps every string, e.g. to what the
    /// outputs write (<see cref="WithoutLoneSurrogates"/>).
    /// </summary>
    public static EntityGraph AwkwardGraph(Func<string, string>? text = null)
    {
        var t = text ?? (x => x);
        var g = new EntityGraph();
        var p = g.GetOrAddNode(t("person:awkward\uFFFF"), NodeType.Person, t("Nama " + Awkward));
        p.AddAlias(t("alias " + Awkward));
        p.AddAlias(t(LoneSurrogates));
        p.Mentions = 2;
        p.Articles.Add(t("a\uFFFE1"));
        var o = g.GetOrAddNode(t("organization:o\u2028x"), NodeType.Organization, t("Org\uFDEA " + LoneSurrogates));
        o.Mentions = 1;
        o.Articles.Add(t("a\uFFFE1"));
        var a = g.GetOrAddNode(t("article:a\uFFFE1"), NodeType.Article, t("a\uFFFE1"));
        a.Title = t("Judul " + Awkward);
        a.Published = "2024-01-01";
        a.Source = t("berita\uFFFF.txt");
        g.AddRelation(p.Id, RelationType.STATED, o.Id, new Evidence(t("a\uFFFE1"), t("Kalimat " + Awkward), 0, 40, t("kutipan " + Awkward), "2024-01-01"));
        g.AddRelation(p.Id, RelationType.STATED, o.Id, new Evidence(t("a\uFFFE1"), t("Kedua " + LoneSurrogates), 50, 60));
        g.AddRelation(p.Id, RelationType.MENTIONED_IN, a.Id, null);
        return g;
    }

    /// <summary>The text as the outputs write it: each lone surrogate replaced by U+FFFD.</summary>
    public static string WithoutLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(s[i]).Append(s[++i]);
            else sb.Append(char.IsSurrogate(s[i]) ? '\uFFFD' : s[i]);
        }
        return sb.ToString();
    }

    /// <summary>Decodes a single-quoted Cypher string literal starting at <paramref name="i"/>; leaves i after it.</summary>
    public static string ReadCypherString(string s, ref int i)
    {
        if (s[i] != '\'') throw new FormatException($"expected ' at {i}");
        i++;
        var sb = new StringBuilder();
        while (true)
        {
            char c = s[i++];
            if (c == '\'') return sb.ToString();
            if (c == '\n' || c == '\r') throw new FormatException("raw line break inside a literal");
            if (c != '\\') { sb.Append(c); continue; }
            char e = s[i++];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new FormatException($"unknown escape \\{e}");
            }
        }
    }

    /// <summary>All string literals in a Cypher statement, decoded, in order.</summary>
    public static List<string> CypherStrings(string statement)
    {
        var list = new List<string>();
        for (int i = 0; i < statement.Length;)
        {
            if (statement[i] == '\'') list.Add(ReadCypherString(statement, ref i));
            else i++;
        }
        return list;
    }

    /// <summary>An RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
    public static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"':
                    if (field.Length != 0) throw new FormatException("quote inside an unquoted field");
                    inQuotes = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    rows.Add([.. row]); row.Clear(); any = false; break;
                case '\r': throw new FormatException("bare CR outside quotes");
                default: field.Append(c); any = true; break;
            }
        }
        if (inQuotes) throw new FormatException("unterminated quoted field");
        if (any || field.Length > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }

    public static string[] Split(string arrayField) =>
        arrayField.Length == 0 ? [] : arrayField.Split('\u001f');
}
