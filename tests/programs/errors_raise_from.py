# raise ... from ...: the cause is printed first, then 'The above exception was the direct cause...'.
def outer():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
outer()
