# cmd.Cmd: dispatch, help listings, columnize, empty lines, the loop.
import cmd
import io
import sys


class Shell(cmd.Cmd):
    """A demo shell."""
    intro = 'Welcome to the demo shell.'
    prompt = '(demo) '

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        print('hello,', arg or 'nobody')

    def do_add(self, arg):
        """Add numbers: add 1 2 3"""
        print(sum(int(x) for x in arg.split()))

    def do_undoc(self, arg):
        print('undocumented', repr(arg))

    def help_topic(self):
        print('a help topic without a command')

    def help_add(self):
        print('custom help for add')

    def do_shell(self, arg):
        print('shell:', arg)

    def do_quit(self, arg):
        print('bye')
        return True

    def do_EOF(self, arg):
        return True

    def precmd(self, line):
        return line.replace('GREET', 'greet')

    def postloop(self):
        print('[postloop]')


script = 'greet world\n\nadd 1 2 3\nundoc  x y \n?\nhelp greet\nhelp add\n' \
         'help nothing\n!ls -l\nbogus cmd\nGREET loud\n%%%\nquit\nafter\n'
s = Shell(stdin=io.StringIO(script), stdout=sys.stdout)
s.use_rawinput = False
s.cmdloop()
print()
s2 = Shell(stdin=io.StringIO('greet x'), stdout=sys.stdout)
s2.use_rawinput = False
s2.cmdloop(intro='')
print()
print(s.parseline('  add 1 2  '), s.parseline(''), s.parseline('?x'),
      s.parseline('!cmd'), s.parseline('x-y'))
print(s.completenames('gr'), sorted(s.complete_help('a')))
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize(['word%d' % i for i in range(40)], 60)
c.columnize(['only'])
c.columnize([])
c.columnize(['a' * 50, 'b' * 50], 80)
print(out.getvalue())
try:
    c.columnize(['a', 1])
except TypeError as e:
    print('TypeError', e)
print(c.onecmd('nothing here'), repr(c.lastcmd))
c.cmdqueue.extend(['help', 'nothing', 'EOF'])
print(c.onecmd(c.cmdqueue.pop(0)))
