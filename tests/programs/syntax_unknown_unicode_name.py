# An unknown \N{} name is a SyntaxError naming the position.
x = "ok"
y = "a\N{NOT A REAL CHARACTER NAME}b"
