using NUnit.Framework;
using KnowledgeGraph.Dates;

namespace KnowledgeGraph.Tests.TextPrep;

public class PublicationDateFinderTests
{
    private static readonly PublicationDateFinder Finder = PublicationDateFinder.Load(null, "id");

    [TestCase("Warga Bogor memadati pasar, seperti dilaporkan Antara, Rabu (12/10/2022).", "2022-10-12")]
    [TestCase("Jumlah pemudik naik, kata pejabat itu (25/10/2022).", "2022-10-25")]
    [TestCase("Judul Berita\nSabtu, 08 Januari 2022 - 13:03 WIB\nIsi berita dimulai di sini.", "2022-01-08")]
    [TestCase("SEMARANG - Rapat digelar pada 12 Oktober 2022 di balai kota.", "2022-10-12")]
    [TestCase("Judul\n2022-10-12\nIsi berita.", "2022-10-12")]
    [TestCase("Diterbitkan October 12, 2022. Isi berita dalam bahasa campuran.", "2022-10-12")]
    [TestCase("Judul\n4 Sept. 2023\nIsi berita.", "2023-09-04")]
    [TestCase("Judul\n  \u2022 Redaksi\n  \u2022 Sep 02, 2025\nPresiden berangkat Selasa (2/9) dan tiba Rabu (3/9).", "2025-09-02")]
    public void Finds_each_date_format(string text, string expected) =>
        Assert.That(Finder.Find(text), Is.EqualTo(expected));

    [Test]
    public void Date_without_year_uses_a_year_whose_weekday_fits()
    {
        // 20 June 2023 was a Tuesday; 20 June 2022 was a Monday.
        Assert.That(Finder.Find("Bentrokan terjadi Selasa (20/6). Sejak 2022 konflik ini, dan pada 2023 memanas."), Is.EqualTo("2023-06-20"));
        Assert.That(Finder.Find("Bentrokan terjadi Selasa (20/6) di perbatasan."), Is.Null);
        Assert.That(Finder.Find("Bentrokan terjadi Senin (20/6), setahun setelah 2023."), Is.Null);
    }

    [Test]
    public void Dateline_wins_over_dates_of_events_in_the_body()
    {
        const string text = "Judul Berita\nKamis, 3 Maret 2022 10:00 WIB\nPerundingan akan dimulai pada 10 April 2022, kata diplomat, Jumat (4/3/2022).";
        var found = Finder.FindDate(text)!;
        Assert.That(found.Iso, Is.EqualTo("2022-03-03"));
        Assert.That(text[found.Start..found.End], Does.StartWith("Kamis, 3 Maret 2022"));
    }

    [Test]
    public void Latest_agency_date_is_the_closest_to_publication()
    {
        // 1 and 3 October 2024 were a Tuesday and a Thursday.
        const string text = "TEHERAN - Serangan terjadi pada Selasa, 1 Oktober 2024 malam, Selasa (1/10). Pernyataan itu dikutip dari kantor berita, Kamis (3/10).";
        Assert.That(Finder.Find(text), Is.EqualTo("2024-10-03"));
        Assert.That(Finder.Find("Sidang digelar Rabu (22/11/2023). Putusan dibacakan Selasa (28/11/2023)."), Is.EqualTo("2023-11-28"));
    }

    [TestCase("Perang ini dimulai awal tahun 2022 dan belum berakhir.")]
    [TestCase("Tidak ada tanggal di sini sama sekali.")]
    [TestCase("Nilai rasio 31/02/2022 bukan tanggal yang sah.")]
    public void No_date_gives_null(string text) => Assert.That(Finder.Find(text), Is.Null);

    [Test]
    public void Written_date_deep_in_the_body_is_not_taken_for_the_publication_date()
    {
        var text = "Judul\n" + string.Join(' ', Enumerable.Repeat("Warga kota terus bekerja seperti biasa.", 20)) + " Pemilu digelar 14 Februari 2024.";
        Assert.That(Finder.Find(text), Is.Null);
    }
}
