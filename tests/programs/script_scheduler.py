# A job scheduler: a heapq priority queue of timed jobs with datetime
# arithmetic, bisect for calendar slots and percentile buckets,
# dataclass ordering, and a simulated clock.
import bisect
import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta, date, time


@dataclass(order=True)
class Job:
    run_at: datetime
    priority: int
    seq: int = field(compare=True)
    name: str = field(compare=False)
    every: timedelta = field(default=None, compare=False)


counter = itertools.count()
start = datetime(2024, 3, 9, 23, 30)
queue = []


def schedule(name, delay, priority=5, every=None):
    heapq.heappush(queue, Job(start + delay, priority, next(counter), name, every))


schedule('backup', timedelta(hours=2), 1, every=timedelta(hours=6))
schedule('report', timedelta(minutes=45), 3)
schedule('cleanup', timedelta(minutes=45), 2)
schedule('heartbeat', timedelta(minutes=15), 9, every=timedelta(minutes=40))
schedule('rollover', timedelta(days=1, seconds=-1), 4)

ran = []
now = start
while queue and len(ran) < 14:
    job = heapq.heappop(queue)
    now = job.run_at
    ran.append(job.name)
    print(f"{now:%a %d %b %H:%M:%S} p{job.priority} {job.name:<9} (+{now - start})")
    if job.every:
        heapq.heappush(queue, Job(now + job.every, job.priority, next(counter), job.name, job.every))
print(len(queue), 'left; next:', queue[0].name, queue[0].run_at.isoformat())
print(heapq.nsmallest(3, [j.run_at for j in queue]), [j.name for j in heapq.nlargest(2, queue)])

merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged, list(heapq.merge(['b', 'a'], ['c'], key=str.upper, reverse=True)))
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)

slots = [time(9), time(10, 30), time(12), time(13, 30), time(15), time(16, 30)]
for t in [time(8, 59), time(9), time(11), time(16, 31), time(12, 0, 1)]:
    i = bisect.bisect_right(slots, t)
    nxt = slots[i] if i < len(slots) else None
    print(t, '-> next slot', nxt, 'index', i, bisect.bisect_left(slots, t))

latencies = sorted([12, 45, 7, 130, 88, 23, 56, 9, 310, 41, 67, 19])
def percentile(p):
    k = max(0, min(len(latencies) - 1, round(p / 100 * len(latencies)) - 1))
    return latencies[k]
print({p: percentile(p) for p in (50, 90, 99)})
grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in (33, 60, 77, 89, 90, 100)])
records = [('alice', 31), ('bob', 25), ('carol', 47)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
bisect.insort(ages, 30)
bisect.insort_left(records, ('dave', 30), key=lambda r: r[1])
print(ages, records, bisect.bisect_left(records, 31, key=lambda r: r[1]))

d = date(2024, 1, 31)
for months in range(1, 5):
    y, m = divmod(d.month - 1 + months, 12)
    target = date(d.year + y, m + 1, 1)
    last = (target.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    print(months, min(d.replace(year=target.year, month=target.month, day=1).replace(day=min(d.day, last.day)), last))
deadline = datetime(2024, 12, 31, 17, 0)
delta = deadline - start
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // timedelta(hours=1), delta % timedelta(days=7))
print(timedelta(weeks=1, days=-1, hours=25, minutes=-1, microseconds=1500), -timedelta(hours=1), timedelta(0.5) * 3, timedelta(days=1) / 3)
business = 0
day = date(2024, 3, 1)
while day < date(2024, 4, 1):
    business += day.weekday() < 5
    day += timedelta(days=1)
print('business days in March 2024:', business)
