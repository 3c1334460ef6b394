# Building strings with s += t in loops: a local, a global and an
# attribute (each must be amortised O(len(t)), not a copy of s per step).
def build_local(n):
    s = ""
    for i in range(n):
        s += "x"
        if i % 1000 == 0:
            s += str(i)
    return s


g = ""


def build_global(n):
    global g
    g = ""
    for i in range(n):
        g += "ab"
    return g


class Buf:
    def __init__(self):
        self.text = ""

    def add(self, piece):
        self.text += piece


def build_attr(n):
    b = Buf()
    for i in range(n):
        b.add("line\n")
    return b.text


total = 0
for round_ in range(3):
    total += len(build_local(200000))
    # CPython itself copies on these two (its in-place trick needs the only
    # reference to be a local), so they stay short enough for it.
    total += len(build_global(20000))
    total += len(build_attr(20000))
print(total)
