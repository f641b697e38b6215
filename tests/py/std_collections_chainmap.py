from collections import ChainMap

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm['x'], cm['y'], cm['z'], len(cm), sorted(cm), 'z' in cm, cm.get('w', 0))
print(cm)
cm['w'] = 5
print(a, cm.maps)
child = cm.new_child({'x': 100})
print(child['x'], child.parents['x'], len(child.maps))
del cm['w']
print(a, dict(cm) == {'x': 1, 'y': 2, 'z': 30})
try:
    del cm['z']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), bool(ChainMap({})), bool(cm))
