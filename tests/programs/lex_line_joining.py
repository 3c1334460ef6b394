# Implicit joining inside brackets, explicit backslash continuation.
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",   # comment inside brackets
    "c",
]
print(items)
d = {
    "x": 1,
    "y": 2
}
print(d)
value = 10 + \
        20 + \
        30
print(value)
if value > 50 and \
   total == 6:
    print("both")
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
print((
    "nested"
))
