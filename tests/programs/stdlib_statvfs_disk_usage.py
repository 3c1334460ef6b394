# os.statvfs / os.fstatvfs and shutil.disk_usage: shapes and invariants
# (the numbers themselves depend on the machine).
import os
import shutil

st = os.statvfs('.')
print(type(st).__name__, len(st), st.n_sequence_fields)
print(st.f_bsize > 0, st.f_frsize > 0, st.f_blocks >= st.f_bfree >= 0)
print(st.f_bfree >= st.f_bavail, st.f_namemax >= 14, st[0] == st.f_bsize)
print(tuple(st)[2] == st.f_blocks, isinstance(st.f_fsid, int))
print(repr(st).startswith('os.statvfs_result(f_bsize='))
fd = os.open('.', os.O_RDONLY)
print(os.fstatvfs(fd).f_blocks == st.f_blocks, os.statvfs(fd).f_bsize == st.f_bsize)
os.close(fd)
print(isinstance(os.ST_RDONLY, int), os.ST_NOSUID)

u = shutil.disk_usage('.')
print(type(u).__name__, u._fields)
print(u.total > 0, u.used >= 0, u.free >= 0, u.total >= u.used)
print(u.total == st.f_blocks * st.f_frsize)
try:
    os.statvfs('/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    shutil.disk_usage('/no/such/dir')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.statvfs(3.5)
except TypeError as e:
    print('TypeError', e)
