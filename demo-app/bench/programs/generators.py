# Generators: walking a binary tree in order with recursive generators (yield from), many times.
from _runner import main

class Node:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(tree(lo, mid), mid, tree(mid + 1, hi))

def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)

def bench():
    root = tree(0, 20_000)
    total = 0
    for _ in range(10):
        total += sum(walk(root))
    return total

main(bench)
