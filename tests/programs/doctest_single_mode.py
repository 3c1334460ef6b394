# doctest runs each example in compile() mode 'single', so expressions
# inside compound statements show their values too.
import doctest
def g():
    """
    >>> for i in range(2): i
    0
    1
    >>> x = 3; x
    3
    >>> if True:
    ...     'yes'
    'yes'
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    """
print(doctest.run_docstring_examples(g, {}, name="g"))
print(doctest.testmod())
