# logging: hierarchy, levels, handlers, formatters, basicConfig, exception().
import logging
import os
import sys
import tempfile

log = logging.getLogger('app')
print(repr(log), repr(logging.getLogger()), logging.getLogger('root') is logging.root)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.parent is logging.root)
log.warning('no handlers yet: %s', 'last resort')
log.info('not shown')

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s')
print(repr(logging.root.handlers[0]))
log.debug('debug %d', 1)
log.info('info %s %s', 'a', 'b')
log.warning('warn')
log.error('error %(x)s', {'x': 'mapping'})
log.critical('critical')
log.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
log.log(25, 'named custom level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(99),
      logging.getLevelName(logging.WARN))
logging.info('module-level info')


def func():
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception('failed with %s', 'exception')
        log.error('also', exc_info=True)


func()

child = logging.getLogger('app.db.pool')
mid = logging.getLogger('app.db')
print(child.parent is mid, mid.parent is log, child.name, log.getChild('x').name)
mid.setLevel(logging.ERROR)
child.info('filtered by parent level')
child.error('passes')
print(child.getEffectiveLevel(), repr(child), repr(mid))

other = logging.getLogger('other')
other.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[{levelname:>8}] {name}: {message}', style='{'))
other.addHandler(h)
other.warning('brace style')
h.setLevel(logging.ERROR)
other.warning('below handler level')
other.error('at handler level')
print(other.hasHandlers(), logging.getLogger('nothing').hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


h.setLevel(logging.NOTSET)
h.addFilter(OnlyOdd())
for i in range(4):
    other.warning('n=%d', i)

d = tempfile.mkdtemp()
path = os.path.join(d, 'log.txt')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
flog = logging.getLogger('filelog')
flog.propagate = False
flog.setLevel(logging.INFO)
flog.addHandler(fh)
flog.info('line one')
flog.debug('dropped')
flog.warning('line two')
fh.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)

fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.LogRecord('n', logging.INFO, '/x/y.py', 7, 'hello %s', ('w',), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
print(fmt.format(rec)[4:], len(fmt.format(rec).split()[0]))
print(logging.Formatter().format(rec), logging.Formatter('%(message)s!').format(rec))
print(len(logging.Formatter('%(asctime)s').format(rec)))
try:
    logging.Formatter('no fields')
except ValueError as e:
    print('ValueError', e)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
logging.disable(logging.CRITICAL)
log.critical('disabled')
logging.disable(logging.NOTSET)
log.critical('enabled again')
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.FATAL, logging.WARN, logging.BASIC_FORMAT)
