# Directories: mkdir, makedirs, listdir, rename, remove/unlink, rmdir, walk.
import os

D = '_gilt_tmp_os_dirs'
os.mkdir(D)
print(os.path.isdir(D), os.listdir(D))
try:
    os.mkdir(D)
except FileExistsError as e:
    print('FileExistsError:', e.errno, e.strerror, e.filename == D)
os.makedirs(os.path.join(D, 'a', 'b', 'c'))
os.makedirs(os.path.join(D, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(D, 'a'))
except FileExistsError as e:
    print('FileExistsError:', str(e).replace(D, 'D'))
for name in ['one.txt', 'two.txt', 'three.log']:
    with open(os.path.join(D, name), 'w') as f:
        f.write(name)
print(sorted(os.listdir(D)))
os.rename(os.path.join(D, 'one.txt'), os.path.join(D, 'uno.txt'))
print(sorted(os.listdir(D)))
os.replace(os.path.join(D, 'two.txt'), os.path.join(D, 'uno.txt'))
with open(os.path.join(D, 'uno.txt')) as f:
    print(f.read())
try:
    os.rename(os.path.join(D, 'missing'), os.path.join(D, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError:', str(e).replace(D, 'D'))
try:
    os.rmdir(os.path.join(D, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(D, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(D, 'uno.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError:', str(e).replace(D, 'D'))
try:
    os.listdir(os.path.join(D, 'nothing'))
except FileNotFoundError as e:
    print('FileNotFoundError:', str(e).replace(D, 'D'))

for top, dirs, files in os.walk(D):
    print(top.replace(D, 'D'), sorted(dirs), sorted(files))

os.remove(os.path.join(D, 'three.log'))
os.rmdir(os.path.join(D, 'a', 'b', 'c'))
os.removedirs(os.path.join(D, 'a', 'b'))
print(os.path.exists(os.path.join(D, 'a')), os.listdir(D))
os.unlink(os.path.join(D, 'uno.txt'))
os.rmdir(D)
print(os.path.exists(D), D in os.listdir())
try:
    os.rmdir(D)
except FileNotFoundError as e:
    print(e)
try:
    os.listdir(42.0)
except TypeError as e:
    print('TypeError:', e)
