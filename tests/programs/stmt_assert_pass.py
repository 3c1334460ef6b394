# assert that holds is silent; failing assert caught and inspected.
assert True
assert 1 == 1, "not shown"
x = [1, 2]
assert x, "non-empty"
try:
    assert len(x) == 3, "length is " + str(len(x))
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("plain:", repr(e), e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args[0] + 1)
print("end")
