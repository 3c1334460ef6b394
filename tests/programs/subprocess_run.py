# subprocess: run, check_output, call, Popen with pipes, errors.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(['echo', 'hello'], capture_output=True, text=True)
print(repr(r))
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, repr(e), e.returncode, repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
print(repr(subprocess.run('exit 4', shell=True)))
print(repr(subprocess.run(['cat'], input='piped in\n', capture_output=True, text=True).stdout))
print(repr(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']},
                          capture_output=True, text=True).stdout))
d = tempfile.mkdtemp()
print(subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
os.rmdir(d)
print(repr(subprocess.check_output(['echo', 'a b'], text=True)))
print(repr(subprocess.check_output('echo $((6*7))', shell=True, text=True)))
print(repr(subprocess.check_output(['sh', '-c', 'echo x; echo y >&2'], stderr=subprocess.STDOUT, text=True)))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'], text=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))
print(subprocess.call(['true']), subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(['echo', 'quiet'], stdout=subprocess.DEVNULL).stdout)
try:
    subprocess.run(['no-such-command-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename, e)
try:
    subprocess.run(['true'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout <= 0.2)
try:
    subprocess.check_output(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', repr(e)[:28])

p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo e >&2'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate('line\n')
print(repr(out), repr(err), p.returncode, isinstance(p.pid, int))
p = subprocess.Popen(['sh', '-c', 'printf "1\\n2\\n3\\n"'], stdout=subprocess.PIPE, text=True)
print([line.strip() for line in p.stdout])
print(p.wait(), p.poll(), p.returncode)
p.stdout.close()
p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e)
p.kill()
print(p.wait())
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read().strip())
print(p.returncode)
p = subprocess.Popen(['true'])
p.wait()
print(repr(p))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.getstatusoutput('echo hi; exit 1'), subprocess.getoutput('echo there'))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
