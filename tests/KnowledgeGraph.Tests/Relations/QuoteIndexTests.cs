using KnowledgeGraph.Relations;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relations;

public class QuoteIndexTests
{
    [Test]
    public void The_quote_around_a_position_is_the_first_in_the_finders_order_that_contains_it()
    {
        // Overlapping and nested spans, out of start order, as a closing mark without an opening
        // one gives (it reaches back to its paragraph's start).
        var rng = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var quotes = new List<QuoteSpan>();
            for (int q = rng.Next(0, 12); q > 0; q--)
            {
                int start = rng.Next(0, 200);
                quotes.Add(new QuoteSpan(start, start + rng.Next(0, 60)));
            }
            var index = new QuoteIndex(quotes);
            for (int position = -1; position < 270; position++)
            {
                Assert.That(index.Around(position), Is.SameAs(quotes.FirstOrDefault(q => q.Contains(position))), $"round {round}, position {position}");
                Assert.That(index.Covers(position), Is.EqualTo(quotes.Any(q => q.Contains(position))), $"round {round}, position {position}");
            }
        }
    }
}
