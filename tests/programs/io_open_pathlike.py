# open() takes os.PathLike objects (their __fspath__ result is the name) and
# bytes paths; bad paths and bad __fspath__ results are TypeErrors.
import pathlib, os
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
class Bad:
    def __fspath__(self): return 42
f = open(pathlib.Path('/etc/hostname')); print(repr(f.name), f); f.close()
f = open(P('/etc/hostname')); print(repr(f.name)); f.close()
f = open(b'/etc/hostname', 'rb'); print(repr(f.name), f); f.close()
for x in [3.5, Bad(), None, [1]]:
    try: open(x)
    except TypeError as e: print(e)
try: open(pathlib.Path('/nonexist'))
except OSError as e: print(repr(e.filename), e)
