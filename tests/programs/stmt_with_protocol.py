# with: several managers, suppression, return/continue/break through __exit__, objects without the protocol.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx('a') as v, Ctx('b') as w:
    print('body', v, w)
with Ctx('s', True):
    raise KeyError('k')
try:
    with Ctx('n'):
        raise ValueError('v')
except ValueError as e:
    print('caught', e)
def f():
    with Ctx('r'):
        return 'returned'
print(f())
for i in range(3):
    with Ctx(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except Exception as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except Exception as e:
    print(type(e).__name__, e)
