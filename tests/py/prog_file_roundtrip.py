# File round trip in a scratch directory: write, append, read, seek,
# binary data, directory listing, rename and cleanup.
import os
import json

BASE = "_gilt_tmp_prog_file_roundtrip"


def cleanup():
    if os.path.isdir(BASE):
        for name in os.listdir(BASE):
            os.remove(os.path.join(BASE, name))
        os.rmdir(BASE)


cleanup()
os.mkdir(BASE)
try:
    notes = os.path.join(BASE, "notes.txt")
    with open(notes, "w") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        f.writelines(["third\n", "fourth\n"])
    print("wrote", n, "chars first; exists:", os.path.exists(notes))

    with open(notes, "a") as f:
        print("appended", file=f)

    with open(notes) as f:
        lines = f.readlines()
    print(len(lines), lines)

    with open(notes) as f:
        print(repr(f.readline()), repr(f.read(6)))
        f.seek(0)
        print([line.rstrip() for line in f][-2:])
        print(f.closed)
    print(f.closed)

    data = bytes(range(256)) * 4
    blob = os.path.join(BASE, "blob.bin")
    with open(blob, "wb") as f:
        f.write(data)
    with open(blob, "rb") as f:
        head = f.read(4)
        f.seek(-4, 2)
        tail = f.read()
        size = f.tell()
    print(head, tail, size, os.path.getsize(blob))

    cfg = {"name": "gilt", "version": [0, 1], "debug": False}
    cfg_path = os.path.join(BASE, "config.json")
    with open(cfg_path, "w") as f:
        json.dump(cfg, f, indent=1, sort_keys=True)
    with open(cfg_path) as f:
        loaded = json.load(f)
    print(loaded == cfg, loaded)

    unicode_path = os.path.join(BASE, "uni.txt")
    with open(unicode_path, "w", encoding="utf-8") as f:
        f.write("naïve café ☕\n")
    with open(unicode_path, "rb") as f:
        raw = f.read()
    print(len(raw), raw.decode("utf-8").strip())

    os.rename(notes, os.path.join(BASE, "renamed.txt"))
    print(sorted(os.listdir(BASE)))
    print(os.path.splitext("renamed.txt"), os.path.basename(cfg_path), os.path.join("a", "b", "c.txt"))

    try:
        open(os.path.join(BASE, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    try:
        os.mkdir(BASE)
    except FileExistsError as e:
        print("FileExistsError:", type(e).__mro__[1].__name__)
    with open(os.path.join(BASE, "renamed.txt"), "r+") as f:
        f.write("FIRST")
        f.seek(0)
        print(f.readline().rstrip())
    try:
        with open(cfg_path) as f:
            f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
finally:
    cleanup()
print("cleaned up:", not os.path.exists(BASE))
