# sys.exit(3) from inside a function: status 3, finally blocks still run.
import sys
def main():
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally runs")
main()
print("never printed")
