# A CLI tool built with argparse: subcommands, types, choices, nargs,
# mutually exclusive options, defaults, -h output and error messages
# (SystemExit caught so that several command lines run in one program).
import argparse
import sys


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog='tasks',
        description='Manage a small task list.',
        epilog='Use "tasks COMMAND -h" for help on a command.')
    parser.add_argument('--version', action='version', version='%(prog)s 1.4.2')
    parser.add_argument('-v', '--verbose', action='count', default=0,
                        help='more output (repeatable)')
    parser.add_argument('--db', metavar='PATH', default='tasks.json',
                        help='task database (default: %(default)s)')
    sub = parser.add_subparsers(dest='command', title='commands', required=True)

    add = sub.add_parser('add', help='add a task', description='Add a new task.')
    add.add_argument('title', nargs='+', help='words of the title')
    add.add_argument('-p', '--priority', type=int, choices=range(1, 6), default=3,
                     help='1 (low) to 5 (high)')
    add.add_argument('--tag', action='append', dest='tags', default=[],
                     help='a tag; may repeat')
    add.add_argument('--due', help='due date, YYYY-MM-DD')

    ls = sub.add_parser('list', aliases=['ls'], help='list tasks')
    group = ls.add_mutually_exclusive_group()
    group.add_argument('--all', action='store_true', help='include done tasks')
    group.add_argument('--done', action='store_true', help='only done tasks')
    ls.add_argument('--limit', type=positive_int, default=10)
    ls.add_argument('--sort', choices=['priority', 'due', 'title'], default='priority')

    done = sub.add_parser('done', help='mark tasks done')
    done.add_argument('ids', type=int, nargs='*', metavar='ID')
    done.add_argument('--dry-run', action='store_true')
    return parser


def run(argv):
    parser = build_parser()
    print(f"$ tasks {' '.join(argv)}")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        sys.stdout.flush()
        sys.stderr.flush()
        print(f"-> exit {e.code}")
        return
    if args.command == 'add':
        print(f"add {' '.join(args.title)!r} p={args.priority} tags={args.tags} due={args.due}")
    elif args.command in ('list', 'ls'):
        which = 'all' if args.all else 'done' if args.done else 'open'
        print(f"list {which} limit={args.limit} sort={args.sort} verbose={args.verbose}")
    else:
        print(f"done {args.ids} dry_run={args.dry_run}")
    print(sorted(vars(args).items()))


for argv in (['-h'], ['add', '-h'], ['list', '--help'], ['--version'],
             ['add', 'buy', 'milk', '-p', '5', '--tag', 'home', '--tag', 'food'],
             ['-vv', '--db', 'x.json', 'ls', '--all', '--limit', '3'],
             ['list', '--sort', 'due', '--done'],
             ['done', '1', '2', '3', '--dry-run'],
             [], ['add'], ['add', 'x', '-p', '9'], ['add', 'x', '-p', 'high'],
             ['list', '--all', '--done'], ['list', '--limit', '0'],
             ['list', '--limit', '-5'], ['remove', '3'], ['done', 'one'],
             ['list', '--sort=size'], ['--bogus'], ['add', 'x', '--prio', '2'],
             ['ls', '--lim', '4']):
    run(argv)

p = argparse.ArgumentParser(prog='conv', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('infile', type=argparse.FileType('r'), nargs='?', default='-')
p.add_argument('--format', '-f', default='csv', choices=('csv', 'json'), help='output format')
p.add_argument('--no-header', dest='header', action='store_false', help='omit header row')
p.add_argument('--scale', type=float, default=1.0, help='multiply values')
p.print_help()
ns = p.parse_args(['--no-header', '-f', 'json', '--scale', '2.5'])
print(ns.infile.name, ns.format, ns.header, ns.scale)
ns, extra = p.parse_known_args(['-f', 'csv', '--unknown', '--other=1'])
print(ns.format, extra)
