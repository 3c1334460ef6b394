# logging.handlers: size rotation, memory buffering, queue hand-off.
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'app.log')
    log = logging.getLogger('rot')
    log.setLevel(logging.DEBUG)
    h = logging.handlers.RotatingFileHandler(path, maxBytes=60,
                                             backupCount=2)
    h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
    log.addHandler(h)
    for i in range(12):
        log.info('message number %d', i)
    h.close()
    log.removeHandler(h)
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, f.read().splitlines())

    tpath = os.path.join(d, 'timed.log')
    th = logging.handlers.TimedRotatingFileHandler(tpath, when='midnight',
                                                   backupCount=3)
    print(th.when, th.interval, th.suffix, th.rolloverAt > 0)
    th.close()
    for bad in ('X', 'W7', 'W'):
        try:
            logging.handlers.TimedRotatingFileHandler(tpath, when=bad)
        except ValueError as e:
            print('ValueError', e)

    wpath = os.path.join(d, 'watched.log')
    wh = logging.handlers.WatchedFileHandler(wpath)
    wl = logging.getLogger('watched')
    wl.addHandler(wh)
    wl.warning('first')
    os.rename(wpath, wpath + '.old')
    wl.warning('second')
    wh.close()
    print(open(wpath).read(), open(wpath + '.old').read(), end='')

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target: %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR,
                                     target=target)
ml = logging.getLogger('mem')
ml.setLevel(logging.DEBUG)
ml.addHandler(mem)
ml.info('one')
ml.info('two')
print('buffered', len(mem.buffer))
ml.info('three')
print('after capacity', len(mem.buffer))
ml.info('four')
ml.error('five')
ml.info('six')
mem.close()

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('q')
ql.addHandler(qh)
ql.warning('queued %s', 'arg')
rec = q.get_nowait()
print(rec.msg, rec.args, rec.getMessage())
listener = logging.handlers.QueueListener(q, target)
listener.start()
ql.warning('through the listener')
ql.error('and another')
listener.stop()
print('stopped')
