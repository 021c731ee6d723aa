using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// The places the text puts a place in, read right after its name: an apposition that names the
/// larger area ("di Kabul, ibu kota Afghanistan"; "di Kampung X, Distrik Y, Kabupaten Z") and a
/// locative that sets it inside another ("pangkalan udara X di Homs"). What happened at the place
/// happened in those too. A bare name after a comma counts only when the chain goes on or ends
/// there ("di X, Y, pada Senin"), not when it opens the next clause ("di Gaza, Israel mengatakan").
/// A building named after its town ("Istana Kepresidenan Bogor") is in that town.
/// </summary>
public sealed class PlaceContainers
{
    // How many places one chain may climb, and how many descriptive words ("ibu kota", "negara
    // bagian") may stand between the comma or preposition and the next name.
    private const int MaxSteps = 4;
    private const int MaxDescriptors = 3;
    private readonly RelationLexicon _lex;

    public PlaceContainers(RelationLexicon lexicon) => _lex = lexicon;

    /// <summary>
    /// The containing places after <paramref name="place"/>, nearest first, without the place itself.
    /// With <paramref name="venue"/> the chain may also start at a body that stands for the building
    /// it sits in ("di Universitas X, Kota Y": what happened at the university happened in Y).
    /// </summary>
    public List<Mention> Of(DocView doc, Mention place, bool venue = false)
    {
        var found = new List<Mention>();
        var words = doc.Words;
        int i = Words.IndexAtOrAfter(words, place.Start);
        if (i >= words.Count || doc.EntityAt[i] is not { } start || !(start.Type == NodeType.Place || venue && start.Type == NodeType.Organization)) return found;
        int end = doc.SentenceEndWord(i);
        int j = doc.After(i, start);
        if (TownInName(doc, i, j, start) is { } town) found.Add(town);
        for (int step = 0; step < MaxSteps && j < end; step++)
        {
            var gap = Words.Gap(doc.Text, words[j - 1], words[j]).Trim();
            // "di Museum X (MX), Kota Y": the short form in brackets after a name is still that name.
            if (gap.SequenceEqual("(") && j + 1 < end && IsShortForm(words[j].Text)
                && Words.Gap(doc.Text, words[j], words[j + 1]).Trim() is { Length: > 0 } closing && closing[0] == ')')
            {
                gap = closing[1..].Trim();
                j++;
            }
            bool comma = gap.SequenceEqual(",");
            if (!comma && !gap.IsEmpty) break;
            int k = j;
            if (!comma)
            {
                // "X yang berada di Y": a clause telling only where X lies sets it inside Y, as "X di Y" does.
                if (k + 2 < end && _lex.HasRole(words[k].Lower, "relative") && _lex.HasRole(words[k + 1].Lower, "located")) k += 2;
                // "X di Y": only the locative preposition sets one place inside another.
                if (!_lex.HasRole(words[k].Lower, "location")) break;
                k++;
            }
            int descriptors = 0;
            while (k < end && doc.EntityAt[k] is null && _lex.HasRole(words[k].Lower, "region") && descriptors < MaxDescriptors)
            {
                if (k > j && !Words.Gap(doc.Text, words[k - 1], words[k]).Trim().IsEmpty) break;
                k++;
                descriptors++;
            }
            if (k >= end || doc.EntityAt[k] is not { Type: NodeType.Place } next) break;
            if (k > j && !Words.Gap(doc.Text, words[k - 1], words[k]).Trim().IsEmpty) break;
            int after = doc.After(k, next);
            if (comma && descriptors == 0 && !ClosesChain(doc, after, end)) break;
            if (next.EntityId != place.EntityId && !found.Contains(next)) found.Add(next);
            j = after;
        }
        return found;
    }

    // "Istana Kepresidenan Bogor", "Universitas Kabul": a building whose name ends in the town it
    // stands in is in that town, when the article names the town as a place of its own. Straits,
    // bays and seas named after a state ("Selat Taiwan") lie outside it, so only buildings count.
    private Mention? TownInName(DocView doc, int first, int after, Mention building)
    {
        var words = doc.Words;
        int head = _lex.BuildingHeads.MatchAt(words, first);
        if (head == 0 || after - first - head < 1) return null;
        for (int k = first + head; k < after; k++)
        {
            // "Hotel Trident-Oberoi": a word inside a compound starts no name of its own.
            if (!string.IsNullOrWhiteSpace(Words.Gap(doc.Text, words[k - 1], words[k]).ToString())) continue;
            var tail = doc.Text[words[k].Start..building.End];
            foreach (var m in doc.Document.Mentions)
                if (m.Type == NodeType.Place && m.EntityId is { } id && id != building.EntityId && m.Start != building.Start
                    && string.Equals(m.Surface, tail, StringComparison.OrdinalIgnoreCase)) return m;
        }
        return null;
    }

    private static bool IsShortForm(string word) => word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    // After a bare name: the sentence ends, punctuation follows, or a locative or time word does.
    private bool ClosesChain(DocView doc, int after, int end)
    {
        var words = doc.Words;
        if (after >= end) return true;
        if (!Words.Gap(doc.Text, words[after - 1], words[after]).Trim().IsEmpty) return true;
        var w = words[after].Lower;
        return _lex.HasRole(w, "location") || _lex.HasRole(w, "time") || _lex.HasRole(w, "region");
    }
}
