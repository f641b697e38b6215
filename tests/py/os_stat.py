# os.stat: stat_result fields, indexing, file type bits, os.path queries.
import os

D = '_gilt_tmp_os_stat'
os.mkdir(D)
p = os.path.join(D, 'f.txt')
with open(p, 'w') as f:
    f.write('12345\n')
st = os.stat(p)
print(type(st).__name__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], st.st_size == st[6])
print(st.st_mode == st[0], st.st_mode & 0o170000 == 0o100000)
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_mtime > 1e9, st.st_nlink >= 1)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, mode == st.st_mode)
print(st[-4] == st.st_size, st[6:7])
dst = os.stat(D)
print(dst.st_mode & 0o170000 == 0o040000)
print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(p), os.path.exists(p))
print(os.path.isfile(D), os.path.isdir(D))
print(abs(os.path.getmtime(p) - st.st_mtime) < 1)
print(os.lstat(p).st_size)
try:
    os.stat(os.path.join(D, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError:', str(e).replace(D, 'D'), e.filename.replace(D, 'D'))
try:
    os.path.getsize(os.path.join(D, 'missing'))
except OSError as e:
    print(type(e).__name__)
print(os.path.exists(os.path.join(D, 'missing')), os.path.isfile('nul\0l'))
with open(p, 'a') as f:
    f.write('more')
print(os.stat(p).st_size)
os.remove(p)
os.rmdir(D)
