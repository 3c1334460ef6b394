# warnings: categories, output format, filters, catch_warnings.
import sys
import warnings

sys.stderr = sys.stdout


def deprecated():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)


warnings.warn('plain message')
warnings.warn('plain message')
for i in range(3):
    warnings.warn('in a loop', RuntimeWarning)
deprecated()
warnings.warn(UserWarning('an instance'))
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Warning),
      issubclass(Warning, Exception), RuntimeWarning.__mro__[1].__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', FutureWarning)
    deprecated()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].filename.endswith('warnings_basics.py'), caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    warnings.warn('Skip me too')
    warnings.warn('but not me')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    warnings.warn('runtime', RuntimeWarning)
    warnings.warn('user')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line of code'), end='')
print(warnings.formatwarning('msg', SyntaxWarning, 'file.py', 3, ''), end='')
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
warnings.showwarning('shown', UserWarning, 'f.py', 1, sys.stdout, 'src')
warnings.resetwarnings()
warnings.warn('after reset', DeprecationWarning)
print('done')
