# raise ... from None suppresses the context in the report.
try:
    {}['k']
except KeyError:
    raise RuntimeError('x') from None
