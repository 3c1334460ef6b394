# Three exceptions chained implicitly while handling: two 'During handling' separators.
def f():
    try:
        raise TypeError('inner')
    except TypeError:
        try:
            raise ValueError('mid')
        except ValueError:
            raise KeyError('outer')
f()
