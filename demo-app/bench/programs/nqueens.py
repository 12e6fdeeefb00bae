# N-queens: every placement of 8 queens, by backtracking over columns with sets of attacked diagonals.
from _runner import main

def solve(n):
    solutions = []
    placed = []

    def place(row, cols, diag1, diag2):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            placed.append(col)
            place(row + 1, cols | {col}, diag1 | {row + col}, diag2 | {row - col})
            placed.pop()

    place(0, frozenset(), frozenset(), frozenset())
    return solutions

def bench():
    total = 0
    for _ in range(60):
        total += len(solve(8))
    return total

main(bench)
