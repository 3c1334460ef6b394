# logging to stderr: module-level calls configure a root handler with
# BASIC_FORMAT; exception() prints the traceback.
import logging

logging.warning('watch out %s', 'now')
logging.info('hidden')
logging.basicConfig(level=logging.INFO)  # ignored: root has a handler
logging.info('still hidden')
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', force=True)
logging.info('shown after force')
try:
    int('x')
except ValueError:
    logging.exception('conversion')
logging.getLogger('a.b').error('from %s', 'a.b')
print('stdout line')
