# Low-level descriptors: os.open/read/write/lseek/close and O_* flags.
import os

D = '_gilt_tmp_os_lowlevel'
os.mkdir(D)
p = os.path.join(D, 'raw.bin')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello '), os.write(fd, b'world'))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b'!')
os.lseek(fd, 0, 0)
print(os.read(fd, 64))
os.close(fd)
try:
    os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print('FileExistsError:', str(e).replace(D, 'D'))
with open(p, 'rb') as f:
    print(type(f.fileno()).__name__, f.read())
os.remove(p)
os.rmdir(D)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(21), '|', os.strerror(999))
print(os.fsencode('a\u00e9'), os.fsdecode(b'x'), os.fsdecode('y'), type(os.cpu_count() or 1).__name__)
