# sys.exit with str: message to stderr, status 1; finally blocks still run.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    exit(4)
except SystemExit as e:
    print("caught", e.code)
try:
    print("before")
    sys.exit("fatal: bad input")
finally:
    print("cleanup")
