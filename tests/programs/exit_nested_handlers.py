# SystemExit passes through `except Exception` but not a bare except.
import sys
def run():
    try:
        sys.exit(9)
    except Exception:
        print("not caught here")
try:
    run()
except:
    print("bare except caught SystemExit")
try:
    run()
except BaseException as e:
    print(type(e).__name__, e.code)
run()
