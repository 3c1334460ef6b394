# Every literal form: int bases and separators, floats, escapes, raw/triple/adjacent strings, line joining.
print(0x1F, 0o17, 0b1010, 1_000_000, 0x_ff, 0O7, 0B1, 0XAB)
print(1.5, 1e-3, .5, 5., 1_0.0_1, 1E5, 0e0, 00, 0.0)
print('a\nb', "q\"q", 'x\'y', '\x41\u00e9\U0001F600\0', '\\', '\a\b\f\v\r'.encode() if False else 1)
print(repr('\a\b\f\v\r\t\n\x00\x7f\x80\u200b'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(r'\n\t', r"\"", R'x\y')
print('''a
b''', """c'd""")
print('ab' 'cd' "ef")
print(f'{1+1}' 'x' f"{'y'}")
print('\101\60', '\1')
print(repr('\u00e9\u4e2d\U0001F600'), ascii('é') if False else '')
x = 'line1\
line2'
print(x)
print(1 + \
   2)
print(0xFFFFFFFFFFFF, -9223372036854775808, 9223372036854775807)
print(1e308*10, -1e308*10, 1e-320)
print(.1e1, 1.e2, 3.14_15)
