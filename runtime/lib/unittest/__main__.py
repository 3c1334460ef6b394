"""`interp -m unittest`: discovers and runs tests."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from unittest.runner import main

main(module=None)
