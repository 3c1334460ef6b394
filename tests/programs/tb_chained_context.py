# "During handling of the above exception, another exception occurred":
# every traceback in the chain keeps its position markers, and a handler
# that fails in a nested call shows both frames.
def parse(text):
    return int(text)


def load(values):
    results = []
    for v in values:
        try:
            results.append(parse(v) * 2)
        except ValueError:
            results.append(fallback[v])
    return results


fallback = {"x": 0}
print(load(["1", "x"]))
print(load(["2", "y"]))
