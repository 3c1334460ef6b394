from functools import singledispatch


@singledispatch
def describe(x):
    return 'object ' + repr(x)


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register(str)
def _(x):
    return 'str ' + x


@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence of %d' % len(x)


class Base:
    pass


class Derived(Base):
    pass


describe.register(Base, lambda x: 'a Base')
print(describe(1), describe(True), describe('hi'), describe([1, 2]),
      describe((1,)), describe(1.5), describe(Derived()))
print(describe.dispatch(bool).__name__, describe.__name__)
try:
    describe()
except TypeError as ex:
    print('TypeError', ex)
