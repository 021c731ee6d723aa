using KnowledgeGraph.Relations;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relations;

public class StatementIndexTests
{
    private static Statement At(int start, int end) => new(null, start, end, start, start, null, 0, start, end);

    [Test]
    public void FindsWhatAWalkOverEveryStatementFinds_InTheArticlesOrder()
    {
        // Short spans of one or two sentences, nested ones, and a few quotes left open to the end.
        var random = new Random(7);
        var statements = new List<Statement>();
        for (int i = 0; i < 2000; i++)
        {
            int start = random.Next(0, 200_000);
            int length = i % 97 == 0 ? random.Next(5_000, 150_000) : random.Next(1, 600);
            statements.Add(At(start, start + length));
        }
        var index = new StatementIndex(statements);
        for (int q = 0; q < 3000; q++)
        {
            int start = random.Next(0, 210_000), end = start + random.Next(0, 40);
            var expected = statements.Where(s => s.SpanStart <= start && end <= s.SpanEnd).ToList();
            Assert.That(index.Holding(start, end), Is.EqualTo(expected), $"[{start}, {end})");
        }
    }

    [Test]
    public void AStretchNoStatementHoldsFindsNone()
    {
        var index = new StatementIndex([At(0, 10), At(20, 30)]);
        Assert.That(index.Holding(12, 18), Is.Empty);
        Assert.That(index.Holding(5, 25), Is.Empty);
        Assert.That(index.Holding(22, 25), Has.Count.EqualTo(1));
    }
}
