import errno

for name in ['EPERM', 'ENOENT', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR',
             'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'ERANGE', 'EDOM', 'EWOULDBLOCK', 'ETIMEDOUT', 'ECONNREFUSED',
             'ENOTEMPTY', 'ENOSYS', 'ECONNRESET', 'EADDRINUSE']:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(len(errno.errorcode) > 100, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2])
print(sorted(errno.errorcode)[:10])
