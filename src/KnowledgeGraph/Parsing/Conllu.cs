using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Reads and writes CoNLL-U (universaldependencies.org/format.html). Empty nodes (ids like 8.1) are
/// skipped; a malformed line is reported with its file and line number.
/// </summary>
public static class Conllu
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL-U file not found: {path}", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static List<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        var sentences = new List<ConlluSentence>();
        ConlluSentence? current = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                if (current is not null && current.Words.Count > 0) sentences.Add(current);
                current = null;
                continue;
            }
            current ??= new ConlluSentence { Source = $"{name}:{lineNumber}" };
            if (line[0] == '#')
            {
                current.Comments.Add(line[1..].TrimStart());
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new InvalidDataException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}");
            var id = cols[0];
            if (id.Contains('.')) continue;
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                    || !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int last) || last < first)
                    throw new InvalidDataException($"{name}:{lineNumber}: bad multiword token range '{id}'");
                current.MultiwordTokens.Add(new ConlluToken(first, last, cols[1], cols[9]));
                continue;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int wordId) || wordId != current.Words.Count + 1)
                throw new InvalidDataException($"{name}:{lineNumber}: word id '{id}' out of sequence (expected {current.Words.Count + 1})");
            int head = -1;
            if (cols[6] != "_" && !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
                throw new InvalidDataException($"{name}:{lineNumber}: bad head '{cols[6]}'");
            current.Words.Add(new ConlluWord
            {
                Id = wordId, Form = cols[1], Lemma = cols[2], Upos = cols[3], Xpos = cols[4], Feats = cols[5],
                Head = head, Deprel = cols[7], Deps = cols[8], Misc = cols[9],
            });
        }
        if (current is not null && current.Words.Count > 0) sentences.Add(current);
        foreach (var s in sentences)
            foreach (var w in s.Words)
                if (w.Head > s.Words.Count) throw new InvalidDataException($"{s.Source}: word {w.Id} has head {w.Head} beyond the sentence");
        return sentences;
    }

    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (var c in sentence.Comments) writer.Write("# " + c + "\n");
        int m = 0;
        var mwts = sentence.MultiwordTokens.OrderBy(t => t.First).ToList();
        foreach (var w in sentence.Words)
        {
            while (m < mwts.Count && mwts[m].First < w.Id) m++;
            if (m < mwts.Count && mwts[m].First == w.Id)
            {
                var t = mwts[m];
                writer.Write($"{t.First}-{t.Last}\t{Clean(t.Form)}\t_\t_\t_\t_\t_\t_\t_\t{Clean(t.Misc)}\n");
            }
            var head = w.Head < 0 ? "_" : w.Head.ToString(CultureInfo.InvariantCulture);
            writer.Write($"{w.Id}\t{Clean(w.Form)}\t{Clean(w.Lemma)}\t{Clean(w.Upos)}\t{Clean(w.Xpos)}\t{Clean(w.Feats)}\t{head}\t{Clean(w.Deprel)}\t{Clean(w.Deps)}\t{Clean(w.Misc)}\n");
        }
        writer.Write('\n');
    }

    public static void WriteFile(string path, IEnumerable<ConlluSentence> sentences)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var s in sentences) Write(writer, s);
    }

    /// <summary>Fields may not hold tabs or line breaks, and may not be empty.</summary>
    private static string Clean(string field)
    {
        if (field.Length == 0) return "_";
        if (field.AsSpan().IndexOfAny('\t', '\n', '\r') < 0) return field;
        return field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}
