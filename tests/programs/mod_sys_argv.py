# sys.argv holds the script name as given on the command line.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
