# sys.exit(0) and sys.exit() end the program with status 0 after finally blocks.
import sys
print("before exit")
try:
    sys.exit(0)
finally:
    print("finally still runs")
print("never printed")
