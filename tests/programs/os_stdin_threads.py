# sys.stdin (fileno, readline, iteration, read) and input() mixed, with a
# thread reading stdin while the main thread waits on it.
import os
import sys
import threading

print(sys.stdin.fileno(), sys.stdin.fileno() == 0)
print(repr(input()))
print(repr(sys.stdin.readline()))
got = []
def reader():
    got.append(sys.stdin.readline())
t = threading.Thread(target=reader)
t.start()
t.join()
print("thread read", repr(got[0]))
for line in sys.stdin:
    print("line", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
