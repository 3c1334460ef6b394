# A fatal fault under -X faulthandler: the report starts with the fault and
# its crash signature (SPEC 2.5), stable across runs of the same bug.
#   interp -X faulthandler docs/examples/crash_signature.py
import faulthandler


def parse_header(data):
    faulthandler._sigsegv()  # stands for a bug in native code


def handle(data):
    return parse_header(data)


handle(b"GET / HTTP/1.1")
