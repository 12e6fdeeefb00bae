# Chaos game: a fractal from random maps that fold the plane onto three B-spline curves, counted into a grid.
import math
import random

from _runner import main


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "GVector(%r, %r, %r)" % (self.x, self.y, self.z)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return GVector(self.x * factor, self.y * factor, self.z * factor)

    __rmul__ = __mul__

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def linear_combination(self, other, w1, w2=None):
        """w1 * self + w2 * other, w2 defaulting to 1 - w1."""
        if w2 is None:
            w2 = 1.0 - w1
        return GVector(self.x * w1 + other.x * w2,
                       self.y * w1 + other.y * w2,
                       self.z * w1 + other.z * w2)


class Spline:
    """A B-spline of the given degree over a clamped knot vector (len(points) + degree + 1 knots)."""

    def __init__(self, points, degree, knots):
        if len(knots) != len(points) + degree + 1:
            raise ValueError("need %d knots, got %d" % (len(points) + degree + 1, len(knots)))
        for a, b in zip(knots, knots[1:]):
            if a > b:
                raise ValueError("knots must not decrease")
        self.points = points
        self.degree = degree
        self.knots = knots

    def domain(self):
        return self.knots[self.degree], self.knots[len(self.points)]

    def find_span(self, u):
        knots = self.knots
        k = self.degree
        last = len(self.points) - 1
        while k < last and knots[k + 1] <= u:
            k += 1
        return k

    def __call__(self, u):
        """The curve's point at parameter u, by de Boor's algorithm."""
        p = self.degree
        t = self.knots
        k = self.find_span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                i = j + k - p
                alpha = (u - t[i]) / (t[i + 1 + p - r] - t[i])
                d[j] = d[j - 1].linear_combination(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, samples=64):
        start, end = self.domain()
        step = (end - start) / samples
        previous = self(start)
        total = 0.0
        for i in range(1, samples + 1):
            current = self(start + i * step)
            total += current.dist(previous)
            previous = current
        return total


def clamped_knots(count, degree):
    inner = count - degree
    return [0.0] * degree + [float(i) for i in range(inner + 1)] + [float(inner)] * degree


def make_splines():
    shapes = [
        [(0.05, 0.10), (0.20, 0.55), (0.35, 0.85), (0.55, 0.95), (0.75, 0.80), (0.90, 0.50), (0.95, 0.15)],
        [(0.10, 0.05), (0.30, 0.25), (0.50, 0.20), (0.70, 0.35), (0.85, 0.30)],
        [(0.45, 0.40), (0.50, 0.55), (0.62, 0.60), (0.58, 0.72)],
    ]
    splines = []
    for shape in shapes:
        points = [GVector(x, y, 0.0) for x, y in shape]
        splines.append(Spline(points, 3, clamped_knots(len(points), 3)))
    return splines


class ChaosGame:
    def __init__(self, splines, thickness=0.2):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        margin = thickness / 2
        self.minx, self.maxx = min(xs) - margin, max(xs) + margin
        self.miny, self.maxy = min(ys) - margin, max(ys) + margin
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        lengths = [s.length() for s in splines]
        longest = max(lengths)
        # Each spline's share of the random choices grows with its length.
        self.weights = [max(1, int(3 * length / longest + 0.5)) for length in lengths]
        self.total_weight = sum(self.weights)

    def pick(self):
        r = random.randrange(self.total_weight)
        for index, weight in enumerate(self.weights):
            if r < weight:
                return index
            r -= weight
        raise AssertionError("weights do not add up")

    def transform(self, point, index):
        """Map the bounding box onto a band around spline `index`: one coordinate runs along it, the other across."""
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        turn = random.random()
        if turn < 0.5:
            x, y = y, x
        if turn < 0.25 or turn >= 0.75:
            x = 1.0 - x
        spline = self.splines[index]
        start, end = spline.domain()
        span = end - start
        u = start + x * span
        base = spline(u)
        eps = span * 1e-3
        ahead = spline(min(end, u + eps))
        behind = spline(max(start, u - eps))
        tangent = ahead - behind
        size = tangent.mag()
        if size == 0.0:
            return base
        normal = GVector(-tangent.y / size, tangent.x / size, 0.0)
        return base + normal * ((y - 0.5) * self.thickness)

    def truncate(self, point):
        if point.x < self.minx:
            point.x = self.minx
        elif point.x > self.maxx:
            point.x = self.maxx
        if point.y < self.miny:
            point.y = self.miny
        elif point.y > self.maxy:
            point.y = self.maxy

    def run(self, w, h, iterations, seed):
        random.seed(seed)
        grid = [[0] * w for _ in range(h)]
        point = GVector((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2, 0.0)
        for i in range(iterations):
            point = self.transform(point, self.pick())
            self.truncate(point)
            if i < 20:
                continue
            col = int((point.x - self.minx) / self.width * (w - 1))
            row = int((self.maxy - point.y) / self.height * (h - 1))
            grid[row][col] += 1
        return grid


def checksum(grid):
    total = 0
    hit = 0
    for r, row in enumerate(grid):
        for c, count in enumerate(row):
            if count:
                hit += 1
                total = (total * 31 + (r * len(row) + c + 1) * count) % 1000000007
    return hit * 1000000007 + total


def bench():
    game = ChaosGame(make_splines())
    grid = game.run(64, 48, 12000, 1234)
    return checksum(grid)


main(bench)
