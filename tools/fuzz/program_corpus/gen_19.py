#~
try:
    try:
        raise ValueError('{}')
    finally:
        print("inner finally")
except (ValueError, KeyError) as e901:
    print("got", type(e901).__name__, e901.args)
except Exception as e901:
    print("other", type(e901).__name__)
#~
raw310 = [-2, 0, 2, 13, 12345678901234567890123, 5][:8]
bs310 = bytes(raw310) if all(0 <= v < 256 for v in raw310) else b"ab"
ba310 = bytearray(bs310) + b"310"
ba310[0:1] = b"Z"
print(bs310.hex(), ba310, bs310.decode("latin-1"), ba310.find(b"310"))
#~
T231 = type("T231", (object,), {"a": 255, "f": lambda self: self.a / 1})
o231 = T231()
setattr(o231, "b", 10)
print(o231.f(), getattr(o231, "b"), hasattr(o231, "zz"), isinstance(o231, T231), sorted(vars(o231)))
print(type(False).__name__, callable(o231.f), eval("4 / 2"))
