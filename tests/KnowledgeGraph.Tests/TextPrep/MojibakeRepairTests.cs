using NUnit.Framework;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.TextPrep;

public class MojibakeRepairTests
{
    private static string Clean(string text) => new MojibakeRepair().Clean(new Article("t", text, "t")).Text;

    [Test]
    public void Repairs_western_and_greek_code_page_quotes_keeping_length()
    {
        // UTF-8 curly quotes read as Windows-1252 ("â€œ") and as Windows-1253 ("β€œ").
        const string text = "\u00E2\u20AC\u0153Kami siap,\u00E2\u20AC\u009D kata dia. \u03B2\u20AC\u0153Ya\u00E2\u20AC\u2122";
        var clean = Clean(text);
        Assert.That(clean.Length, Is.EqualTo(text.Length));
        Assert.That(clean, Is.EqualTo("  \u201CKami siap,\u201D   kata dia.   \u201CYa\u2019  "));
    }

    [Test]
    public void Compact_repair_for_readers_drops_the_padding()
    {
        Assert.That(MojibakeRepair.Repair("Caf\u00C3\u00A9 \u00E2\u20AC\u201C Jakarta"), Is.EqualTo("Caf\u00E9 \u2013 Jakarta"));
    }

    [Test]
    public void Clean_text_is_untouched()
    {
        const string text = "“Kami siap,” kata Menteri di Bandung – Jawa Barat. Âku";
        Assert.That(Clean(text), Is.EqualTo(text));
    }

    [Test]
    public void Chain_with_boilerplate_keeps_offsets()
    {
        var chain = new CleanerChain(new MojibakeRepair(), BoilerplateCleaner.Load(null, "id"));
        const string text = "Baca Juga: Sesuatu\n\u00E2\u20AC\u0153Harga naik,\u00E2\u20AC\u009D kata pedagang di Solo.";
        var clean = chain.Clean(new Article("t", text, "t"));
        Assert.That(clean.Text.Length, Is.EqualTo(text.Length));
        Assert.That(clean.Text.Split('\n')[0].Trim(), Is.Empty);
        Assert.That(clean.Text.Split('\n')[1].Trim(), Is.EqualTo("\u201CHarga naik,\u201D   kata pedagang di Solo."));
        Assert.That(clean.Text.IndexOf("Solo", StringComparison.Ordinal), Is.EqualTo(text.IndexOf("Solo", StringComparison.Ordinal)));
    }
}
