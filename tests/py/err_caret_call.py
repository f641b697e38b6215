def get(d):
    return d['outer']['inner']
conf = {'outer': {'other': 1}}
print(get(conf))
