# iter/next and StopIteration, with and without default values.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
it2 = iter("ab")
print(next(it2), next(it2), next(it2, None))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
r = iter(range(2))
print(list(r), next(r, "empty"))
e = iter([])
try:
    next(e)
except StopIteration:
    print("empty iterator")
class Once:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done")
for x in Once():
    print("never")
print("for loop ended quietly")
