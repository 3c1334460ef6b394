# sys.exit() with an int beyond 64 bits: CPython exits with status 255,
# printing nothing.
import sys

print("exiting")
sys.exit(2**100)
