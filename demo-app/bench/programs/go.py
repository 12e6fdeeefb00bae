# Go: a 9x9 Go engine playing the opening of a game against itself, choosing moves by UCT Monte-Carlo tree search.
import math
import random
from _runner import main

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
MAX_MOVES = SIZE * SIZE * 3
UCT_C = 1.1
COLUMNS = "ABCDEFGHJ"


def opponent(color):
    return BLACK + WHITE - color


def move_name(pos):
    if pos == PASS:
        return "pass"
    return COLUMNS[pos % SIZE] + str(pos // SIZE + 1)


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.x = pos % SIZE
        self.y = pos // SIZE
        self.color = EMPTY
        self.mark = 0
        self.neighbours = []
        self.diagonals = []

    def link(self, squares):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            x, y = self.x + dx, self.y + dy
            if 0 <= x < SIZE and 0 <= y < SIZE:
                self.neighbours.append(squares[y * SIZE + x])
        for dx, dy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
            x, y = self.x + dx, self.y + dy
            if 0 <= x < SIZE and 0 <= y < SIZE:
                self.diagonals.append(squares[y * SIZE + x])

    @property
    def on_edge(self):
        return len(self.neighbours) < 4

    def __repr__(self):
        return move_name(self.pos)


class Group:
    """A chain of connected stones and its liberties, found by flood fill from one stone."""

    def __init__(self, board, start):
        board.generation += 1
        stamp = board.generation
        color = start.color
        stones = [start]
        liberties = set()
        start.mark = stamp
        i = 0
        while i < len(stones):
            square = stones[i]
            i += 1
            for nb in square.neighbours:
                if nb.color == EMPTY:
                    liberties.add(nb.pos)
                elif nb.color == color and nb.mark != stamp:
                    nb.mark = stamp
                    stones.append(nb)
        self.color = color
        self.stones = stones
        self.liberties = liberties

    def __len__(self):
        return len(self.stones)


class EmptySet:
    """The empty points, with O(1) add, remove and indexing (a list plus a position -> index table)."""

    def __init__(self):
        self.positions = list(range(SIZE * SIZE))
        self.index = list(range(SIZE * SIZE))

    def __len__(self):
        return len(self.positions)

    def __getitem__(self, i):
        return self.positions[i]

    def __iter__(self):
        return iter(self.positions)

    def add(self, pos):
        self.index[pos] = len(self.positions)
        self.positions.append(pos)

    def remove(self, pos):
        i = self.index[pos]
        last = self.positions.pop()
        if last != pos:
            self.positions[i] = last
            self.index[last] = i


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            square.link(self.squares)
        self.generation = 0
        self.reset()

    def reset(self):
        for square in self.squares:
            square.color = EMPTY
        self.empties = EmptySet()
        self.color = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.captures = {BLACK: 0, WHITE: 0}

    def state(self):
        return ([sq.color for sq in self.squares], self.color, self.ko, self.passes, self.moves,
                dict(self.captures))

    def restore(self, state):
        colors, self.color, self.ko, self.passes, self.moves, captures = state
        self.captures = dict(captures)
        empties = self.empties
        empties.positions = []
        for square, color in zip(self.squares, colors):
            square.color = color
            if color == EMPTY:
                empties.add(square.pos)

    def is_eye(self, pos, color):
        square = self.squares[pos]
        for nb in square.neighbours:
            if nb.color != color:
                return False
        enemy = opponent(color)
        bad = sum(1 for d in square.diagonals if d.color == enemy)
        if square.on_edge:
            return bad == 0
        return bad < 2

    def count_liberties(self, start, limit):
        """Liberties of the chain through start, counting no further than limit."""
        self.generation += 1
        stamp = self.generation
        color = start.color
        start.mark = stamp
        stack = [start]
        found = set()
        while stack:
            square = stack.pop()
            for nb in square.neighbours:
                if nb.color == EMPTY:
                    found.add(nb.pos)
                    if len(found) >= limit:
                        return limit
                elif nb.color == color and nb.mark != stamp:
                    nb.mark = stamp
                    stack.append(nb)
        return len(found)

    def is_legal(self, pos):
        square = self.squares[pos]
        if square.color != EMPTY or pos == self.ko:
            return False
        for nb in square.neighbours:
            if nb.color == EMPTY:
                return True
        color = self.color
        for nb in square.neighbours:
            if nb.color == color:
                if self.count_liberties(nb, 2) > 1:
                    return True      # joins a chain that keeps a liberty
            elif self.count_liberties(nb, 2) == 1:
                return True          # captures
        return False                 # suicide

    def play(self, pos):
        self.moves += 1
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.color = opponent(self.color)
            return
        square = self.squares[pos]
        color = self.color
        enemy = opponent(color)
        square.color = color
        self.empties.remove(pos)
        captured = []
        for nb in square.neighbours:
            if nb.color == enemy and self.count_liberties(nb, 1) == 0:
                for stone in Group(self, nb).stones:
                    stone.color = EMPTY
                    self.empties.add(stone.pos)
                    captured.append(stone.pos)
        self.ko = None
        if len(captured) == 1:
            # a lone stone that took a lone stone and now has that point as its only liberty: ko
            lone = all(nb.color != color for nb in square.neighbours)
            if lone and sum(1 for nb in square.neighbours if nb.color == EMPTY) == 1:
                self.ko = captured[0]
        self.captures[color] += len(captured)
        self.passes = 0
        self.color = enemy

    def good_move(self, pos):
        return not self.is_eye(pos, self.color) and self.is_legal(pos)

    def random_move(self):
        empties = self.empties
        n = len(empties)
        if n == 0:
            return PASS
        start = random.randrange(n)
        for i in range(n):
            pos = empties[(start + i) % n]
            if self.good_move(pos):
                return pos
        return PASS

    def candidates(self):
        if self.passes >= 2:
            return []
        moves = [pos for pos in sorted(self.empties) if self.good_move(pos)]
        if not moves:
            moves.append(PASS)
        random.shuffle(moves)
        return moves

    def playout(self):
        while self.passes < 2 and self.moves < MAX_MOVES:
            self.play(self.random_move())

    def territory(self):
        for square in self.squares:
            if square.color == EMPTY:
                owners = {nb.color for nb in square.neighbours if nb.color != EMPTY}
                if len(owners) == 1:
                    yield owners.pop()

    def score(self):
        """Area score from Black's point of view, komi included."""
        counts = {BLACK: 0, WHITE: 0}
        for square in self.squares:
            if square.color != EMPTY:
                counts[square.color] += 1
        for owner in self.territory():
            counts[owner] += 1
        return counts[BLACK] - counts[WHITE] - KOMI

    def __str__(self):
        rows = []
        for y in range(SIZE - 1, -1, -1):
            row = self.squares[y * SIZE:(y + 1) * SIZE]
            rows.append("".join(".XO"[sq.color] for sq in row))
        return "\n".join(rows)


class Node:
    def __init__(self, parent, pos, player, untried):
        self.parent = parent
        self.pos = pos
        self.player = player          # the colour that played pos to reach this node
        self.untried = untried
        self.children = []
        self.wins = 0
        self.visits = 0

    def ucb(self, log_parent_visits):
        return self.wins / self.visits + UCT_C * math.sqrt(log_parent_visits / self.visits)

    def select(self):
        log_visits = math.log(self.visits)
        return max(self.children, key=lambda child: child.ucb(log_visits))

    def expand(self, board):
        pos = self.untried.pop()
        player = board.color
        board.play(pos)
        child = Node(self, pos, player, board.candidates())
        self.children.append(child)
        return child

    def update(self, winner):
        node = self
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent

    def best_child(self):
        return max(self.children, key=lambda child: (child.visits, child.wins))


def uct_search(board, iterations):
    root_state = board.state()
    root = Node(None, PASS, opponent(board.color), board.candidates())
    for _ in range(iterations):
        board.restore(root_state)
        node = root
        while not node.untried and node.children:
            node = node.select()
            board.play(node.pos)
        if node.untried:
            node = node.expand(board)
        board.playout()
        winner = BLACK if board.score() > 0 else WHITE
        node.update(winner)
    board.restore(root_state)
    best = root.best_child()
    return best.pos, best.wins, best.visits, root.visits


def play_game(moves, iterations):
    random.seed(2024)
    board = Board()
    record = []
    wins = visits = playouts = 0
    for _ in range(moves):
        pos, best_wins, best_visits, root_visits = uct_search(board, iterations)
        record.append(move_name(pos))
        wins += best_wins
        visits += best_visits
        playouts += root_visits
        board.play(pos)
    return record, wins, visits, playouts


def bench():
    record, wins, visits, playouts = play_game(3, 130)
    return f"{' '.join(record)} best={wins}/{visits} playouts={playouts}"


main(bench)
