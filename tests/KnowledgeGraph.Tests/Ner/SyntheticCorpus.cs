using KnowledgeGraph.Recognition.Statistical;

namespace KnowledgeGraph.Tests.Ner;

/// <summary>A small generated corpus: titled people travelling to places, and organisations making statements.</summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Given = ["Budi", "Sari", "Andi", "Rina", "Joko", "Dewi", "Agus", "Wati"];
    private static readonly string[] Family = ["Santoso", "Wijaya", "Hartono", "Kusuma", "Pratama", "Lestari"];
    private static readonly string[] Places = ["Bandung", "Medan", "Surabaya", "Makassar", "Padang", "Manado"];
    private static readonly string[] Orgs = ["Bank Sentosa", "Partai Maju", "Yayasan Cerdas", "Dewan Kota"];
    private static readonly string[] Titles = ["Gubernur", "Menteri", "Bupati", "Direktur"];

    public static List<TaggedSentence> Build(int count)
    {
        var sentences = new List<TaggedSentence>();
        for (int k = 0; k < count; k++)
        {
            var tokens = new List<string>();
            var tags = new List<string>();
            void Add(string text, string type)
            {
                var words = text.Split(' ');
                for (int i = 0; i < words.Length; i++)
                {
                    tokens.Add(words[i]);
                    tags.Add(type == "O" ? "O" : (i == 0 ? "B-" : "I-") + type);
                }
            }
            if (k % 2 == 0)
            {
                Add(Titles[k % Titles.Length], "O");
                Add($"{Given[k % Given.Length]} {Family[k / 2 % Family.Length]}", "PER");
                Add("berkunjung ke", "O");
                Add(Places[k / 3 % Places.Length], "LOC");
                Add("pada hari Senin .", "O");
            }
            else
            {
                Add("Menurut", "O");
                Add(Orgs[k % Orgs.Length], "ORG");
                Add(", harga beras di", "O");
                Add(Places[k % Places.Length], "LOC");
                Add("naik .", "O");
            }
            sentences.Add(new TaggedSentence([.. tokens], [.. tags]));
        }
        return sentences;
    }

    /// <summary>Writes the corpus in the column format of the NER data folders.</summary>
    public static void WriteColumns(string path, IEnumerable<TaggedSentence> sentences, Func<string, string>? tagName = null)
    {
        using var w = new StreamWriter(path);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Tokens.Length; i++)
                w.Write($"{s.Tokens[i]}\t{(tagName is null ? s.Tags[i] : tagName(s.Tags[i]))}\n");
            w.Write("\n");
        }
    }
}
