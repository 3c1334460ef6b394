# for loops over generators (the body runs in the loop's own activation):
# yields, returns, exceptions in both directions, PEP 479, re-entry,
# frames, the handled exception inside except blocks, nesting and
# recursion limits.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


print(list(evens(count(10))), sum(v for v in evens(count(100))))
total = 0
for v in count(5):
    for w in count(v):
        total += w
print(total)

# A loop that breaks leaves the generator suspended; it can be resumed.
g = count(10)
for v in g:
    if v == 3:
        break
print(v, next(g), g.send(None), list(g))
for v in g:  # finished: the loop body never runs
    print('unreachable')
print('after finished loop')


# Exceptions raised in the body reach the caller's loop.
def boom(n):
    yield 1
    if n:
        raise KeyError(n)
    yield 2


for n in (0, 1):
    try:
        out = []
        for v in boom(n):
            out.append(v)
        print('ok', out)
    except KeyError as e:
        print('caught', repr(e), out)


# PEP 479: StopIteration inside becomes RuntimeError.
def stops():
    yield 1
    raise StopIteration('inner')


try:
    for v in stops():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


# Exceptions raised in the loop body (the caller) do not touch the
# generator, which can be closed afterwards (finally runs).
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')


g = guarded()
try:
    for v in g:
        raise ValueError('in body')
except ValueError as e:
    print('body raised', e, g.gi_running)
g.close()
print(list(g))


# The handled exception: a generator suspended in an except block sees
# its own; the loop sees the caller's.
def in_except():
    try:
        raise IndexError('gen')
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise TypeError('caller')
except TypeError:
    for s in in_except():
        print(s, repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))


# Frames: a running generator's frame has the loop's frame as f_back.
def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield gen_obj.gi_running, sys._getframe(1).f_code.co_name


def looper():
    return [x for x in gen_obj]


gen_obj = frames()
for item in gen_obj:
    print(item)
gen_obj = frames()
print(looper())


# Re-entry: a generator iterating itself.
def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    for v in me:
        print('got', v)
except ValueError as e:
    print('ValueError', e)


# Tracebacks name the generator's line and the loop's.
def deep():
    yield 1
    1 / 0


try:
    for v in deep():
        pass
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


# Nesting: generators looping over generators, many levels.
def chain(n):
    if n == 0:
        yield from range(3)
    else:
        for v in chain(n - 1):
            yield v + 1


print(list(chain(50)))
sys.setrecursionlimit(200)
try:
    print(len(list(chain(400))))
except RecursionError as e:
    print('RecursionError')
sys.setrecursionlimit(1000)
print(list(chain(5)))


# Generator return values are dropped by for; yield from still sees them.
def outer():
    r = yield from count(2)
    yield r


print(list(outer()))
for v in count(0):
    print('never')
print([v for v in count(3)], dict.fromkeys(count(3)))
