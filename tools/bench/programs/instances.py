# Many small instances: a million three-attribute objects kept alive in a
# list, then read back (peak memory per instance, allocation, attribute
# stores in __init__ and loads).
class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main(n):
    points = [Point(i, i * 2, i % 7) for i in range(n)]
    total = 0
    for p in points:
        total += p.x + p.y - p.z
    return total


print(main(1000000))
