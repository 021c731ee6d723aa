using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Recognition.Statistical;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>The pipeline as a list of named stages: listing, skipping and replacing one by name.</summary>
public class PipelineStageTests
{
    private static readonly string[] Extractors = ["stated", "attacked", "met-at", "held-in", "affiliated-with", "dependency-relations"];

    private static List<Article> Samples() => new ArticleReader().Read(ArticleReader.ExpandInputs([KgRunner.Samples])).ToList();

    /// <summary>A run of the standard pipeline, less <paramref name="skip"/>, that records what every relation stage and recognizer added.</summary>
    private sealed class RecordedRun
    {
        public readonly Dictionary<string, List<(string Source, RelationType Type, string Target)>> Edges = [];
        public readonly List<Mention> Proposed = [];
        public readonly EntityGraph Graph;

        public RecordedRun(params string[] skip) : this(Samples(), skip) { }

        public RecordedRun(List<Article> articles, string[] skip)
        {
            var standard = ExtractionPipeline.DefaultStages(new ExtractionOptions());
            var recorded = new List<PipelineStage>();
            foreach (var stage in standard.Where(s => s.Step == StageStep.Relate && s.Name != "analysis"))
            {
                var edges = Edges[stage.Name] = [];
                recorded.Add(stage with
                {
                    Run = (doc, graph) =>
                    {
                        int before = doc.Relations.Count;
                        stage.Run(doc, graph);
                        lock (edges) edges.AddRange(doc.Relations.Skip(before).Select(c => (c.SourceId, c.Type, c.TargetId)));
                    },
                });
            }
            var merge = standard.Single(s => s.Name == "merge-mentions");
            recorded.Add(merge with
            {
                Run = (doc, graph) =>
                {
                    lock (Proposed) Proposed.AddRange(doc.Proposed.Select(m => m with { Surface = doc.Article.Id + ":" + m.Surface }));
                    merge.Run(doc, graph);
                },
            });
            var pipeline = new ExtractionPipeline(ExtractionPipeline.Compose(standard, skip, recorded), "id") { Jobs = 1 };
            Graph = pipeline.Run(articles);
        }

        public HashSet<string> EdgeIds(IEnumerable<(string Source, RelationType Type, string Target)> edges) =>
            edges.Select(e => Relation.MakeId(Graph.CurrentId(e.Source), e.Type, Graph.CurrentId(e.Target))).ToHashSet();
    }

    private static RecordedRun? _full, _direct;
    private static RecordedRun Full => _full ??= new RecordedRun();

    // The stages that read the other extractors' edges or events; without them each extractor reads the document alone.
    private static readonly string[] Derived = ["meeting-places", "attack-sites", "stated-attacks"];
    private static RecordedRun Direct => _direct ??= new RecordedRun(Derived);

    private static Dictionary<string, Relation> EdgesOf(EntityGraph g) => g.Relations.ToDictionary(r => r.Id);

    private static string Describe(Relation r) =>
        r.Id + " " + string.Join(" | ", r.Evidence.Select(e => $"{e.ArticleId}@{e.Start}-{e.End}"));

    [Test]
    public void The_standard_stages_run_in_a_fixed_order_of_unique_names()
    {
        var names = ExtractionPipeline.DefaultStages(new ExtractionOptions()).Select(s => s.Name).ToList();
        Assert.That(names, Is.Unique);
        Assert.That(names.Take(3), Is.EqualTo(new[] { "clean", "segment", "date" }));
        Assert.That(names, Is.SupersetOf(Extractors.Append("statistical-ner").Append("resolve").Append("graph")));
        Assert.That(names.IndexOf("merge-mentions"), Is.LessThan(names.IndexOf("resolve")));
        Assert.That(names[^1], Is.EqualTo("graph"));
    }

    [TestCaseSource(nameof(Extractors))]
    public void Skipping_an_extractor_removes_its_edges_and_nothing_else(string extractor)
    {
        var skipped = new RecordedRun([extractor, .. Derived]);
        var full = EdgesOf(Direct.Graph);
        var left = EdgesOf(skipped.Graph);
        var others = Direct.EdgeIds(Direct.Edges.Where(kv => kv.Key != extractor).SelectMany(kv => kv.Value));
        var mine = Direct.EdgeIds(Direct.Edges[extractor]);
        var onlyMine = mine.Where(id => !others.Contains(id)).ToHashSet();

        Assert.That(skipped.Graph.Nodes.Select(n => n.Id), Is.EqualTo(Direct.Graph.Nodes.Select(n => n.Id)), "the nodes do not depend on the relation stages");
        Assert.That(left.Keys, Is.EquivalentTo(full.Keys.Where(id => !onlyMine.Contains(id))));
        // Edges the skipped stage never gave keep every piece of evidence they had.
        foreach (var (id, edge) in full)
            if (!mine.Contains(id))
                Assert.That(Describe(left[id]), Is.EqualTo(Describe(edge)));
        Assert.That(skipped.Edges[extractor], Is.Empty, "the skipped stage never ran");
    }

    [Test]
    public void The_sample_edges_come_from_more_than_one_extractor_each_giving_some_of_its_own()
    {
        // Without this the test above could pass by skipping stages that gave nothing.
        var others = (string x) => Direct.EdgeIds(Direct.Edges.Where(kv => kv.Key != x).SelectMany(kv => kv.Value));
        foreach (var x in new[] { "stated", "attacked", "met-at", "held-in", "affiliated-with" })
            Assert.That(Direct.EdgeIds(Direct.Edges[x]).Except(others(x)), Is.Not.Empty, x);
    }

    [Test]
    public void Meeting_places_adds_only_met_at_edges_that_met_at_and_held_in_edges_imply()
    {
        var before = Full.Edges.Where(kv => kv.Key != "meeting-places").SelectMany(kv => kv.Value).ToList();
        var derived = Full.Edges["meeting-places"];
        var attackSites = Full.Edges["attack-sites"];
        foreach (var (who, type, where) in derived)
        {
            Assert.That(type, Is.EqualTo(RelationType.MET_AT));
            Assert.That(before.Any(m => m.Type == RelationType.MET_AT && m.Source == who
                && before.Any(h => h.Type == RelationType.HELD_IN && h.Source == m.Target && h.Target == where)), who + " " + where);
        }
        var direct = Full.Edges.Where(kv => !Derived.Contains(kv.Key)).SelectMany(kv => kv.Value);
        Assert.That(EdgesOf(Direct.Graph).Keys, Is.EquivalentTo(EdgesOf(Full.Graph).Keys.Except(Full.EdgeIds(derived.Concat(attackSites)).Except(Full.EdgeIds(direct)))));
    }

    [Test]
    public void Attack_sites_adds_held_in_edges_to_places_an_attack_hit_and_attacks_on_places_an_attack_was_held_in()
    {
        var before = Full.Edges.Where(kv => kv.Key != "attack-sites").SelectMany(kv => kv.Value).ToList();
        foreach (var (from, type, where) in Full.Edges["attack-sites"])
        {
            Assert.That(type, Is.EqualTo(RelationType.HELD_IN).Or.EqualTo(RelationType.ATTACKED));
            if (type == RelationType.HELD_IN)
                Assert.That(before.Any(a => a.Type == RelationType.ATTACKED && a.Target == where), from + " " + where);
            else
                Assert.That(before.Any(h => h.Type == RelationType.HELD_IN && h.Target == where), from + " " + where);
        }
    }

    [Test]
    public void Stated_attacks_adds_only_stated_edges_to_events()
    {
        foreach (var (who, type, what) in Full.Edges["stated-attacks"])
        {
            Assert.That(type, Is.EqualTo(RelationType.STATED));
            Assert.That(Full.Graph.FindNode(Full.Graph.CurrentId(what))?.Type, Is.EqualTo(NodeType.Event), who + " " + what);
        }
    }

    [Test]
    public void Skipping_statistical_ner_removes_exactly_its_proposals()
    {
        // The samples' names are mostly in the lists too, so an article of bare, unlisted names
        // (no title, no cue word) gives the tagger entities no other recognizer finds.
        var unlisted = new Article("panen", """
            Panen di Sukamaju

            Kelompok tani di Sukamaju menggelar panen raya pada Senin. Menurut Darmaji, hasil panen naik tahun ini. Warga seperti Wiryo dan Kusumaningsih menyambut baik. Dalam kunjungan ke Wonosari, rombongan bertemu Pambudi.
            """, "panen.txt");
        var articles = Samples().Append(unlisted).ToList();
        var full = new RecordedRun(articles, []);
        var skipped = new RecordedRun(articles, ["statistical-ner"]);
        var ner = full.Proposed.Where(m => m.Recognizer == StatisticalNerRecognizer.RecognizerName).ToList();
        Assert.That(ner, Is.Not.Empty);
        Assert.That(skipped.Proposed, Is.EqualTo(full.Proposed.Where(m => m.Recognizer != StatisticalNerRecognizer.RecognizerName)));
        // Entities the tagger alone found are gone; every entity the skipped run has, the full run has too.
        Assert.That(skipped.Graph.Nodes.Select(n => n.Id), Is.SubsetOf(full.Graph.Nodes.Select(n => n.Id)));
        var lost = full.Graph.Nodes.Select(n => n.Name).Except(skipped.Graph.Nodes.Select(n => n.Name));
        Assert.That(lost, Does.Contain("Darmaji").And.Contain("Pambudi"));
    }

    [Test]
    public void Meeting_places_gives_a_participant_every_place_its_meeting_was_held_in()
    {
        var doc = new Document(new Article("t", "x", "t.txt"));
        var evidence = new Evidence("t", "x", 0, 1);
        doc.Relations.Add(new("person:a", RelationType.MET_AT, "event:summit", evidence));
        doc.Relations.Add(new("person:a", RelationType.MET_AT, "place:rome", evidence));
        doc.Relations.Add(new("event:summit", RelationType.HELD_IN, "place:rome", evidence));
        doc.Relations.Add(new("event:summit", RelationType.HELD_IN, "place:italy", evidence));
        doc.Relations.Add(new("event:other", RelationType.HELD_IN, "place:paris", evidence));
        var derived = new KnowledgeGraph.Relations.MeetingPlaces().Extract(doc).Select(r => (r.SourceId, r.Type, r.TargetId));
        Assert.That(derived, Is.EqualTo(new[] { ("person:a", RelationType.MET_AT, "place:italy") }));
    }

    [Test]
    public void A_stage_replaced_by_name_runs_in_its_place()
    {
        var standard = ExtractionPipeline.DefaultStages(new ExtractionOptions());
        var seen = new List<string>();
        var stages = ExtractionPipeline.Compose(standard, [], [new PipelineStage("stated", StageStep.Relate, doc => seen.Add(doc.Article.Id))]);
        Assert.That(stages.Select(s => s.Name), Is.EqualTo(standard.Select(s => s.Name)));
        var graph = new ExtractionPipeline(stages, "id") { Jobs = 1 }.Run(Samples());
        Assert.That(seen, Is.EqualTo(Samples().Select(a => a.Id)));
        // A replacement that adds nothing leaves the graph of a run without the stage.
        var without = ExtractionPipeline.CreateDefault(new ExtractionOptions { SkipStages = ["stated"] }).Run(Samples());
        Assert.That(graph.Relations.Select(Describe), Is.EqualTo(without.Relations.Select(Describe)));
        Assert.That(graph.Relations.Count(r => r.Type == RelationType.STATED), Is.LessThan(Full.Graph.Relations.Count(r => r.Type == RelationType.STATED)));
    }

    // A stage that fails on one article: no real stage can be made to fail on demand, so this one throws.
    [TestCase(1)]
    [TestCase(4)]
    public void An_article_a_stage_fails_on_is_left_out_and_reported_and_the_rest_is_built(int jobs)
    {
        var samples = Samples();
        var victim = samples[1];
        var standard = ExtractionPipeline.DefaultStages(new ExtractionOptions());
        var failing = new PipelineStage("stated", StageStep.Relate, doc =>
        {
            if (doc.Article.Id == victim.Id) throw new InvalidOperationException("a rule read past the sentence");
        });
        var warnings = new List<InputWarning>();
        var pipeline = new ExtractionPipeline(ExtractionPipeline.Compose(standard, [], [failing]), "id") { Jobs = jobs, OnFailure = warnings.Add };
        var graph = pipeline.Run(samples);
        Assert.That(warnings.Select(w => w.Message), Is.EqualTo(new[]
        {
            $"skipped {victim.Source}: stage stated failed (InvalidOperationException: a rule read past the sentence); the article was left out",
        }));
        var articles = graph.Nodes.Where(n => n.Type == NodeType.Article).Select(n => n.Name).ToList();
        Assert.That(articles, Has.Count.EqualTo(samples.Count - 1));
        Assert.That(graph.Relations.SelectMany(r => r.Evidence).Select(e => e.ArticleId), Has.None.EqualTo(victim.Id));
        // Without a place to report it, the failure ends the run.
        Assert.Throws<InvalidOperationException>(() => new ExtractionPipeline(ExtractionPipeline.Compose(standard, [], [failing]), "id") { Jobs = jobs }.Run(samples));
    }

    [Test]
    public void An_unknown_stage_name_is_an_error_that_lists_the_names()
    {
        var e = Assert.Throws<ArgumentException>(() => ExtractionPipeline.CreateDefault(new ExtractionOptions { SkipStages = ["no-such-stage"] }))!;
        Assert.That(e.Message, Does.Contain("no-such-stage").And.Contain("statistical-ner").And.Contain("stated"));
        Assert.Throws<ArgumentException>(() => ExtractionPipeline.CreateDefault(new ExtractionOptions { ReplaceStages = [new PipelineStage("nope", StageStep.Article, _ => { })] }));
    }

    [Test]
    public void Stages_must_come_step_by_step()
    {
        var standard = ExtractionPipeline.DefaultStages(new ExtractionOptions());
        Assert.Throws<ArgumentException>(() => new ExtractionPipeline(standard.Reverse()));
    }

    [Test]
    public void Kg_lists_the_stages_and_rejects_an_unknown_one_in_one_line()
    {
        var (code, output, _) = KgRunner.Run("stages");
        Assert.That(code, Is.Zero);
        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        Assert.That(names, Is.EqualTo(ExtractionPipeline.DefaultStages(new ExtractionOptions()).Select(s => s.Name)));

        var outDir = Path.Combine(Path.GetTempPath(), "kg-stage-" + Guid.NewGuid().ToString("N"));
        var (bad, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", outDir, "--skip-stage", "stated", "--skip-stage", "no-such-stage");
        Assert.That(bad, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("no-such-stage").And.Contain("held-in"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }
}
