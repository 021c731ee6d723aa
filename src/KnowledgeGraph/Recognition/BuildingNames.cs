using KnowledgeGraph.Documents;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition.Rules;

namespace KnowledgeGraph.Recognition;

/// <summary>
/// A name that a lower-case word for a building opens after a locative ("di sekolah dasar Vladislav
/// Ribnikar", "di gedung DPR", "di hotel Aryaduta"): the text names the building, not the person it
/// is named after or the body it houses, so the mention widens over the head into a place. So is a
/// body named after a locative by its building's name ("di Gedung Putih", "di Kantor Perdana Menteri
/// X"). The words live in recognition/building-heads.tsv.
/// </summary>
/// <param name="places">Listed place names with their canonical names: a body listed as a place too ("Gedung Putih")
/// is that place where the text puts someone in it.</param>
public sealed class BuildingNames(LanguageResources resources, IReadOnlyDictionary<string, string> places)
{
    // The longest building noun, in words ("sekolah menengah pertama").
    private readonly int _longest = resources.BuildingWords.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(0).Max();

    // Countries, by canonical name: "di masjid Afghanistan" is a mosque somewhere in the country, not one named after it.
    private readonly HashSet<string> _countries = resources.Gazetteer.Where(e => e.Type == NodeType.Place && e.Kind == "country")
        .Select(e => e.Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public Mention Widen(Document doc, Mention m)
    {
        if (_longest == 0 || m.Type is not (NodeType.Person or NodeType.Organization or NodeType.Place)) return m;
        if (m.Type == NodeType.Organization && Housed(doc, m) is { } building) return building;
        if (m.Type == NodeType.Place && _countries.Contains(m.Canonical ?? m.Surface)) return m;
        var before = NameToken.Tokenize(doc.Text, Math.Max(0, m.Start - 80), m.Start);
        // Words only, each one space from the next: punctuation between them ends the phrase.
        int n = before.Count;
        for (int len = Math.Min(_longest, n - 1); len >= 1; len--)
        {
            int first = n - len;
            if (!Adjacent(doc.Text, before, first, n, m.Start)) continue;
            var head = string.Join(' ', before.Skip(first).Select(t => t.Text.ToLowerInvariant()));
            if (!resources.BuildingWords.TryGetValue(head, out var role) || role == "locative") continue;
            if (role == "body-head" && m.Type == NodeType.Person) continue;
            var locative = before[first - 1];
            if (!locative.IsWord || resources.BuildingWords.GetValueOrDefault(locative.Text.ToLowerInvariant()) != "locative"
                || doc.Text.AsSpan(locative.End, before[first].Start - locative.End).Trim().Length > 0) continue;
            int start = before[first].Start;
            return m with { Start = start, Surface = doc.Text[start..m.End], Type = NodeType.Place, Canonical = null };
        }
        return m;
    }

    // "di Gedung Putih", "di Kantor Perdana Menteri X": a body named right after a locative by the name of
    // its building (a listed place, or a name a building word opens) is the building, a place.
    private Mention? Housed(Document doc, Mention m)
    {
        if (!AfterLocative(resources, doc.Text, m.Start)) return null;
        if (places.TryGetValue(m.Surface, out var listed)) return m with { Type = NodeType.Place, Canonical = listed };
        int space = m.Surface.IndexOf(' ');
        // Only a word for the building a body works from: "di Universitas X" is the university, a body.
        if (space < 0 || resources.BuildingWords.GetValueOrDefault(m.Surface[..space].ToLowerInvariant()) != "body-head") return null;
        return m with { Type = NodeType.Place, Canonical = m.Surface };
    }

    /// <summary>Whether a locative word of recognition/building-heads.tsv stands right before offset start, with only
    /// spaces between ("di Gedung Putih"): the text puts someone in the place named there.</summary>
    public static bool AfterLocative(LanguageResources resources, string text, int start)
    {
        var before = NameToken.Tokenize(text, Math.Max(0, start - 12), start);
        return before.Count > 0 && before[^1] is { IsWord: true } locative
            && resources.BuildingWords.GetValueOrDefault(locative.Text.ToLowerInvariant()) == "locative"
            && text.AsSpan(locative.End, start - locative.End).Trim().Length == 0;
    }

    // Whether tokens [first, end) are lower-case words with nothing but spaces between them and up to the name.
    private static bool Adjacent(string text, List<NameToken> tokens, int first, int end, int nameStart)
    {
        for (int k = first; k < end; k++)
        {
            if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0])) return false;
            int next = k + 1 < end ? tokens[k + 1].Start : nameStart;
            if (text.AsSpan(tokens[k].End, next - tokens[k].End).Trim().Length > 0) return false;
        }
        return true;
    }
}
