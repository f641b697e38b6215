# os.environ / getenv (a snapshot mapping) and module constants.
import os

print(os.name, repr(os.linesep), os.sep, repr(os.altsep), os.devnull)
print(type(os.environ).__name__, isinstance(os.environ, dict))
print('PATH' in os.environ, type(os.environ.get('PATH')).__name__)
print(os.environ.get('_GILT_SURELY_UNSET_VAR'), os.environ.get('_GILT_SURELY_UNSET_VAR', 'd'))
print(os.getenv('_GILT_SURELY_UNSET_VAR'), os.getenv('_GILT_SURELY_UNSET_VAR', 'fallback'))
print(os.getenv('PATH') == os.environ['PATH'])
try:
    os.environ['_GILT_SURELY_UNSET_VAR']
except KeyError as e:
    print('KeyError:', e)
os.environ['_GILT_SET_BY_TEST'] = 'yes'
print(os.environ['_GILT_SET_BY_TEST'], os.getenv('_GILT_SET_BY_TEST'), '_GILT_SET_BY_TEST' in os.environ)
try:
    os.environ['_GILT_X'] = 1
except TypeError as e:
    print('TypeError:', e)
del os.environ['_GILT_SET_BY_TEST']
print('_GILT_SET_BY_TEST' in os.environ)
print(len(os.environ) == len(list(os.environ)) == len(os.environ.keys()))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(os.environ.copy() == dict(os.environ.items()))
print(type(os.getpid()).__name__, os.getpid() > 0)
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), os.path.isdir(os.getcwd()))
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
