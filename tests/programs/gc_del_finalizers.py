# __del__ runs when the collector finds the object unreachable (gc.collect()
# here; CPython's reference counting runs it earlier, so each phase below
# only looks after gc.collect()), once per object, and at exit for objects
# still alive; exceptions in __del__ are reported and ignored; the gc
# module's switches.
import gc
import re
import sys

_stderr = sys.stderr


class AddressFree:
    # The function's address in "Exception ignored in" differs per run.
    def write(self, text):
        return _stderr.write(re.sub(r" at 0x[0-9a-f]+>", ">", text))

    def flush(self):
        _stderr.flush()


sys.stderr = AddressFree()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


def make_and_drop():
    r = Resource("temp")
    return len(r.name)


n = make_and_drop()
gc.collect()
print("after first collection", n)


class Faulty:
    def __del__(self):
        raise ValueError("cannot close")


def drop_faulty():
    Faulty()


drop_faulty()
gc.collect()
print("after faulty")


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("node", self.name, "peer", self.peer.name)


def make_cycle():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a


make_cycle()
gc.collect()
print("after cycle")


class Reviver:
    saved = []

    def __del__(self):
        print("reviving")
        Reviver.saved.append(self)


def revive():
    Reviver()


revive()
gc.collect()
print("saved", len(Reviver.saved))
Reviver.saved.clear()
gc.collect()
print("revived once")

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

first = Resource("global one")
second = Resource("global two")
print("end of script")
