using KnowledgeGraph.Language;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Languages;

/// <summary>
/// A pack is a folder described by its manifest, and its files are read by one reader whose merge
/// rules decide how an overlay folder changes them.
/// </summary>
public class LanguagePackTests
{
    private static IEnumerable<TestCaseData> PackFolderCases()
    {
        foreach (var root in new[] { PackFolders.SourceRoot, PackFolders.ToyRoot })
            foreach (var language in LanguagePack.Available(root))
                yield return new TestCaseData(Path.Combine(root, language)).SetArgDisplayNames(Path.GetFileName(root) + "/" + language);
    }

    [Test]
    public void The_bundled_packs_are_found_by_their_manifest()
    {
        Assert.That(LanguagePack.Available(PackFolders.SourceRoot), Does.Contain("id"));
        Assert.That(LanguagePack.Available(PackFolders.SourceRoot), Does.Not.Contain("en"), "the English pack is a test fixture");
        Assert.That(LanguagePack.Available(PackFolders.SourceRoot, [PackFolders.ToyRoot]), Is.EqualTo(new[] { "en", "id" }));
    }

    [TestCaseSource(nameof(PackFolderCases))]
    public void Every_file_of_a_pack_is_in_its_manifest_and_every_listed_file_exists(string folder)
    {
        var listed = LanguagePack.ReadManifest(Path.Combine(folder, LanguagePack.ManifestFile)).ToList();
        Assert.That(listed, Is.Not.Empty);
        Assert.That(listed.Select(f => f.File), Is.Unique, "a file listed twice");
        Assert.That(listed.Where(f => f.Holds.Length == 0).Select(f => f.File), Is.Empty, "say what each file holds");
        var present = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != LanguagePack.ManifestFile)
            .ToList();
        Assert.That(present.Except(listed.Select(f => f.File)), Is.Empty, "files the manifest does not list");
        Assert.That(listed.Select(f => f.File).Except(present), Is.Empty, "listed files that do not exist");
    }

    [Test]
    public void A_manifest_with_an_unknown_merge_rule_names_its_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("id/manifest.tsv", "# files\ntitles.tsv\tkey\ttitles\nwords.txt\tmerge\twords\n");
        var e = Assert.Throws<FormatException>(() => LanguagePack.ReadManifest(path).ToList())!;
        Assert.That(e.Message, Does.StartWith(path + ":3:").And.Contain("merge"));
    }

    [Test]
    public void The_reader_skips_comments_and_blank_lines_trims_columns_and_keeps_line_numbers()
    {
        using var dir = new TempFolder();
        var path = dir.Write("id/list.tsv", "# header\n\n  alpha \t one \r\n   # indented comment\n\tno key\nbeta\n");
        var rows = DataFile.Read(path).ToList();
        Assert.That(rows.Select(r => (r.Line, r[0], r[1])), Is.EqualTo(new[] { (3, "alpha", "one"), (6, "beta", "") }));
        Assert.That(rows[0].Origin, Is.EqualTo(path + ":3"));
        Assert.That(DataFile.Read(Path.Combine(dir.Path, "missing.tsv")), Is.Empty);
    }

    [Test]
    public void An_overlay_replaces_by_key_adds_new_keys_and_removes_with_a_dash()
    {
        using var dir = new TempFolder();
        dir.Write("base/id/manifest.tsv", "titles.tsv\tkey\ttitles\n");
        dir.Write("base/id/titles.tsv", "Presiden\tperson-title\nMenteri\trole\nJenderal\tperson-title\n");
        dir.Write("over/id/titles.tsv", "menteri\tperson-title\n-Jenderal\nKapten\tperson-title\n");
        var pack = LanguagePack.Open("id", Path.Combine(dir.Path, "base"), [Path.Combine(dir.Path, "over")]);
        Assert.That(pack.Rows("titles.tsv").Select(r => r[0] + "=" + r[1]),
            Is.EqualTo(new[] { "Presiden=person-title", "menteri=person-title", "Kapten=person-title" }));
    }

    [Test]
    public void Two_column_keys_and_appended_rows_keep_rows_that_share_a_first_column()
    {
        using var dir = new TempFolder();
        dir.Write("base/id/manifest.tsv", "roles.tsv\tkey2\troles\nsets.tsv\tappend\tsets\n");
        dir.Write("base/id/roles.tsv", "yang\trelative\nyang\tboundary\ndan\tboundary\n");
        dir.Write("base/id/sets.tsv", "attack\tserang\nattack\ttembak\nmeet\ttemu\n");
        dir.Write("over/id/roles.tsv", "YANG\trelative\textra\n-dan\tboundary\n");
        dir.Write("over/id/sets.tsv", "attack\tbom\n-meet\n");
        var pack = LanguagePack.Open("id", Path.Combine(dir.Path, "base"), [Path.Combine(dir.Path, "over")]);
        Assert.That(pack.Rows("roles.tsv").Select(r => string.Join(" ", r.Columns)),
            Is.EqualTo(new[] { "yang boundary", "YANG relative extra" }));
        Assert.That(pack.Rows("sets.tsv").Select(r => string.Join(" ", r.Columns)),
            Is.EqualTo(new[] { "attack serang", "attack tembak", "attack bom" }));
    }

    [Test]
    public void A_whole_file_comes_from_the_last_folder_that_has_it_and_a_language_only_an_overlay_has_is_read_from_there()
    {
        using var dir = new TempFolder();
        dir.Write("base/id/manifest.tsv", "models/m.bin\tfile\ta model\n");
        dir.Write("base/id/models/m.bin", "base");
        var over = dir.Write("over/id/models/m.bin", "over");
        dir.Write("over/xx/manifest.tsv", "words.txt\tkey\twords\n");
        dir.Write("over/xx/words.txt", "kata\n");
        var id = LanguagePack.Open("id", Path.Combine(dir.Path, "base"), [Path.Combine(dir.Path, "over")]);
        Assert.That(id.FindFile("models/m.bin"), Is.EqualTo(over));
        Assert.That(id.FindFile("models/none.bin"), Is.Null);
        var xx = LanguagePack.Open("xx", Path.Combine(dir.Path, "base"), [Path.Combine(dir.Path, "over")]);
        Assert.That(xx.Rows("words.txt").Select(r => r[0]), Is.EqualTo(new[] { "kata" }));
        Assert.That(LanguagePack.Available(Path.Combine(dir.Path, "base"), [Path.Combine(dir.Path, "over")]), Is.EqualTo(new[] { "id", "xx" }));
    }

    [Test]
    public void A_missing_overlay_folder_is_an_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "kg-no-such-overlay-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => LanguagePack.Open("id", PackFolders.SourceRoot, [missing]))!;
        Assert.That(e.Message, Does.Contain(missing));
    }
}
