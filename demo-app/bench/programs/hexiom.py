# Hexiom: solving hexagonal tile puzzles (each tile shows how many neighbours it must touch) by constraint propagation and depth-first search.
from _runner import main

EMPTY = 7        # the "no tile here" value; tiles are 0..6
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Contradiction(Exception):
    pass


class Cell:
    def __init__(self, index, q, r):
        self.index = index
        self.q = q
        self.r = r
        self.neighbours = []

    def __repr__(self):
        return f"Cell({self.q}, {self.r})"


class HexBoard:
    """A hexagon of cells with `size` cells on each side, in axial coordinates, numbered row by row."""

    def __init__(self, size):
        self.size = size
        self.cells = []
        self.row_lengths = []
        by_coord = {}
        n = size - 1
        for r in range(-n, n + 1):
            length = 0
            for q in range(-n, n + 1):
                if abs(q + r) <= n:
                    cell = Cell(len(self.cells), q, r)
                    self.cells.append(cell)
                    by_coord[q, r] = cell
                    length += 1
            self.row_lengths.append(length)
        for cell in self.cells:
            for dq, dr in DIRECTIONS:
                other = by_coord.get((cell.q + dq, cell.r + dr))
                if other is not None:
                    cell.neighbours.append(other.index)
            cell.neighbours.sort()

    def __len__(self):
        return len(self.cells)

    def rows(self, items):
        start = 0
        for length in self.row_lengths:
            yield items[start:start + length]
            start += length


class Puzzle:
    """Parsed from rows of tokens: a digit is a loose tile, "+d" a tile locked to that cell, "." an empty cell."""

    def __init__(self, name, size, text):
        self.name = name
        self.board = HexBoard(size)
        tokens = text.split()
        if len(tokens) != len(self.board):
            raise ValueError(f"{name}: {len(tokens)} tokens for {len(self.board)} cells")
        self.locked = {}
        self.counts = [0] * 8
        for index, token in enumerate(tokens):
            if token == ".":
                self.counts[EMPTY] += 1
            elif token.startswith("+"):
                self.locked[index] = int(token[1:])
                self.counts[int(token[1:])] += 1
            else:
                self.counts[int(token)] += 1


class State:
    def __init__(self, board, domains, placed, remaining):
        self.board = board
        self.domains = domains        # one set of still possible values per cell
        self.placed = placed          # the value counted for each decided cell, or None
        self.remaining = remaining    # how many of each value are not yet placed

    @classmethod
    def start(cls, puzzle):
        values = {v for v in range(8) if puzzle.counts[v]}
        domains = []
        for index in range(len(puzzle.board)):
            if index in puzzle.locked:
                domains.append({puzzle.locked[index]})
            else:
                domains.append(set(values))
        return cls(puzzle.board, domains, [None] * len(domains), list(puzzle.counts))

    def copy(self):
        return State(self.board, [set(d) for d in self.domains], self.placed[:], self.remaining[:])

    def restrict(self, index, allowed):
        domain = self.domains[index]
        if domain <= allowed:
            return False
        domain &= allowed
        if not domain:
            raise Contradiction
        return True

    def discard(self, index, value):
        domain = self.domains[index]
        if value not in domain:
            return False
        domain.discard(value)
        if not domain:
            raise Contradiction
        return True

    def undecided(self):
        return (i for i, value in enumerate(self.placed) if value is None)

    def place_singletons(self):
        changed = False
        for index in list(self.undecided()):
            domain = self.domains[index]
            if len(domain) == 1:
                (value,) = domain
                self.placed[index] = value
                self.remaining[value] -= 1
                if self.remaining[value] < 0:
                    raise Contradiction
                changed = True
        return changed

    def count_pass(self):
        changed = False
        undecided = list(self.undecided())
        for value in range(8):
            left = self.remaining[value]
            able = [i for i in undecided if value in self.domains[i]]
            if len(able) < left:
                raise Contradiction
            if left == 0:
                for i in able:
                    changed |= self.discard(i, value)
            elif len(able) == left:
                for i in able:
                    changed |= self.restrict(i, {value})
        return changed

    def neighbour_pass(self):
        changed = False
        domains = self.domains
        for cell in self.board.cells:
            domain = domains[cell.index]
            surely = possibly = 0
            for n in cell.neighbours:
                d = domains[n]
                if EMPTY not in d:
                    surely += 1
                if len(d) > 1 or EMPTY not in d:
                    possibly += 1
            fits = {v for v in domain if v == EMPTY or surely <= v <= possibly}
            if len(fits) < len(domain):
                changed |= self.restrict(cell.index, fits)
            if len(domain) == 1 and EMPTY not in domain:
                (value,) = domain
                if value == surely:
                    for n in cell.neighbours:
                        if len(domains[n]) > 1 and EMPTY in domains[n]:
                            changed |= self.restrict(n, {EMPTY})
                elif value == possibly:
                    for n in cell.neighbours:
                        if len(domains[n]) > 1:
                            changed |= self.discard(n, EMPTY)
        return changed

    def propagate(self):
        while True:
            changed = self.place_singletons()
            changed |= self.count_pass()
            changed |= self.neighbour_pass()
            if not changed:
                return

    def solved(self):
        return all(value is not None for value in self.placed)

    def check(self):
        placed = self.placed
        for cell in self.board.cells:
            value = placed[cell.index]
            if value != EMPTY and value != sum(1 for n in cell.neighbours if placed[n] != EMPTY):
                return False
        return True

    def choose_cell(self):
        best = None
        for index in self.undecided():
            size = len(self.domains[index])
            if best is None or size < best_size:
                best, best_size = index, size
        return best

    def render(self):
        return "/".join("".join("." if v == EMPTY else str(v) for v in row)
                        for row in self.board.rows(self.placed))


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.nodes = 0
        self.solutions = []

    def search(self, state):
        self.nodes += 1
        try:
            state.propagate()
        except Contradiction:
            return
        if state.solved():
            if state.check():
                self.solutions.append(state.render())
            return
        index = state.choose_cell()
        for value in sorted(state.domains[index]):
            child = state.copy()
            child.domains[index] = {value}
            self.search(child)

    def solve(self):
        self.search(State.start(self.puzzle))
        return self.solutions


PUZZLES = [
    Puzzle("small", 3, """
            3  5  .
          5  5  3  .
        5  3  2  4  .
         +3  .  2  5
           3  2 +2
    """),
    Puzzle("medium", 4, """
             3 +3  4  4
           5  3  5  3 +2
        +4 +6  6  3  3  2
        .  3  .  .  1  .  3
         4  5  . +2  1  .
          +3 +4  .  5 +1
             .  .  2  .
    """),
    Puzzle("large", 4, """
            +2  5  .  5
            .  4  3  4  .
          3 +5  4  .  5  .
        .  2  3 +3  3 +5 +2
         +3  3  4  3  3  .
           3 +4 +3  0  2
             .  .  4  .
    """),
]


def bench():
    parts = []
    check = 0
    for puzzle in PUZZLES:
        solver = Solver(puzzle)
        solutions = solver.solve()
        for solution in solutions:
            digits = solution.replace("/", "").replace(".", "7")
            check += sum((i + 1) * int(d) for i, d in enumerate(digits))
        parts.append(f"{puzzle.name}={len(solutions)}/{solver.nodes}")
    return f"{' '.join(parts)} check={check} {solutions[0]}"


main(bench)
