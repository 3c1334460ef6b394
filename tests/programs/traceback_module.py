# traceback: format_exc, print_exc, format_exception(_only), extract_tb,
# extract_stack, format_stack, print_stack.
import sys
import traceback


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end='')
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()
    e = sys.exc_info()[1]
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, e.__traceback__))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.endswith('traceback_module.py'), fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_exception(e, limit=1))


class AppError(Exception):
    pass


try:
    try:
        {}['missing']
    except KeyError as k:
        raise AppError('wrapped') from k
except AppError:
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(chain=False), end='')

try:
    try:
        [][1]
    except IndexError:
        raise ValueError()
except ValueError as v:
    print(''.join(traceback.format_exception(v)), end='')
    print(traceback.format_exception_only(v))

print(repr(traceback.format_exc()))


def a():
    return b()


def b():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in stack])
    print(repr(stack[-1]))
    print(traceback.format_stack(), traceback.format_stack(limit=1))
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=2, file=sys.stdout)
    return len(stack)


print(a())
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 9, 'gn', None)]))
e = RuntimeError('no traceback')
print(traceback.format_exception(e))
