using System.Text;

namespace KnowledgeGraph.Testing;

/// <summary>
/// Made-up news prose of any length, the same for a given size on every run: names, quotes,
/// dates, meetings, attacks and places, sentence after sentence. The benchmarks and the tests
/// that build huge articles share it (the file is compiled into both projects).
/// </summary>
internal static class GeneratedNews
{
    private static readonly string[] Countries = ["Rusia", "Ukraina", "Amerika Serikat", "China", "Jepang", "Indonesia", "Filipina", "Iran"];
    private static readonly string[] Firsts = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Joko", "Ani", "Hendra", "Lina"];
    private static readonly string[] Lasts = ["Santoso", "Wijaya", "Pratama", "Kusuma", "Hidayat", "Saputra", "Lestari", "Nugroho"];
    private static readonly string[] Towns = ["Kharkiv", "Odessa", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Malang"];

    /// <summary>A dateline and then sentences, <paramref name="lines"/> pieces in all, each followed by <paramref name="separator"/>.</summary>
    public static string Lines(long lines, string separator) => Generate(count => count >= lines, _ => false, separator);

    /// <summary>A dateline and then sentences, each followed by <paramref name="separator"/>, until the text has at least <paramref name="chars"/> characters.</summary>
    public static string OfLength(long chars, string separator) => Generate(_ => false, length => length >= chars, separator);

    private static string Generate(Func<long, bool> enoughPieces, Func<long, bool> longEnough, string separator)
    {
        var rng = new Random(42);
        var sb = new StringBuilder("JAKARTA - Sabtu, 08 Januari 2022 - 13:03 WIB").Append(separator);
        long count = 1;
        while (!enoughPieces(count) && !longEnough(sb.Length))
        {
            string p = Firsts[rng.Next(Firsts.Length)] + " " + Lasts[rng.Next(Lasts.Length)];
            string a = Countries[rng.Next(Countries.Length)], b = Countries[rng.Next(Countries.Length)], t = Towns[rng.Next(Towns.Length)];
            sb.Append(rng.Next(9) switch
            {
                0 => $"Menteri Luar Negeri {a} {p} mengatakan bahwa {a} akan terus mendukung {b}, Rabu ({rng.Next(1, 28)}/{rng.Next(1, 13)}/2022).",
                1 => $"\"Kami tidak akan mundur dari {t},\" kata {p}.",
                2 => $"Pasukan {a} menyerang {t} pada Senin malam dan menewaskan {rng.Next(2, 90)} orang.",
                3 => $"{p} bertemu dengan Presiden {b} di {t} untuk membahas kerja sama pertahanan.",
                4 => $"Juru Bicara NATO, {p}, menegaskan aliansi itu siap membantu {b}.",
                5 => $"Pejabat {a} menyebut situasi di {t} memburuk, Selasa ({rng.Next(1, 28)}/6).",
                6 => $"Baca juga: {p} Kunjungi {t}",
                7 => $"Menurut \u201Csumber\u201D di {t}, pertemuan itu \"sangat penting bagi {b}.",
                _ => $"Sementara itu, warga {t} mengungsi ke kota lain sejak {rng.Next(1, 28)} Maret 2022.",
            }).Append(separator);
            count++;
        }
        return sb.ToString();
    }
}
