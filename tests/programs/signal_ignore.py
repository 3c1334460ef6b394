# SIG_IGN: raising an ignored signal does nothing.
import signal
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("still here", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGUSR1),
      int(signal.SIGUSR2), int(signal.SIGSEGV), int(signal.SIGFPE),
      int(signal.SIGABRT), int(signal.SIGBUS), int(signal.SIGILL),
      int(signal.SIGALRM))
