# Exception classes: args/str/repr of builtin and user exceptions, OSError fields, the hierarchy, the except-variable being unbound after the block.
class E1(Exception):
    def __init__(self, a, b):
        self.a = a
class E2(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = 1
class E3(E2):
    pass
for e in [E1(1, 2), E2('m'), E3('n'), ValueError(), KeyError(), KeyError(('a', 1)), KeyError(None), OSError(2, 'No such'), OSError('x'),
          IndexError('i', 2), StopIteration(5), SystemExit(3), SystemExit(), AssertionError('x'), Exception(None), Exception(''), Exception([])]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise E1(1, 2)
except E1 as e:
    print('E1', e.a, e.args, str(e))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e.filename)
try:
    open('/no/such')
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, FileNotFoundError))
print(issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(TimeoutError, OSError), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception), issubclass(MemoryError, Exception), issubclass(OverflowError, ArithmeticError))
print(ValueError.__name__, ValueError.__mro__ if False else '', type(ValueError()).__name__)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)
def g():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return repr(e)
print(g())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = None
try:
    raise KeyError('z')
except KeyError as err:
    pass
try:
    err
except NameError as ne:
    print(ne)
class Custom(Exception):
    def __repr__(self): return 'Custom!'
print(repr(Custom()), str(Custom('q')), [Custom()])
x = Exception('a', 'b')
print(x, repr(x), x.args[1])
print(repr(ZeroDivisionError('division by zero')))
