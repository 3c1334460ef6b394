# os.environ is a live mapping: getenv/putenv/child processes agree.
import os

os.environ['INTERP_TEST_VAR'] = 'hello'
print(os.environ['INTERP_TEST_VAR'], os.getenv('INTERP_TEST_VAR'),
      'INTERP_TEST_VAR' in os.environ, os.environ.get('INTERP_TEST_VAR'))
print(os.getenv('INTERP_TEST_MISSING'), os.getenv('INTERP_TEST_MISSING', 'dflt'))
print(os.environ.get('INTERP_TEST_MISSING', 'd2'))
try:
    os.environ['INTERP_TEST_MISSING']
except KeyError as e:
    print('KeyError', e)
print(os.environ.setdefault('INTERP_TEST_SD', 'first'),
      os.environ.setdefault('INTERP_TEST_SD', 'second'))
print(os.environ.pop('INTERP_TEST_SD'), 'INTERP_TEST_SD' in os.environ)
del os.environ['INTERP_TEST_VAR']
print(os.getenv('INTERP_TEST_VAR'))
try:
    del os.environ['INTERP_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
os.environ.update({'INTERP_A': '1', 'INTERP_B': '2'})
print(sorted(k for k in os.environ if k.startswith('INTERP_')))
print(len(os.environ) == len(list(os.environ.keys())))
copy = os.environ.copy()
print(type(copy).__name__, copy['INTERP_A'])
import subprocess
print(subprocess.run(['sh', '-c', 'echo $INTERP_A$INTERP_B'],
                     capture_output=True, text=True).stdout, end='')
print(os.path.expandvars('$INTERP_A-${INTERP_B}-$INTERP_NOPE'))
