using System.Diagnostics;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Recognition.Statistical;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>Progress of a run: articles done so far and the article just finished.</summary>
public readonly record struct PipelineProgress(int ArticlesDone, string ArticleId);

/// <summary>
/// Articles in, knowledge graph out. Articles are consumed one at a time, so memory grows
/// with the graph, not with the corpus text.
/// </summary>
public interface IExtractionPipeline
{
    EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null);
}

/// <summary>
/// How the standard pipeline is put together. <see cref="ResourceDirectory"/> holds the
/// shipped language data (default: Resources next to the binaries); each folder of
/// <see cref="Overlays"/> has the same layout and extends it (more gazetteer names, titles,
/// cue words) without recompiling.
/// </summary>
public sealed record ExtractionOptions
{
    public string? ResourceDirectory { get; init; }
    public IReadOnlyList<string> Overlays { get; init; } = [];
    public string Language { get; init; } = "id";

    /// <summary>Whether the statistical tagger votes (when its model file is present).</summary>
    public bool UseStatisticalNer { get; init; } = true;

    /// <summary>Whether sentences are tagged, lemmatized and parsed (when the parser model is present): on first use of Document.Parses.</summary>
    public bool UseParser { get; init; } = true;

    /// <summary>Parse every document as soon as it is segmented, whether or not a later stage reads the parse (benchmarks).</summary>
    public bool ParseEagerly { get; init; }
}

/// <summary>
/// The composed pipeline: clean → segment → parse → recognize (gazetteer, titles, capitalised cues,
/// tagger) → merge → resolve → events → relations → graph. <see cref="CreateDefault(ExtractionOptions)"/>
/// is the one place where the standard composition is chosen. A pipeline keeps corpus-level
/// state (alias table, event names), so use one instance per corpus run.
/// </summary>
public sealed class ExtractionPipeline : IExtractionPipeline
{
    private readonly Func<Article, Document> _analyse;
    private readonly Action<EntityGraph>? _finish;

    public ExtractionPipeline(Func<Article, Document> analyse, Action<EntityGraph>? finish = null)
    {
        _analyse = analyse;
        _finish = finish;
    }

    public static ExtractionPipeline CreateDefault(string? resourceDirectory = null) =>
        CreateDefault(new ExtractionOptions { ResourceDirectory = resourceDirectory });

    public static ExtractionPipeline CreateDefault(ExtractionOptions options)
    {
        var dir = options.ResourceDirectory ?? LanguageResources.DefaultDirectory;
        var lang = options.Language;
        var resources = LanguageResources.Load(dir, options.Overlays, lang);
        var gazetteer = new Gazetteer(resources.Gazetteer);
        var shapes = new NameShapes(resources, gazetteer);

        ICleaner cleaner = new CleanerChain(new MojibakeRepair(), BoilerplateCleaner.Load(dir, lang));
        ISegmenter segmenter = IndonesianSegmenter.Load(dir, lang);
        var dates = Dates.PublicationDateFinder.Load(dir, lang);
        var parser = options.UseParser && File.Exists(ParserModel.ModelPath(dir, lang)) ? SentenceParser.Load(dir, lang) : null;
        var recognizers = new List<IMentionRecognizer>
        {
            new GazetteerRecognizer(gazetteer, resources.CompassWords),
            new TitleNameRecognizer(shapes),
            new CapitalizedNameRecognizer(shapes),
        };
        if (options.UseStatisticalNer && File.Exists(StatisticalNerRecognizer.ModelPath(dir, lang)))
            recognizers.Add(StatisticalNerRecognizer.Load(dir, lang));
        var merger = MentionMerger.Default;
        var resolver = new EntityResolver(shapes, resources.Gazetteer);
        var lexicon = RelationLexicon.Load(dir, lang);
        var events = RelationExtractors.CreateEventRecognizer(lexicon);
        var extractors = new List<IRelationExtractor>(RelationExtractors.CreateDefault(lexicon)) { new AffiliationExtractor(shapes) };

        var times = new StageTimes();
        var pipeline = new ExtractionPipeline(article =>
        {
            long t = Stopwatch.GetTimestamp();
            var clean = cleaner.Clean(article);
            var doc = new Document(clean, segmenter.Segment(clean.Text)) { Date = article.Published ?? dates.Find(clean.Text) };
            t = times.Add("clean+segment+date", t);
            if (parser is not null)
            {
                if (options.ParseEagerly) parser.Parse(doc);
                else parser.Attach(doc);
                t = times.Add("parse", t);
            }
            var found = new List<Mention>();
            foreach (var r in recognizers)
            {
                found.AddRange(r.Recognize(doc));
                t = times.Add(r.GetType().Name, t);
            }
            doc.Mentions.AddRange(merger.Merge(found, doc.Text.Length));
            resolver.Resolve(doc);
            t = times.Add("merge+resolve", t);
            doc.Mentions.AddRange(events.Recognize(doc));
            doc.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            EntityResolver.ResolveEvents(doc);
            t = times.Add("events", t);
            foreach (var x in extractors)
            {
                doc.Relations.AddRange(x.Extract(doc));
                t = times.Add(x.GetType().Name, t);
            }
            return doc;
        }, graph => resolver.FinishCorpus(graph));
        pipeline.Times = times;
        return pipeline;
    }

    /// <summary>Time spent in each stage so far (the default composition records it; cheap enough to keep on).</summary>
    public StageTimes Times { get; private set; } = new();

    public EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null)
    {
        var graph = new EntityGraph();
        int done = 0;
        foreach (var article in articles)
        {
            var doc = _analyse(article);
            long t = Stopwatch.GetTimestamp();
            GraphBuilder.Add(graph, doc);
            Times.Add("graph", t);
            progress?.Report(new PipelineProgress(++done, article.Id));
        }
        _finish?.Invoke(graph);
        return graph;
    }
}

/// <summary>Accumulated wall time per pipeline stage, for benchmarks and progress reports.</summary>
public sealed class StageTimes
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="since"/> to a stage; returns the current timestamp.</summary>
    public long Add(string stage, long since)
    {
        long now = Stopwatch.GetTimestamp();
        _ticks[stage] = _ticks.GetValueOrDefault(stage) + (now - since);
        return now;
    }

    public IEnumerable<(string Stage, TimeSpan Time)> All =>
        _ticks.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, Stopwatch.GetElapsedTime(0, kv.Value)));
}
