using System.Collections.Concurrent;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// A stage for training: records every article's candidates (rules' and permissive) with their
/// features and leaves the rules' edges as they are, so the graph built alongside is the
/// rules-only graph the candidates are labelled against.
/// </summary>
public sealed class CandidateRecorder : ICandidateStage
{
    private readonly CueWords _cues;
    private readonly ConcurrentDictionary<string, List<ScoredCandidate>> _byArticle = new(StringComparer.Ordinal);

    public CandidateRecorder(CueWords cues) => _cues = cues;

    public void Apply(Document document) =>
        _byArticle[document.Article.Id] = CandidateSet.Collect(new CandidateContext(document, _cues), permissive: true);

    /// <summary>Recorded candidates per article id, in article-id order.</summary>
    public IReadOnlyList<(string ArticleId, List<ScoredCandidate> Candidates)> ByArticle =>
        _byArticle.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
}
