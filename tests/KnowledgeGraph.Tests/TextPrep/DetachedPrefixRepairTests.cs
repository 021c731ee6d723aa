using NUnit.Framework;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Language;
using KnowledgeGraph.Packs;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Tests.TextPrep;

public class DetachedPrefixRepairTests
{
    private static readonly Lazy<DetachedPrefixRepair> Repair = new(() =>
    {
        var pack = LanguagePack.Open("id");
        return DetachedPrefixRepair.FromPack(pack, LanguageResources.FromPack(pack).CommonWords);
    });

    private static string Clean(string text)
    {
        var clean = Repair.Value.Clean(new Article("t", text, "t")).Text;
        Assert.That(clean, Has.Length.EqualTo(text.Length), "offsets must stay article offsets");
        return clean;
    }

    [Test]
    public void A_passive_prefix_written_apart_is_joined_to_its_verb()
    {
        Assert.That(Clean("Dua petani di serang kelompok bersenjata."), Is.EqualTo("Dua petani diserang  kelompok bersenjata."));
        Assert.That(Clean("Pelaku di duga membawa senjata, lalu di tangkap polisi."), Is.EqualTo("Pelaku diduga  membawa senjata, lalu ditangkap  polisi."));
        Assert.That(Clean("Di bakar massa, pos itu hangus."), Is.EqualTo("Dibakar  massa, pos itu hangus."));
    }

    [Test]
    public void A_preposition_before_a_place_or_a_thing_stays_apart()
    {
        foreach (var text in new[]
        {
            "Ia tinggal di rumah dinas di lantai dua.",   // "dilantai" is a word, "lantai" a listed exception
            "Mereka berjaga di bagian depan gedung.",     // a noun in -an
            "Pertemuan digelar di Serang, Banten.",       // a name: capitalised
            "Kapal itu berlabuh di sana sejak pagi.",      // "disana" is no word
            "Tahanan dikurung di sel isolasi.",
            "Ia pulang di-serang lagi.",
        })
            Assert.That(Clean(text), Is.EqualTo(text), text);
    }

    [Test]
    public void Prefix_inside_a_word_is_left_alone()
    {
        const string text = "Budi serang balik; kadi serang? Audi serang.";
        Assert.That(Clean(text), Is.EqualTo(text));
    }
}
