# print(file=sys.stderr) and sys.stderr.write go to stderr; stdout is separate.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
sys.stdout.write("raw stdout write\n")
print("a", "b", sep="-", end="!\n", file=sys.stderr)
sys.stderr.flush()
print("to stdout 2", flush=True)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
