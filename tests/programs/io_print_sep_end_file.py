# print with sep=, end=, file=sys.stderr, flush=; sys.stdout.write.
import sys
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="|\n")
print(1, 2, 3, sep=", ", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep="\n")
print("to stderr", file=sys.stderr)
print("x", "y", sep=None, end=None)
print("flushed", flush=True)
sys.stdout.write("written\n")
n = sys.stdout.write("count\n")
print(n)
print("", end="")
print(sep="S", end="E\n")
print([1, "a"], ("t",), {"k": None}, sep=" | ")
try:
    print("x", sep=1)
except TypeError as e:
    print(e)
try:
    print("x", end=2)
except TypeError as e:
    print(e)
print("tail", file=None)
sys.stderr.write("direct stderr\n")
