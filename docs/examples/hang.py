# Hang detection: two workers take two locks in opposite orders and
# deadlock. watch_progress names the first thread that stopped making
# progress, and every header says what its thread waits for, and since when.
#   interp docs/examples/hang.py
import faulthandler
import threading
import time

faulthandler.watch_progress(2.0, exit=True)
accounts = threading.Lock()
ledger = threading.Lock()


def transfer():
    with accounts:
        time.sleep(0.1)
        with ledger:
            pass


def audit():
    with ledger:
        time.sleep(0.1)
        with accounts:
            pass


workers = [threading.Thread(target=transfer, name="transfer"),
           threading.Thread(target=audit, name="audit")]
for w in workers:
    w.start()
for w in workers:
    w.join()
