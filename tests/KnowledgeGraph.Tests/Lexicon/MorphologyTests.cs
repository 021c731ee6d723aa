using NUnit.Framework;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Tests.LexiconFiles;

/// <summary>The shipped morphology files drive stemming, word classes and clitics; an empty folder has none of them.</summary>
public class MorphologyTests
{
    private static readonly Morphology Id = Morphology.FromPack(LanguagePack.Open("id"));

    [Test]
    public void StemsUndoPrefixesWithTheirSoundChangesAndSuffixes()
    {
        Assert.That(Id.Stems("menegaskan"), Does.Contain("tegas"));     // men- + t, -kan
        Assert.That(Id.Stems("menyerang"), Does.Contain("serang"));     // meny- + s
        Assert.That(Id.Stems("pertahanan"), Does.Contain("tahan"));     // per-, -an
        Assert.That(Id.Stems("ngamuk"), Does.Contain("amuk"));          // colloquial ng-
        Assert.That(Id.Stems("rumahnya"), Does.Contain("rumah"));
        Assert.That(Id.Stems("rumah"), Does.Not.Contain("rumah"), "a word is not its own derived stem");
        Assert.That(Id.Stems("diam"), Has.None.Matches<string>(s => s!.Length < Morphology.ShortestStem));
    }

    [Test]
    public void LookingStemsUpFindsWhatTheListedStemsFind()
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "tegas", "serang", "tahan", "rumah" };
        foreach (var word in new[] { "menegaskan", "menyerang", "pertahanan", "rumahnya", "rumah", "budiman", "sukamaju", "diam", "kepemerintahanannya" })
            Assert.That(Id.HasStemIn(word, words), Is.EqualTo(Id.Stems(word).Any(words.Contains)), word);
        Assert.That(Id.HasStemIn("menegaskan", words), Is.True);
        Assert.That(Id.HasStemIn("rumah", words), Is.False, "a word is not its own derived stem");
        Assert.That(Id.HasStemIn("budiman", words), Is.False);
        // A word longer than the lookup's buffer is still looked up.
        var longStem = new string('a', 70);
        Assert.That(Id.HasStemIn("meng" + longStem + "kan", new HashSet<string>(StringComparer.Ordinal) { longStem }), Is.True);
    }

    [Test]
    public void PrefixesTellWordClassesWithTheirExceptions()
    {
        Assert.That(Id.IsClass("mengatakan", "active"), Is.True);
        Assert.That(Id.IsClass("diserang", "passive"), Is.True);
        Assert.That(Id.IsClass("diskusi", "passive"), Is.False, "-si ends loanword nouns");
        Assert.That(Id.IsClass("dialog", "passive"), Is.False, "-log ends loanword nouns");
        // An ordinary word whose letters after the prefix are no word only starts like a derived form.
        Assert.That(Id.IsClass("dialog", "verb"), Is.False, "di + alog: no stem");
        Assert.That(Id.IsClass("dingin", "verb"), Is.False, "di + ngin: no stem");
        Assert.That(Id.IsClass("distrik", "verb"), Is.False, "di + strik: no stem");
        Assert.That(Id.IsClass("ditembak", "verb"), Is.True);
        Assert.That(Id.IsClass("diperluas", "verb"), Is.True, "di + per + luas");
        Assert.That(Id.IsClass("dia", "verb"), Is.False, "too short");
        Assert.That(Id.IsClass("terbesar", "verb"), Is.False);
        Assert.That(Id.IsClass("mengatakan", "no-such-class"), Is.False);
        // An exempt ending does not exempt a prefix on an ordinary word: di + mediasi is a passive.
        Assert.That(Id.IsClass("dimediasi", "passive"), Is.True);
        Assert.That(Id.IsClass("diplomasi", "passive"), Is.False);
    }

    [Test]
    public void PronounCliticsComeOffLongEnoughWords()
    {
        Assert.That(Id.WithoutClitic("katanya"), Is.EqualTo("kata"));
        Assert.That(Id.WithoutClitic("dianya"), Is.EqualTo("dia"));
        Assert.That(Id.WithoutClitic("danya"), Is.Null, "a stem needs three letters");
        Assert.That(Id.WithoutClitic("kata"), Is.Null);
        Assert.That(Id.IsClitic("nya"), Is.True);
        Assert.That(Id.IsClitic("katanya"), Is.False);
    }

    [Test]
    public void AFolderWithoutMorphologyHasNone()
    {
        var dir = Directory.CreateTempSubdirectory("kg-morph-");
        try
        {
            var none = Morphology.FromPack(LanguagePack.Open("xx", dir.FullName));
            Assert.That(none.Stems("menegaskan"), Is.Empty);
            Assert.That(none.IsClass("mengatakan", "active"), Is.False);
            Assert.That(none.WithoutClitic("katanya"), Is.Null);
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void AnOverlayFolderAddsRows()
    {
        var dir = Directory.CreateTempSubdirectory("kg-morph-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "id", "morphology"));
            File.WriteAllText(Path.Combine(dir.FullName, "id", "morphology", "word-classes.tsv"), "# extra\npassive\tter\t5\n");
            Assert.That(Morphology.FromPack(LanguagePack.Open("id")).IsClass("terserang", "passive"), Is.False);
            var m = Morphology.FromPack(LanguagePack.Open("id", overlays: [dir.FullName]));
            Assert.That(m.IsClass("terserang", "passive"), Is.True);
            Assert.That(m.IsClass("diserang", "passive"), Is.True, "the bundled rows stay");
        }
        finally { dir.Delete(true); }
    }
}
