namespace KnowledgeGraph.Recognition.Events;

/// <summary>
/// An event description found in one sentence: the trigger head, the words that anchor it
/// (entity ids, a time, a proper name) and the short name read from the text.
/// <see cref="Anaphoric"/> marks a description that points back ("pertemuan itu ..."), <see cref="Closed"/> one
/// that points back with a demonstrative after its own words ("rapat bersama X itu") and so still describes it;
/// <see cref="ByVerb"/> a happening told only by its verb ("X bertemu Y", "X menyerbu Y"), named from its parties;
/// <see cref="Targets"/> the entities a happening told by its verb was done to, or an attack was aimed at ("serangan X
/// terhadap Y"), <see cref="Described"/> the words of a target it names with nouns only ("gudang logistik"); <see cref="Hosts"/>
/// the anchors of who holds it or carried it out, taken from the clause around the description ("X mengadakan pertemuan
/// dengan Y", "X melakukan serangan di Z"); <see cref="Possessed"/> one
/// a pronoun after it or a clitic on its head says whose it is ("pertemuan kita", "kunjungannya").
/// </summary>
public sealed record EventPhrase(
    int Start,
    int End,
    int SentenceIndex,
    string Head,
    EventKind Kind,
    string Name,
    IReadOnlySet<string> Anchors,
    string? ProperName,
    bool Anaphoric = false,
    bool ByVerb = false,
    IReadOnlySet<string>? Targets = null,
    string? Described = null,
    IReadOnlySet<string>? Hosts = null,
    bool Closed = false,
    bool Possessed = false)
{
    /// <summary>Anchors that are entities (not a time or a name).</summary>
    public IEnumerable<string> EntityAnchors => Anchors.Where(a => !a.StartsWith("time:", StringComparison.Ordinal) && !a.StartsWith("name:", StringComparison.Ordinal));
}
