"""An event scheduler: events run at given times, by priority.

A scheduler takes a clock (`timefunc`) and a way to wait (`delayfunc`);
with time.monotonic and time.sleep (the defaults) it schedules in real
time, with a simulated clock it runs as fast as the events allow. Events
are named tuples (time, priority, sequence, action, argument, kwargs);
lower priorities run first at equal times, then the order of entry.
"""

import heapq
import itertools
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple("Event",
                   "time, priority, sequence, action, argument, kwargs")

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(),
                 kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at absolute `time`;
        returns the event, which cancel() accepts."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Like enterabs(), `delay` after the current time."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Removes a scheduled event (ValueError when it is not queued)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events in order until none is left. Without
        `blocking`, runs those that are due and returns the time until
        the next one (None when none is left)."""
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                first = queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            # Lets other threads run between events, as CPython does.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events in the order they will run."""
        with self._lock:
            return sorted(self._queue)
