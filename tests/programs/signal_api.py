# signal constants, signal(), getsignal(), SIG_DFL, SIG_IGN, raise_signal.
import signal

names = ["SIGINT", "SIGTERM", "SIGUSR1", "SIGUSR2", "SIGSEGV", "SIGFPE",
         "SIGABRT", "SIGBUS", "SIGILL", "SIGALRM"]
for n in names:
    print(n, getattr(signal, n) + 0, getattr(signal, n) == int(getattr(signal, n)))
print(signal.SIG_DFL == 0, signal.SIG_IGN == 1)
print(signal.SIG_DFL + 0, signal.SIG_IGN + 0)
print(len(set([getattr(signal, n) for n in names])))

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)

got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum == signal.SIGUSR1)

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))

old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(old is handler, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored", len(got))
old = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(old == signal.SIG_IGN, signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, signum, frame):
        self.n += 1
    def method(self, signum, frame):
        self.n += 100

c = Counter()
signal.signal(signal.SIGUSR2, c)
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, c.method)
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, lambda s, f: print("lambda got", s == signal.SIGUSR2))
signal.raise_signal(signal.SIGUSR2)
print(c.n)

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print(got[-1] == signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)
signal.signal(signal.SIGALRM, handler)
signal.raise_signal(signal.SIGALRM)
print(got[-1] == signal.SIGALRM)
