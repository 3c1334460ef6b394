import heapq
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
for x in [iter([1, 2]), iter((1, 2)), iter('ab'), iter(range(2)), iter({1: 2}), iter({1}), enumerate('ab'),
          zip('ab', 'cd'), map(str, [1, 2]), filter(None, [0, 1, 2]), reversed([1, 2]), iter({1: 2}.items()),
          iter({1: 2}.values()), iter('é'), reversed({1: 2})]:
    nxt = x.__next__
    print(type(x).__name__, nxt(), x.__iter__() is x, iter(x) is x, list(x))
it = iter([])
try:
    it.__next__()
except StopIteration as e:
    print('stop', repr(e))
def gen():
    it = iter([10, 20, 30])
    get = it.__next__
    while True:
        try:
            yield get()
        except StopIteration:
            return
print(list(gen()))
