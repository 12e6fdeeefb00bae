# copy in Python (bundled): copy, deepcopy with memo (shared and cyclic references), __copy__/__deepcopy__.
import copy
class Node:
    def __init__(self, v, children=None):
        print("init", v)
        self.v = v
        self.children = children or []
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
n = Node(1, [Node(2)])
m = copy.deepcopy(n); s = copy.copy(n)
n.children[0].v = 20
print(n, m, s, s.children is n.children, m.children is n.children)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0])
t = (1, "x", (2, 3)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2, d2 is t2, d2[1] is t2[1])
class Custom:
    def __init__(self): self.data = [1]
    def __copy__(self): print("custom copy"); return "copied"
    def __deepcopy__(self, memo): print("custom deepcopy"); return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
print(copy.deepcopy({1, 2}), copy.copy({"a": 1}), copy.deepcopy(None), copy.deepcopy(len) is len)
