"""doctest: finding docstrings, running examples, reports and summaries.

>>> 1 + 1
2
"""
import doctest
import io
import os
import sys
import tempfile
import unittest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(2) == 4
    True
    """
    return x * x


def wrong(x):
    """
    >>> wrong(2)
    5
    >>> print('a\\nb')
    a
    c
    >>> wrong(3)
    """
    return x


def features():
    """
    >>> print(list(range(30)))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> raise ValueError('detail one')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> this_is_skipped()  # doctest: +SKIP
    >>> x = 5
    >>> for i in range(2):
    ...     print(i * x)
    0
    5
    >>> def inner(a):
    ...     return a + 1
    >>> inner(x)
    6
    >>> None
    >>> True
    1
    """


class Widget:
    """A widget.

    >>> Widget(3).size
    3
    """

    def __init__(self, size):
        self.size = size

    def grow(self):
        """
        >>> w = Widget(1)
        >>> w.grow()
        >>> w.size
        3
        """
        self.size += 1

    @staticmethod
    def make():
        """
        >>> Widget.make().size
        0
        """
        return Widget(0)

    @property
    def double(self):
        """
        >>> Widget(4).double
        8
        """
        return self.size * 2


def no_examples():
    """Just text."""


__test__ = {'extra': """
>>> square(5)
25
"""}

print(doctest.testmod())
print(doctest.testmod(verbose=True))
print(doctest.testmod(optionflags=doctest.REPORT_NDIFF))


def diffy():
    """
    >>> print('\\n'.join('abcdef'))
    a
    b
    X
    d
    e
    f
    """


for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF,
             doctest.REPORT_NDIFF):
    doctest.run_docstring_examples(diffy, {}, name='diffy',
                                   optionflags=flag)
doctest.run_docstring_examples(diffy, {}, name='ff',
                               optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)

p = doctest.DocTestParser()
exs = p.get_examples("""
    >>> a = 1
    >>> a + \\
    ... 2
    3
    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "x", line 1
    KeyError: 'k'
""")
for e in exs:
    print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent)
for bad in ['>>>x', '  >>> 1\n 2', '>>> 1 # doctest: +BOGUS']:
    try:
        p.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError', e)
t = p.get_doctest('>>> 2\n2\n', {}, 'named', 'file.txt', 0)
print(t, t.examples[0].want)
print(doctest.script_from_examples("""
Intro text.
>>> x = 1
>>> x
1
Ends here.
"""))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
c = doctest.OutputChecker()
print(c.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS),
      c.check_output('a...z\n', 'abc\n', doctest.ELLIPSIS),
      c.check_output('1\n', 'True\n', 0),
      c.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'example.txt')
    with open(path, 'w') as f:
        f.write("Text file tests:\n\n>>> 2 * 21\n42\n>>> 'no'\n'yes'\n")
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        res = doctest.testfile(path, module_relative=False)
    finally:
        out, sys.stdout = sys.stdout.getvalue(), saved
    print(out.replace(d, '<tmp>'), res)
    suite = doctest.DocFileSuite(path, module_relative=False)
    print(suite.countTestCases())

suite = doctest.DocTestSuite()
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures))
try:
    doctest.run_docstring_examples(wrong, globals(), name='wrong')
finally:
    pass
r = doctest.DocTestRunner(verbose=False)
tests = doctest.DocTestFinder().find(Widget)
print([(t.name, len(t.examples), t.lineno) for t in tests])
for t in tests:
    r.run(t)
print(r.summarize(verbose=True))
