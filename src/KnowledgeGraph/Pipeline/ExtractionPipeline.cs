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

    /// <summary>Whether sentences are tagged, lemmatized and parsed (when the parser model is present).</summary>
    public bool UseParser { get; init; } = true;

    /// <summary>
    /// Parse every document as soon as it is segmented and keep the parse with it; false (the default):
    /// each sentence is parsed when a stage reads it and not kept (the relation extractors, which read
    /// the parse, run in the parallel per-article step, and a whole article's parse takes far more
    /// memory than its text).
    /// </summary>
    public bool ParseEagerly { get; init; }

    /// <summary>
    /// The stage that judges relation candidates after the extractors. Null: the learned
    /// relation model of the language (models/relations.tsv) when it is present and
    /// <see cref="UseRelationModel"/> is on; otherwise the rules' candidates are kept as they are.
    /// </summary>
    public Relations.Scoring.ICandidateStage? CandidateStage { get; init; }

    /// <summary>Whether a relation model judges the candidates: <see cref="RelationModelPath"/>, else the language's models/relations.tsv when present.</summary>
    public bool UseRelationModel { get; init; } = true;

    /// <summary>A relation model written by <c>kg train-relations</c>; null: the language's own, if it has one.</summary>
    public string? RelationModelPath { get; init; }
}

/// <summary>
/// The composed pipeline: clean → segment → parse → recognize (gazetteer, titles, capitalised cues,
/// tagger) → merge → resolve → events → relations → graph. <see cref="CreateDefault(ExtractionOptions)"/>
/// is the one place where the standard composition is chosen. A pipeline keeps corpus-level
/// state (alias table, event names), so use one instance per corpus run.
/// <para>
/// An article passes three steps. <c>prepare</c> (clean to merged mentions) and <c>relate</c>
/// (the relation extractors) read nothing but the article, so they run on
/// <see cref="Jobs"/> threads; <c>inOrder</c> (entity and event resolution, which learn from
/// earlier articles) and the graph merge run on the calling thread, one article at a time in
/// input order. So the output is byte-identical for any number of jobs.
/// </para>
/// </summary>
public sealed class ExtractionPipeline : IExtractionPipeline
{
    private readonly Func<Article, Document> _prepare;
    private readonly Action<Document> _inOrder;
    private readonly Action<Document> _relate;
    private readonly Action<EntityGraph>? _finish;
    private readonly bool _parallelPrepare;

    /// <summary>A pipeline of one step that runs on the calling thread, article after article.</summary>
    public ExtractionPipeline(Func<Article, Document> analyse, Action<EntityGraph>? finish = null)
        : this(analyse, _ => { }, _ => { }, finish, parallelPrepare: false)
    {
    }

    /// <summary>
    /// <paramref name="prepare"/> and <paramref name="relate"/> must read only their article
    /// (they run in parallel); <paramref name="inOrder"/> may keep corpus state.
    /// </summary>
    public ExtractionPipeline(Func<Article, Document> prepare, Action<Document> inOrder, Action<Document> relate, Action<EntityGraph>? finish = null)
        : this(prepare, inOrder, relate, finish, parallelPrepare: true)
    {
    }

    private ExtractionPipeline(Func<Article, Document> prepare, Action<Document> inOrder, Action<Document> relate, Action<EntityGraph>? finish, bool parallelPrepare)
    {
        _prepare = prepare;
        _inOrder = inOrder;
        _relate = relate;
        _finish = finish;
        _parallelPrepare = parallelPrepare;
    }

    /// <summary>Threads for the per-article steps (default: every core); 1 runs everything on the calling thread.</summary>
    public int Jobs { get; set; } = Environment.ProcessorCount;

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
        var filter = new MentionFilter(resources);
        var resolver = new EntityResolver(shapes, resources.Gazetteer, ResolutionLexicon.Load(dir, options.Overlays, lang));
        var lexicon = RelationLexicon.Load(dir, lang);
        var events = RelationExtractors.CreateEventRecognizer(lexicon);
        var extractors = new List<IRelationExtractor>(RelationExtractors.CreateDefault(lexicon)) { new AffiliationExtractor(shapes) };
        // Relations read from the parse join the surface rules' (a document without a parse gives none).
        extractors.Add(Relations.Dependency.DependencyRelationExtractor.Load(lexicon, dir, lang));
        var modelPath = options.RelationModelPath ?? Relations.Scoring.RelationModel.ModelPath(dir, lang);
        var candidateStage = options.CandidateStage ?? (options.UseRelationModel && (options.RelationModelPath is not null || File.Exists(modelPath))
            ? new Relations.Scoring.LearnedRelationFilter(Relations.Scoring.RelationModel.Load(modelPath), Relations.Scoring.CueWords.Load(dir, lang)) : null);

        var times = new StageTimes();
        var pipeline = new ExtractionPipeline(article =>
        {
            // An article whose source does not name its language is read as the pipeline's language.
            if (article.Language is null) article = article with { Language = lang };
            long t = Stopwatch.GetTimestamp();
            var clean = cleaner.Clean(article);
            t = times.Add("clean", t);
            var sentences = segmenter.Segment(clean.Text);
            t = times.Add("segment", t);
            var doc = new Document(clean, sentences) { Date = article.Published ?? dates.Find(clean.Text) };
            t = times.Add("date", t);
            if (parser is not null)
            {
                if (options.ParseEagerly) parser.Parse(doc);
                else doc.ParseAsRead(parser.Parse);
                t = times.Add("parse", t);
            }
            var found = new List<Mention>();
            foreach (var r in recognizers)
            {
                found.AddRange(r.Recognize(doc));
                t = times.Add(r.GetType().Name, t);
            }
            doc.Mentions.AddRange(filter.Apply(doc, merger.Merge(found, doc.Text.Length)));
            times.Add("merge", t);
            return doc;
        }, doc =>
        {
            // Resolution and event names learn from the articles before: input order only.
            long t = Stopwatch.GetTimestamp();
            resolver.Resolve(doc);
            t = times.Add("resolve", t);
            doc.Mentions.AddRange(events.Recognize(doc));
            doc.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            EntityResolver.ResolveEvents(doc);
            times.Add("events", t);
        }, doc =>
        {
            long t = Stopwatch.GetTimestamp();
            foreach (var x in extractors)
            {
                doc.Relations.AddRange(x.Extract(doc));
                t = times.Add(x.GetType().Name, t);
            }
            if (candidateStage is not null)
            {
                candidateStage.Apply(doc);
                times.Add(candidateStage.GetType().Name, t);
            }
        }, graph => resolver.FinishCorpus(graph));
        pipeline.Times = times;
        return pipeline;
    }

    /// <summary>Time spent in each stage so far, summed over threads (the default composition records it; cheap enough to keep on).</summary>
    public StageTimes Times { get; private set; } = new();

    public EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null)
    {
        var graph = new EntityGraph();
        int done = 0;
        void AddToGraph(Document doc)
        {
            long t = Stopwatch.GetTimestamp();
            GraphBuilder.Add(graph, doc);
            Times.Add("graph", t);
            progress?.Report(new PipelineProgress(++done, doc.Article.Id));
        }

        if (Jobs <= 1)
        {
            foreach (var article in articles)
            {
                var doc = _prepare(article);
                _inOrder(doc);
                _relate(doc);
                AddToGraph(doc);
            }
        }
        else
        {
            RunParallel(articles, AddToGraph);
        }
        _finish?.Invoke(graph);
        return graph;
    }

    /// <summary>
    /// Articles are read in order on this thread and prepared on up to <see cref="Jobs"/>
    /// workers; each is taken back in input order for the ordered step, handed to a worker to
    /// relate, and taken back in order again for the graph. At most a few articles per job are
    /// in flight, so memory stays bounded; a failure surfaces here, with its own exception.
    /// </summary>
    private void RunParallel(IEnumerable<Article> articles, Action<Document> addToGraph)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Jobs).ConcurrentScheduler;
        var factory = new TaskFactory(CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, scheduler);
        int window = Jobs * 2;
        var prepared = new Queue<Task<Document>>();
        var related = new Queue<Task<Document>>();

        void RelateNext()
        {
            var doc = prepared.Dequeue().GetAwaiter().GetResult();
            _inOrder(doc);
            related.Enqueue(factory.StartNew(() => { _relate(doc); return doc; }));
        }

        try
        {
            foreach (var article in articles)
            {
                prepared.Enqueue(_parallelPrepare ? factory.StartNew(() => _prepare(article)) : Task.FromResult(_prepare(article)));
                if (prepared.Count > window) RelateNext();
                while (related.Count > window || (related.Count > 0 && related.Peek().IsCompleted))
                    addToGraph(related.Dequeue().GetAwaiter().GetResult());
            }
            while (prepared.Count > 0) RelateNext();
            while (related.Count > 0) addToGraph(related.Dequeue().GetAwaiter().GetResult());
        }
        finally
        {
            // After a failure, let the workers still running finish before the caller goes on.
            foreach (var task in prepared.Concat(related))
                try { task.Wait(); } catch (AggregateException) { }
        }
    }
}

/// <summary>Accumulated wall time per pipeline stage, for benchmarks and progress reports.</summary>
public sealed class StageTimes
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Called after each stage with its name, outside the stage's time (memory probes of benchmarks).</summary>
    public Action<string>? AfterStage { get; set; }

    /// <summary>Adds the time since <paramref name="since"/> to a stage; returns the current timestamp.</summary>
    public long Add(string stage, long since)
    {
        long now = Stopwatch.GetTimestamp();
        lock (_ticks) _ticks[stage] = _ticks.GetValueOrDefault(stage) + (now - since);
        if (AfterStage is { } observe)
        {
            observe(stage);
            now = Stopwatch.GetTimestamp();
        }
        return now;
    }

    public IEnumerable<(string Stage, TimeSpan Time)> All
    {
        get
        {
            lock (_ticks)
                return _ticks.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, Stopwatch.GetElapsedTime(0, kv.Value))).ToList();
        }
    }
}
