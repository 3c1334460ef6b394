class X:
    def who(self): return 'X'
    def __init__(self): self.a = 1
class Y:
    def who(self): return 'Y'
class S:
    __slots__ = ('a',)
x = X()
for v in [3, S, int]:
    try: x.__class__ = v
    except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
for i in range(3):
    print(x.who(), x.a, type(x).__name__)
    x.__class__ = Y if i % 2 == 0 else X
print(x.who(), vars(x), isinstance(x, X))
class State:
    def handle(self): return 'base'
class On(State):
    def handle(self): self.__class__ = Off; return 'on->off'
class Off(State):
    def handle(self): self.__class__ = On; return 'off->on'
s = On()
print([s.handle() for _ in range(4)], type(s).__name__)
