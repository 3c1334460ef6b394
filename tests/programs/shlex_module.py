# shlex: split (posix and not, comments), quote, join, the shlex class with
# punctuation_chars, whitespace_split, push_token, errors.
import shlex

cases = [
    'ls -l "my file.txt" \'single q\' back\\ slash',
    'echo "a \\"quoted\\" word" \'it\'"\'"\'s\' end',
    'cmd --opt=val # a comment here',
    'a"b"c \'d\'e "" \'\' x',
    'echo "\\$HOME \\\\ \\n" \'\\n\'',
    '  leading   and trailing  ',
    'é ünïcode wörds "ß q"',
    'grep -E "^(a|b)$" file | sort > out.txt',
    '',
]
for c in cases:
    print(repr(c))
    print('  posix   :', shlex.split(c))
    print('  comments:', shlex.split(c, comments=True))
    print('  nonposix:', shlex.split(c, posix=False))
for bad in ['echo "unterminated', "it's", 'trailing \\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a;b', 'x=1,2:3/4.5-6@7%8+', 'tab\there', 'ü']:
    print(repr(s), '->', shlex.quote(s))
args = ['cp', 'my file', "it's", '--flag=$x', '']
j = shlex.join(args)
print(j, shlex.split(j) == args)

lex = shlex.shlex('a && b; (c || d) > f.txt 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b;c', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('foo bar "baz qux" 12.5 x=y', posix=False)
print(list(lex))
lex = shlex.shlex('one two\nthree # c\nfour', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is None:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex('x y')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(lex.error_leader(), lex.error_leader('f.cfg', 3))
print(shlex.shlex('a').punctuation_chars, repr(shlex.shlex('a', punctuation_chars=True).punctuation_chars))
