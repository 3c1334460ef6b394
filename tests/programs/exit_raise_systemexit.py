# raise SystemExit(7) is the same as sys.exit(7); caught SystemExit has .code.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
print("continuing")
raise SystemExit(7)
