class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d = {K(1): "one"}
print(d[K(1)], K(1) in {K(1), K(2)}, len({K(3), K(3)}))
class Plain:
    pass
p = Plain()
print({p: 1}[p], Plain() in {p: 1})
