# subprocess: pipes carry bytes unless text/encoding/errors is given;
# os.read/os.write move bytes; pathlib's read_bytes/write_bytes.
import os
import pathlib
import subprocess
import tempfile

r = subprocess.run(['printf', 'a\\r\\nb\\377\\n'], capture_output=True)
print(repr(r), type(r.stdout).__name__, r.stderr)
r = subprocess.run(['printf', 'a\\r\\nb\\n'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['printf', 'caf\\303\\251'], capture_output=True, encoding='utf-8')
print(repr(r.stdout), type(r.stdout).__name__)
r = subprocess.run(['printf', 'x\\377y'], capture_output=True, errors='replace')
print(repr(r.stdout))
r = subprocess.run(['printf', 'x\\377y'], capture_output=True, encoding='latin-1')
print(repr(r.stdout))
try:
    subprocess.run(['printf', 'x\\377y'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(subprocess.check_output(['echo', 'hi']), subprocess.check_output(['echo', 'hi'], text=True))
print(subprocess.check_output(['cat'], input=b'\x00\x01\xfe'), subprocess.check_output(['cat'], input=bytearray(b'ba')))
print(repr(subprocess.check_output(['cat'], input=None)), repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.run(['cat'], input='\u20ac\n', capture_output=True, text=True).stdout)
print(subprocess.run(['cat'], input='\u20ac\n', capture_output=True, encoding='utf-8').stdout)
try:
    subprocess.run(['cat'], input='str without text', capture_output=True)
except TypeError as e:
    print('TypeError', e)
try:
    subprocess.check_output(['sh', '-c', 'printf "part\\n"; exit 3'])
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stdout))
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'through popen\n')
print(out, err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'printf "1\\n2\\n"'], stdout=subprocess.PIPE)
print(p.stdout.read(), type(p.stdout).__name__)
p.wait()
p.stdout.close()
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'written ')
p.stdin.write(b'directly')
p.stdin.close()
print(p.stdout.read())
p.wait()
p.stdout.close()
print(subprocess.getoutput('echo go'), subprocess.getstatusoutput('echo st; exit 2'))
try:
    subprocess.run(['sleep', '5'], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.stdout, e.stderr)

r, w = os.pipe()
print(os.write(w, b'raw \xff bytes'), os.write(w, bytearray(b'!')))
print(os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.write(1, 'text')
except TypeError as e:
    print('TypeError', e)

d = tempfile.mkdtemp()
p = pathlib.Path(d) / 'data.bin'
print(p.write_bytes(bytes(range(250, 256)) + b'\r\n'), p.read_bytes())
print(p.write_bytes(bytearray(b'ba')), p.read_bytes(), p.read_text())
try:
    p.write_bytes('text')
except TypeError as e:
    print('TypeError', e)
p.unlink()
os.rmdir(d)
