using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// A syntactic word as the parser reads it, cut from a segmenter token: <see cref="Start"/>..<see cref="End"/>
/// are article offsets, <see cref="Token"/> the index of the token in its sentence. A token split into a
/// word and a clitic ("menyetujuinya") gives two words with the same token index.
/// </summary>
public readonly record struct SplitWord(string Text, int Start, int End, int Token);
