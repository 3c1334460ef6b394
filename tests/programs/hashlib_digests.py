# hashlib over OpenSSL: md5, sha1, sha2, sha3, blake2, shake; new(name),
# update/digest/hexdigest/copy, name/digest_size/block_size, errors.
import hashlib
h = hashlib.sha256(b'abc')
print(h.name, h.digest_size, h.block_size, h.hexdigest())
for n in ['md5', 'sha1', 'sha224', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256']:
    h = hashlib.new(n, b'x')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(8) if n.startswith('shake') else h.hexdigest())
print(hashlib.new('SHA256').name, hashlib.shake_128(b'a').hexdigest(4), hashlib.shake_256(b'a').digest(3))
for bad in [lambda: hashlib.new('foo'), lambda: hashlib.md5('x'), lambda: hashlib.md5().update('x'), lambda: hashlib.shake_128().hexdigest()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available & hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(string=b'a').hexdigest(), type(hashlib.md5()).__name__, hashlib.new('md5', usedforsecurity=False).name)
a = hashlib.sha1(b'hello ')
b = a.copy()
b.update(b'world')
print(a.hexdigest(), b.hexdigest(), a.digest() == hashlib.sha1(b'hello ').digest())
m = hashlib.md5()
for i in range(1000):
    m.update(str(i).encode())
print(m.hexdigest(), hashlib.sha512(bytearray(b'q' * 100000)).hexdigest()[:32])
