# A subprocess runner: runs shell commands and Python children, captures
# and parses output, checks return codes, pipes input, times out, and
# reports failures the way build scripts do.
import shlex
import subprocess
import sys

def run(cmd, **kw):
    shown = cmd if isinstance(cmd, str) else shlex.join(cmd)
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    except FileNotFoundError as e:
        print(f"[{shown}] not found: {e.strerror}: {e.filename!r}")
        return None
    except subprocess.TimeoutExpired as e:
        print(f"[{shown}] timed out after {e.timeout}s")
        return None
    status = 'ok' if r.returncode == 0 else f'exit {r.returncode}'
    print(f"[{shown}] {status} out={r.stdout!r} err={r.stderr!r}")
    return r

run(['echo', 'hello', 'world'])
run('echo $((6 * 7)) && echo to-stderr >&2', shell=True)
run(['sh', '-c', 'exit 3'])
run(['printf', '%s\\n', 'a b', 'c'])
run(['no-such-command-xyz'])
run(['sleep', '5'], timeout=0.2)
r = run(['sort', '-r'], input='banana\napple\ncherry\n')
print(r.stdout.splitlines())
r = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'bytes in\n', stdout=subprocess.PIPE)
print(r.stdout, r.returncode, r.stderr, r.args)
print(repr(r))

try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, "| output:", e.output, e.stdout, e.returncode, e.cmd)
print(subprocess.check_output(['echo', 'check_output']), subprocess.check_output('echo text', shell=True, text=True))
print(subprocess.call(['true']), subprocess.call(['false']))
try:
    subprocess.check_call(['sh', '-c', 'exit 7'])
except subprocess.CalledProcessError as e:
    print(e.returncode, str(e))
print(subprocess.getstatusoutput('echo out; exit 4'), subprocess.getoutput('echo plain'))

code = "import sys; data = sys.stdin.read(); print(len(data.split()), 'words'); sys.exit(len(data) % 5)"
p = subprocess.Popen(['/usr/bin/python3.11' if False else sys.executable, '-c', code],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate('the quick brown fox jumps\n')
print(repr(out), err, p.returncode == len('the quick brown fox jumps\n') % 5)

with subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'],
                      stdout=subprocess.PIPE, text=True) as p:
    lines = [line.rstrip() for line in p.stdout]
print(lines, p.wait(), p.poll())
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo err >&2; echo out'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
print(sorted(p.communicate()[0].split()))
r = subprocess.run(['sh', '-c', 'echo $GREETING'], env={'GREETING': 'hi env', 'PATH': '/bin:/usr/bin'},
                   capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['cat'], input=b'x', stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
for kw in [dict(stdout=subprocess.DEVNULL), dict(stdout=subprocess.PIPE)]:
    try:
        subprocess.run(['cat'], input='text without text=True', **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    subprocess.run(['sleep', '3'], timeout=0.1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
