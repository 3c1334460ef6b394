# CPython's "Exception in thread NAME:" report for exceptions escaping a
# thread: the frames that ran, position markers, chained exceptions, a
# Thread subclass's run() and a lambda target. The main thread goes on.
import threading


def convert(values):
    try:
        return [int(v) for v in values]
    except ValueError as e:
        raise TypeError("bad values: %r" % (values,)) from e


def worker(values):
    total = sum(convert(values)) / len(values)
    return total


class Job(threading.Thread):
    def __init__(self, data):
        threading.Thread.__init__(self, name="job-thread")
        self.data = data

    def run(self):
        self.result = self.data["missing"] + 1


threads = [
    threading.Thread(target=worker, args=(["1", "x"],), name="convert"),
    threading.Thread(target=worker, args=([],), name="empty"),
    Job({}),
    threading.Thread(target=lambda: [1, 2][worker(["4"]) + 5]),
]
for t in threads:
    t.start()
    t.join()
    print(t.name, "alive:", t.is_alive())
print("main thread done")
