using KnowledgeGraph.Language;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// A place that ends the proper name of a gathering ("di sela-sela KTT Kerjasama Ekonomi Asia
/// Pasifik"): a run of capitalised words that a meeting or event noun opens names the gathering
/// or the forum behind it, not where it was held.
/// </summary>
public static class GatheringNames
{
    /// <summary>Whether the place starting at word <paramref name="k"/> ends such a name.</summary>
    public static bool EndsIn(DocView doc, RelationLexicon lex, int k)
    {
        var words = doc.Words;
        int first = doc.SentenceFirstWord(k);
        for (int j = k - 1; j >= first; j--)
        {
            if (!words[j].IsCapitalised || doc.EntityAt[j] is not null || Words.Breaks(Words.Gap(doc.Text, words[j], words[j + 1]))) return false;
            var w = words[j].Lower;
            if (lex.MeetingNouns.MatchAt(words, j) > 0 || lex.EventNouns.MatchAt(words, j) > 0) return true;
            if (lex.HasRole(w, "region") || lex.HasRole(w, "capital") || lex.HasRole(w, "location")) return false;
        }
        return false;
    }
}
