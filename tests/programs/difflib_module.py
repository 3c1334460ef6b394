# difflib: SequenceMatcher (blocks, opcodes, grouped opcodes, ratios, junk,
# autojunk), unified/context diffs, ndiff with intraline '?' marks,
# restore, get_close_matches and the errors.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%r) b[%d:%d] (%r)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a = list(range(300)) + [1] * 5
b = [1] * 50 + list(range(300))
for aj in (True, False):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, len(sm.bpopular), sm.get_opcodes()[:3], round(sm.ratio(), 4))
sm = difflib.SequenceMatcher(None, 'abc', 'abc')
print(list(sm.get_grouped_opcodes()), difflib.SequenceMatcher(None, '', '').ratio())
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
sm = difflib.SequenceMatcher(None, 'x' * 20 + 'ab' + 'y' * 20, 'x' * 20 + 'cd' + 'y' * 20)
print(list(sm.get_grouped_opcodes(2)))
sm.set_seq1('hello'); sm.set_seq2('hallo')
print(sm.get_opcodes(), sm.ratio())

old = """import sys
def main():
    print("hello world")
    x = 1
    y = 2
    return x + y

class Foo:
    pass
# end
""".splitlines(keepends=True)
new = """import sys
import os
def main():
    print("hello, world!")
    x = 1
    y = 3
    return x + y

class Foo:
    value = 42
""".splitlines(keepends=True)
print(''.join(difflib.unified_diff(old, new, 'a/prog.py', 'b/prog.py')), end='')
print(''.join(difflib.unified_diff(old, new, 'old', 'new', '2024-01-01', '2024-01-02', n=1)), end='')
print('\n'.join(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(''.join(difflib.context_diff(old, new, 'a/prog.py', 'b/prog.py')), end='')
print(list(difflib.unified_diff(['x\n'], ['x\n'])), list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['a\n', 'b\n'], [])))
delta = list(difflib.ndiff(old, new))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)) == ''.join(old), ''.join(difflib.restore(delta, 2)) == ''.join(new))
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
print(''.join(difflib.ndiff(['\tindented line here\n'], ['\tindented lines here\n'])), end='')
print(list(difflib.ndiff(['abcdefghij\n'], ['zyxwvutsrq\n'])))
d = difflib.Differ()
print(list(d.compare(['same\n', 'aaa bbb ccc\n', 'gone\n'], ['same\n', 'aaa bxb ccc\n', 'new one\n', 'more\n'])))
words = ['apple', 'ape', 'apply', 'peach', 'puppy', 'appel', 'applet', 'maple']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('appel', words, n=5, cutoff=0.3))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'whee', 'wheels']))
print(difflib.get_close_matches('zzz', words))
for kw in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', words, **kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError:', e)
for args in [([1], ['a']), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError:', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('x\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
text1 = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12).split()
text2 = list(text1)
text2[5:8] = ['changed', 'words']
text2.insert(40, 'inserted')
del text2[70]
sm = difflib.SequenceMatcher(None, text1, text2)
print(sm.get_opcodes(), round(sm.ratio(), 5))
