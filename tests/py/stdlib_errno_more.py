import errno
names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL",
         "ENOSPC", "EPIPE", "EDOM", "ERANGE", "EWOULDBLOCK", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EADDRINUSE", "ENOTEMPTY", "ENOSYS"]
for n in names:
    v = getattr(errno, n, None)
    print(n, v, errno.errorcode.get(v) if v is not None else None)
print(errno.EAGAIN == errno.EWOULDBLOCK, type(errno.errorcode).__name__, errno.errorcode[2], len([k for k in errno.errorcode if k < 35]))
for code, exc in [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EACCES, PermissionError), (errno.EISDIR, IsADirectoryError),
                  (errno.EPIPE, BrokenPipeError), (errno.ETIMEDOUT, TimeoutError), (errno.ECHILD, ChildProcessError), (errno.EINTR, InterruptedError),
                  (errno.ECONNREFUSED, ConnectionRefusedError), (errno.ENOTDIR, NotADirectoryError), (errno.ESRCH, ProcessLookupError), (999, OSError)]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, type(e) is exc, e.errno, e.strerror, str(e))
e = OSError(errno.ENOENT, "No such file", "name.txt")
print(type(e).__name__, e, e.filename, e.args)
try:
    raise FileNotFoundError(errno.ENOENT, "gone")
except OSError as ex:
    print(type(ex).__name__, ex.errno == errno.ENOENT, ex)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:8])
