import re
p = re.compile(rb'(\w+)=(\d+)')
print(p, p.pattern, p.flags, p.groups)
data = b'alpha=1 beta=22 \xe9t\xe9=3'
print(p.findall(data))
m = p.search(data)
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.string is data, m.groupdict())
print([x.group() for x in p.finditer(data)])
print(p.sub(rb'\2:\1', data), p.subn(b'X', data))
print(re.sub(rb'\d', lambda m: b'<' + m.group() + b'>', b'a1b22'))
print(re.split(rb'[,;]\s*', b'a, b;c'), re.split(rb'(,)', b'x,y'))
print(re.match(rb'(?i)HELLO', b'hello world'), re.fullmatch(b'ab+', b'abbb'))
print(re.escape(b'a.b*c\x00'), re.escape('a.b'))
print(re.search(rb'\xe9+', b'caf\xe9\xe9!').group(), re.findall(rb'[\x80-\xff]', b'a\xffb\x80'))
print(re.compile(b'\\s+', re.ASCII), re.compile(b'x', re.I | re.M))
print(re.match(rb'\w+', b'\xe9abc'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.findall(rb'.', bytearray(b'ab')), re.search(b'b', bytearray(b'abc')).group())
for bad in [lambda: re.search(b'a', 'a'), lambda: re.search('a', b'a'), lambda: re.compile(b'a', re.U),
            lambda: re.sub(b'a', 'x', b'aaa'), lambda: re.sub(b'a', lambda m: 'x', b'a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = re.match(rb'(?P<k>\w+):(?P<v>\w*)', b'key:')
print(m.expand(rb'\g<v>|\g<k>'), m['k'], m.lastgroup, m.groupdict(b'?'))
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
print(blank_re.match(b'   # comment'), blank_re)
import struct
rec = re.compile(rb'\x01(?P<len>.)(?P<body>.*?)\x02', re.S)
print([(len(m['body']), m['body']) for m in rec.finditer(b'\x01\x03abc\x02\x01\x00\x02')])
