# A first program: run it with the faulthandler on.
#   bazel-bin/interp/interp -X faulthandler examples/hello.py


def greet(name, times=1):
    return ", ".join([f"hello {name}"] * times)


counts = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    counts[word] = counts.get(word, 0) + 1

print(greet("world"))
print(greet("interp", times=2))
print(sorted(counts.items())[:3], sum(counts.values()))
