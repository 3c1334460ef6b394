# Tracebacks through a generator expression inside sum().
data = [4, 2, 0, 1]
print(sum(10 // d for d in data))
