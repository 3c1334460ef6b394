# Text formatting the way report scripts do it: textwrap (wrap, fill,
# shorten, dedent, indent, TextWrapper options), pprint of nested data
# (width, depth, sort_dicts, compact), string.Template, str.format specs.
import pprint
import string
import textwrap

ABSTRACT = ("Interpreters for dynamic languages spend much of their time in "
            "dispatch, attribute lookup and memory management. This report "
            "measures each of them on a set of realistic programs and "
            "proposes inline caches, a precise collector and register-based "
            "bytecode as remedies; the results show a 2-5x improvement.")

print(textwrap.fill(ABSTRACT, width=60))
print()
for line in textwrap.wrap(ABSTRACT, width=40, initial_indent='* ', subsequent_indent='  ',
                          max_lines=4, placeholder=' [...]'):
    print(line)
print(textwrap.shorten(ABSTRACT, width=70))
print(textwrap.shorten("Hello  world!", width=12), '|', textwrap.shorten("Hello world!", 11, placeholder='~'))
code = """
    def f(x):
        if x:
            return 1
        return 0
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc", '> '), textwrap.indent("a\n\nb", '+', lambda line: True), sep='\n')
w = textwrap.TextWrapper(width=30, break_long_words=False, break_on_hyphens=False, expand_tabs=True,
                         tabsize=4, replace_whitespace=True, drop_whitespace=True, fix_sentence_endings=True)
print(w.wrap("A supercalifragilisticexpialidocious-word and\ttabs. Another sentence.  And a well-known fact."))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("one two three four five six seven eight nine ten", 12, break_long_words=True))

data = {
    'name': 'interp', 'version': (0, 1, 0),
    'modules': ['json', 're', 'collections', 'itertools', 'functools', 'datetime', 'argparse', 'logging'],
    'benchmarks': {'fib': {'interp': 1.21, 'cpython': 1.93}, 'nbody': {'interp': 2.5, 'cpython': 3.1},
                   'json_loads': {'interp': 0.4, 'cpython': 0.45}},
    'nested': [[1, [2, [3, [4, [5]]]]], {'a': {'b': {'c': {'d': 1}}}}],
    'empty': {}, 'unicode': 'café ☕', 'none': None, 'flags': {True, False},
}
pprint.pprint(data)
pprint.pprint(data, width=50, depth=2)
pprint.pprint(data['modules'], compact=True, width=40)
pprint.pprint(data['benchmarks'], sort_dicts=False, indent=2)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat(('a' * 30, 'b' * 30, ('c' * 30,)), width=40))
print(pprint.pformat('x' * 100, width=40))
print(pprint.saferepr({'k': [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(r)), pprint.isrecursive(r))

t = string.Template('$who likes ${what}; cost: $$${cost}')
print(t.substitute(who='tim', what='kung pao', cost=5))
print(t.safe_substitute(who='tim'))
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$1bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.capwords('hello   wide  world'), string.ascii_letters[:5], string.punctuation[:8])

rows = [('apples', 3, 0.5), ('kiwis', 12, 0.25), ('watermelons', 1, 3.999)]
print(f"{'item':<12}|{'qty':^5}|{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<12.10}|{qty:^5d}|{price:>8.2f}")
print('{:,} {:_} {:.3e} {:+.1%} {:#x} {:#o} {:08.3f} {:>+10}'.format(1234567, 1234567, 12345.678, 0.1234, 255, 8, 3.14159, 42))
print('{0!r:>10} {0!s:<10}| {1[0]} {2[k]} {3.real}'.format('hi', [9], {'k': 'v'}, 5))
print('%-10s|%5.1f|%03d|%x|%r' % ('left', 2.25, 7, 255, 'q'))
