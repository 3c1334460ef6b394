# Logging set up the way applications do it: a console handler on stderr
# with a short format, a file handler with a detailed format and its own
# level, a module logger hierarchy, exceptions with tracebacks, filters,
# LoggerAdapter, and reading the log file back (timestamps masked).
import io
import logging
import os
import re
import sys
import tempfile

tmp = tempfile.mkdtemp()
log_path = os.path.join(tmp, 'app.log')

root = logging.getLogger()
root.setLevel(logging.DEBUG)
console = logging.StreamHandler(sys.stderr)
console.setLevel(logging.WARNING)
console.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
file_handler = logging.FileHandler(log_path, mode='w', encoding='utf-8')
file_handler.setLevel(logging.DEBUG)
file_handler.setFormatter(logging.Formatter(
    '%(asctime)s [%(levelname)s] %(name)s.%(funcName)s:%(lineno)d %(message)s',
    datefmt='%Y-%m-%d %H:%M:%S'))
root.addHandler(console)
root.addHandler(file_handler)

log = logging.getLogger('app')
db = logging.getLogger('app.db')
net = logging.getLogger('app.net')
net.setLevel(logging.ERROR)


class RedactFilter(logging.Filter):
    def filter(self, record):
        record.msg = re.sub(r'password=\S+', 'password=***', str(record.msg))
        return True


db.addFilter(RedactFilter())


def connect(dsn):
    db.debug('connecting to %s', dsn)
    db.info('connected: password=hunter2 user=%s', 'admin')
    return {'dsn': dsn}


def fetch(n):
    log.info('fetching %d rows', n)
    net.warning('this warning is below the net logger level')
    net.error('timeout talking to %s:%d', 'example.com', 443)
    try:
        return 10 / (n - n)
    except ZeroDivisionError:
        log.exception('fetch failed for n=%d', n)
        return None


connect('postgres://localhost/app')
fetch(5)
log.warning('disk usage at %.1f%%', 93.456)
log.critical('shutting down: %s', {'reason': 'test'})
logging.warning('root logger warning')
adapter = logging.LoggerAdapter(log, {'request_id': 'abc123'})
adapter.warning('adapter message')
log.log(25, 'custom level 25')
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level with a name')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(logging.ERROR))
print(log.getEffectiveLevel(), net.getEffectiveLevel(), net.isEnabledFor(logging.WARNING),
      db.parent is log, log.parent is root, log.getChild('db') is db)
with_extra = logging.Formatter('%(levelname)s %(user)s %(message)s')
h = logging.StreamHandler(io.StringIO())
h.setFormatter(with_extra)
log.addHandler(h)
log.error('with extra', extra={'user': 'carol'})
log.removeHandler(h)
print(repr(h.stream.getvalue()))
fmt = logging.Formatter('{levelname}:{name}:{message}', style='{')
rec = logging.LogRecord('x.y', logging.INFO, '/src/mod.py', 42, 'hello %s', ('there',), None)
print(fmt.format(rec), rec.getMessage(), rec.module, rec.filename, rec.lineno, rec.levelno)
print(logging.Formatter('%(message)s|%(levelname)s').format(rec))
logging.disable(logging.CRITICAL)
log.critical('suppressed by disable')
logging.disable(logging.NOTSET)
file_handler.flush()

with open(log_path, encoding='utf-8') as f:
    for line in f:
        line = re.sub(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d', '<time>', line.rstrip('\n'))
        print(line)
logging.shutdown()
for h in list(root.handlers):
    root.removeHandler(h)
os.remove(log_path)
os.rmdir(tmp)
