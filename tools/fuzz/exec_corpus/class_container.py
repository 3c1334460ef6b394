# __len__ __getitem__ __setitem__ __contains__ on a user container.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[(2, 1)] = "@"
print(len(g), g[0, 0], g[1, 1], g[2, 1])
print("@" in g, "x" in g, "x" not in g)
for y in range(2):
    print("".join([g[x, y] for x in range(3)]))
