# add discard remove pop on small int sets; errors from remove/pop.
s = set()
for x in [5, 3, 5, 1, 3]:
    s.add(x)
print(s, len(s))
s.discard(3); s.discard(42); print(s)
s.remove(5); print(s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
t = {4, 2, 6}
print(t.pop(), t)
empty = set()
try:
    empty.pop()
except KeyError as e:
    print("KeyError:", e)
seen = set()
dups = []
for n in [1, 4, 2, 4, 1, 0]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(len({(1, 2), (1, 2)}), (1, 2) in {(1, 2)})
