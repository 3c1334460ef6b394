# sys.stdout.buffer / stdin.buffer / stderr.buffer and their ordering with
# the text layer above them; sys.float_info, int_info, hash_info.
import sys

print('a')
sys.stdout.buffer.write(b'b\n')   # binary layer: out before buffered text
print('c')
sys.stdout.flush()
sys.stdout.buffer.write(b'd\n')
print('e')
print(sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer)
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.name)
print(sys.stdout.buffer is sys.stdout.buffer)
n = sys.stdout.buffer.write("héllo wörld\n".encode())
print(n)
sys.stdout.buffer.write(bytes(range(200, 210)) + b"\n")
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.flush()
sys.stdout.flush()

print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[2],
      len(sys.float_info))
print(sys.float_info.max * 2, sys.float_info.min / 2 > 0)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 > 1.0)
mant, dig = sys.float_info.mant_dig, sys.float_info.dig
print(mant, dig, 2.0 ** mant + 1 == 2.0 ** mant)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.cutoff, h.hash_bits)
print(h.modulus == 2**61 - 1, hash(2**61) == 1, hash(float('inf')) == h.inf)
print(hash(h.modulus + 5) == 5, hash(-(h.modulus + 5)) == -5)
print(type(sys.float_info).__name__, isinstance(sys.int_info, tuple))
print(sys.int_info.default_max_str_digits == sys.get_int_max_str_digits())
mx, *rest = sys.float_info
print(mx, len(rest))
try:
    sys.float_info.max = 1.0
except AttributeError as e:
    print("AttributeError")

data = sys.stdin.buffer.read()
print(type(data), len(data), data)
print(data.decode('utf-8', 'replace').splitlines())
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
sys.stderr.write("text err\n")
sys.stderr.flush()
sys.stderr.buffer.write(b"binary err\n")
sys.stderr.buffer.flush()
