# The string module: constants, capwords, Template.
import string

print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation))
print(len(string.printable), string.printable[:20])
print(string.capwords("  hello   wORLD of  python "))
print(string.capwords("a-b-c", "-"))

t = string.Template("$who likes ${what}; costs $$5 ${who}x")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
print(string.Template("$a$b c").substitute(a=1, b=[2]))

try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

for bad in ["x $ y", "line1\nab ${1x}", "$"]:
    tt = string.Template(bad)
    print(tt.is_valid(), repr(tt.safe_substitute()))
    try:
        tt.substitute()
    except ValueError as e:
        print("ValueError", e)

class Pct(string.Template):
    delimiter = "%"

print(Pct("%x and %%").substitute(x=5))
