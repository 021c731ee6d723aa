using System.Text.Json;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Relations.Scoring;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Relations.TestDocs;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>The learned relation stage: what it keeps and adds, its features, its model file and its training.</summary>
public class RelationScoringTests
{
    private static CueWords Cues => CueWords.Load(LanguageResourcesDir);
    private static string LanguageResourcesDir => Language.LanguageResources.DefaultDirectory;

    private static RelationModel Model(double bias, params (RelationType Type, Cut Cut)[] thresholds) =>
        new(new Dictionary<string, double> { [EdgeFeatures.Bias] = bias }, thresholds.ToDictionary(t => t.Type, t => t.Cut), ["test"]);

    private static List<(RelationType, string, string)> Triples(Document doc) =>
        doc.Relations.Select(r => (r.Type, r.SourceId, r.TargetId)).Distinct().OrderBy(t => t.ToString(), StringComparer.Ordinal).ToList();

    private static Document MeetingDoc()
    {
        var doc = Build("Retno Marsudi menghadiri pertemuan ASEAN di Vientiane pada Kamis. Sementara itu, Penny Wong berada di Canberra.",
            "Retno Marsudi:Person", "ASEAN:Organization", "Vientiane:Place", "Penny Wong:Person", "Canberra:Place").WithEvents();
        foreach (var x in RelationExtractors.CreateDefault(Lexicon)) doc.Relations.AddRange(x.Extract(doc));
        return doc;
    }

    [Test]
    public void A_model_without_thresholds_keeps_exactly_the_rules_edges()
    {
        var doc = MeetingDoc();
        var before = Triples(doc);
        Assert.That(before, Is.Not.Empty, "the rules find the meeting");
        new LearnedRelationFilter(Model(5.0), Cues).Apply(doc);
        Assert.That(Triples(doc), Is.EqualTo(before));
    }

    [Test]
    public void A_type_the_model_rejects_loses_its_edges_and_the_others_stay()
    {
        var doc = MeetingDoc();
        var before = Triples(doc);
        Assert.That(before.Any(t => t.Item1 == RelationType.MET_AT), "the rules find MET_AT");
        new LearnedRelationFilter(Model(-20, (RelationType.MET_AT, new Cut(0.5, 0.5))), Cues).Apply(doc);
        Assert.That(Triples(doc), Is.EqualTo(before.Where(t => t.Item1 != RelationType.MET_AT).ToList()));
    }

    [Test]
    public void Added_pairs_stay_within_one_sentence_and_never_join_a_node_to_itself()
    {
        var doc = MeetingDoc();
        new LearnedRelationFilter(Model(20, (RelationType.AFFILIATED_WITH, new Cut(0.5, 0.5))), Cues).Apply(doc);
        var aff = doc.Relations.Where(r => r.Type == RelationType.AFFILIATED_WITH).Select(r => (r.SourceId, r.TargetId)).Distinct().ToList();
        Assert.That(aff, Does.Contain((Id(NodeType.Person, "Penny Wong"), Id(NodeType.Place, "Canberra"))));
        Assert.That(aff, Does.Contain((Id(NodeType.Person, "Retno Marsudi"), Id(NodeType.Organization, "ASEAN"))));
        Assert.That(aff, Does.Not.Contain((Id(NodeType.Person, "Retno Marsudi"), Id(NodeType.Place, "Canberra"))), "the two are in different sentences");
        Assert.That(aff, Does.Not.Contain((Id(NodeType.Person, "Penny Wong"), Id(NodeType.Organization, "ASEAN"))));
        Assert.That(doc.Relations.Any(r => r.SourceId == r.TargetId), Is.False);
    }

    [Test]
    public void An_added_pair_the_model_scores_low_is_not_added()
    {
        var doc = MeetingDoc();
        var before = Triples(doc);
        new LearnedRelationFilter(Model(-20, (RelationType.AFFILIATED_WITH, new Cut(0, 0.5))), Cues).Apply(doc);
        Assert.That(Triples(doc), Is.EqualTo(before), "rules' candidates pass at 0; no pair reaches 0.5");
    }

    [Test]
    public void Features_hold_no_word_of_a_name()
    {
        var doc = Build("Menurut Budi Santoso, pasukan al-Karim menyerang Kota Lamaran pada Senin, kata juru bicara Andi Wirawan.",
            "Budi Santoso:Person", "al-Karim:Organization", "Kota Lamaran:Place", "Andi Wirawan:Person");
        var scored = CandidateSet.Collect(new CandidateContext(doc, Cues), permissive: true);
        Assert.That(scored, Is.Not.Empty);
        var words = new[] { "budi", "santoso", "karim", "lamaran", "andi", "wirawan" };
        var leaks = scored.SelectMany(s => s.Features).Where(f => words.Any(w => f.Contains(w, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        Assert.That(leaks, Is.Empty);
        Assert.That(scored.SelectMany(s => s.Features), Does.Contain("ATTACKED|scue=attack"), "the attack cue of the sentence is a feature");
    }

    [Test]
    public void A_cut_or_edited_model_file_is_refused_with_its_name_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("kg-relmodel-");
        try
        {
            var path = Path.Combine(dir.FullName, "relations.tsv");
            new RelationModel(new Dictionary<string, double> { ["bias"] = 0.5, ["MET_AT|bias"] = -1.25 },
                new Dictionary<RelationType, Cut> { [RelationType.MET_AT] = new(0, 0.4) }, ["note"]).Save(path);
            var good = File.ReadAllLines(path);
            var loaded = RelationModel.Load(path);
            Assert.That(loaded.Weights["MET_AT|bias"], Is.EqualTo(-1.25));
            Assert.That(loaded.Thresholds[RelationType.MET_AT], Is.EqualTo(new Cut(0, 0.4)));

            File.WriteAllLines(path, good[..^1]);
            var cut = Assert.Throws<InvalidDataException>(() => RelationModel.Load(path))!;
            Assert.That(cut.Message, Does.Contain(path).And.Contain("cut short"));

            File.WriteAllLines(path, good.Select(l => l.StartsWith("w\t-1.25") ? "w\tminus one\tMET_AT|bias" : l));
            var edited = Assert.Throws<InvalidDataException>(() => RelationModel.Load(path))!;
            int line = Array.FindIndex(good, l => l.StartsWith("w\t-1.25")) + 1;
            Assert.That(edited.Message, Does.Contain($"line {line}:"));

            File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0xFF]);
            Assert.Throws<InvalidDataException>(() => RelationModel.Load(path));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Test]
    public void The_pipeline_stops_on_a_damaged_shipped_model()
    {
        var dir = Directory.CreateTempSubdirectory("kg-relres-");
        try
        {
            CopyTree(LanguageResourcesDir, dir.FullName);
            var model = RelationModel.ModelPath(dir.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(model)!);
            File.WriteAllText(model, "kg-relation-model\t1\nw\t0.5\tbias\n");
            var e = Assert.Throws<InvalidDataException>(() => ExtractionPipeline.CreateDefault(dir.FullName))!;
            Assert.That(e.Message, Does.Contain("relations.tsv").And.Contain("kg train-relations"));
            Assert.DoesNotThrow(() => ExtractionPipeline.CreateDefault(new ExtractionOptions { ResourceDirectory = dir.FullName, UseRelationModel = false }));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Test]
    public void A_model_trained_on_a_corpus_holds_no_name_word_and_is_used_from_its_path()
    {
        var dir = Directory.CreateTempSubdirectory("kg-relpath-");
        try
        {
            var path = TrainModel(WriteCorpus(dir.FullName), Path.Combine(dir.FullName, "mine.tsv"), jobs: 1);
            var model = RelationModel.Load(path);
            Assert.That(model.Weights, Is.Not.Empty);
            Assert.That(model.Weights.Keys.Any(k => k.Any(char.IsUpper) && k.Contains('=') && k[(k.IndexOf('=') + 1)..].Any(char.IsUpper)
                && !k.Contains("rec=") && !k.Contains("pos=") && !k.Contains("t=") && !k.Contains("dep=")), Is.False, "no capitalised word is a feature value");

            // A damaged file named by the option stops the pipeline and names the file; the bundled pack has none.
            File.WriteAllText(path, "kg-relation-model\t1\nw\t0.5\tbias\n");
            var e = Assert.Throws<InvalidDataException>(() => ExtractionPipeline.CreateDefault(new ExtractionOptions { RelationModelPath = path }))!;
            Assert.That(e.Message, Does.Contain("mine.tsv"));
            Assert.That(File.Exists(RelationModel.ModelPath(LanguageResourcesDir)), Is.False, "no relation model is shipped");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Test]
    public void Training_twice_on_the_same_corpus_gives_the_same_model_bytes()
    {
        var dir = Directory.CreateTempSubdirectory("kg-reltrain-");
        try
        {
            var corpus = WriteCorpus(dir.FullName);
            var a = TrainModel(corpus, Path.Combine(dir.FullName, "a.tsv"), jobs: 1);
            var b = TrainModel(corpus, Path.Combine(dir.FullName, "b.tsv"), jobs: 2);
            Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)));
            Assert.That(RelationModel.Load(a).Weights, Is.Not.Empty);
        }
        finally { dir.Delete(recursive: true); }
    }

    /// <summary>Trains as the command does (labels, 2-fold thresholds, weights) and writes the model to <paramref name="path"/>.</summary>
    private static string TrainModel(AnnotatedCorpus corpus, string path, int jobs)
    {
        var labelled = RelationTraining.Label(corpus, new ExtractionOptions { UseRelationModel = false }, jobs);
        var options = new LogisticOptions(Epochs: 5, MinFeatureCount: 1, Seed: 7);
        var p = RelationTraining.CrossValidate(labelled.Candidates, 2, options);
        var cuts = RelationTraining.ChooseThresholds(labelled.Candidates, p, labelled.GoldEdges);
        var weights = LogisticTrainer.Train(RelationTraining.Examples(labelled.Candidates), options);
        new RelationModel(weights, cuts, ["test"]).Save(path);
        Assert.That(labelled.Candidates.Any(c => c.Label), "some candidate matches a gold edge");
        Assert.That(labelled.Candidates.Any(c => !c.Label), "some candidate does not");
        return path;
    }

    private static AnnotatedCorpus WriteCorpus(string root)
    {
        var articles = Path.Combine(root, "corpus", "articles");
        Directory.CreateDirectory(articles);
        string[] texts =
        [
            "JAKARTA - Presiden Indonesia Joko Widodo bertemu dengan Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin. \"Kami sepakat memperkuat kerja sama dengan Australia,\" kata Joko Widodo.",
            "CANBERRA - Menteri Luar Negeri Australia Penny Wong mengatakan Australia akan membantu Indonesia. Penny Wong juga bertemu dengan Retno Marsudi di Canberra.",
            "Menteri Luar Negeri Indonesia Retno Marsudi menghadiri pertemuan ASEAN di Jakarta. Retno Marsudi mengatakan ASEAN harus bersatu.",
            "Rusia menyerang Ukraina pada Kamis. Presiden Ukraina Volodymyr Zelensky mengatakan Rusia menembakkan rudal ke Kyiv.",
        ];
        for (int i = 0; i < texts.Length; i++) File.WriteAllText(Path.Combine(articles, $"a{i + 1}.txt"), texts[i]);
        object Node(string id, string type, string name) => new { id, type, name, aliases = Array.Empty<string>() };
        object Edge(string s, string t, string o) => new { source = s, type = t, target = o };
        var gold = new
        {
            nodes = new[]
            {
                Node("jokowi", "Person", "Joko Widodo"), Node("albanese", "Person", "Anthony Albanese"), Node("wong", "Person", "Penny Wong"),
                Node("retno", "Person", "Retno Marsudi"), Node("zelensky", "Person", "Volodymyr Zelensky"),
                Node("id", "Place", "Indonesia"), Node("au", "Place", "Australia"), Node("jkt", "Place", "Jakarta"), Node("cbr", "Place", "Canberra"),
                Node("ru", "Place", "Rusia"), Node("ua", "Place", "Ukraina"), Node("kyiv", "Place", "Kyiv"), Node("asean", "Organization", "ASEAN"),
            },
            edges = new[]
            {
                Edge("jokowi", "AFFILIATED_WITH", "id"), Edge("albanese", "AFFILIATED_WITH", "au"), Edge("jokowi", "MET_AT", "jkt"),
                Edge("albanese", "MET_AT", "jkt"), Edge("jokowi", "STATED", "au"), Edge("wong", "AFFILIATED_WITH", "au"),
                Edge("wong", "STATED", "au"), Edge("wong", "STATED", "id"), Edge("wong", "MET_AT", "cbr"), Edge("retno", "MET_AT", "cbr"),
                Edge("retno", "AFFILIATED_WITH", "id"), Edge("retno", "MET_AT", "jkt"), Edge("retno", "STATED", "asean"),
                Edge("ru", "ATTACKED", "ua"), Edge("ru", "ATTACKED", "kyiv"), Edge("zelensky", "AFFILIATED_WITH", "ua"), Edge("zelensky", "STATED", "ru"),
            },
        };
        var goldPath = Path.Combine(root, "corpus", "gold.json");
        File.WriteAllText(goldPath, JsonSerializer.Serialize(gold));
        return AnnotatedCorpus.FromDirectory(Path.Combine(root, "corpus"));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var d in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, d)));
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(f, Path.Combine(to, Path.GetRelativePath(from, f)));
    }

    [Test]
    public void The_mention_near_a_span_and_the_quotes_are_found_as_a_scan_over_all_would_find_them()
    {
        // Quotes that overlap (a stray close quotes from its paragraph's start) and a name said many times.
        var text = "\"Budi Santoso datang,\" kata Andi. " + string.Concat(Enumerable.Repeat("Budi Santoso bertemu Andi, \"Budi Santoso\" lagi. ", 12))
                   + "kata Budi Santoso.\" Lalu \u201CAndi\u201D pergi.";
        var doc = Build(text, "Budi Santoso:Person", "Andi:Person");
        var ctx = new CandidateContext(doc, Cues);
        var rng = new Random(7);
        foreach (var id in new[] { Id(NodeType.Person, "Budi Santoso"), Id(NodeType.Person, "Andi") })
        {
            var mentions = doc.Mentions.Where(m => m.EntityId == id).OrderBy(m => m.Start).ToList();
            for (int i = 0; i < 400; i++)
            {
                int start = rng.Next(-5, text.Length + 5), end = start + rng.Next(0, 80);
                Mention? expected = null;
                int best = int.MaxValue;
                foreach (var m in mentions)
                {
                    int d = m.Start >= start && m.End <= end ? 0 : Math.Min(Math.Abs(m.Start - start), Math.Abs(m.Start - end)) + 1;
                    if (d < best) { best = d; expected = m; }
                }
                Assert.That(ctx.MentionNear(id, start, end), Is.SameAs(expected), $"span [{start}, {end})");
            }
        }
        Assert.That(ctx.MentionNear("person:nobody", 0, 10), Is.Null);
        for (int offset = -1; offset <= text.Length; offset++)
            Assert.That(ctx.InQuote(offset), Is.EqualTo(ctx.Quotes.Any(q => q.Contains(offset))), $"offset {offset}");
    }
}
