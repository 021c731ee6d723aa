using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Sources;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.TextPrep;

public class HardWrapJoinerTests
{
    private static string Clean(string text) => new HardWrapJoiner().Clean(new Article("t", text, "t")).Text;

    [Test]
    public void ParagraphBrokenAtAFixedWidthBecomesOneLineOfTheSameLength()
    {
        const string text = "Budi Hartono menyambut kedatangan Menteri Luar Negeri Syldavia\n"
                            + "Andi Wirawan di Balai Sukamaju, Kamis. Pertemuan tersebut berlangsung\n"
                            + "hangat dan menghasilkan beberapa komitmen kerja sama ke\n"
                            + "depan.\n"
                            + "Baris berikutnya adalah paragraf baru.";
        var clean = Clean(text);
        Assert.That(clean, Has.Length.EqualTo(text.Length));
        Assert.That(clean.Split('\n'), Has.Length.EqualTo(2));
        Assert.That(clean, Does.StartWith("Budi Hartono menyambut kedatangan Menteri Luar Negeri Syldavia Andi Wirawan"));
    }

    [Test]
    public void HeadlinesListsAndShortRunsStayLines()
    {
        // A headline, a list of teasers and lines that close their sentences are no wrapped paragraph.
        const string text = "Budi Hartono Bertemu Andi Wirawan di Balai Sukamaju Hari Ini\n"
                            + "- Kepala Dinas Pariwisata Kotabaru Menghilang dari Sidang Paripurna\n"
                            + "- Audiensi Asosiasi Desa Kepada Dirjen Demi Perkuat Sinergi Daerah\n"
                            + "Budi Hartono bertemu Andi Wirawan di Balai Sukamaju pada Kamis pagi.\n"
                            + "Keduanya membahas kerja sama perdagangan kedua daerah itu lebih jauh.";
        Assert.That(Clean(text), Is.EqualTo(text));
        // Two lines are too few to tell a wrap from a headline over its lede.
        const string pair = "Budi Hartono Bertemu Andi Wirawan di Balai Sukamaju Hari Ini\nBudi Hartono bertemu Andi Wirawan di Balai Sukamaju pada Kamis.";
        Assert.That(Clean(pair), Is.EqualTo(pair));
        // A headline and a subheading over a paragraph on one long line stay apart.
        const string headed = "Budi Hartono Bertemu Andi Wirawan di Balai Sukamaju Hari Ini\nKeduanya Membahas Kerja Sama Perdagangan Dua Daerah\n"
                              + "Budi Hartono bertemu Andi Wirawan di Balai Sukamaju pada Kamis pagi untuk membahas kerja sama perdagangan kedua daerah itu.";
        Assert.That(Clean(headed), Is.EqualTo(headed));
    }
}
