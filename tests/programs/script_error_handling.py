# Error handling the way robust scripts do it: traceback.format_exc in
# logs, exception chaining, custom exception hierarchies, warnings with
# filters and catch_warnings, contextlib (suppress, ExitStack, closing,
# contextmanager cleanup, redirect_stdout/stderr), retry with backoff.
import contextlib
import io
import sys
import traceback
import warnings


class AppError(Exception):
    """Base class for the app's errors."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key


class RetryExhausted(AppError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError('port', 'not a number') from e
    if not 0 < port < 65536:
        raise ConfigError('port', f'{port} out of range')
    return port


for text in ['8080', 'http', '70000']:
    try:
        print('port', parse_port(text))
    except ConfigError as e:
        print(f'{type(e).__name__}: {e} (key={e.key}, cause={type(e.__cause__).__name__ if e.__cause__ else None})')

try:
    parse_port('x')
except AppError:
    tb = traceback.format_exc()
    lines = tb.splitlines()
    print(lines[0])
    print('\n'.join(l for l in lines if not l.startswith('  File') and not l.startswith('    ')))

try:
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError('lookup failed')
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception(e)).count('During handling'))

attempts = []


def flaky(n_fail):
    attempts.append(len(attempts))
    if len(attempts) <= n_fail:
        raise ConnectionError(f'attempt {len(attempts)} failed')
    return 'ok'


def retry(fn, tries, delays):
    errors = []
    for attempt, delay in zip(range(tries), delays):
        try:
            return fn()
        except ConnectionError as e:
            errors.append(str(e))
            print(f'  retry in {delay}s after: {e}')
    raise RetryExhausted('; '.join(errors))


print(retry(lambda: flaky(2), 5, [0.1, 0.2, 0.4, 0.8, 1.6]))
attempts.clear()
try:
    retry(lambda: flaky(10), 3, [1, 2, 4])
except RetryExhausted as e:
    print('RetryExhausted:', e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('old API', DeprecationWarning)
    warnings.warn('something odd')
    warnings.warn('bytes/str', BytesWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised:', e)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='noisy')
    warnings.warn('noisy thing')
    print('filtered ok')
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    warnings.warn_explicit('explicit', UserWarning, 'config.py', 12)
print(repr(buf.getvalue()))

with contextlib.suppress(FileNotFoundError, KeyError):
    open('/definitely/missing/file')
print('suppressed')
log = []


@contextlib.contextmanager
def resource(name):
    log.append(f'open {name}')
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f'{name} saw {e}')
        raise
    finally:
        log.append(f'close {name}')


with contextlib.ExitStack() as stack:
    a = stack.enter_context(resource('a'))
    b = stack.enter_context(resource('b'))
    stack.callback(log.append, 'callback ran')
    log.append(f'using {a}{b}')
try:
    with resource('c'):
        raise ValueError('boom')
except ValueError:
    log.append('caught boom')
print(log)


class Conn:
    def close(self):
        print('conn closed')


with contextlib.closing(Conn()):
    print('using conn')
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print('captured line')
    help_text = 'x'
print(repr(out.getvalue()))
with contextlib.nullcontext(42) as v:
    print('nullcontext', v)
stack = contextlib.ExitStack()
stack.callback(print, 'deferred 1')
stack.callback(print, 'deferred 2')
moved = stack.pop_all()
stack.close()
print('before moved close')
moved.close()
try:
    raise ExceptionGroup if False else TypeError('plain')
except TypeError as e:
    print(traceback.format_exception_only(e)[-1], end='')
frames = traceback.extract_stack()
print(frames[-1].name, frames[-1].lineno > 0, type(frames).__name__)
print(sys.exc_info() == (None, None, None))
