# SystemExit can be caught like any exception; code and args.
import sys
for arg in [None, 0, 5, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
try:
    raise SystemExit(9)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("still running")
