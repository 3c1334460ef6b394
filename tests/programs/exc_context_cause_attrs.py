# __context__, __cause__ and __suppress_context__ as set by raise, raise from and finally.
try:
    try:
        1/0
    finally:
        raise KeyError(1)
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError from TypeError('t')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
