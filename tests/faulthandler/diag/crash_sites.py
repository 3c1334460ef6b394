# crash_sites.py SITE [json]: crashes at one of two sites (SPEC 2.5 crash
# signatures). Site "a" and site "b" fault in different native helpers under
# different script functions; running one site twice gives one signature.
import faulthandler
import sys

site = sys.argv[1]
if len(sys.argv) > 2:
    faulthandler.enable(format=sys.argv[2])
else:
    faulthandler.enable()


def parse_header(data):
    faulthandler._sigsegv()


def render_page(data):
    faulthandler._sigfpe()


def handle(data):
    if site == "a":
        parse_header(data)
    else:
        render_page(data)


handle(b"x" * 10)
