# sys.exit with a float prints it to stderr and exits 1.
import sys
sys.exit(3.5)
