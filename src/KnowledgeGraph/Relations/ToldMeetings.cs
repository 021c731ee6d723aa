using System.Runtime.CompilerServices;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// The meetings an article tells, in text order, by the first word of their description and by
/// the acronyms they define in brackets ("Rapat dengar pendapat (RDP) ..."), so that a later bare
/// "rapat" or "RDP" finds the latest one before it by a lookup, not by walking back over the
/// article: an article full of acronyms would otherwise cost the square of its length.
/// </summary>
internal sealed class ToldMeetings
{
    private static readonly ConditionalWeakTable<DocView, ToldMeetings> Built = new();

    private readonly List<(int First, Mention Event)> _meetings = [];
    private readonly Dictionary<string, List<int>> _byHead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAcronym = new(StringComparer.Ordinal);

    private ToldMeetings(DocView doc, RelationLexicon lex)
    {
        var words = doc.Words;
        for (int j = 0; j < words.Count; j++)
        {
            if (doc.EventAt[j] is not { EntityId: not null } ev) continue;
            if (AttendanceLists.IsMeeting(doc, lex, ev, j))
            {
                int at = _meetings.Count;
                _meetings.Add((j, ev));
                Add(_byHead, HeadOf(ev.Surface), at);
                if (HeadOf(ev.Canonical) is var canonical && canonical != HeadOf(ev.Surface)) Add(_byHead, canonical, at);
                for (int open = ev.Surface.IndexOf('('); open >= 0; open = ev.Surface.IndexOf('(', open + 1))
                    if (ev.Surface.IndexOf(')', open + 1) is > 0 and var close) Add(_byAcronym, ev.Surface[(open + 1)..close], at);
                // "rapat dengar pendapat atau RDP": a short form given as another name defines it as well.
                for (int k = j + 1; k + 1 < words.Count && words[k + 1].Start < ev.End; k++)
                    if (lex.HasRole(words[k].Lower, "alternative") && NameToken.IsAcronymText(words[k + 1].Text))
                        Add(_byAcronym, words[k + 1].Text, at);
            }
            while (j + 1 < words.Count && doc.EventAt[j + 1] is { } same && ReferenceEquals(same, ev)) j++;
        }
    }

    /// <summary>The meetings of the article of <paramref name="doc"/>, found once per view.</summary>
    public static ToldMeetings Of(DocView doc, RelationLexicon lex) => Built.GetValue(doc, d => new ToldMeetings(d, lex));

    /// <summary>The latest meeting told before word <paramref name="word"/> whose description opens with <paramref name="head"/> (lower case).</summary>
    public Mention? LatestWithHead(string head, int word) => Latest(_byHead, head, word);

    /// <summary>The latest meeting told before word <paramref name="word"/> that defines <paramref name="acronym"/> in brackets.</summary>
    public Mention? LatestDefining(string acronym, int word) => Latest(_byAcronym, acronym, word);

    /// <summary>The latest meeting of any description told before word <paramref name="word"/>.</summary>
    public Mention? LatestOfAny(int word)
    {
        int lo = 0, hi = _meetings.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_meetings[mid].First < word) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : _meetings[found].Event;
    }

    private Mention? Latest(Dictionary<string, List<int>> index, string key, int word)
    {
        if (!index.TryGetValue(key, out var list)) return null;
        // The list is in text order: the last entry starting before the word, by binary search.
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_meetings[list[mid]].First < word) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : _meetings[list[found]].Event;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int at)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != at) list.Add(at);
    }

    private static string HeadOf(string? text)
    {
        var name = (text ?? "").AsSpan().Trim();
        int space = name.IndexOf(' ');
        return (space < 0 ? name : name[..space]).ToString().ToLowerInvariant();
    }
}
