# int() and float() accept Unicode decimal digits and whitespace (mapped to ASCII); other characters still fail with the original text in the message.
print(int('١٢'), int('\u0663\u0664', 16), int('\u2003 7 \u2003'), float('١.٥'), int('𝟗𝟖'), float('\u3000 2.5e1 '))
for s in ['１２３', 'x١', '١_٢', '٣.٥', '²']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(e)
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(e)
