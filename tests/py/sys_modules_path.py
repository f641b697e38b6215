# sys.modules, path, argv and the import cache.
import sys

print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print('json' in sys.modules and 'already' or 'not yet')
import json
print('json' in sys.modules, sys.modules['json'] is json)
import os
print(sys.modules['os'] is os, sys.modules['os.path'] is os.path)
del sys.modules['json']
import json as json2
print(json2 is json, 'json' in sys.modules)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.argv[1:], sys.argv[0].endswith('sys_modules_path.py'))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(sys.implementation.version[:2], type(sys.implementation.name).__name__)
print(type(sys.warnoptions).__name__, type(sys._xoptions).__name__)
print(sys.dont_write_bytecode)
sys.modules['fake_mod'] = 'anything'
import fake_mod
print(fake_mod)
