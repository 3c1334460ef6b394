# tokenize and token: CPython 3.11's token stream (types, strings,
# positions, lines), exact types, encodings and untokenize.
import io
import token
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a, b=2, *c, **d):\n    return a + b  # add\n\n\tpass\n",
    "if x:\n    y = [1,\n         2]  # c\n    z = {'a': (3)}\nelse:\n  w = 0x_ff + 1_000.5e-3j\n",
    "s = '''multi\nline''' + \"x\\\"y\" + r'raw\\n' + b'\\x00' + f'{a!r:>3}'\n",
    "a = 'cont\\\ninued'\nb = 1 \\\n    + 2\n",
    "# only a comment\n\n   # indented comment\nx\n",
    "no_newline_at_end",
    "x = 1 # trailing",
    "@dec\nclass C: ...\nprint(a @ b, a ** -b // c, x -> y, a := b, a != b, a <> b)\n",
    "€uro = 3 $ ? `x`\n",
    "if a:\n    b\n  c\n",
    "x = (1,\n",
    "s = '''never closed\n",
    "lambda: 0.5 .5 5. 5e3 0o17 0b101 1j 1e-2J 0_0 1__2\n",
    "\r\nx = 1\r\n",
    "async def g():\n    await x\n",
    "x\n   ",
    "if a:\n    b\n   ",
    "",
    "f(**{'a': 1}, *[2])[0].b\n",
]
for src in SOURCES:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
            if tok.type == token.OP:
                print('   exact:', token.tok_name[tok.exact_type])
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

data = b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
for t in toks:
    print(t)
print(tokenize.untokenize(toks))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# coding=utf_8\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
for bad in [b'# coding: nonsense\n', b'\xef\xbb\xbf# coding: latin-1\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)
src = "def f(x):\n    return  x *2 # c\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
print(token.tok_name[token.NAME], token.ISTERMINAL(token.NAME),
      token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.N_TOKENS,
      token.EXACT_TOKEN_TYPES['**='], len(token.tok_name), token.NT_OFFSET)
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n').exact_type,
      tokenize.TokenInfo(54, '(', (1, 0), (1, 1), '(').exact_type)
print(sorted(tokenize.__all__) == sorted(token.__all__ + [
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
    'TokenInfo']))
with tokenize.open(__file__) as f:
    print(f.encoding, f.readline().rstrip())
