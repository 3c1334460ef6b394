# Checksumming a file in chunks with hashlib, as scripts do.
import hashlib
import os
p = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_hash_" + str(os.getpid()) + ".bin")
with open(p, "wb") as f:
    for i in range(200):
        f.write(("row %d\n" % i).encode())
sha = hashlib.sha256()
md5 = hashlib.new("md5")
with open(p, "rb") as f:
    while True:
        block = f.read(1000)
        if not block:
            break
        sha.update(block)
        md5.update(block)
print(sha.hexdigest())
print(md5.hexdigest(), md5.digest()[:4])
with open(p, "rb") as f:
    print(hashlib.sha256(f.read()).hexdigest() == sha.hexdigest())
print(hashlib.sha1("ünïcode".encode("utf-8")).hexdigest(), hashlib.blake2b(b"").hexdigest()[:16])
os.remove(p)
