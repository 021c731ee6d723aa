using KnowledgeGraph.Parsing;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Parsing;

public class ConlluTests
{
    private const string Sample =
        "# sent_id = s1\n" +
        "# text = Menurutnya aman.\n" +
        "1-2\tMenurutnya\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tMenurut\tturut\tADP\tIN\t_\t3\tcase\t_\t_\n" +
        "2\tnya\tnya\tPRON\tPRP\t_\t3\tobl\t_\t_\n" +
        "3\taman\taman\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\tZ\t_\t3\tpunct\t_\t_\n\n";

    [Test]
    public void ReadsWordsMultiwordTokensAndComments()
    {
        var s = Conllu.Read(new StringReader(Sample)).Single();
        Assert.That(s.Id, Is.EqualTo("s1"));
        Assert.That(s.Text, Is.EqualTo("Menurutnya aman."));
        Assert.That(s.Words.Select(w => w.Form), Is.EqualTo(new[] { "Menurut", "nya", "aman", "." }));
        Assert.That(s.Words[1].Head, Is.EqualTo(3));
        Assert.That(s.Words[2].SpaceAfter, Is.False);
        Assert.That(s.MultiwordTokens.Single(), Is.EqualTo(new ConlluToken(1, 2, "Menurutnya", "_")));
    }

    [Test]
    public void WritesWhatItReads()
    {
        var s = Conllu.Read(new StringReader(Sample));
        var w = new StringWriter();
        foreach (var x in s) Conllu.Write(w, x);
        Assert.That(w.ToString(), Is.EqualTo(Sample));
    }

    [Test]
    public void AMalformedLineIsNamed()
    {
        var bad = Sample.Replace("3\taman\taman\tADJ\tJJ\t_\t0", "3\taman\taman\tADJ\tJJ\t_\tx");
        var e = Assert.Throws<InvalidDataException>(() => Conllu.Read(new StringReader(bad), "gold.conllu"));
        Assert.That(e!.Message, Does.StartWith("gold.conllu:6:"));
    }

    [Test]
    public void HarmonisingMarksTheOlehAgentAndDropsOtherSubtypes()
    {
        var s = new ConlluSentence();
        string[] forms = ["Kyiv", "diserang", "oleh", "Rusia", "Selatan"];
        int[] heads = [2, 0, 4, 2, 4];
        string[] rels = ["nsubj:pass", "root", "case", "obl", "flat:name"];
        for (int i = 0; i < forms.Length; i++) s.Words.Add(new ConlluWord { Id = i + 1, Form = forms[i], Head = heads[i], Deprel = rels[i] });
        UdLabels.Harmonise(s, UdLabels.LoadAgentMarkers(null));
        Assert.That(s.Words.Select(w => w.Deprel), Is.EqualTo(new[] { "nsubj:pass", "root", "case", "obl:agent", "flat" }));
    }
}
