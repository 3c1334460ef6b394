# argparse: parsing, help and usage text, errors (exit status 2).
import argparse
import sys


def run(parser, argv):
    try:
        ns = parser.parse_args(argv)
        print('ok', ns)
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='Process some files.',
                            epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed')
p.add_argument('-q', '--quiet', action='store_true', help='no output')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='search path')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--tags', nargs='*', default=[])
p.add_argument('--level', type=float, required=False)
p.add_argument('--const', action='store_const', const=42)
run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-n', '3', '-vv', '--mode', 'slow', '-q', '--no-cache'])
run(p, ['-I', 'x', '--include=y', 'a', '--pair', 'k', 'v', '--tags', 't1', 't2'])
run(p, ['a', '--tags', '--count=5', '--level', '2.5', '--const'])
run(p, ['a', '-n5', '-vvv', '--', '-b'])
p.print_help()
print(repr(p.format_usage()))
sys.stderr = sys.stdout
run(p, [])
run(p, ['a', '-n', 'x'])
run(p, ['a', '--mode', 'medium'])
run(p, ['a', 'b', 'c'])
run(p, ['a', '--pair', 'k'])
run(p, ['a', '--bogus'])
run(p, ['a', '-n'])
run(p, ['-h'])

q = argparse.ArgumentParser(prog='calc')
q.add_argument('numbers', nargs='+', type=int, help='integers')
q.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
ns = q.parse_args(['1', '2', '3', '--sum'])
print(ns.accumulate(ns.numbers), ns.numbers)
run(q, [])
q.print_help()

g = argparse.ArgumentParser(prog='grp')
group = g.add_mutually_exclusive_group()
group.add_argument('--json', action='store_true')
group.add_argument('--xml', action='store_true')
opts = g.add_argument_group('output', 'Output options.')
opts.add_argument('--width', type=int, default=80)
run(g, ['--json'])
run(g, ['--json', '--xml'])
g.print_help()
rg = argparse.ArgumentParser(prog='req')
rgroup = rg.add_mutually_exclusive_group(required=True)
rgroup.add_argument('-a', action='store_true')
rgroup.add_argument('-b', action='store_true')
run(rg, [])
print(rg.format_usage(), end='')

s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
run(s, ['commit', '-m', 'msg'])
run(s, ['--debug', 'push'])
run(s, ['push', 'upstream'])
run(s, ['commit'])
run(s, ['pull'])
s.print_help()
c.print_help()
ns = s.parse_args(['commit', '-m', 'x'])
print(vars(ns), 'command' in ns, ns == argparse.Namespace(debug=False, command='commit', message='x', amend=False))
print(argparse.Namespace(a=1, b='x'))
k, rest = p.parse_known_args(['a', '--zzz', '1'])
print(k.src, rest)

long = argparse.ArgumentParser(prog='a-program-with-a-long-name',
                               description='A description that is long enough to be wrapped over more than one line by the help formatter, like CPython does.')
for i in range(6):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i,
                      help='help text for option %d, which is also quite long so it wraps' % i)
long.add_argument('inputs', nargs='*')
long.print_help()


def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return v


t = argparse.ArgumentParser(prog='t', add_help=False)
t.add_argument('n', type=positive)
run(t, ['5'])
run(t, ['-3'])
run(t, ['0'])
t.print_help()
try:
    t.add_argument('n')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
d.add_argument('--name', default='x', help='the name')
d.print_help()
d.set_defaults(size=3)
print(d.parse_args([]))
