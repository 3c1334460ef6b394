import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
people = [('bob', 3), ('amy', 5), ('cat', 3), ('dan', 1), ('eve', 5)]
print(heapq.nlargest(2, people, key=lambda p: p[1]),
      heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(1, [3, 1, 4]), heapq.nsmallest(1, []), heapq.nlargest(0, [1]),
      heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(2, iter([5, 1, 9, 7])))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as ex:
    print('IndexError', ex)
try:
    heapq.heappush(None, 1)
except TypeError as ex:
    print('TypeError', ex)
try:
    heapq.heapreplace([], 1)
except IndexError as ex:
    print('IndexError', ex)
big = list(range(1000, 0, -1))
heapq.heapify(big)
print(big[:10], [heapq.heappop(big) for _ in range(5)])
