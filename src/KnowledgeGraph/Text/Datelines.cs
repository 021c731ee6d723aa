namespace KnowledgeGraph.Text;

/// <summary>Where a story was filed: read by the statement, attack and meeting rules alike.</summary>
public static class Datelines
{
    /// <summary>
    /// The dateline place: an all-capitals Place at the start of one of the first lines, followed
    /// by a dash, full stop or comma ("BRUSSELS -", "KONTAN.CO.ID - BRUSSELS.", "JAKARTA, iNews.id -"),
    /// or one in title case opening its line and followed by a dash ("Pekanbaru – ...").
    /// </summary>
    public static Mention? Find(DocView doc)
    {
        var text = doc.Text;
        int lineStart = 0;
        for (int line = 0; line < 8 && lineStart < text.Length; line++)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            foreach (var m in doc.Mentions.Within(lineStart, Math.Min(lineEnd, lineStart + 80)))
            {
                if (m.Type != NodeType.Place || m.Surface.Length < 3) continue;
                bool capitals = m.Surface == m.Surface.ToUpperInvariant();
                var prefix = text.AsSpan(lineStart, m.Start - lineStart);
                bool prefixOk = true;
                foreach (var c in prefix) if (char.IsLower(c)) { prefixOk = false; break; }
                int after = m.End;
                while (after < lineEnd && text[after] == ' ') after++;
                if (prefixOk && after < lineEnd && (capitals && text[after] is '-' or '–' or '—' or '.' or ','
                    // "Pekanbaru – Komisi IV ...": a place in title case opening the story's line, set off by a dash.
                    || !capitals && prefix.IsWhiteSpace() && text[after] is '-' or '–' or '—' && after + 1 < lineEnd && text[after + 1] == ' ')) return m;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /// <summary>
    /// Whether a place stands as a dateline: opening its line, alone or after an outlet in capitals
    /// ("TEMPO.CO, Islamabad –"), and set off by a dash or by the blank the cleaner leaves where it took
    /// the outlet and dash out. Unlike <see cref="Find"/> it needs no capitals and looks at any line.
    /// </summary>
    public static bool LooksLike(string text, Mention m)
    {
        if (m.Type != NodeType.Place) return false;
        int a = m.End;
        while (a < text.Length && text[a] == ' ') a++;
        bool dash = a < text.Length && text[a] is '-' or '–' or '—';
        int b = m.Start - 1;
        while (b >= 0 && text[b] == ' ') b--;
        if (b < 0 || text[b] == '\n') return dash || a - m.End >= 2;
        if (!dash || text[b] != ',') return false;
        for (int k = text.LastIndexOf('\n', b) + 1; k < b; k++) if (char.IsLower(text[k])) return false;
        return true;
    }

    /// <summary>
    /// Whether a place opens the article or one of its lines ("TEHERAN, MINA – ...", "Jakarta   Presiden
    /// ...", the dateline after a headline and a photo caption), set off from the story by punctuation,
    /// a line end or a run of spaces, whatever its case.
    /// </summary>
    public static bool OpensLine(string text, Mention m)
    {
        if (m.Type != NodeType.Place) return false;
        for (int i = m.Start - 1; i >= 0 && text[i] != '\n'; i--)
            if (!char.IsWhiteSpace(text[i])) return false;
        // Set off from the story by punctuation or a run of spaces.
        int j = m.End, spaces = 0;
        while (j < text.Length && char.IsWhiteSpace(text[j])) { if (text[j] == '\n') return true; spaces++; j++; }
        return spaces > 1 || (j < text.Length && text[j] is ',' or '-' or '\u2013' or '\u2014' or ':' or '/' or '(');
    }

}
