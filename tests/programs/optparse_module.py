# optparse: declaring options, parsing, help layout, errors.
import io
import sys
from optparse import (OptionParser, OptionGroup, Option, OptionError,
                      OptionValueError, OptionConflictError, Values,
                      make_option, SUPPRESS_HELP, TitledHelpFormatter,
                      IndentedHelpFormatter)


def make_parser():
    p = OptionParser(usage="%prog [options] FILE...", version="%prog 2.1",
                     prog="tool", description="Process some files and "
                     "report what was found in them, at length, so that "
                     "the description wraps over several lines.",
                     epilog="See the manual for more.",
                     formatter=IndentedHelpFormatter(width=70))
    p.add_option("-q", "--quiet", action="store_false", dest="verbose",
                 default=True, help="don't print status messages")
    p.add_option("-o", "--output", dest="out", metavar="FILE",
                 help="write the report to FILE [default: %default]",
                 default="out.txt")
    p.add_option("-n", "--count", type="int", default=1,
                 help="how many times (a number that is explained in a "
                 "long help text which wraps around)")
    p.add_option("-v", action="count", dest="level")
    p.add_option("--mode", choices=["fast", "slow"], default="fast")
    p.add_option("-I", "--include", action="append", dest="includes")
    p.add_option("--point", type="float", nargs=2)
    p.add_option("--secret", help=SUPPRESS_HELP)
    g = OptionGroup(p, "Dangerous Options", "Caution: use these at your "
                    "own risk.")
    g.add_option("-g", action="store_true", help="group option")
    g.add_option("--const", action="store_const", const=42, dest="c")
    p.add_option_group(g)
    return p


p = make_parser()
print(p.format_help())
opts, args = p.parse_args(["-q", "-ofile.txt", "a", "--count=3", "-vvv",
                           "--mo", "slow", "-I", "x", "--include", "y",
                           "--point", "1.5", "2", "b", "--", "-z"])
print(sorted(vars(opts).items()))
print(args)
opts, args = p.parse_args([])
print(opts)
print(opts == {'verbose': True, 'out': 'out.txt', 'count': 1, 'level': None,
               'mode': 'fast', 'includes': None, 'point': None,
               'secret': None, 'g': None, 'c': None})
print(p.get_usage(), end='')
print(p.get_version())
print(p.has_option("--quiet"), p.get_option("-o").dest, str(p.get_option("-o")))


def run(argv):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old


run(["--nope"])
run(["-x"])
run(["-n", "abc"])
run(["-n"])
run(["--mode", "medium"])
run(["--quiet=1"])
run(["--point", "1"])
run(["--co", "2"])
p.add_option("--colour")
run(["--co", "2"])
p.set_defaults(count=9)
print(p.parse_args([])[0].count)


def cb(option, opt_str, value, parser, extra):
    print('callback', opt_str, value, extra, parser.rargs)
    parser.values.seen = value


q = OptionParser(prog="cbtool", add_help_option=False)
q.add_option("-c", action="callback", callback=cb, type="string",
             callback_args=("E",))
q.add_option("-x", type="int", default="0x1f")
q.disable_interspersed_args()
o, a = q.parse_args(["-c", "val", "pos", "-x", "3"])
print(o.seen, o.x, a)
print(q.format_help())

for bad in [lambda: Option("x"), lambda: Option("--a", action="jump"),
            lambda: Option("--a", type="blob"),
            lambda: Option("--a", action="store_true", type="int"),
            lambda: Option("--a", type="choice"),
            lambda: Option("--a", bogus=1),
            lambda: p.add_option("-q")]:
    try:
        bad()
    except OptionError as e:
        print(type(e).__name__, e)

t = OptionParser(prog="t", formatter=TitledHelpFormatter(width=60))
t.add_option("-a", "--alpha", help="first")
print(t.format_help())
r = OptionParser(prog="r", conflict_handler="resolve")
r.add_option("-f", "--file", dest="a")
r.add_option("-f", dest="b", help="new f")
print(r.parse_args(["-f", "1", "--file", "2"])[0])
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
try:
    p.parse_args(["--version"])
except SystemExit as e:
    sys.stdout = old
    print('version exit', e.code, repr(buf.getvalue()))
v = Values({'a': 1})
print(v.ensure_value('b', []), v)
