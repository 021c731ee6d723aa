using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations.Dependency;

/// <summary>
/// Edges read from the dependency parse with the language's pattern files
/// (<c>relations/dependency-patterns.tsv</c>, word sets in <c>relations/dependency-sets.tsv</c>):
/// who attacked whom, who said what about whom, who met where, where an event was held. A
/// document without a parse gives nothing, so the surface extractors still stand alone.
/// </summary>
public sealed class DependencyRelationExtractor : IRelationExtractor
{
    private readonly DependencyMatcher _matcher;
    private readonly RelationLexicon _lexicon;
    private readonly StatementFinder _finder;

    public DependencyRelationExtractor(DependencyMatcher matcher, RelationLexicon lexicon)
    {
        _matcher = matcher;
        _lexicon = lexicon;
        _finder = new StatementFinder(lexicon);
    }

    public static DependencyRelationExtractor Load(RelationLexicon lexicon, string? resourceDirectory = null, string language = LanguagePack.DefaultLanguage) =>
        FromPack(lexicon, LanguagePack.Open(language, resourceDirectory));

    /// <summary>The pack's patterns; a pack without them reads no relation from the parse.</summary>
    public static DependencyRelationExtractor FromPack(RelationLexicon lexicon, LanguagePack pack)
    {
        var sets = WordSets.Read(pack.Rows(WordSets.File));
        var patterns = DependencyPatternFile.Read(pack.Rows(DependencyPatternFile.PatternsFile), sets);
        return new DependencyRelationExtractor(new DependencyMatcher(patterns, lexicon.ModalityKind), lexicon);
    }

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var parses = document.Parses;
        if (parses.Count == 0) return [];
        var analysis = DocumentAnalysis.For(document, _finder);
        var dateline = analysis.View.Dateline;
        var result = new List<RelationCandidate>();
        var seen = new HashSet<(string, RelationType, string)>();
        var verbEvents = new List<(int Start, int End)>();
        QuoteIndex? quotes = null;
        var sentences = document.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            var mentions = analysis.Index.InSentence(sentences[i].Index);
            // Every edge joins two names of its sentence: one with fewer is not worth its parse, the
            // costliest step of a build.
            if (!TwoEntities(mentions)) continue;
            var sentence = parses[i];
            verbEvents.Clear();
            foreach (var match in _matcher.Match(sentence, mentions))
            {
                if (match.Pattern.EventNoun is not null) VerbEvent(document, analysis.View, match, mentions, verbEvents, result);
                // A speech verb inside a quote ("“X menegaskan bahwa …,” kata Y") reports only what the quote holds.
                var quote = match.Pattern.Relation == RelationType.STATED ? (quotes ??= new QuoteIndex(analysis.Quotes)).Around(match.Anchor.Start) : null;
                foreach (var s in match.Sources)
                    foreach (var t in match.Targets)
                    {
                        if (s.EntityId is not { } from || t.EntityId is not { } to || from == to) continue;
                        // The dateline says where the story was filed: nobody's words, nobody's party.
                        if (ReferenceEquals(t, dateline) && match.Pattern.Relation == RelationType.STATED) continue;
                        if (Filed(analysis.View, s)) continue;
                        // A news outlet cited as a report's source carries others' words; it says nothing itself.
                        if (match.Pattern.Relation == RelationType.STATED && (_lexicon.IsOutlet(s.Canonical) || _lexicon.IsOutlet(s.Surface))) continue;
                        if (match.Pattern.Relation == RelationType.STATED && IsCited(document.Text, t)) continue;
                        // A title said without a name, in what someone says, speaks of the office (StatedExtractor).
                        if (match.Pattern.Relation == RelationType.STATED && Recognition.Rules.OfficeHolders.SaidWithoutName(t)) continue;
                        if (match.Pattern.Relation == RelationType.STATED && OwnsDescription(document.Text, s)) continue;
                        if (match.Pattern.Relation == RelationType.STATED && InSpeakersTitle(document.Text, analysis.StatementSpans, match.Anchor, s)) continue;
                        if (quote is { } q && !(t.Start >= q.Start && t.End <= q.End)) continue;
                        if (Nested(s, t)) continue;
                        if (match.Pattern.Relation == RelationType.ATTACKED && IsWater(t)) continue;
                        if (match.Pattern.Relation == RelationType.HELD_IN && InGatheringName(analysis.View, t)) continue;
                        if (!seen.Add((from, match.Pattern.Relation, to))) continue;
                        int start = Math.Min(match.Anchor.Start, Math.Min(s.Start, t.Start));
                        int end = Math.Max(match.Anchor.End, Math.Max(s.End, t.End));
                        result.Add(new RelationCandidate(from, match.Pattern.Relation, to, Evidences.For(document, start, end)));
                    }
            }
        }
        return result;
    }

    // Whether the mention is where the story was filed: the article's dateline, or a place opening a line as one does.
    private static bool Filed(DocView view, Mention m) => ReferenceEquals(m, view.Dateline) || Datelines.OpensLine(view.Text, m);

    // The name that follows a dateline with only a dash or spaces between, before the verb at `verb`; null when none.
    private static Mention? NameAfterDateline(string text, Mention dateline, int verb, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Start < dateline.End || m.Type == NodeType.Event) continue;
            if (m.End > verb) return null;
            for (int i = dateline.End; i < m.Start; i++)
                if (text[i] is not (' ' or '-' or '\u2013' or '\u2014')) return null;
            return m;
        }
        return null;
    }

    private static bool TwoEntities(IReadOnlyList<Mention> mentions)
    {
        string? first = null;
        foreach (var m in mentions)
        {
            if (m.EntityId is not { } id) continue;
            if (first is null) first = id;
            else if (id != first) return true;
        }
        return false;
    }

    /// <summary>
    /// An event that exists only as a verb ("Rusia menyerang Kyiv di ..."): a mention over the clause
    /// from the first source to the first target, named by the pattern's noun and the two ends, and
    /// held in the places the pattern's place path reaches. Skipped when an event phrase already
    /// lies in that stretch of text.
    /// </summary>
    private void VerbEvent(Document document, DocView view, DependencyMatch match, IReadOnlyList<Mention> mentions, List<(int Start, int End)> verbEvents, List<RelationCandidate> result)
    {
        var source = match.Sources[0];
        // "SEOUL - Korea Selatan menembakkan ...": where the story was filed is nobody's doer; the name right after it is.
        if (Filed(view, source)) source = NameAfterDateline(document.Text, source, match.Anchor.Start, mentions);
        // "JAYAPURA - Dua tukang ojek tewas ditembak ...": where the story was filed is no target either.
        var target = match.Targets.FirstOrDefault(t => t.EntityId != source?.EntityId && !Filed(view, t));
        if (source is null || target is null || source.EntityId is null || target.EntityId is null) return;
        // "pelaku menusuk X", "RD membacok korban": a clause told with a party's word or initials written again retells the attack the article named.
        if (Recognition.Rules.CaseRoles.Retells(source) || Recognition.Rules.CaseRoles.Retells(target)) return;
        int start = Math.Min(source.Start, Math.Min(match.Anchor.Start, target.Start));
        int end = Math.Max(source.End, Math.Max(match.Anchor.End, target.End));
        // Only this stage adds verb-told events, each inside its own sentence: the sentence's new
        // ones are all that can overlap (the whole article's mentions would make this quadratic).
        foreach (var (from, to) in verbEvents)
            if (from < end && start < to) return;
        // The event recognizer may have told this clause's event from its verb already: it is held where the verb says.
        string? id = null;
        foreach (var m in mentions)
            if (m.Type == NodeType.Event && m.Start < end && start < m.End)
            {
                if (m.Recognizer != EventRecognizer.RecognizerName || m.Start != start && m.Start != source.Start || m.EntityId is null) return;
                id = m.EntityId;
                break;
            }
        if (id is null)
        {
            // "serangan Rusia ke Ukraina": the event noun, its doer, the word of direction and the target.
            var name = string.Join(' ', new[] { match.Pattern.EventNoun, source.Canonical ?? source.Surface, _lexicon.WordWithRole("direction"), target.Canonical ?? target.Surface }.Where(p => p is not null));
            id = NodeId.For(NodeType.Event, name);
            document.Mentions.Add(new Mention(start, end, document.Text[start..end], NodeType.Event, source.SentenceIndex, VerbEventRecognizer, name, id));
            verbEvents.Add((start, end));
        }
        if (match.Pattern.EventPlace is null) return;
        var evidence = Evidences.For(document, start, end);
        foreach (var place in DependencyMatcher.Names(DependencyMatcher.Reach(match.Anchor, match.Pattern.EventPlace), new HashSet<NodeType> { NodeType.Place }, mentions))
            if (place.EntityId is { } where && !InGatheringName(view, place)) result.Add(new RelationCandidate(id, RelationType.HELD_IN, where, evidence));
    }

    // "bertemu di sela-sela KTT Kerjasama Ekonomi Asia Pasifik": a place in a gathering's name is not where anyone met.
    private bool InGatheringName(DocView doc, Mention place)
    {
        if (place.Type != NodeType.Place) return false;
        int k = Words.IndexAtOrAfter(doc.Words, place.Start);
        return k < doc.Words.Count && doc.Words[k].Start == place.Start && GatheringNames.EndsIn(doc, _lexicon, k);
    }

    /// <summary>Recognizer name of the events read from a verb.</summary>
    public const string VerbEventRecognizer = "dependency-verb";

    // "..., kata X, dikutip Reuters": the outlet a report was taken from is not what was said.
    private bool IsCited(string text, Mention m)
    {
        // The two words before the name: "dikutip Reuters", "dikutip dari Reuters".
        int end = m.Start;
        for (int k = 0; k < 2; k++)
        {
            while (end > 0 && !char.IsLetter(text[end - 1])) end--;
            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == end) return false;
            if (_lexicon.HasRole(text[start..end].ToLowerInvariant(), "cite")) return true;
            end = start;
        }
        return false;
    }

    /// <summary>
    /// "…,” kata Kabagbanops Densus 88 Polri, Kombes X": a body standing between the speech verb and
    /// the person the attribution names belongs to that person's title, however the parse hung the
    /// two; the person spoke, not the body. A spokesperson's title is the exception: "X, Juru Bicara
    /// Kremlin, mengatakan" speaks for the body too.
    /// </summary>
    private bool InSpeakersTitle(string text, StatementIndex statements, KnowledgeGraph.Parsing.Word verb, Mention source)
    {
        if (source.Type != NodeType.Organization) return false;
        foreach (var st in statements.Holding(verb.Start, verb.End))
        {
            if (st.Speaker is not { Type: NodeType.Person } person) continue;
            int from = Math.Min(verb.End, person.End), to = Math.Max(verb.Start, person.Start);
            if (source.Start < from || source.End > to) continue;
            foreach (var w in text[from..source.Start].Split(' ', ',', '(', ')'))
                if (_lexicon.HasRole(w.ToLowerInvariant(), "spokesperson")) return false;
            return true;
        }
        return false;
    }

    // "Putri X itu berdalih …": a description owned by X and closed by a demonstrative points back at
    // someone already named; X is not the speaker.
    private bool OwnsDescription(string text, Mention speaker)
    {
        int b = speaker.Start;
        while (b > 0 && text[b - 1] == ' ') b--;
        if (b == 0 || !char.IsLetter(text[b - 1]) || b == speaker.Start) return false;
        int a = speaker.End;
        while (a < text.Length && text[a] == ' ') a++;
        int e = a;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return e > a && a > speaker.End && _lexicon.HasRole(text[a..e].ToLowerInvariant(), "demonstrative");
    }

    // A name inside the other ("pertemuan Jokowi di Bogor" and Jokowi) is a part, not a party.
    private static bool Nested(Mention a, Mention b) =>
        (a.Start <= b.Start && b.End <= a.End && a.Type != NodeType.Event) || (b.Start <= a.Start && a.End <= b.End && b.Type != NodeType.Event);

    // "rudal ke Laut Jepang": a sea is where a strike fell, not whom it hit.
    private bool IsWater(Mention place) => place.Type == NodeType.Place && _lexicon.IsWaterName(place.Canonical ?? place.Surface);
}
