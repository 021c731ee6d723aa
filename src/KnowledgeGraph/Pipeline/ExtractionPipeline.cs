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

/// <summary>
/// The composed pipeline: an ordered list of named stages (<see cref="Stages"/>), each timed in
/// <see cref="Times"/>. <see cref="DefaultStages"/> is the one place where the standard
/// composition is chosen: clean → segment → date → parse → recognizers → merge → resolve →
/// events → analysis → relation extractors → meeting places → candidate filter → graph; options skip or
/// replace stages by name. A pipeline keeps corpus-level state (alias table, event names), so
/// use one instance per corpus run.
/// <para>
/// An article passes the stages step by step (<see cref="StageStep"/>). The
/// <see cref="StageStep.Article"/> and <see cref="StageStep.Relate"/> stages read nothing but
/// the article, so they run on <see cref="Jobs"/> threads; the <see cref="StageStep.Corpus"/>
/// stages (entity and event resolution, which learn from earlier articles) and the
/// <see cref="StageStep.Graph"/> stages run on the calling thread, one article at a time in
/// input order. So the output is byte-identical for any number of jobs.
/// </para>
/// </summary>
public sealed class ExtractionPipeline : IExtractionPipeline
{
    private readonly PipelineStage[][] _steps;
    private readonly string? _language;

    /// <summary>
    /// A pipeline of <paramref name="stages"/>, run in the order given, which must go step by
    /// step (<see cref="StageStep"/>); stage names are unique. An article whose source names no
    /// language is read as <paramref name="language"/>.
    /// </summary>
    public ExtractionPipeline(IEnumerable<PipelineStage> stages, string? language = null)
    {
        Stages = stages.ToList();
        for (int i = 1; i < Stages.Count; i++)
            if (Stages[i].Step < Stages[i - 1].Step)
                throw new ArgumentException($"stage {Stages[i].Name} ({Stages[i].Step}) cannot come after {Stages[i - 1].Name} ({Stages[i - 1].Step})", nameof(stages));
        if (Stages.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"two stages are named {twice.Key}", nameof(stages));
        _steps = Enum.GetValues<StageStep>().Select(step => Stages.Where(s => s.Step == step).ToArray()).ToArray();
        _language = language;
    }

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<PipelineStage> Stages { get; }

    /// <summary>
    /// Where an article a stage failed on is reported (an internal error, not bad input): the article is
    /// left out of the graph and the run goes on, so one article cannot cost a large corpus its graph.
    /// When null, the stage's exception ends the run.
    /// </summary>
    public Action<InputWarning>? OnFailure { get; set; }

    private readonly Lock _failureLock = new();

    /// <summary>Threads for the per-article steps (default: every core); 1 runs everything on the calling thread.</summary>
    public int Jobs { get; set; } = Environment.ProcessorCount;

    public static ExtractionPipeline CreateDefault(string? resourceDirectory = null) =>
        CreateDefault(new ExtractionOptions { ResourceDirectory = resourceDirectory });

    /// <summary>The standard stages, less those <see cref="ExtractionOptions.SkipStages"/> names and with <see cref="ExtractionOptions.ReplaceStages"/> in place of theirs.</summary>
    public static ExtractionPipeline CreateDefault(ExtractionOptions options) =>
        new(Compose(DefaultStages(options), options.SkipStages, options.ReplaceStages), options.Language) { OnFailure = options.Warn };

    /// <summary>
    /// The stages named in <paramref name="skip"/> left out and those of <paramref name="replace"/>
    /// put in place of the stage of the same name (reading the whole of a huge article when that
    /// stage did: <see cref="PipelineStage.WholeArticle"/>). A name no stage has is an
    /// <see cref="ArgumentException"/> whose message lists the stage names.
    /// </summary>
    public static IReadOnlyList<PipelineStage> Compose(IReadOnlyList<PipelineStage> stages, IReadOnlyCollection<string> skip, IReadOnlyCollection<PipelineStage> replace)
    {
        var names = stages.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in skip.Concat(replace.Select(r => r.Name)))
            if (!names.Contains(name))
                throw new ArgumentException($"unknown stage '{name}'; the stages are: {string.Join(", ", stages.Select(s => s.Name))}");
        var byName = replace.ToDictionary(r => r.Name, StringComparer.Ordinal);
        // A replacement reads as much of a huge article as the stage it replaces.
        return stages.Where(s => !skip.Contains(s.Name))
            .Select(s => byName.GetValueOrDefault(s.Name) is { } r ? r with { WholeArticle = s.WholeArticle } : s).ToList();
    }

    /// <summary>The standard composition for <paramref name="options"/>, before stages are skipped or replaced.</summary>
    public static IReadOnlyList<PipelineStage> DefaultStages(ExtractionOptions options)
    {
        var packs = new LanguageChoice(options);
        // Stage names come from the run's pack; an article in another language runs the stage of
        // that name in its own pack, or nothing when its pack lacks it (no tagger model, say).
        var first = packs.Default;

        var stages = new List<PipelineStage>
        {
            new("clean", StageStep.Article, doc => doc.Clean = packs.For(doc.Article.Language).Cleaner.Clean(doc.Article)) { WholeArticle = true },
            new("segment", StageStep.Article, doc => doc.Sentences = packs.For(doc.Article.Language).Segmenter.Segment(doc.Text)) { WholeArticle = true },
            new("date", StageStep.Article, doc => doc.Date = doc.Article.Published ?? packs.For(doc.Article.Language).Dates.Find(doc.Text)) { WholeArticle = true },
        };
        if (first.Parser is not null)
            stages.Add(new("parse", StageStep.Article, doc =>
            {
                if (packs.For(doc.Article.Language).Parser is not { } parser) return;
                if (options.ParseEagerly) doc.Parses = parser.Parse(doc.Sentences);
                else doc.ParseAsRead(parser.Parse);
            }));
        foreach (var (name, _) in first.Recognizers)
            stages.Add(new(name, StageStep.Article, doc =>
            {
                if (packs.For(doc.Article.Language).Recognizer(name) is { } r) doc.Proposed.AddRange(r.Recognize(doc));
            }));
        stages.Add(new("merge-mentions", StageStep.Article, doc =>
        {
            var language = packs.For(doc.Article.Language);
            doc.Mentions.AddRange(language.Filter.Apply(doc, language.Merger.Merge(doc.Proposed, doc.Text.Length)));
            doc.Proposed.Clear();
        }));
        stages.Add(new("office-holders", StageStep.Article, doc => packs.For(doc.Article.Language).OfficeHolders.Apply(doc)));
        stages.Add(new("case-roles", StageStep.Article, doc => packs.For(doc.Article.Language).CaseRoles.Apply(doc)));
        // Resolution and event names learn from the articles before: input order only.
        stages.Add(new("resolve", StageStep.Corpus, doc => packs.For(doc.Article.Language).Resolver.Resolve(doc))
        {
            Finish = graph => { foreach (var used in packs.Used) used.Resolver.FinishCorpus(graph); },
        });
        stages.Add(new("events", StageStep.Corpus, doc =>
        {
            doc.AddMentions(packs.For(doc.Article.Language).Events.Recognize(doc));
            packs.For(doc.Article.Language).Resolver.ResolveEvents(doc);
        }));
        // The quotes and statements every extractor reads, made once and shared on the document.
        stages.Add(new("analysis", StageStep.Relate, doc => DocumentAnalysis.For(doc, packs.For(doc.Article.Language).Statements)));
        foreach (var (name, _) in first.Extractors)
            stages.Add(new(name, StageStep.Relate, doc =>
            {
                if (packs.For(doc.Article.Language).Extractor(name) is { } x) doc.Relations.AddRange(x.Extract(doc));
            }));
        if (first.Checks.Count > 0)
            stages.Add(new("relation-checks", StageStep.Relate, doc => { foreach (var check in packs.For(doc.Article.Language).Checks) check.Apply(doc); }));
        if (first.CandidateStage is not null)
            stages.Add(new("candidate-filter", StageStep.Relate, doc => packs.For(doc.Article.Language).CandidateStage?.Apply(doc)));
        stages.Add(new("graph", StageStep.Graph, (doc, graph) => GraphBuilder.Add(graph, doc)));
        return stages;
    }

    /// <summary>Time spent in each stage so far, summed over threads (cheap enough to keep on).</summary>
    public StageTimes Times { get; } = new();

    /// <summary>
    /// The characters of one window of a huge article: an article longer than four windows is
    /// cleaned, cut into sentences and dated whole, then built window by window, each a run of
    /// whole sentences about this long, so what the stages hold at once does not grow with the
    /// article (0: never). Names are joined within a window and across the corpus, not from one
    /// window to the next; a quotation is read within its window.
    /// </summary>
    public int WindowChars { get; set; } = DefaultWindowChars;

    /// <summary>64 K characters: some 800 sentences, thirty long news articles.</summary>
    public const int DefaultWindowChars = 1 << 16;

    public EntityGraph Run(IEnumerable<Article> articles, IProgress<PipelineProgress>? progress = null)
    {
        var graph = new EntityGraph();
        int done = 0;
        var (prepare, inOrder, relate, collect) = (_steps[0], _steps[1], _steps[2], _steps[3]);
        var windowed = prepare.Where(s => !s.WholeArticle).ToArray();
        var whole = prepare.Where(s => s.WholeArticle).ToArray();
        IEnumerable<Document> Documents(Article article)
        {
            // An article whose source does not name its language is read as the pipeline's language.
            if (article.Language is null && _language is not null) article = article with { Language = _language };
            var doc = new Document(article);
            if (WindowChars <= 0 || article.Text.Length <= 4L * WindowChars) return [doc];
            RunStep(whole, doc, graph);
            return doc.FailedStage is null ? ArticleWindows.Of(doc, WindowChars) : [];
        }
        Document Start(Document doc)
        {
            RunStep(doc.IsWindow ? windowed : prepare, doc, graph);
            return doc;
        }
        void Relate(Document doc)
        {
            RunStep(relate, doc, graph);
            // The graph step reads the mentions and candidates only: the analysis the relation
            // stages shared is let go before the graph grows.
            doc.ForgetShared();
        }
        void AddToGraph(Document doc)
        {
            RunStep(collect, doc, graph);
            if (!doc.MoreWindows) progress?.Report(new PipelineProgress(++done, doc.Article.Id));
        }

        if (Jobs <= 1)
        {
            foreach (var doc in articles.SelectMany(Documents))
            {
                Start(doc);
                RunStep(inOrder, doc, graph);
                Relate(doc);
                AddToGraph(doc);
            }
        }
        else
        {
            RunParallel(articles.SelectMany(Documents), Start, doc => RunStep(inOrder, doc, graph), Relate, AddToGraph);
        }
        foreach (var stage in Stages)
            if (stage.Finish is { } finish)
            {
                long t = Stopwatch.GetTimestamp();
                finish(graph);
                Times.Add(stage.Name, t);
            }
        return graph;
    }

    private void RunStep(PipelineStage[] stages, Document doc, EntityGraph graph)
    {
        long t = Stopwatch.GetTimestamp();
        // A stage's garbage on a huge article is many times its text, and the collector would rather
        // grow the heap than collect it soon. Compacting whenever the heap has grown by a multiple of
        // the text keeps the peak near what the article really holds; on news-sized articles it never runs.
        int chars = doc.IsWindow ? doc.Text.Length : doc.Article.Text.Length;
        long mark = chars >= LargeArticleChars ? GC.GetTotalMemory(forceFullCollection: false) : 0;
        foreach (var stage in stages)
        {
            if (doc.FailedStage is not null) return;
            try
            {
                stage.Run(doc, graph);
            }
            catch (Exception ex) when (OnFailure is not null && ex is not OutOfMemoryException)
            {
                Fail(doc, stage, ex);
                return;
            }
            if (chars >= LargeArticleChars && GC.GetTotalMemory(forceFullCollection: false) - mark > (long)chars * GrowthPerChar)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                mark = GC.GetTotalMemory(forceFullCollection: false);
            }
            t = Times.Add(stage.Name, t);
        }
    }

    // Nothing half-done of a failed document reaches the graph: its mentions and relations go, and the steps after skip it.
    private void Fail(Document doc, PipelineStage stage, Exception ex)
    {
        doc.FailedStage = stage.Name;
        doc.Mentions.Clear();
        doc.Relations.Clear();
        var what = doc.IsWindow ? "this part of the article was left out" : "the article was left out";
        lock (_failureLock)
            OnFailure!(new InputWarning(doc.Article.Source, $"stage {stage.Name} failed ({ex.GetType().Name}: {ex.Message}); {what}", "failed"));
    }

    /// <summary>Articles at least this long (in characters) have the heap compacted between stages when it grows fast.</summary>
    private const int LargeArticleChars = 1 << 18;

    /// <summary>Heap growth, in bytes per character of the article, that makes a large article's stage compact the heap.</summary>
    private const int GrowthPerChar = 8;

    /// <summary>
    /// Articles are read in order on this thread and prepared on up to <see cref="Jobs"/>
    /// workers; each is taken back in input order for the ordered step, handed to a worker to
    /// relate, and taken back in order again for the graph. At most a few articles per job are
    /// in flight, so memory stays bounded; a failure surfaces here, with its own exception.
    /// </summary>
    private void RunParallel(IEnumerable<Document> articles, Func<Document, Document> prepare, Action<Document> inOrder, Action<Document> relate, Action<Document> addToGraph)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Jobs).ConcurrentScheduler;
        var factory = new TaskFactory(CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, scheduler);
        int window = Jobs * 2;
        var prepared = new Queue<Task<Document>>();
        var related = new Queue<Task<Document>>();

        void RelateNext()
        {
            var doc = Result(prepared.Dequeue());
            inOrder(doc);
            related.Enqueue(factory.StartNew(() => { relate(doc); return doc; }));
        }

        try
        {
            foreach (var article in articles)
            {
                prepared.Enqueue(factory.StartNew(() => prepare(article)));
                if (prepared.Count > window) RelateNext();
                while (related.Count > window || (related.Count > 0 && related.Peek().IsCompleted))
                    addToGraph(Result(related.Dequeue()));
            }
            while (prepared.Count > 0) RelateNext();
            while (related.Count > 0) addToGraph(Result(related.Dequeue()));
        }
        finally
        {
            // After a failure, let the workers still running finish before the caller goes on.
            foreach (var task in prepared.Concat(related))
                try { task.Wait(); } catch (AggregateException) { }
        }
    }

    /// <summary>
    /// The task's result, waited for without spinning first: on two cores the spinning took
    /// processor time from the workers this thread was waiting for.
    /// </summary>
    private static T Result<T>(Task<T> task)
    {
        if (task.IsCompleted) return task.GetAwaiter().GetResult();
        ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        // Disposing lets go of the wait handle the wait made, which would otherwise wait for a finalizer.
        try { return task.GetAwaiter().GetResult(); }
        finally { task.Dispose(); }
    }
}
