using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// AFFILIATED_WITH from a title that names the body a person serves: "Menteri Pertahanan AS
/// Lloyd Austin" → Amerika Serikat, "Dmitry Peskov, Juru Bicara Kremlin" → Kremlin, "NATO
/// Secretary General Jens Stoltenberg" → NATO. The first organisation or place between the
/// title and the name (or right after a name-first title) is the one; a title naming no body
/// ("Presiden Joko Widodo") gives no edge, since the text does not say which. Gazetteer
/// affiliations are not used: the graph records what the articles say.
/// </summary>
public sealed class AffiliationExtractor(NameShapes shapes) : IRelationExtractor
{
    private readonly TitleNameRecognizer _titles = new(shapes);

    public IEnumerable<RelationCandidate> Extract(Document document)
    {
        var index = new MentionIndex(document.Mentions);
        var all = SentenceTokens.Of(document);
        var seen = new HashSet<(string, string)>();
        for (int s = 0; s < all.Length; s++)
        {
            var tokens = all[s];
            var inSentence = index.InSentence(document.Sentences[s].Index);
            if (inSentence.Count == 0) continue;
            for (int i = 0; i < tokens.Count; i++)
            {
                int len = shapes.TitleAt(tokens, i);
                if (len == 0) continue;
                int afterTitle = i + len;
                int j = _titles.SkipQualifiers(tokens, afterTitle);
                int qualStart = afterTitle < tokens.Count ? tokens[afterTitle].Start : int.MaxValue;
                int qualEnd = j > afterTitle ? tokens[j - 1].End : qualStart;
                var body = j > afterTitle ? FirstBody(inSentence, qualStart, qualEnd) : null;

                // Title then name.
                int n = j < tokens.Count && tokens[j].Text == "," && j > afterTitle ? j + 1 : j;
                var person = n < tokens.Count ? PersonAt(inSentence, tokens[n].Start) : null;
                if (person is not null)
                {
                    // "NATO Secretary General Jens Stoltenberg": the body stands before the title.
                    var owner = body ?? (j == afterTitle && i > 0 ? BodyEndingAt(inSentence, tokens[i - 1].End) : null);
                    int start = owner is not null && owner.Start < tokens[i].Start ? owner.Start : tokens[i].Start;
                    if (owner is not null && seen.Add((person.EntityId!, owner.EntityId!)))
                        yield return Candidate(document, person, owner, start, person.End);
                }
                // Name, title: "Dmitry Peskov, Juru Bicara Kremlin".
                // Only when no name follows: in "PM Laos A, PM Kamboja B" the second title is B's, not A's.
                if (person is null && body is not null && i >= 2 && tokens[i - 1].Text == ",")
                {
                    var before = PersonEndingAt(inSentence, tokens[i - 2].End);
                    if (before is not null && seen.Add((before.EntityId!, body.EntityId!)))
                        yield return Candidate(document, before, body, before.Start, qualEnd);
                }
                i = Math.Max(i, j - 1);
            }
        }
    }

    private static RelationCandidate Candidate(Document d, Mention person, Mention body, int start, int end) =>
        new(person.EntityId!, RelationType.AFFILIATED_WITH, body.EntityId!, Evidences.For(d, start, end));

    private static Mention? FirstBody(IReadOnlyList<Mention> mentions, int start, int end) =>
        mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Type is NodeType.Organization or NodeType.Place);

    private static Mention? BodyEndingAt(IReadOnlyList<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.End == end && m.Type is NodeType.Organization or NodeType.Place);

    private static Mention? PersonAt(IReadOnlyList<Mention> mentions, int start) =>
        mentions.FirstOrDefault(m => m.Start == start && m.Type == NodeType.Person);

    private static Mention? PersonEndingAt(IReadOnlyList<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.End == end && m.Type == NodeType.Person);
}
