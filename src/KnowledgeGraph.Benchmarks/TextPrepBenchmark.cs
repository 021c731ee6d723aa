using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Dates;
using KnowledgeGraph.Relations;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Text preparation alone (mojibake repair, boilerplate removal, sentences and tokens, quotes,
/// publication date) on generated news pages with headers, teasers and footers, on one thread.
/// </summary>
public static class TextPrepBenchmark
{
    public const string Help = "cleaning + segmentation + quotes + dates: articles/s, MB/s (options: --articles N)";

    private static readonly string[] Places = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Kupang", "Ambon"];
    private static readonly string[] Verbs = ["kata", "ujar", "ungkap", "tegas"];

    public static int Run(string[] args)
    {
        int count = 20_000;
        for (int i = 0; i + 1 < args.Length; i += 2)
            if (args[i] == "--articles") count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);

        var cleaner = new CleanerChain(new MojibakeRepair(), BoilerplateCleaner.Load(null, "id"));
        var segmenter = IndonesianSegmenter.Load(null, "id");
        var dates = PublicationDateFinder.Load(null, "id");
        var rng = new Random(7);

        // Warm up the compiled expressions so the figure is the steady state.
        Process(Generate(rng, 0), cleaner, segmenter, dates);

        long chars = 0, sentences = 0, tokens = 0;
        int dated = 0;
        var sw = Stopwatch.StartNew();
        for (int n = 0; n < count; n++)
        {
            var article = Generate(rng, n);
            chars += article.Text.Length;
            var (s, t, d) = Process(article, cleaner, segmenter, dates);
            sentences += s;
            tokens += t;
            if (d) dated++;
        }
        sw.Stop();
        double secs = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{count} articles, {chars / 1e6:F1} M chars, {sentences} sentences, {tokens} tokens, {dated} dated");
        Console.WriteLine($"{count / secs:F0} articles/s, {chars * 2 / 1e6 / secs:F1} MB/s (UTF-16), {secs:F2} s, peak working set {Environment.WorkingSet / 1e6:F0} MB");
        return 0;
    }

    private static readonly SimpleQuoteFinder Quotes = new();

    private static (int, int, bool) Process(Article a, ICleaner cleaner, ISegmenter segmenter, PublicationDateFinder dates)
    {
        var clean = cleaner.Clean(a);
        var sentences = segmenter.Segment(clean.Text);
        var quotes = Quotes.Find(clean.Text);
        var date = dates.Find(a.Text);
        return (sentences.Count, sentences.Sum(s => s.Tokens.Count) + quotes.Count, date is not null);
    }

    private static Article Generate(Random rng, int n)
    {
        var sb = new StringBuilder(3000);
        string place = Places[rng.Next(Places.Length)];
        string title = $"Pemerintah Kota {place} Umumkan Program Baru Nomor {n}";
        sb.Append(title).Append("\n\n").Append(title).Append('\n');
        sb.Append($"Senin, {1 + rng.Next(28)} Maret 2024 - 10:{rng.Next(10, 59)} WIB\n");
        sb.Append($"{place.ToUpperInvariant()}, KABARKITA.COM - Wali Kota {place} dr. Budi Santoso mengumumkan program ke-{n} pada Senin (4/3/2024).\n");
        int paragraphs = 8 + rng.Next(8);
        for (int p = 0; p < paragraphs; p++)
        {
            if (p == 3) sb.Append("Baca Juga: Harga Cabai Naik Lagi di Pasar Tradisional\n");
            if (rng.Next(3) == 0)
                sb.Append($"\u00E2\u20AC\u0153Kami akan membangun {1 + rng.Next(900)}.000 rumah. Anggarannya Rp 3,5 triliun,\u00E2\u20AC\u009D {Verbs[rng.Next(Verbs.Length)]} Prof. Hadi di Jl. Merdeka No. {p}.\n");
            else
                sb.Append($"Program itu melibatkan warga di {Places[rng.Next(Places.Length)]} dan sekitarnya, termasuk sekutu-sekutu daerah seperti AS-Rusia dalam contoh ini. Rapat digelar di gedung DPRD selama {p + 2} jam.\n");
        }
        sb.Append("Editor: Siti Rahmawati\nBerita Terkait\nIkuti kami di Google News\nShare This Article\n");
        return new Article($"bench-{n}", sb.ToString(), "generated");
    }
}
