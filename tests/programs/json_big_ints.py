# json: ints beyond 64 bits dump and load exactly; the 4300-digit limit on
# int conversion applies; bytes are not serializable.
import json
import sys

values = [2**63, -(2**63) - 1, 2**64, 2**64 - 1, 10**40, -(3**100), 2**1000]
text = json.dumps(values)
print(text)
print(json.loads(text) == values, [type(v).__name__ for v in json.loads(text)])
print(json.dumps({2**70: 'k', -(2**65): [2**65]}, sort_keys=True))
print(json.dumps({10**30: 1, 5: 2}, sort_keys=True, indent=1))
print(json.loads('{"a": 123456789012345678901234567890, "b": -98765432109876543210}'))
print(json.loads('[9223372036854775807, 9223372036854775808, -9223372036854775808, -9223372036854775809]'))
print(json.loads('1' * 4300) % 997, json.loads('-' + '9' * 4300) % 997)
print(json.loads('12345678901234567890123', parse_int=str))
print(json.loads('[1e400, 123456789012345678901234567890.5]'))
for bad in ['1' * 5000, '[' + '7' * 4301 + ']', '-' + '1' * 4301]:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(json.loads('1' * 5000) % 1009, len(json.dumps(10**5000)))
sys.set_int_max_str_digits(4300)
for bad in [b'bytes', [bytearray(b'x')], {'k': b'v'}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({b'key': 1})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({b'key': 1, 'ok': 2}, skipkeys=True))
print(json.dumps(b'x', default=lambda o: o.decode()), json.dumps(2**80, indent=2))
print(json.loads(b'{"big": 18446744073709551616}'), json.loads(bytearray(b'[2]')))
