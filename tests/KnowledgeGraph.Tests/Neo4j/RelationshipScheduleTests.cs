using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Neo4j;

public class RelationshipScheduleTests
{
    private static List<Relation> RandomRelations(int nodes, int rels, int seed, int hubs = 0)
    {
        var g = Neo4jIntegrationTests.BigGraph(nodes, 0);
        var ids = g.Nodes.Select(n => n.Id).ToList();
        var rng = new Random(seed);
        var types = new[] { RelationType.STATED, RelationType.ATTACKED, RelationType.MET_AT };
        while (g.RelationCount < rels)
        {
            var s = hubs > 0 && rng.Next(2) == 0 ? ids[rng.Next(hubs)] : ids[rng.Next(nodes)];
            var t = ids[rng.Next(nodes)];
            if (s != t) g.GetOrAddRelation(s, types[rng.Next(3)], t);
        }
        return g.Relations.ToList();
    }

    [TestCase(2, 0)]
    [TestCase(3, 0)]
    [TestCase(4, 3)]
    public void EveryRelationshipOnceAndBucketsOfARoundShareNoNode(int workers, int hubs)
    {
        var rels = RandomRelations(500, 3000, 5, hubs);
        var plan = RelationshipSchedule.Plan(rels, workers);

        var all = plan.SelectMany(round => round).SelectMany(bucket => bucket).ToList();
        Assert.That(all.Order(), Is.EqualTo(Enumerable.Range(0, rels.Count)));
        foreach (var round in plan)
        {
            Assert.That(round.Count, Is.LessThanOrEqualTo(2 * workers));
            var owner = new Dictionary<string, int>();
            for (int b = 0; b < round.Count; b++)
                foreach (var i in round[b])
                    foreach (var id in new[] { rels[i].Source.Id, rels[i].Target.Id })
                    {
                        Assert.That(owner.TryAdd(id, b) || owner[id] == b, $"node {id} is in two buckets of one round");
                    }
        }
    }

    [Test]
    public void RoundsKeepAllWorkersBusyOnAnEvenGraph()
    {
        var rels = RandomRelations(2000, 20000, 9);
        var plan = RelationshipSchedule.Plan(rels, 2);
        // 1 round of same-group buckets + 3 rounds of pairings for 4 groups.
        Assert.That(plan, Has.Count.EqualTo(4));
        foreach (var round in plan.Skip(1))
        {
            Assert.That(round, Has.Count.EqualTo(2));
            Assert.That(round[1].Count, Is.GreaterThan(round[0].Count / 2), "the two buckets of a round are of similar size");
        }
    }

    [Test]
    public void OneWorkerGetsOneBucketInGraphOrder()
    {
        var rels = RandomRelations(50, 200, 1);
        var plan = RelationshipSchedule.Plan(rels, 1);
        Assert.That(plan.Single().Single(), Is.EqualTo(Enumerable.Range(0, rels.Count)));
    }

    [Test]
    public void ThePlanIsDeterministic()
    {
        var a = RelationshipSchedule.Plan(RandomRelations(300, 2000, 3, 2), 3);
        var b = RelationshipSchedule.Plan(RandomRelations(300, 2000, 3, 2), 3);
        Assert.That(a, Is.EqualTo(b));
    }

    [TestCase("Neo.TransientError.Transaction.DeadlockDetected", "LockClient[12] can't wait on resource", true)]
    [TestCase("Neo.DatabaseError.Transaction.TransactionCommitFailed", "Could not apply the transaction: LockClient[1323] can't wait on resource RWLock[RELATIONSHIP(5809121)]", true)]
    [TestCase("Neo.DatabaseError.Transaction.TransactionCommitFailed", "No space left on device", false)]
    [TestCase("Neo.ClientError.Schema.ConstraintValidationFailed", "Node 3 already exists with label Person", false)]
    public void OnlyLockConflictsAreSentAgain(string code, string message, bool conflict)
    {
        Assert.That(Neo4jGraphLoader.IsLockConflict(new Neo4jException(code, $"{code}: {message}")), Is.EqualTo(conflict));
    }
}
