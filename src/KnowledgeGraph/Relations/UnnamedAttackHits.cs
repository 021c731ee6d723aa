namespace KnowledgeGraph.Relations;

/// <summary>
/// What attacks told as having happened, but whose attacker the article never names, hit ("dua pelaku yang berusaha
/// menyerang Mapolda X"): no attack edge carries them, yet a place among them is where the attack happened.
/// Shared by <see cref="AttackExtractor"/> with <see cref="AttackSites"/>.
/// </summary>
public sealed record UnnamedAttackHits(IReadOnlyList<Mention> Hits);
