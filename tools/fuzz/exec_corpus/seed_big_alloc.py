try:
    s = "ab" * (1 << 40)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    l = [0] * (1 << 40)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
x = [[i] * 3 for i in range(50)]
print(len(x), x[-1], "-".join(str(i) for i in range(5)))
