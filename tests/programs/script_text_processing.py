# Text processing: word frequencies with re and Counter, unicode case
# folding and normalisation-free comparisons, a simple tokenizer with
# re.finditer and named groups, sentence splitting, templated reports,
# str methods (partition, translate, expandtabs, zfill, center), and a
# Caesar/ROT13 round trip through codecs.
import codecs
import re
import string
from collections import Counter, defaultdict
from itertools import groupby

TEXT = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness... It was the epoch of belief! Was it?
Straße, STRASSE and strasse: Ünïcödé wörds — “quoted” and ‘single’ — e-mail x@y.org,
numbers 3.14, -42, 1e10 and 1,000,000. Tabs\there\tand there."""

words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", TEXT)
print(len(words), words[:8])
freq = Counter(w.casefold() for w in words)
print(freq.most_common(6))
print(sorted(w for w, n in freq.items() if n == 1)[:10])
print('strasse forms:', sorted({w for w in words if w.casefold() == 'strasse'}))
by_len = defaultdict(list)
for w in sorted(set(map(str.lower, words))):
    by_len[len(w)].append(w)
print({k: v[:3] for k, v in sorted(by_len.items()) if k >= 7})
print([(k, len(list(g))) for k, g in groupby(sorted(len(w) for w in words))][:6])

TOKEN = re.compile(r"""
    (?P<NUMBER>-?\d+(?:,\d{3})*(?:\.\d+)?(?:e\d+)?)
  | (?P<EMAIL>[\w.]+@[\w.]+\w)
  | (?P<WORD>\w+(?:-\w+)*)
  | (?P<PUNCT>[.,;:!?…—“”‘’-]+)
  | (?P<SPACE>\s+)
""", re.VERBOSE)
kinds = Counter()
samples = defaultdict(list)
for m in TOKEN.finditer(TEXT):
    kind = m.lastgroup
    kinds[kind] += 1
    if kind != 'SPACE' and len(samples[kind]) < 4:
        samples[kind].append(m.group())
print(dict(kinds), dict(samples))

sentences = [s.strip() for s in re.split(r'(?<=[.!?])\s+', TEXT.replace('\n', ' ')) if s.strip()]
for s in sentences[:4]:
    print(f'{len(s):3d} | {s[:50]}{"..." if len(s) > 50 else ""}')
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
print(re.sub(r'(?i)it was', 'twas', TEXT.splitlines()[0]), re.subn(r'\s+', ' ', '  a \t b\n\nc ')[::-1])
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.escape('1+1=2? (yes)'), re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None)
m = re.search(r'(?P<user>[\w.]+)@(?P<host>[\w.]+)', TEXT)
print(m.group('user'), m.group('host'), m.span(), m.groupdict(), m.expand(r'\g<host> <- \1'))

table = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'Ü': 'Ue'})
print('Ünïcödé Straße Grüße'.translate(table), 'hello world'.translate(str.maketrans('lo', '01', 'h')))
print('a\tb\tc'.expandtabs(4), '42'.zfill(6), '-7'.zfill(4), 'title'.center(11, '*'), 'x'.ljust(3, '.') + '|')
print('key=value=more'.partition('='), 'a.b.c'.rpartition('.'), 'no sep'.partition(':'))
print('ﬁne'.upper(), 'İstanbul'.lower(), 'ǅ'.swapcase(), 'ß'.upper(), 'ΣΑΣ'.lower(), 'straße'.casefold())
print('Hello World'.swapcase(), 'hello   world'.split(), 'a,b,,c'.split(','), 'line1\r\nline2\rline3\n'.splitlines())
print(' '.join(reversed('one two three'.split())), 'abc'[::-1], 'Mississippi'.count('ss'), 'banana'.rfind('an'))
print(string.capwords('the   cat sat'), '{:^10}|{:>6.2%}|{:+,d}'.format('mid', 0.256, 1234567))
secret = codecs.encode('Meet me at midnight', 'rot13')
print(secret, codecs.decode(secret, 'rot13'))

def caesar(s, k):
    shift = lambda c, base: chr((ord(c) - base + k) % 26 + base)
    return ''.join(shift(c, 65) if c.isupper() else shift(c, 97) if c.islower() else c for c in s)
print(caesar('Hello, World!', 3), caesar(caesar('Hello, World!', 3), -3))
report = string.Template('$n words, $u unique, top: $top')
print(report.substitute(n=len(words), u=len(freq), top=', '.join(w for w, _ in freq.most_common(3))))
print(ascii('naïve café'), 'naïve café'.encode('ascii', 'xmlcharrefreplace'), len('👍🏽'), '👍🏽'.encode('utf-16-le').hex())
