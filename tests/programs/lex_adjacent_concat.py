# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s, len(s))
t = ("line one "
     "line two "
     'line three')
print(t)
print("a" r"\n" "b")
x = 7
print("value: " f"{x}" " end")
print(repr("" ""))
