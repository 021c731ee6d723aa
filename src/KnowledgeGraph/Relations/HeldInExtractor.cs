using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// HELD_IN: event → the place the text puts it in (see <see cref="MeetingAnalysis"/>), and the
/// larger places the text sets that place in ("di Kabul, ibu kota Afghanistan": <see cref="PlaceContainers"/>).
/// Two settings the meeting analysis leaves unread are read here from the locative that closes an
/// event's mention: a happening told by its verb ("X membakar pesawat Y di Bandara Z, Distrik W"),
/// and a venue named by the body that occupies it ("di Universitas X, Kota Y": held in Y).
/// An event is also held in the state a setting names only to describe its place ("di ibu kota
/// Nigeria, Abuja": held in Abuja and in Nigeria), though no one met there (<see cref="MeetingPlaces"/>).
/// </summary>
public sealed class HeldInExtractor : IRelationExtractor
{
    // How many descriptive words ("ibu kota", "kota") may stand between a locative and its name.
    private const int MaxDescriptors = 2;
    private readonly MeetingAnalysis _analysis;
    private readonly PlaceContainers _containers;
    private readonly StatementFinder _statements;
    private readonly RelationLexicon _lex;

    public HeldInExtractor(RelationLexicon lexicon)
    {
        _lex = lexicon;
        _analysis = new MeetingAnalysis(lexicon);
        _containers = new PlaceContainers(lexicon);
        _statements = new StatementFinder(lexicon);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var settings = _analysis.Analyse(document);
        var doc = DocumentAnalysis.For(document, _statements).View;
        var seen = new HashSet<(string, string)>();
        var placed = new HashSet<string>(StringComparer.Ordinal); // events a setting gave a place
        foreach (var setting in settings)
        {
            if (setting.Event?.EntityId is not { } ev) continue;
            if (setting.Places.Count > 0) placed.Add(ev);
            var evidence = Evidences.For(document, setting.Start, setting.End);
            // The places it met at, then the larger places the text names them by: held in both.
            foreach (var place in setting.Places.Concat(setting.Surrounding))
            {
                if (place.EntityId is { } where && seen.Add((ev, where))) yield return new RelationCandidate(ev, RelationType.HELD_IN, where, evidence);
                foreach (var outer in _containers.Of(doc, place))
                    if (outer.EntityId is { } wider && seen.Add((ev, wider)))
                        yield return new RelationCandidate(ev, RelationType.HELD_IN, wider, Evidences.For(document, setting.Start, Math.Max(setting.End, outer.End)));
            }
        }
        var words = doc.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (doc.EventAt[i] is not { EntityId: { } ev } mention || words[i].Start < mention.Start) continue;
            int end = doc.After(i, mention);
            bool byVerb = doc.EntityAt[i] is { } lead && lead.Start == mention.Start;
            foreach (var (site, venue, named) in Locatives(doc, i, end))
            {
                // A place is read here only for a happening told by its verb that no setting placed, or
                // named after it; a body after the locative is a venue, and the places chained to it say where.
                if (!venue && !named && (!byVerb || placed.Contains(ev))) continue;
                var found = venue ? _containers.Of(doc, site, venue: true) : [site, .. _containers.Of(doc, site)];
                foreach (var p in found)
                    if (p.EntityId is { } where && seen.Add((ev, where)))
                        yield return new RelationCandidate(ev, RelationType.HELD_IN, where, Evidences.For(document, mention.Start, Math.Max(mention.End, p.End)));
            }
            i = end - 1;
        }
    }

    // The places and venues a locative inside the mention of words [first, end) or right after it
    // names: "di" (a few region words) and a Place, or a body standing for its building.
    private IEnumerable<(Mention Site, bool Venue, bool Named)> Locatives(DocView doc, int first, int end)
    {
        var words = doc.Words;
        // "bom Cicendo": a happening named after the place it struck, its head right before the place.
        if (first + 1 < end && _lex.HeadClasses.TryGetValue(words[first].Lower, out var cls) && _lex.NamedClasses.Contains(cls)
            && doc.EntityAt[first + 1] is { Type: NodeType.Place } struck && !Words.Breaks(Words.Gap(doc.Text, words[first], words[first + 1])))
            yield return (struck, false, true);
        int last = doc.SentenceEndWord(first);
        for (int k = first + 1; k <= end && k < last; k++)
        {
            var w = words[k].Lower;
            if (!_lex.HasRole(w, "location") || _lex.HasRole(w, "setting")) continue;
            if (k == end && Words.Breaks(Words.Gap(doc.Text, words[k - 1], words[k]))) break;
            int j = k + 1, descriptors = 0;
            while (j < last && doc.EntityAt[j] is null && descriptors < MaxDescriptors && _lex.HasRole(words[j].Lower, "region")) { j++; descriptors++; }
            if (j >= last || doc.EntityAt[j] is not { } m || m.Start != words[j].Start) continue;
            if (Words.Breaks(Words.Gap(doc.Text, words[j - 1], words[j]))) continue;
            if (m.Type == NodeType.Place) yield return (m, false, false);
            else if (m.Type == NodeType.Organization) yield return (m, true, false);
        }
    }
}
