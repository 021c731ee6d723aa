using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Lists set out a line an item after a sentence that announces who came: "Berikut nama
/// bupati yang sudah hadir di Sukamaju:" then "- Bupati Lembah Andi Wirawan", "- Wakil Bupati ...".
/// Everyone named on those lines took part where the announcing sentence says they came, and
/// in the meeting it names or points back to.
/// </summary>
internal static class BulletedLists
{
    // Characters that open a line as an item of a list ("- ", "• ", "* ", "1. ").
    private const string Bullets = "-•*–—·";

    public static void Add(DocView doc, RelationLexicon lex, List<EventSetting> result)
    {
        var words = doc.Words;
        for (int first = 0; first < words.Count; first = doc.SentenceEndWord(first))
        {
            int end = doc.SentenceEndWord(first);
            if (!EndsInColon(doc, end) || !Announces(doc, lex, first, end)) continue;
            var places = PlacesAfterLocative(doc, lex, first, end);
            var meeting = AttendanceLists.MeetingWithin(doc, lex, first, end);
            if (places.Count == 0 && meeting is null) continue;
            var participants = new List<Mention>();
            var listed = new HashSet<string>(StringComparer.Ordinal);
            int last = end;
            for (int item = end; item < words.Count && IsItem(doc, item); item = doc.SentenceEndWord(item))
            {
                if (ItemParty(doc, item) is { EntityId: { } id } party && listed.Add(id)) participants.Add(party);
                last = doc.SentenceEndWord(item);
            }
            if (participants.Count == 0) continue;
            result.Add(new EventSetting(meeting, places, participants, words[first].Start, words[last - 1].End));
            first = last - 1; // the loop goes on after the items
        }
    }

    // Whether the text between the sentence's last word and the next word holds a colon.
    private static bool EndsInColon(DocView doc, int end)
    {
        var words = doc.Words;
        int from = words[end - 1].End, to = end < words.Count ? words[end].Start : doc.Text.Length;
        return doc.Text.AsSpan(from, to - from).Contains(':');
    }

    // "yang hadir", "yang sudah tiba di": a word of arriving or being present announces the list.
    private static bool Announces(DocView doc, RelationLexicon lex, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var w = doc.Words[k].Lower;
            if (lex.HasRole(w, "arrive") || lex.HasRole(w, "present") || lex.HasRole(w, "attended"))
                return !AttendanceLists.Negated(doc, lex, k);
        }
        return false;
    }

    // "tiba di Sukamaju": the places right after a locative in the announcement.
    private static List<Mention> PlacesAfterLocative(DocView doc, RelationLexicon lex, int first, int end)
    {
        var places = new List<Mention>();
        for (int k = first; k + 1 < end; k++)
        {
            if (!lex.HasRole(doc.Words[k].Lower, "location") || doc.EntityAt[k + 1] is not { Type: NodeType.Place } place) continue;
            if (!places.Contains(place)) places.Add(place);
        }
        return places;
    }

    // Whether the sentence at word k starts a line with a bullet or a number and a dot.
    private static bool IsItem(DocView doc, int k)
    {
        var text = doc.Text;
        int at = doc.Words[k].Start;
        int line = at;
        while (line > 0 && text[line - 1] != '\n') line--;
        var lead = text.AsSpan(line, at - line).Trim();
        if (lead.Length == 1 && Bullets.Contains(lead[0])) return true;
        if (lead.IsEmpty && doc.Words[k].Text.Length == 1 && Bullets.Contains(doc.Words[k].Text[0])) return true;
        // "1. Gubernur ...", "2) Wagub ...": the number is a word of its own, a dot or a bracket after it.
        return lead.IsEmpty && doc.Words[k].Text.All(char.IsDigit) && k + 1 < doc.Words.Count
            && text.AsSpan(doc.Words[k].End, doc.Words[k + 1].Start - doc.Words[k].End).Trim() is "." or ")";
    }

    // The one an item names: its first person ("Gubernur Jambi Andi Wirawan"), else a body standing first.
    private static Mention? ItemParty(DocView doc, int item)
    {
        int end = doc.SentenceEndWord(item);
        Mention? body = null;
        for (int k = item; k < end; k++)
        {
            if (doc.EntityAt[k] is not { } m) continue;
            if (m.Type == NodeType.Person) return m;
            if (m.Type == NodeType.Organization && body is null && k <= item + 1) body = m;
            k = doc.After(k, m) - 1;
        }
        return body;
    }
}
