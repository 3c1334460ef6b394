# A first program: run it with the faulthandler on.
#   bazel-bin/interp/interp -X faulthandler examples/hello.py
#
# The main thread waits for a worker that is stuck; a watchdog armed with
# faulthandler.dump_traceback_later prints where every thread is, the way
# it would for a real hang, and then the program finishes normally.
import faulthandler
import threading
import time

release = threading.Event()


def fetch(name):
    release.wait()  # stuck until main gives up
    return f"hello {name}"


def worker():
    print(fetch("world"))


def main():
    counts = {}
    for word in "the quick brown fox jumps over the lazy dog".split():
        counts[word] = counts.get(word, 0) + 1
    print(sorted(counts.items())[:3], sum(counts.values()))

    t = threading.Thread(target=worker, name="worker-1")
    t.start()
    faulthandler.dump_traceback_later(0.25)
    t.join(timeout=0.5)
    faulthandler.cancel_dump_traceback_later()
    release.set()
    t.join()


main()
