using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// Small JSON values written into string attributes (GraphML, CSV), where readers that
/// cannot hold lists get them as JSON text. Hand-rolled because it runs for every node and
/// edge of large graphs and must stay byte-stable.
/// </summary>
public static class JsonText
{
    public static string Array(IEnumerable<string> items)
    {
        var sb = new StringBuilder("[");
        bool first = true;
        foreach (var item in items)
        {
            if (!first) sb.Append(',');
            first = false;
            AppendString(sb, item);
        }
        return sb.Append(']').ToString();
    }

    public static void AppendString(StringBuilder sb, string? s)
    {
        if (s is null) { sb.Append("null"); return; }
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            // Most text needs no escaping: copy it in runs rather than one char at a time.
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c)) continue;
            if (i > run) sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                        run = i + 1;
                    }
                    else
                    {
                        // Control characters and lone surrogates are escaped so the output stays valid.
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    break;
            }
        }
        if (s.Length > run) sb.Append(s, run, s.Length - run);
        sb.Append('"');
    }

    /// <summary>Evidence as a JSON array of objects: article, sentence, start, end, quote, date.</summary>
    public static string Evidence(IEnumerable<Graph.Evidence> evidence)
    {
        var sb = new StringBuilder("[");
        bool firstItem = true;
        foreach (var e in evidence)
        {
            if (!firstItem) sb.Append(',');
            firstItem = false;
            sb.Append('{');
            bool first = true;
            AppendProperty(sb, "article", e.ArticleId, ref first);
            AppendProperty(sb, "sentence", e.Sentence, ref first);
            AppendProperty(sb, "start", e.Start, ref first);
            AppendProperty(sb, "end", e.End, ref first);
            if (e.Quote is not null) AppendProperty(sb, "quote", e.Quote, ref first);
            if (e.Date is not null) AppendProperty(sb, "date", e.Date, ref first);
            sb.Append('}');
        }
        return sb.Append(']').ToString();
    }

    public static void AppendProperty(StringBuilder sb, string name, string? value, ref bool first)
    {
        if (!first) sb.Append(',');
        first = false;
        AppendString(sb, name);
        sb.Append(':');
        AppendString(sb, value);
    }

    public static void AppendProperty(StringBuilder sb, string name, int value, ref bool first)
    {
        if (!first) sb.Append(',');
        first = false;
        AppendString(sb, name);
        sb.Append(':').Append(value.ToString(CultureInfo.InvariantCulture));
    }
}
