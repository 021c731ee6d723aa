using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Dates;
using KnowledgeGraph.Language;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Events;
using KnowledgeGraph.Recognition.Rules;
using KnowledgeGraph.Recognition.Statistical;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Relations.Scoring;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// The stages of the standard pipeline built over one language pack. Every piece of language
/// data comes from the pack (with the user's overlays merged in), and a file the pack lacks makes
/// its stage do less, not fail: a pack without a parser model is not parsed, one without
/// dependency patterns reads no relation from a parse. The resolver and the event recognizer
/// learn from earlier articles, so one set of stages serves every article of its language.
/// </summary>
internal sealed class LanguageStages
{
    public required LanguagePack Pack { get; init; }
    public required ICleaner Cleaner { get; init; }
    public required ISegmenter Segmenter { get; init; }
    public required PublicationDateFinder Dates { get; init; }
    public SentenceParser? Parser { get; init; }
    /// <summary>The recognizers by stage name, in the order they run.</summary>
    public required IReadOnlyList<(string Name, IMentionRecognizer Recognizer)> Recognizers { get; init; }
    public required MentionMerger Merger { get; init; }
    public required MentionFilter Filter { get; init; }
    public required OfficeHolders OfficeHolders { get; init; }
    public required CaseRoles CaseRoles { get; init; }
    public required EntityResolver Resolver { get; init; }
    public required EventRecognizer Events { get; init; }
    public required StatementFinder Statements { get; init; }

    /// <summary>The relation extractors by stage name, in the order they run.</summary>
    public required IReadOnlyList<(string Name, IRelationExtractor Extractor)> Extractors { get; init; }
    public ICandidateStage? CandidateStage { get; init; }

    /// <summary>Rules every candidate is held to before any model judges it, in the order they run.</summary>
    public IReadOnlyList<ICandidateStage> Checks { get; init; } = [];

    public static LanguageStages FromPack(LanguagePack pack, ExtractionOptions options)
    {
        var parserModel = options.UseParser ? pack.FindFile(ParserModel.ModelFile) : null;
        var nerModel = options.UseStatisticalNer ? pack.FindFile(StatisticalNerRecognizer.ModelFile) : null;
        var ner = nerModel is null ? null : StatisticalNerRecognizer.LoadFile(nerModel);
        // The models are read on first use, which is the first article on every worker; reading
        // them now on other threads overlaps the reading of the word lists below. A model that
        // fails to load fails again, with its own message, where the stage first uses it.
        if (parserModel is not null) _ = Task.Run(() => ParserModel.LoadShared(parserModel));
        if (ner is not null) _ = Task.Run(() => ner.Model);
        var resources = LanguageResources.FromPack(pack);
        // Indexing every gazetteer name is the longest step here; the stages that do not read the
        // gazetteer are built meanwhile.
        var indexing = Task.Run(() => new Gazetteer(resources.Gazetteer));
        // The resolver indexes every gazetteer name as well, and needs the name shapes (which read
        // the indexed gazetteer) only from the first article on: both indexes are built at once.
        var resolution = ResolutionLexicon.FromPack(pack);
        NameShapes? shapes = null;
        var resolving = Task.Run(() => new EntityResolver(() => shapes!, resources.Gazetteer, resolution));
        var lexicon = RelationLexicon.FromPack(pack);
        var cleaner = new CleanerChain(new MojibakeRepair(), BoilerplateCleaner.FromPack(pack), new HardWrapJoiner(), DetachedPrefixRepair.FromPack(pack, resources.CommonWords));
        var segmenter = IndonesianSegmenter.FromPack(pack);
        var dates = PublicationDateFinder.FromPack(pack);
        // The cleaning and date patterns are compiled to machine code when first matched, which would
        // hold up the first article: matching them once now overlaps that with the indexing.
        _ = Task.Run(() => WarmUp(cleaner, dates));
        var parser = parserModel is null ? null : SentenceParser.FromPack(pack, parserModel);
        var filter = new MentionFilter(resources);
        var titleBodies = pack.Rows("relations/title-bodies.tsv");
        var dependencyRelations = Relations.Dependency.DependencyRelationExtractor.FromPack(lexicon, pack);
        var gazetteer = indexing.GetAwaiter().GetResult();
        shapes = new NameShapes(resources, gazetteer);
        var recognizers = new List<(string, IMentionRecognizer)>
        {
            ("gazetteer-ner", new GazetteerRecognizer(gazetteer, resources.CompassWords, shapes, resources.CompassDirections)),
            ("title-ner", new TitleNameRecognizer(shapes)),
            ("capitalized-ner", new CapitalizedNameRecognizer(shapes)),
            ("led-body-ner", new LedBodyRecognizer(shapes)),
        };
        if (ner is not null) recognizers.Add(("statistical-ner", ner.JoiningOver(resources.NameParticles.Where(p => !p.Value).Select(p => p.Key))));
        var extractors = new List<(string, IRelationExtractor)>
        {
            ("stated", new StatedExtractor(lexicon)),
            ("attacked", new AttackExtractor(lexicon)),
            ("met-at", new MeetingExtractor(lexicon)),
            ("held-in", new HeldInExtractor(lexicon)),
            ("affiliated-with", new AffiliationExtractor(shapes, lexicon, titleBodies.Select(r => r.Columns))),
            // Relations read from the parse join the surface rules' (a document without a parse gives none).
            ("dependency-relations", dependencyRelations),
            // After the extractors that make events of attacks told by their verb: what speakers point back to.
            ("stated-attacks", new StatedAttacks(lexicon)),
            // Reads the ATTACKED edges of the extractors before it: an attack is held where it fell.
            ("attack-sites", new AttackSites(lexicon)),
            // Reads the MET_AT and HELD_IN edges of the extractors before it.
            ("meeting-places", new MeetingPlaces(lexicon)),
        };
        var modelPath = options.RelationModelPath ?? pack.FindFile(RelationModel.ModelFile);
        var candidateStage = options.CandidateStage ?? (options.UseRelationModel && modelPath is not null
            ? new LearnedRelationFilter(RelationModel.Load(modelPath), CueWords.FromPack(pack)) : null);
        return new LanguageStages
        {
            Pack = pack,
            Cleaner = cleaner,
            Segmenter = segmenter,
            Dates = dates,
            Parser = parser,
            Recognizers = recognizers,
            Merger = MentionMerger.ForLanguage(resources.IsGivenNameWord),
            Filter = filter,
            OfficeHolders = new OfficeHolders(shapes),
            CaseRoles = new CaseRoles(shapes),
            Resolver = resolving.GetAwaiter().GetResult(),
            Events = RelationExtractors.CreateEventRecognizer(lexicon),
            Statements = new StatementFinder(lexicon),
            Extractors = extractors,
            CandidateStage = candidateStage,
            Checks = [new StateActors(resources.Gazetteer), new CountryVisits(resources.Gazetteer, lexicon), new HomeCountryMeetings(pack.Rows("relations/home-countries.txt").Select(r => r.Columns[0]))],
        };
    }

    private static void WarmUp(ICleaner cleaner, PublicationDateFinder dates)
    {
        // Any text runs every pattern once; this one holds no word of any language.
        const string text = "A - B (1/1/2024), 2024-01-01.\n\nC: D\n\nE";
        try
        {
            cleaner.Clean(new Sources.Article("warm-up", text, "warm-up"));
            dates.Find(text);
        }
        catch (Exception)
        {
            // A pattern that fails fails again, with its own message, on the first article.
        }
    }

    public IMentionRecognizer? Recognizer(string name) => Recognizers.FirstOrDefault(r => r.Name == name).Recognizer;

    public IRelationExtractor? Extractor(string name) => Extractors.FirstOrDefault(x => x.Name == name).Extractor;
}
