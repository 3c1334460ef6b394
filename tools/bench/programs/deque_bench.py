# collections.deque as a queue and a stack: 10**6 appendleft/popleft and
# append/pop pairs, then a bounded window (maxlen) sliding over 10**6 items.
from collections import deque


def run(n):
    d = deque()
    for i in range(n):
        d.appendleft(i)
    total = 0
    while d:
        total += d.popleft()
    for i in range(n):
        d.append(i)
        if i % 3 == 0:
            total -= d.pop()
    window = deque(maxlen=16)
    for i in range(n):
        window.append(i)
    total += sum(window) + len(d)
    return total % 1000003


print(run(1000000))
