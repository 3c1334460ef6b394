# signal constants are IntEnum members: ints everywhere, enum reprs.
import signal
print(signal.SIGINT, repr(signal.SIGINT), signal.SIGINT == 2, signal.SIGINT + 1, [signal.SIGTERM])
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIGIOT), repr(signal.NSIG), repr(signal.SIG_BLOCK))
print(signal.SIGINT.name, signal.SIGINT.value, signal.Signals(15), repr(signal.Signals(15)), signal.Signals(10).name)
print(f"{signal.SIGINT!r} {signal.SIGINT} {signal.SIGINT:>4}", "%r %d %s" % (signal.SIGTERM, signal.SIGTERM, signal.SIGTERM))
print(repr(+signal.SIGINT), repr(int(signal.SIGINT)), repr(abs(signal.SIGINT)), repr(max(signal.SIGINT, 1)), repr(signal.SIGINT * 1))
print({signal.SIGINT: "int"}, {2: "two"}[signal.SIGINT], sorted([signal.SIGTERM, signal.SIGINT]), hash(signal.SIGINT))
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGINT)))
def handler(signum, frame):
    print("handler got", repr(signum), signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), old is signal.SIG_DFL, old == 0)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)).startswith("<function handler"))
print(repr(signal.getsignal(signal.SIGUSR1)), signal.getsignal(signal.SIGUSR1))
try:
    signal.Signals(1000)
except ValueError as e:
    print(e)
