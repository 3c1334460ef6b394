# A log analyzer: parses access-log lines with re, aggregates with
# collections.Counter/defaultdict, buckets by hour with datetime, and
# prints a report with str.format alignment.
import re
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.1.11 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512 "-" "curl/8.0"
10.0.0.5 - - [10/Oct/2023:14:02:11 +0000] "GET /images/logo.png HTTP/1.1" 200 10240 "-" "Mozilla/5.0"
192.168.1.10 - - [10/Oct/2023:14:15:42 +0000] "GET /missing HTTP/1.1" 404 0 "-" "Mozilla/5.0"
172.16.0.3 - bob [10/Oct/2023:14:59:59 +0000] "DELETE /api/items/42 HTTP/1.1" 500 128 "-" "python-requests/2.31"
10.0.0.5 - - [10/Oct/2023:15:00:00 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
malformed line that should be skipped
192.168.1.11 - alice [10/Oct/2023:15:30:12 +0000] "GET /api/items?page=2&size=50 HTTP/1.1" 200 4096 "-" "curl/8.0"
10.0.0.7 - - [10/Oct/2023:16:45:00 +0000] "PUT /api/items/42 HTTP/2.0" 201 64 "-" "Go-http-client/2.0"
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "[^"]*" "(?P<agent>[^"]*)"')


def parse(lines):
    bad = 0
    for lineno, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            bad += 1
            print(f"skipping line {lineno}: {line[:30]!r}")
            continue
        rec = m.groupdict()
        rec['ts'] = datetime.strptime(rec['ts'], '%d/%b/%Y:%H:%M:%S %z')
        rec['status'] = int(rec['status'])
        rec['size'] = 0 if rec['size'] == '-' else int(rec['size'])
        yield rec
    if bad:
        print(f"{bad} malformed line(s)")


records = list(parse(LOG.splitlines()))
print(f"parsed {len(records)} records")

by_status = Counter(r['status'] for r in records)
by_ip = Counter(r['ip'] for r in records)
bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r['ip']] += r['size']

print("\nStatus codes:")
for status, n in sorted(by_status.items()):
    kind = {2: 'ok', 3: 'redirect', 4: 'client error', 5: 'server error'}[status // 100]
    print(f"  {status} {kind:<13} {n:>3} {'#' * n}")

print("\nTop clients:")
for ip, n in by_ip.most_common(3):
    print(f"  {ip:<15} {n:>2} requests {bytes_by_ip[ip]:>8,} bytes")

per_hour = OrderedDict()
for r in records:
    hour = r['ts'].replace(minute=0, second=0)
    per_hour.setdefault(hour, []).append(r)
print("\nPer hour:")
for hour, recs in per_hour.items():
    errors = sum(1 for r in recs if r['status'] >= 400)
    print(f"  {hour:%Y-%m-%d %H:%M} {len(recs)} req, {errors} err, "
          f"avg {sum(r['size'] for r in recs) / len(recs):.1f} B")

first, last = records[0]['ts'], records[-1]['ts']
span = last - first
print(f"\nspan: {span} ({span.total_seconds() / 3600:.2f} h), first {first.isoformat()}")
print("gaps over 30 min:")
for a, b in zip(records, records[1:]):
    if b['ts'] - a['ts'] > timedelta(minutes=30):
        print(f"  {a['ts'].time()} -> {b['ts'].time()} ({b['ts'] - a['ts']})")

paths = Counter(re.sub(r'\d+', ':id', r['path'].split('?')[0]) for r in records)
print("\nendpoints:", dict(sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))))
api = [r for r in records if r['path'].startswith('/api/')]
users = sorted({r['user'] for r in api if r['user'] != '-'})
print("api users:", ", ".join(users) or "(none)")
agents = Counter(re.match(r'[\w.-]+', r['agent']).group(0) for r in records)
print("agents:", agents.most_common())
queries = [dict(kv.split('=') for kv in r['path'].split('?', 1)[1].split('&'))
           for r in records if '?' in r['path']]
print("queries:", queries)
print("methods:", ' '.join(f'{m}={c}' for m, c in sorted(Counter(r['method'] for r in records).items())))
print("total:", sum(by_status.values()), (by_status + Counter({999: 1})).total(),
      (by_status - Counter({200: 1}))[200])
