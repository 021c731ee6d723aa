namespace KnowledgeGraph.Sinks.Html;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold with a grid cut-off for the
/// repulsion, so each step is linear in nodes plus edges). It runs when the explorer page is
/// written, so the page opens already laid out however large the graph is, and the same graph
/// always gets the same coordinates: no randomness, one thread, a fixed order of operations.
/// </summary>
public static class ForceLayout
{
    /// <summary>
    /// Positions for nodes 0..count-1 joined by <paramref name="edges"/> (pairs of node
    /// indexes; direction is ignored). Nodes earlier in <paramref name="order"/> start nearer
    /// the centre, so callers pass the best-connected first.
    /// </summary>
    public static (float[] X, float[] Y) Run(int count, IReadOnlyList<(int A, int B)> edges, IReadOnlyList<int> order, int? iterations = null)
    {
        var x = new double[count];
        var y = new double[count];
        if (count == 0) return ([], []);

        // Start on a sunflower spiral in breadth-first order from the best-connected nodes,
        // so neighbours start close together and the forces only have to tidy up.
        var adjacency = Adjacency(count, edges);
        var placed = new bool[count];
        var queue = new Queue<int>();
        int slot = 0;
        const double golden = 2.39996322972865332;
        foreach (var root in order)
        {
            if (placed[root]) continue;
            placed[root] = true;
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                double r = Math.Sqrt(slot + 0.5), a = slot * golden;
                x[v] = r * Math.Cos(a);
                y[v] = r * Math.Sin(a);
                slot++;
                foreach (var w in adjacency[v])
                    if (!placed[w]) { placed[w] = true; queue.Enqueue(w); }
            }
        }

        const double k = 1.0; // ideal edge length; the spiral above spaces nodes about 1 apart
        int steps = iterations ?? (count <= 2_000 ? 400 : count <= 20_000 ? 120 : 60);
        double temperature = Math.Sqrt(count) * k * 0.25;
        var dx = new double[count];
        var dy = new double[count];
        double cell = 2 * k, cutoff2 = cell * cell;
        var cellOf = new int[count];
        var sorted = new int[count];

        for (int step = 0; step < steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);

            // Bucket the nodes into grid cells (counting sort) and repel within neighbouring cells.
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            for (int i = 0; i < count; i++)
            {
                minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
                minY = Math.Min(minY, y[i]); maxY = Math.Max(maxY, y[i]);
            }
            double size = cell;
            int cols = (int)((maxX - minX) / size) + 1, rows = (int)((maxY - minY) / size) + 1;
            while ((long)cols * rows > 4L * count + 16)
            {
                size *= 2;
                cols = (int)((maxX - minX) / size) + 1;
                rows = (int)((maxY - minY) / size) + 1;
            }
            var start = new int[cols * rows + 1];
            for (int i = 0; i < count; i++)
            {
                int c = (int)((x[i] - minX) / size) + cols * (int)((y[i] - minY) / size);
                cellOf[i] = c;
                start[c + 1]++;
            }
            for (int c = 0; c < cols * rows; c++) start[c + 1] += start[c];
            var fill = (int[])start.Clone();
            for (int i = 0; i < count; i++) sorted[fill[cellOf[i]]++] = i;

            double reach2 = Math.Max(cutoff2, size * size);
            for (int i = 0; i < count; i++)
            {
                int cx = cellOf[i] % cols, cy = cellOf[i] / cols;
                for (int ny = Math.Max(0, cy - 1); ny <= Math.Min(rows - 1, cy + 1); ny++)
                for (int nx = Math.Max(0, cx - 1); nx <= Math.Min(cols - 1, cx + 1); nx++)
                {
                    int c = nx + ny * cols;
                    for (int s = start[c]; s < start[c + 1]; s++)
                    {
                        int j = sorted[s];
                        if (j <= i) continue;
                        double ddx = x[i] - x[j], ddy = y[i] - y[j];
                        double d2 = ddx * ddx + ddy * ddy;
                        if (d2 > reach2) continue;
                        if (d2 < 1e-9)
                        {
                            // Coincident nodes: push apart along a direction fixed by their indexes.
                            ddx = 0.01 * (1 + (i % 7)); ddy = 0.01 * (1 + (j % 5)); d2 = ddx * ddx + ddy * ddy;
                        }
                        double f = k * k / d2; // k²/d, along the unit vector (ddx, ddy)/d
                        dx[i] += ddx * f; dy[i] += ddy * f;
                        dx[j] -= ddx * f; dy[j] -= ddy * f;
                    }
                }
            }

            foreach (var (a, b) in edges)
            {
                if (a == b) continue;
                double ddx = x[a] - x[b], ddy = y[a] - y[b];
                double d = Math.Sqrt(ddx * ddx + ddy * ddy);
                double f = d / k; // d²/k along the unit vector
                dx[a] -= ddx * f; dy[a] -= ddy * f;
                dx[b] += ddx * f; dy[b] += ddy * f;
            }

            // Weak gravity keeps separate components from drifting apart.
            for (int i = 0; i < count; i++)
            {
                dx[i] -= 0.02 * x[i];
                dy[i] -= 0.02 * y[i];
                double d = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d < 1e-12) continue;
                double move = Math.Min(d, temperature);
                x[i] += dx[i] / d * move;
                y[i] += dy[i] / d * move;
            }
            temperature = Math.Max(temperature * 0.97, 0.01 * k);
        }

        var fx = new float[count];
        var fy = new float[count];
        for (int i = 0; i < count; i++)
        {
            fx[i] = (float)Math.Round(x[i], 2);
            fy[i] = (float)Math.Round(y[i], 2);
        }
        return (fx, fy);
    }

    private static List<int>[] Adjacency(int count, IReadOnlyList<(int A, int B)> edges)
    {
        var adjacency = new List<int>[count];
        for (int i = 0; i < count; i++) adjacency[i] = [];
        foreach (var (a, b) in edges)
        {
            if (a == b) continue;
            adjacency[a].Add(b);
            adjacency[b].Add(a);
        }
        return adjacency;
    }
}
