# A signal with the default action kills the process: status is death by SIGTERM.
import signal
print("raising SIGTERM", flush=True)
signal.raise_signal(signal.SIGTERM)
print("never printed")
