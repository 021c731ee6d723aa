using System.Text;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Scaling;

/// <summary>
/// kg build analyses articles in parallel but resolves entities and events in input order:
/// the files it writes are byte-identical for any --jobs.
/// </summary>
public class ParallelBuildTests
{
    private static readonly string[] Firsts = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Hendra"];
    private static readonly string[] Lasts = ["Santoso", "Wijaya", "Pratama", "Kusuma", "Hidayat"];
    private static readonly string[] Places = ["Kharkiv", "Odessa", "Surabaya", "Bandung", "Medan"];
    private static readonly string[] Countries = ["Rusia", "Ukraina", "Indonesia", "Jepang"];

    private static readonly string[] Syllables = ["ka", "ri", "mo", "ne", "sa", "tu", "wi", "lo", "de", "ga"];

    /// <summary>
    /// Groups of three articles: a full name, then that surname alone, then another full name
    /// with the same surname. The lone surname means the first person only if its article is
    /// resolved after the first and before the third; events are described shorter or longer,
    /// and the first description seen names the event. Resolving out of order changes the graph.
    /// </summary>
    private static string GeneratedCorpus(int groups)
    {
        var dir = KgRunner.NewTempDir("parallel-in");
        var rng = new Random(7);
        for (int g = 0; g < groups; g++)
        {
            string last = Cap(Syllables[g % 10] + Syllables[g / 10 % 10] + Syllables[(g * 7 + 3) % 10]) + "wan";
            string place = Places[rng.Next(Places.Length)], a = Countries[rng.Next(Countries.Length)], b = Countries[rng.Next(Countries.Length)];
            string[] bodies =
            [
                $"JAKARTA - Menteri Luar Negeri {a} {Firsts[g % Firsts.Length]} {last} bertemu Presiden {b} di {place}, Rabu ({g % 27 + 1}/10/2022).\nInvasi {a} ke {b} memasuki bulan kedua.\n",
                $"JAKARTA - {last} mengatakan bahwa {a} siap membantu {b}, Selasa ({g % 27 + 1}/6).\n\"Kami tidak akan mundur dari {place},\" kata {last}.\nInvasi {a} berdampak pada warga {place}.\n",
                $"JAKARTA - Pasukan {a} menyerang {place} dan {Firsts[(g + 1) % Firsts.Length]} {last} mengecam serangan itu.\nInvasi {a} ke {b} ditentang.\n",
            ];
            for (int k = 0; k < 3; k++)
                File.WriteAllText(Path.Combine(dir, $"berita-{g:D3}-{k}.txt"), $"Berita {g} {k}\n" + bodies[k]);
        }
        return dir;
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static Dictionary<string, byte[]> Build(string input, int jobs)
    {
        var outDir = KgRunner.NewTempDir($"parallel-out{jobs}");
        var (code, _, err) = KgRunner.Run("build", input, "--out", outDir, "--jobs", jobs.ToString());
        Assert.That(code, Is.EqualTo(0), err);
        return Directory.GetFiles(outDir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    private static void AssertSameForAnyJobs(string input)
    {
        var one = Build(input, 1);
        Assert.That(one.Keys, Is.EquivalentTo(new[] { "graph.graphml", "graph.json" }));
        foreach (int jobs in new[] { 2, 3 })
        {
            var many = Build(input, jobs);
            Assert.That(many.Keys, Is.EquivalentTo(one.Keys));
            foreach (var (file, bytes) in one)
                Assert.That(many[file].SequenceEqual(bytes), Is.True, $"{file} differs between --jobs 1 and --jobs {jobs}");
        }
    }

    [Test]
    public void Samples_give_the_same_bytes_for_any_number_of_jobs() => AssertSameForAnyJobs(KgRunner.Samples);

    [Test]
    public void Generated_articles_that_resolve_across_the_corpus_give_the_same_bytes_for_any_number_of_jobs()
    {
        var input = GeneratedCorpus(60);
        AssertSameForAnyJobs(input);
        // Not a trivial graph: many people, places and attacks to order.
        var json = Encoding.UTF8.GetString(Build(input, 2)["graph.json"]);
        Assert.That(json.Split("\"id\": \"person:").Length - 1, Is.GreaterThanOrEqualTo(10));
        Assert.That(json, Does.Contain("\"ATTACKED\""));
    }

    [Test]
    public void Jobs_below_one_is_a_usage_error()
    {
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", KgRunner.NewTempDir("parallel"), "--jobs", "0");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--jobs"));
    }
}
