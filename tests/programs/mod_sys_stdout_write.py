# sys.stdout / sys.stderr write and flush; interleaving with print.
import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
print("print after write")
m = sys.stderr.write("to stderr\n")
sys.stderr.flush()
print(m, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print("last", file=sys.stdout)
