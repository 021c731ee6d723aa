namespace KnowledgeGraph.Sinks.Html;

/// <summary>
/// A deterministic force-directed layout in the manner of ForceAtlas2: every node repels every
/// other in proportion to their degrees (approximated with a Barnes–Hut quadtree, so a step
/// costs n log n), edges pull their ends together, and a weak gravity keeps components close.
/// It runs when the explorer page is written, so the page opens already laid out however large
/// the graph is; no randomness, one thread and a fixed order of operations give the same
/// coordinates for the same graph.
/// </summary>
public static class ForceLayout
{
    private const double Theta = 0.9;      // Barnes–Hut accuracy: larger is faster and coarser
    private const double Repulsion = 1.0;
    private const double Gravity = 0.05;

    /// <summary>
    /// Positions for nodes 0..count-1 joined by <paramref name="edges"/> (pairs of node
    /// indexes; direction is ignored). Nodes earlier in <paramref name="order"/> start nearer
    /// the centre, so callers pass the best-connected first.
    /// </summary>
    public static (float[] X, float[] Y) Run(int count, IReadOnlyList<(int A, int B)> edges, IReadOnlyList<int> order, int? iterations = null)
    {
        if (count == 0) return ([], []);
        var x = new double[count];
        var y = new double[count];
        var mass = new double[count];
        var adjacency = Adjacency(count, edges);
        for (int i = 0; i < count; i++) mass[i] = adjacency[i].Count + 1;

        // Start on a sunflower spiral in breadth-first order from the best-connected nodes,
        // so neighbours start close together and the forces only have to tidy up.
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

        int steps = iterations ?? (count <= 2_000 ? 300 : count <= 20_000 ? 100 : 50);
        var fx = new double[count];
        var fy = new double[count];
        var tree = new QuadTree(count);
        double startMove = Math.Sqrt(count) * 0.5;

        for (int step = 0; step < steps; step++)
        {
            tree.Build(x, y, mass);
            // Each node's repulsion reads the tree only, so nodes are spread over the cores;
            // every force is still summed in the same order, so the result does not depend on them.
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count < 2_000 ? 1 : -1 },
                () => new Stack<int>(),
                (i, _, stack) =>
                {
                    var (rx, ry) = tree.Repulsion(i, x[i], y[i], mass[i], stack);
                    double d = Math.Sqrt(x[i] * x[i] + y[i] * y[i]);
                    // Constant-strength gravity towards the centre, proportional to mass as in ForceAtlas2.
                    double g = d > 1e-9 ? Gravity * mass[i] / d : 0;
                    fx[i] = Repulsion * rx - g * x[i];
                    fy[i] = Repulsion * ry - g * y[i];
                    return stack;
                },
                _ => { });
            foreach (var (a, b) in edges)
            {
                if (a == b) continue;
                double dx = x[a] - x[b], dy = y[a] - y[b];
                fx[a] -= dx; fy[a] -= dy;
                fx[b] += dx; fy[b] += dy;
            }

            // Displacement is force over mass (hubs move less), capped by a cooling limit.
            double limit = Math.Max(0.05, startMove * (1 - (double)step / steps));
            for (int i = 0; i < count; i++)
            {
                double mx = fx[i] / mass[i], my = fy[i] / mass[i];
                double len = Math.Sqrt(mx * mx + my * my);
                if (len < 1e-12) continue;
                double move = Math.Min(len, limit) / len;
                x[i] += mx * move;
                y[i] += my * move;
            }
        }

        var ox = new float[count];
        var oy = new float[count];
        for (int i = 0; i < count; i++)
        {
            ox[i] = (float)Math.Round(x[i], 2);
            oy[i] = (float)Math.Round(y[i], 2);
        }
        return (ox, oy);
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

    /// <summary>A Barnes–Hut quadtree in flat arrays, rebuilt every step.</summary>
    private sealed class QuadTree(int bodies)
    {
        private const int MaxDepth = 48;
        private int[] _child = new int[4 * (2 * bodies + 8)]; // first child index per cell, or -1
        private double[] _cx = new double[2 * bodies + 8], _cy = new double[2 * bodies + 8], _half = new double[2 * bodies + 8];
        private double[] _mass = new double[2 * bodies + 8], _mx = new double[2 * bodies + 8], _my = new double[2 * bodies + 8];
        private int[] _body = new int[2 * bodies + 8]; // the single body of a leaf, -1 when empty, -2 for an inner cell
        private int _cells;

        public void Build(double[] x, double[] y, double[] mass)
        {
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            for (int i = 0; i < x.Length; i++)
            {
                minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
                minY = Math.Min(minY, y[i]); maxY = Math.Max(maxY, y[i]);
            }
            _cells = 0;
            NewCell((minX + maxX) / 2, (minY + maxY) / 2, Math.Max(maxX - minX, maxY - minY) / 2 + 1e-6);
            for (int i = 0; i < x.Length; i++) Insert(i, x[i], y[i], mass[i]);
        }

        private int NewCell(double cx, double cy, double half)
        {
            if (_cells == _body.Length) Grow();
            int c = _cells++;
            _cx[c] = cx; _cy[c] = cy; _half[c] = half;
            _mass[c] = 0; _mx[c] = 0; _my[c] = 0;
            _body[c] = -1;
            _child[4 * c] = -1;
            return c;
        }

        private void Grow()
        {
            int n = _body.Length * 2;
            Array.Resize(ref _child, 4 * n);
            Array.Resize(ref _cx, n); Array.Resize(ref _cy, n); Array.Resize(ref _half, n);
            Array.Resize(ref _mass, n); Array.Resize(ref _mx, n); Array.Resize(ref _my, n);
            Array.Resize(ref _body, n);
        }

        private int Quadrant(int c, double x, double y) => (x >= _cx[c] ? 1 : 0) + (y >= _cy[c] ? 2 : 0);

        private void Split(int c)
        {
            double h = _half[c] / 2;
            int first = -1;
            for (int q = 0; q < 4; q++)
            {
                int k = NewCell(_cx[c] + ((q & 1) == 1 ? h : -h), _cy[c] + ((q & 2) == 2 ? h : -h), h);
                if (q == 0) first = k;
            }
            _child[4 * c] = first;
        }

        private void Insert(int body, double x, double y, double m)
        {
            int c = 0, depth = 0;
            while (true)
            {
                // Every cell on the path gains the body's mass and moment.
                _mass[c] += m; _mx[c] += m * x; _my[c] += m * y;
                if (_body[c] == -1 && _child[4 * c] == -1) { _body[c] = body; return; }
                if (depth >= MaxDepth) return; // coincident bodies: the cell keeps their total mass
                if (_child[4 * c] == -1)
                {
                    // A leaf holding one body becomes an inner cell; its body moves one level down.
                    int old = _body[c];
                    _body[c] = -2;
                    Split(c);
                    if (old >= 0)
                    {
                        double om = _mass[c] - m, ox = (_mx[c] - m * x) / om, oy = (_my[c] - m * y) / om;
                        int oc = _child[4 * c] + Quadrant(c, ox, oy);
                        _mass[oc] += om; _mx[oc] += om * ox; _my[oc] += om * oy;
                        _body[oc] = old;
                    }
                }
                c = _child[4 * c] + Quadrant(c, x, y);
                depth++;
            }
        }

        /// <summary>The repulsion on a body: m·M/d along the direction away from each mass.</summary>
        public (double X, double Y) Repulsion(int body, double x, double y, double m, Stack<int> stack)
        {
            double fx = 0, fy = 0;
            stack.Clear();
            stack.Push(0);
            while (stack.Count > 0)
            {
                int c = stack.Pop();
                double cm = _mass[c];
                if (cm == 0 || _body[c] == body) continue;
                double px = _mx[c] / cm, py = _my[c] / cm;
                double dx = x - px, dy = y - py;
                double d2 = dx * dx + dy * dy;
                bool leaf = _child[4 * c] == -1;
                if (leaf || (2 * _half[c]) * (2 * _half[c]) < Theta * Theta * d2)
                {
                    if (d2 < 1e-6)
                    {
                        if (!leaf || _body[c] == body) continue;
                        // Coincident: push apart along a direction fixed by the indexes.
                        dx = 0.01 * ((body % 7) - 3 + 0.5); dy = 0.01 * ((_body[c] % 5) - 2 + 0.5); d2 = dx * dx + dy * dy;
                    }
                    double f = m * cm / d2; // m·M/d along the unit vector (dx, dy)/d
                    fx += dx * f; fy += dy * f;
                }
                else
                {
                    int first = _child[4 * c];
                    for (int q = 0; q < 4; q++) stack.Push(first + q);
                }
            }
            return (fx, fy);
        }
    }
}
